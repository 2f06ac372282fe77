#pragma once

#include "core/Offering.h"
#include "core/Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The create dialog's rules that need no widget: parsing ports and environment lines, name
// checks, which OS images and clusters fit a product, whether a key is registered already and
// the price text. Pure functions, so every message is the same wherever it is shown.
class CreateFormRules final
{
    Q_DECLARE_TR_FUNCTIONS(CreateFormRules)

public:
    CreateFormRules() = delete;

    static constexpr char DefaultNovitaImage[] = "nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04";
    // A CUDA devel image needs room; raised to the product minimum and capped at its maximum.
    static constexpr int DefaultNovitaDiskGb = 60;

    // "KEY=VALUE" per line, blank lines skipped. On a bad line `error` names it (never its value).
    [[nodiscard]] static QList<QPair<QString, QString>> parseEnvs(const QString &text, QString *error);
    [[nodiscard]] static QString envText(const QList<QPair<QString, QString>> &envs);
    // Empty when fine. `required`: Novita and Nebula Block find a new instance by its name.
    [[nodiscard]] static QString nameProblem(const QString &name, bool required);
    // Empty when `ports` ("8888/http, 22/tcp") may be sent to Novita.
    [[nodiscard]] static QString portsProblem(const QString &ports);

    // Nebula Block images of the product's region and data centre (dc_id).
    [[nodiscard]] static QList<CatalogueEntry> imagesFor(const Offering &product,
                                                         const QList<CatalogueEntry> &images);
    // Novita clusters that list the product's GPU (all of them when a cluster lists no GPUs).
    [[nodiscard]] static QList<CatalogueEntry> clustersFor(const Offering &product,
                                                           const QList<CatalogueEntry> &clusters);
    // The registered Nebula key with the same type and key data as `publicKeyLine`, if any.
    [[nodiscard]] static std::optional<CatalogueEntry> registeredKey(const QString &publicKeyLine,
                                                                     const QList<CatalogueEntry> &keys);

    // "Already registered as …" or "will be registered" for a Nebula Block create; empty without a key.
    [[nodiscard]] static QString nebulaKeyNote(const QString &publicKeyLine,
                                               const QList<CatalogueEntry> &keys);
    // QSettings key of the user's own price for a fal instance type.
    [[nodiscard]] static QString falPriceKey(const QString &instanceType);
    // What the choice costs per hour: fal from the user's price (else "not published"), Novita
    // per-GPU price × GPUs, Nebula Block the product price.
    [[nodiscard]] static QString priceText(Provider provider, const std::optional<Offering> &offering,
                                           int gpuCount, std::optional<double> falUserPrice);
};

#pragma once

#include "core/Instance.h"
#include "core/InstanceSpec.h"
#include "core/Offering.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Turns fal.ai Compute JSON (providers/fal.md) into GPU Fleet values and back: instances, list
// pages, error bodies, create bodies. Pure static functions: no network, no QObject state, so
// everything here is unit-tested and fuzzed. Lenient on input, strict about shapes it needs.
class FalParser final
{
    Q_DECLARE_TR_FUNCTIONS(FalParser)

public:
    FalParser() = delete;

    // One page of GET /compute/instances.
    struct Page
    {
        QList<Instance> instances;
        QString nextCursor; // empty when null or absent: the last page
        bool hasMore = false;
        int skippedRows = 0; // rows without an id, or not objects
    };

    static inline const QString Type1x = QStringLiteral("gpu_1x_h100_sxm5");
    static inline const QString Type8x = QStringLiteral("gpu_8x_h100_sxm5");

    // One instance object; std::nullopt when it is not an object or has no id.
    [[nodiscard]] static std::optional<Instance> parseInstance(const QJsonValue &value);
    // A list page. BadResponse for empty, malformed or wrong-shaped bodies.
    [[nodiscard]] static ProviderError parseListPage(const QByteArray &body, Page &page);
    // GET /compute/instances/{id} 200 and POST /compute/instances 201.
    [[nodiscard]] static ProviderError parseInstanceBody(const QByteArray &body, Instance &instance);
    /**
     * For HttpTransport::setErrorReader: reads {"error":{type,message}} into reason and
     * providerMessage and refines the kind from the type. Leaves providerMessage empty for any
     * other body, so the transport shows a sanitised excerpt instead.
     */
    static void readError(ProviderError &error, const QByteArray &body);

    // The two fixed instance types; fal publishes no prices through its API.
    [[nodiscard]] static QList<Offering> offerings();
    [[nodiscard]] static bool isInstanceType(const QString &type);
    // GPU model and count for an API instance type; unknown types keep their name with count 0.
    [[nodiscard]] static QPair<QString, int> gpuForType(const QString &type);

    // Checks a create request before anything is sent. Never quotes the SSH key back.
    [[nodiscard]] static ProviderError validateCreate(const InstanceSpec &spec);
    // {instance_type, ssh_key, sector?} for a spec that passed validateCreate().
    [[nodiscard]] static QByteArray createBody(const InstanceSpec &spec);
};

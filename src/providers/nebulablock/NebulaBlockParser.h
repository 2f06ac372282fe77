#pragma once

#include "core/Instance.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Turns Nebula Block instance JSON (providers/nebulablock.md §5, §8, §9) into Instances: list
// pages, details, action answers and error bodies, with the SSH endpoint derived from them.
// Pure static functions: no network, no state. Catalogues are in NebulaBlockCatalogueParser.
class NebulaBlockParser final
{
    Q_DECLARE_TR_FUNCTIONS(NebulaBlockParser)

public:
    NebulaBlockParser() = delete;

    // One page of GET /computing/instances (or /computing/deleted-instances).
    struct InstancePage
    {
        QList<Instance> instances;
        QStringList ids;             // ids of the rows in this page, in order (repeat detection)
        int rawCount = 0;            // rows the server sent, with or without id: the offset step
        int total = -1;              // top-level total_instance; -1 when absent or unreadable
        QSet<QString> loginKnownIds; // rows that already carried a login user or password
    };

    // For HttpTransport::setErrorReader: fills reason/providerMessage from a non-2xx body and
    // refines a generic 4xx kind from the text (not found, invalid token, ...).
    static void readError(ProviderError &error, const QByteArray &body);
    // NotFound / Auth / Forbidden / RateLimited from a provider's words; `fallback` otherwise.
    [[nodiscard]] static ProviderError::Kind kindForMessage(const QString &text,
                                                            ProviderError::Kind fallback);

    // One instance object (list row or detail); std::nullopt without an id.
    [[nodiscard]] static std::optional<Instance> parseInstance(const QJsonObject &object);
    // A list page; also a failure envelope (status "failed"/"error") sent with HTTP 200.
    [[nodiscard]] static ProviderError parseInstancePage(const QByteArray &body, InstancePage &page);
    // GET /computing/instance/{id}: data is a one-element array or a plain object.
    [[nodiscard]] static ProviderError parseInstanceDetail(const QByteArray &body, Instance &instance);
    // Start/stop/reboot/delete/create answers: only message + status. An empty body is success.
    [[nodiscard]] static ProviderError parseAction(const QByteArray &body, QString &message);

    // "22:30022,8888:30888" -> 30022; 22 when nothing maps port 22 or the format is unknown.
    [[nodiscard]] static int sshPortFromExposedPorts(const QString &exposedPorts);
    // "EST 2024-11-04 10:11:50" (EST, EDT, UTC/GMT prefixes) or zoned ISO 8601, in UTC; else invalid.
    [[nodiscard]] static QDateTime parseStartTime(const QString &text);
    // 1.5, "1.5", "$1.50"; std::nullopt for anything else or negative.
    [[nodiscard]] static std::optional<double> parsePrice(const QJsonValue &value);
};

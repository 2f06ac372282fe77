#pragma once

#include "core/InstanceStatus.h"
#include "core/Provider.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// One GPU instance as GPU Fleet sees it, whatever the provider. A plain value: no JSON, no HTTP.
// `sshPassword` is a provider-generated secret (Novita root, Nebula VM password): it is held only
// while the app runs and is never written to the cache, JSON output, logs or models' text roles.
struct Instance
{
    Provider provider = Provider::Fal;
    QString accountId;
    QString id;
    QString name;
    QString gpuModel;
    int gpuCount = 0;
    QString region;
    InstanceStatus status = InstanceStatus::Unknown;
    QString providerStatus; // raw, as the provider sent it
    QString statusMessage;
    QString publicIp;
    QString sshUser;
    QString sshHost;
    int sshPort = 0; // 0 = not reachable (yet)
    QString sshPassword;
    std::optional<double> pricePerHour; // USD for the whole instance
    QDateTime createdAt;
    QDateTime startedAt;
    // Provider-specific, non-secret facts for the details pane (cluster, image, disk, ...).
    QVariantMap extras;

    [[nodiscard]] QString key() const { return makeKey(accountId, id); }
    [[nodiscard]] static QString makeKey(const QString &accountId, const QString &instanceId)
    {
        return accountId + QLatin1Char('/') + instanceId;
    }
    // Reachable over SSH: has a host and port; only meaningful while running.
    [[nodiscard]] bool hasSshEndpoint() const { return !sshHost.isEmpty() && sshPort > 0; }
    // "ssh -p PORT user@host" (port omitted when 22), or empty when not reachable.
    [[nodiscard]] QString sshCommand() const;
    [[nodiscard]] QString displayName() const { return name.isEmpty() ? id : name; }
    // Only how to log in (address, SSH user/host/port/password, start time) and the named extras:
    // what a client keeps of a detail to merge into later list rows, without the rest of it.
    [[nodiscard]] Instance loginFacts(const QStringList &extraKeys) const;

    friend bool operator==(const Instance &a, const Instance &b);
    friend bool operator!=(const Instance &a, const Instance &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Instance)

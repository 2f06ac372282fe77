#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QString>

class SshGreeter;

// One simulated instance in any provider's vocabulary. Provider-specific fields (fal
// instance_type, Novita image, Nebula product data) live in spec.
struct SimInstance
{
    QString id;
    QString name;
    QString status;     // raw, provider vocabulary
    QString offeringId; // fal instance_type, Novita productId, Nebula product id
    QString region;     // fal region, Novita clusterId, Nebula region
    int gpuCount = 1;
    QString ip; // 127.0.0.x for the instance's whole life
    QString password;
    QString errorState; // Novita statusError
    QString errorMessage;
    QJsonObject spec;
    QDateTime createdAt;
    QDateTime startedAt;
    quint64 generation = 0; // bumped on every status change: stale lifecycle timers do nothing
    quint16 sshPort = 0;    // greeter port (Novita's sshCommand port) while running
    QPointer<SshGreeter> greeter;
};

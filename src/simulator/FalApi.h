#pragma once

#include "simulator/SimProviderApi.h"

#include <QDateTime>
#include <QHash>

// fal.ai Compute as shared/providers/fal.md describes it: /compute/instances list (cursor
// pages), get, create (201, Idempotency-Key cache for 10 minutes) and delete (204), "Key" auth
// and the {"error":{type,message}} envelope. Lifecycle provisioning -> ready (ip assigned).
class FalApi final : public SimProviderApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FalApi)

public:
    explicit FalApi(SimContext *context, QObject *parent = nullptr);

    [[nodiscard]] QString basePath() const override;
    [[nodiscard]] SimResponse errorResponse(int status, const QString &message) const override;
    QString addInstance(const QString &apiKey, const SimInstanceSeed &seed) override;

protected:
    [[nodiscard]] QByteArray authScheme() const override;
    [[nodiscard]] SimResponse unauthorized() const override;
    SimResponse route(const QString &apiKey, const SimRequest &request, const QString &subPath) override;
    [[nodiscard]] QString nextStatus(const QString &rawStatus) const override;
    [[nodiscard]] bool isRunningStatus(const QString &rawStatus) const override;

private:
    struct CachedCreate
    {
        QDateTime at;
        QByteArray body;
    };

    SimResponse list(const QString &apiKey, const QUrlQuery &query);
    SimResponse create(const QString &apiKey, const SimRequest &request);
    [[nodiscard]] QJsonObject toJson(const SimInstance &instance) const;
    [[nodiscard]] static QString newId();
    [[nodiscard]] static QString randomRegion();

    QHash<QString, QHash<QByteArray, CachedCreate>> m_idempotency; // api key -> Idempotency-Key
};

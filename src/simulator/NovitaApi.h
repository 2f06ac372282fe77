#pragma once

#include "simulator/NovitaCatalogue.h"
#include "simulator/SimProviderApi.h"

// Novita GPU Instance OpenAPI v1 as shared/providers/novita.md describes it: RPC style (GET reads,
// POST for every mutation), "Bearer" auth, bare bodies, kratos-style {code,reason,message,metadata}
// errors, not-found as 400 RESOURCE_NOT_FOUND (or 404 when switched), pageNum or pageNumber.
// Running instances carry connectComponentSSH on the detail call only.
class NovitaApi final : public SimProviderApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NovitaApi)

public:
    explicit NovitaApi(SimContext *context, QObject *parent = nullptr);

    [[nodiscard]] QString basePath() const override;
    [[nodiscard]] SimResponse errorResponse(int status, const QString &message) const override;
    QString addInstance(const QString &apiKey, const SimInstanceSeed &seed) override;

protected:
    [[nodiscard]] QByteArray authScheme() const override;
    [[nodiscard]] SimResponse unauthorized() const override;
    SimResponse route(const QString &apiKey, const SimRequest &request, const QString &subPath) override;
    [[nodiscard]] QString nextStatus(const QString &rawStatus) const override;
    [[nodiscard]] bool vanishesAfter(const QString &rawStatus) const override;
    [[nodiscard]] bool isRunningStatus(const QString &rawStatus) const override;
    void openGreeter(SimInstance &instance) override;

private:
    SimResponse list(const QString &apiKey, const QUrlQuery &query);
    SimResponse get(const QString &apiKey, const QUrlQuery &query);
    SimResponse create(const QString &apiKey, const QByteArray &body);
    SimResponse action(const QString &apiKey, const QString &verb, const QByteArray &body);
    [[nodiscard]] SimResponse error(int status, const QString &reason, const QString &message) const;
    [[nodiscard]] SimResponse notFound() const;
    SimInstance makeInstance(const QJsonObject &product, const QString &clusterId, int gpuCount);
    [[nodiscard]] QJsonObject toJson(const SimInstance &instance, bool detail) const;

    NovitaCatalogue m_catalogue;
};

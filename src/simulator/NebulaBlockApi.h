#pragma once

#include "simulator/NebulaCatalogue.h"
#include "simulator/NebulaSshKeyBook.h"
#include "simulator/SimProviderApi.h"

#include <QHash>
#include <QJsonArray>

// Nebula Block as shared/providers/nebulablock.md describes it: "Bearer" auth, the
// {data,message,status} envelope, products/images catalogues, SSH keys, create without an id
// (found again by host_name), limit/offset lists with top-level total_instance, detail as a
// one-element array, start/stop/reboot as GETs and a deleted-instances list.
class NebulaBlockApi final : public SimProviderApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NebulaBlockApi)

public:
    explicit NebulaBlockApi(SimContext *context, QObject *parent = nullptr);

    [[nodiscard]] QString basePath() const override;
    [[nodiscard]] SimResponse errorResponse(int status, const QString &message) const override;
    QString addInstance(const QString &apiKey, const SimInstanceSeed &seed) override;
    // Registers a key for the tenant (demo data); returns its id.
    qint64 addSshKey(const QString &apiKey, const QString &name, const QString &publicKey);

protected:
    [[nodiscard]] QByteArray authScheme() const override;
    [[nodiscard]] SimResponse unauthorized() const override;
    SimResponse route(const QString &apiKey, const SimRequest &request, const QString &subPath) override;
    [[nodiscard]] QString nextStatus(const QString &rawStatus) const override;
    [[nodiscard]] bool vanishesAfter(const QString &rawStatus) const override;
    [[nodiscard]] bool isRunningStatus(const QString &rawStatus) const override;
    void aboutToErase(const QString &apiKey, const SimInstance &instance) override;

private:
    SimResponse list(const QString &apiKey, const QUrlQuery &query, bool deleted);
    SimResponse create(const QString &apiKey, const QByteArray &body);
    SimResponse instanceCall(const QString &apiKey, const QByteArray &method, const QString &subPath);
    [[nodiscard]] static SimResponse success(const QString &message);
    SimInstance makeInstance(const QJsonObject &product, const QJsonObject &image, const QString &name);
    [[nodiscard]] QJsonObject toJson(const SimInstance &instance, bool detail) const;

    NebulaCatalogue m_catalogue;
    QHash<QString, NebulaSshKeyBook> m_sshKeys; // api key -> keys
    QHash<QString, QJsonArray> m_deleted;       // api key -> deleted instances (list shape)
};

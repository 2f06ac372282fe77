#pragma once

#include "providers/ProviderClient.h"
#include "providers/novita/NovitaDetailCache.h"
#include "providers/novita/NovitaProductCache.h"

#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <memory>

struct HttpRequest;
struct HttpResponse;

// Novita AI GPU Instance v1 client for one account (novita.md). Follows every list page, prices
// instances from a cached product list and reads SSH details from per-instance detail calls,
// cached so a steady fleet costs one list per poll. Never retries create or actions; an
// ambiguous create is resolved by looking its unique name up. No widgets, no keychain.
class NovitaClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NovitaClient)

public:
    NovitaClient(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~NovitaClient() override;

    ProviderCall *listInstances() override;
    ProviderCall *getInstance(const QString &instanceId) override;
    ProviderCall *createInstance(const InstanceSpec &spec) override;
    ProviderCall *deleteInstance(const QString &instanceId) override;
    ProviderCall *startInstance(const QString &instanceId) override;
    ProviderCall *stopInstance(const QString &instanceId) override;
    ProviderCall *restartInstance(const QString &instanceId) override;
    ProviderCall *listOfferings() override;
    ProviderCall *listClusters() override;

private:
    struct ListState;
    using PagesDone =
        std::function<void(const ProviderError &error, const QList<Instance> &instances, int pages)>;

    void send(ProviderCall *call, const HttpRequest &request,
              std::function<void(const HttpResponse &response)> done);
    void listPages(ProviderCall *call, const QUrlQuery &filter, PagesDone done);
    void ensureProducts(ProviderCall *call, std::function<void()> next);
    void fetchDetails(ProviderCall *call, const std::shared_ptr<ListState> &state);
    void finishList(ProviderCall *call, const std::shared_ptr<ListState> &state);
    void lookUpCreated(ProviderCall *call, const Instance &expected, const QSet<QString> &before,
                       const ProviderError &original);
    ProviderCall *action(const QString &path, const QString &instanceId, InstanceStatus expected);

    // Detail reads in flight at once per list (Qt opens up to 6 HTTP/1.1 connections per host).
    static constexpr int MaxParallelDetails = 6;

    // Product name and price, then the account (id, SSH user override, default SSH user).
    void finalise(Instance &instance) const;

    NovitaDetailCache m_details;
    NovitaProductCache m_products;
    QSet<QString> m_knownIds; // ids in the last complete list: existed before any later create
};

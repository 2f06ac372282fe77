#pragma once

#include "core/Instance.h"
#include "providers/ProviderClient.h"
#include "providers/nebulablock/NebulaBlockLoginCache.h"
#include "providers/nebulablock/NebulaBlockPager.h"

#include <functional>
#include <memory>

struct HttpRequest;
struct HttpResponse;

// Nebula Block Platform API client for one account (providers/nebulablock.md). Reads are retried
// by the transport; start/stop/reboot (mutating GETs), delete and create never are. Every answer
// is checked for status "failed" even on HTTP 200. No widgets, no keychain, no globals.
class NebulaBlockClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NebulaBlockClient)

public:
    NebulaBlockClient(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~NebulaBlockClient() override;

    ProviderCall *listInstances() override;
    ProviderCall *getInstance(const QString &instanceId) override;
    ProviderCall *createInstance(const InstanceSpec &spec) override;
    ProviderCall *deleteInstance(const QString &instanceId) override;
    ProviderCall *startInstance(const QString &instanceId) override;
    ProviderCall *stopInstance(const QString &instanceId) override;
    ProviderCall *restartInstance(const QString &instanceId) override;
    ProviderCall *listOfferings() override;
    ProviderCall *listImages() override;
    ProviderCall *listSshKeys() override;

    // The create response carries no id: the new instance is looked up by name `attempts` times,
    // `delayMs` apart (default 5 x 1 s; tests shorten it).
    void setCreateLookup(int attempts, int delayMs);
    [[nodiscard]] int createLookupAttempts() const { return m_lookupAttempts; }
    [[nodiscard]] int createLookupDelayMs() const { return m_lookupDelayMs; }
    // Detail requests per list, sent together (they carry the SSH user/password), so a first poll
    // stays short.
    void setMaxDetailFetchesPerList(int count) { m_maxDetailFetches = qMax(0, count); }

private:
    friend class NebulaBlockCreation;

    // Transport failure, or a failure envelope in a 2xx body; the body is for the caller's parser.
    using Handler = std::function<void(const HttpResponse &response, const ProviderError &error)>;
    using PageReader = NebulaBlockPager::PageReader;
    using InstancesDone = std::function<void(const ProviderError &error, const QList<Instance> &instances,
                                             const QSet<QString> &loginKnownIds, int pages)>;
    using KeysDone = std::function<void(const ProviderError &error, const QList<CatalogueEntry> &keys)>;

    void send(ProviderCall *call, const HttpRequest &request, Handler handler);
    void fetchAllInstances(ProviderCall *call, InstancesDone done);
    void fetchAllSshKeys(ProviderCall *call, KeysDone done);
    ProviderCall *action(const QByteArray &method, const QString &instanceId, const QString &suffix);
    void fetchLogins(ProviderCall *call, const std::shared_ptr<ProviderResult> &result,
                     const QStringList &pendingIds);

    NebulaBlockLoginCache m_logins;
    int m_lookupAttempts = 5;
    int m_lookupDelayMs = 1000;
    int m_maxDetailFetches = 8;
};

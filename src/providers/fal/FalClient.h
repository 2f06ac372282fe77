#pragma once

#include "providers/ProviderClient.h"
#include "providers/fal/FalParser.h"

#include <memory>

struct HttpRequest;
struct HttpResponse;

// fal.ai Compute REST client (list, get, create, delete; fal has no start/stop/restart). No
// widgets, no globals: the QNetworkAccessManager and the account's base URL are injected, the
// JSON lives in FalParser and the HTTP rules in HttpTransport.
class FalClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FalClient)

public:
    FalClient(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
              QObject *parent = nullptr);
    ~FalClient() override;

    ProviderCall *listInstances() override;
    ProviderCall *getInstance(const QString &instanceId) override;
    ProviderCall *createInstance(const InstanceSpec &spec) override;
    ProviderCall *deleteInstance(const QString &instanceId) override;
    ProviderCall *listOfferings() override;

private:
    struct ListState;

    // Sends a request answered by one instance object (get, create).
    ProviderCall *sendForInstance(const HttpRequest &request);
    void fetchPage(ProviderCall *call, const std::shared_ptr<ListState> &state, const QString &cursor);
    void onPageFinished(ProviderCall *call, const std::shared_ptr<ListState> &state,
                        const HttpResponse &response);
    void onPageParsed(ProviderCall *call, const std::shared_ptr<ListState> &state, FalParser::Page &page);
    // "/compute/instances/<id>" with the id percent-encoded; empty for ids that cannot be a path.
    [[nodiscard]] static QString instancePath(const QString &instanceId);
};

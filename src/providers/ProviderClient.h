#pragma once

#include "core/Account.h"
#include "core/InstanceSpec.h"
#include "providers/ProviderCall.h"

#include <QObject>

class HttpTransport;
class QNetworkAccessManager;

// One account's connection to its provider. Every operation returns a ProviderCall that finishes
// exactly once, asynchronously. Operations the provider lacks finish with Kind::Unsupported.
// Creates and deletes are never retried blindly. No widgets, no keychain: the API key is handed
// in once and lives only in the transport's Authorization header.
class ProviderClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    ProviderClient(const Account &account, QNetworkAccessManager *network, const QByteArray &authorization,
                   QObject *parent = nullptr);
    ~ProviderClient() override;

    [[nodiscard]] const Account &account() const { return m_account; }
    [[nodiscard]] Provider provider() const { return m_account.provider; }
    [[nodiscard]] ProviderCapabilities capabilities() const { return Providers::capabilities(provider()); }
    [[nodiscard]] HttpTransport *transport() const { return m_transport; }
    // Page size asked of list endpoints (servers may return fewer or more).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    virtual ProviderCall *listInstances() = 0;
    virtual ProviderCall *getInstance(const QString &instanceId) = 0;
    virtual ProviderCall *createInstance(const InstanceSpec &spec) = 0;
    virtual ProviderCall *deleteInstance(const QString &instanceId) = 0;
    virtual ProviderCall *startInstance(const QString &instanceId);
    virtual ProviderCall *stopInstance(const QString &instanceId);
    virtual ProviderCall *restartInstance(const QString &instanceId);
    virtual ProviderCall *listOfferings() = 0;
    virtual ProviderCall *listImages();   // Nebula Block OS images
    virtual ProviderCall *listClusters(); // Novita clusters
    virtual ProviderCall *listSshKeys();  // Nebula Block registered keys

    // Maximum pages a list follows before it gives up (a server repeating its cursor).
    static constexpr int MaxPages = 1000;

protected:
    ProviderCall *newCall();
    ProviderCall *unsupported();
    ProviderCall *failed(const ProviderError &error);
    // Applies the per-account SSH user override to a parsed instance.
    void applyAccount(Instance &instance) const;

    Account m_account;
    HttpTransport *m_transport;
    int m_pageSize = 100;
};

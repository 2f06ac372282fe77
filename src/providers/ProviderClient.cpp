#include "providers/ProviderClient.h"

#include "providers/HttpTransport.h"

ProviderClient::ProviderClient(const Account &account, QNetworkAccessManager *network,
                               const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_transport(new HttpTransport(network, account.effectiveEndpoint(), authorization, this))
{
}

ProviderClient::~ProviderClient() = default;

ProviderCall *ProviderClient::startInstance(const QString &)
{
    return unsupported();
}

ProviderCall *ProviderClient::stopInstance(const QString &)
{
    return unsupported();
}

ProviderCall *ProviderClient::restartInstance(const QString &)
{
    return unsupported();
}

ProviderCall *ProviderClient::listImages()
{
    return unsupported();
}

ProviderCall *ProviderClient::listClusters()
{
    return unsupported();
}

ProviderCall *ProviderClient::listSshKeys()
{
    return unsupported();
}

ProviderCall *ProviderClient::newCall()
{
    return new ProviderCall(this);
}

ProviderCall *ProviderClient::unsupported()
{
    return failed(ProviderError::make(ProviderError::Kind::Unsupported));
}

ProviderCall *ProviderClient::failed(const ProviderError &error)
{
    ProviderCall *call = newCall();
    call->fail(error);
    return call;
}

void ProviderClient::applyAccount(Instance &instance) const
{
    instance.accountId = m_account.id;
    instance.provider = m_account.provider;
    if (!m_account.sshUser.isEmpty() && !instance.sshHost.isEmpty())
        instance.sshUser = m_account.sshUser;
}

#include "widgets/ConnectionTester.h"

#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"

ConnectionTester::ConnectionTester(ClientFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    delete m_client;
}

void ConnectionTester::test(const Account &account, const QString &apiKey)
{
    cancel();
    m_client = m_factory ? m_factory(account, apiKey, this) : nullptr;
    if (!m_client) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false, tr("This provider cannot be tested here.")); },
            Qt::QueuedConnection);
        return;
    }
    m_call = m_client->listInstances();
    connect(m_call, &ProviderCall::finished, this, [this, account](const ProviderResult &result) {
        m_client->deleteLater(); // the key goes with it
        m_client = nullptr;
        emit finished(!result.error.isError(), messageFor(account, result));
    });
}

QString ConnectionTester::messageFor(const Account &account, const ProviderResult &result)
{
    const QString provider = Providers::displayName(account.provider);
    switch (result.error.kind) {
    case ProviderError::Kind::None:
        return tr("Connected to %1: %n instance(s) listed.", nullptr, int(result.instances.size()))
            .arg(provider);
    case ProviderError::Kind::Auth:
        return tr("%1 rejected this API key. Check that you pasted the whole key and that it has not been "
                  "revoked or expired.")
            .arg(provider);
    case ProviderError::Kind::Forbidden:
        return tr("%1 accepted the key but it may not list instances (missing scope or permission; fal keys "
                  "need the ADMIN scope).")
            .arg(provider);
    case ProviderError::Kind::Network:
    case ProviderError::Kind::Timeout:
        return tr("Could not reach %1 at %2: %3")
            .arg(provider, account.effectiveEndpoint().toDisplayString(), result.error.message());
    default:
        break;
    }
    return tr("The test failed: %1").arg(result.error.message());
}

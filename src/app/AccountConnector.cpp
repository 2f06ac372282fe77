#include "app/AccountConnector.h"

#include "core/Logging.h"
#include "fleet/FleetMonitor.h"
#include "models/InstanceTableModel.h"
#include "providers/ProviderClient.h"

#include <QTimer>

AccountConnector::AccountConnector(AccountService &service, FleetMonitor &fleet, InstanceTableModel &model,
                                   ConnectionTester::ClientFactory factory, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_fleet(fleet)
    , m_model(model)
    , m_factory(std::move(factory))
{
}

void AccountConnector::connectAll()
{
    AccountStore *store = &m_service.accounts();
    connect(store, &AccountStore::accountAdded, this,
            [this](const Account &account) { reconnect(account.id); });
    connect(store, &AccountStore::accountChanged, this,
            [this](const Account &account) { reconnect(account.id); });
    connect(store, &AccountStore::accountRemoved, this, &AccountConnector::onAccountRemoved);
    for (const Account &account : store->accounts())
        reconnect(account.id);
}

QList<QPair<QString, QString>> AccountConnector::accountLabels() const
{
    QList<QPair<QString, QString>> labels;
    for (const Account &account : m_service.accounts().accounts())
        labels.append({account.id, account.label});
    return labels;
}

void AccountConnector::reconnect(const QString &accountId, bool force)
{
    const auto account = m_service.accounts().byId(accountId);
    if (!account)
        return;
    const int generation = ++m_generation[account->id];
    m_model.setAccountLabel(account->id, account->label);
    emit accountsChanged();
    if (!account->enabled) {
        m_fleet.removeAccount(account->id);
        m_model.removeAccount(account->id);
        m_model.setAccountLabel(account->id, account->label);
        emit accountDisconnected(account->id);
        return;
    }
    // A label-only change keeps the running client (and its key) as it is.
    if (ProviderClient *client = m_fleet.client(account->id); client && !force) {
        const Account &current = client->account();
        if (current.endpoint == account->endpoint && current.sshUser == account->sshUser)
            return;
    }
    // The last-known rows go on screen now, marked stale as a poller marks them, instead of after
    // the keychain answered: the first paint of the window no longer waits for its round trips.
    showCached(account->id);
    readKey(*account, generation, true);
}

void AccountConnector::readKey(const Account &account, int generation, bool retry)
{
    m_service.readKey(account.id, this, [this, account, generation, retry](const SecretResult &result) {
        onKeyRead(account, generation, retry, result);
    });
}

void AccountConnector::onKeyRead(const Account &account, int generation, bool retry,
                                 const SecretResult &result)
{
    if (m_generation.value(account.id) != generation)
        return; // reconnected meanwhile
    if (!result.ok()) {
        qCWarning(lcUi) << "no key for account" << account.id << "error" << int(result.error);
        const bool transient =
            result.error != SecretError::NotFound && result.error != SecretError::AccessDenied;
        if (transient && retry) {
            QTimer::singleShot(m_retryDelayMs, this, [this, account, generation] {
                if (m_generation.value(account.id) == generation)
                    readKey(account, generation, false);
            });
        }
        showCached(account.id);
        emit keyProblem(account.id, account.label, result.userMessage());
        return;
    }
    ProviderClient *client = m_factory ? m_factory(account, result.value, nullptr) : nullptr;
    if (!client) {
        // Without a client nothing is shown for the account, as before its cached rows went up.
        if (m_cached.contains(account.id)) {
            m_model.setAccountInstances(account.id, {});
            m_model.setAccountStale(account.id, false);
        }
        emit keyProblem(account.id, account.label, tr("This provider is not supported by this build."));
        return;
    }
    m_fleet.addAccount(client);
    if (m_cached.contains(account.id))
        m_fleet.loadCached(account.id, m_cached.take(account.id));
    emit accountConnected(account.id);
}

void AccountConnector::showCached(const QString &accountId)
{
    // Without a client the last-known rows still belong on screen, marked stale.
    if (m_fleet.client(accountId) || !m_cached.contains(accountId))
        return;
    m_model.setAccountInstances(accountId, m_cached.value(accountId));
    m_model.setAccountStale(accountId, true);
}

void AccountConnector::onAccountRemoved(const QString &accountId)
{
    ++m_generation[accountId];
    m_fleet.removeAccount(accountId);
    m_model.removeAccount(accountId);
    m_cached.remove(accountId);
    emit accountsChanged();
    emit accountDisconnected(accountId);
}

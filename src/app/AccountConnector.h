#pragma once

#include "core/AccountService.h"
#include "widgets/ConnectionTester.h"

#include <QHash>
#include <QObject>

class FleetMonitor;
class InstanceTableModel;

// Keeps one provider client per enabled account in the FleetMonitor, in step with the AccountStore:
// reads each key asynchronously (retrying a failed keychain read once, the backend may still be
// starting), builds the client with the injected factory, and shows the cached instances until the
// first refresh. Holds no key: it goes from the store straight into the client.
class AccountConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountConnector)

public:
    AccountConnector(AccountService &service, FleetMonitor &fleet, InstanceTableModel &model,
                     ConnectionTester::ClientFactory factory, QObject *parent = nullptr);
    ~AccountConnector() override = default;

    // Last-known instances per account id, shown (stale) when each account connects.
    void setCached(const QHash<QString, QList<Instance>> &cached) { m_cached = cached; }
    void setKeyRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    // Connects every enabled account, then follows the store's changes.
    void connectAll();
    // Rebuilds the account's client when its endpoint or SSH user changed, or always with `force`
    // (a new key); drops it when the account is disabled.
    void reconnect(const QString &accountId, bool force = false);

    // (id, label) of every account, in the store's order.
    [[nodiscard]] QList<QPair<QString, QString>> accountLabels() const;

signals:
    void accountsChanged();
    // The account's key could not be read: it is shown with this problem instead of a client.
    void keyProblem(const QString &accountId, const QString &label, const QString &message);
    void accountConnected(const QString &accountId);
    void accountDisconnected(const QString &accountId);

private:
    void readKey(const Account &account, int generation, bool retry);
    void onKeyRead(const Account &account, int generation, bool retry, const SecretResult &result);
    void showCached(const QString &accountId);
    void onAccountRemoved(const QString &accountId);

    AccountService &m_service;
    FleetMonitor &m_fleet;
    InstanceTableModel &m_model;
    ConnectionTester::ClientFactory m_factory;
    QHash<QString, QList<Instance>> m_cached;
    QHash<QString, int> m_generation; // a newer reconnect makes older key reads moot
    int m_retryDelayMs = 5000;
};

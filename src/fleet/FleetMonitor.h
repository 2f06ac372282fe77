#pragma once

#include "core/InstanceSpec.h"
#include "fleet/AccountPoller.h"
#include "fleet/FleetTransition.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class ProviderCall;
class ProviderClient;

// The live set of instances of every account. Owns one AccountPoller (and so one client) per
// enabled account, overlays what the user just did (deleting, expected stops), detects
// transitions between refreshes and emits each once. Knows nothing of widgets or the tray.
class FleetMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetMonitor)

public:
    enum class Action
    {
        Start,
        Stop,
        Restart,
        Delete
    };
    Q_ENUM(Action)

    explicit FleetMonitor(QObject *parent = nullptr);
    ~FleetMonitor() override;

    void setIntervals(const PollIntervals &intervals);
    [[nodiscard]] const PollIntervals &intervals() const { return m_intervals; }

    // Takes ownership. Replaces any client the account had.
    void addAccount(ProviderClient *client);
    void removeAccount(const QString &accountId);
    [[nodiscard]] QStringList accountIds() const { return m_accountOrder; }
    [[nodiscard]] ProviderClient *client(const QString &accountId) const;
    [[nodiscard]] AccountHealth health(const QString &accountId) const;
    [[nodiscard]] QList<Instance> instances(const QString &accountId) const;
    [[nodiscard]] QList<Instance> allInstances() const;
    [[nodiscard]] std::optional<Instance> instance(const QString &key) const;

    // Last-known instances from the cache: shown stale until the account's first refresh.
    void loadCached(const QString &accountId, const QList<Instance> &instances);

    void start();
    void stop();
    void refreshAll();
    void refreshAccount(const QString &accountId);
    // Window activation: refresh the accounts not refreshed for at least `olderThanMs`.
    void refreshOlderThan(qint64 olderThanMs);

    // User actions. Never retried; the account polls fast afterwards. The returned call is the
    // client's: connect to it for the result (the monitor already applies it).
    ProviderCall *act(Action action, const QString &key);
    ProviderCall *create(const QString &accountId, const InstanceSpec &spec);

signals:
    void accountInstancesChanged(const QString &accountId, const QList<Instance> &instances);
    void accountHealthChanged(const QString &accountId);
    void accountAdded(const QString &accountId);
    void accountRemoved(const QString &accountId);
    void transitioned(const FleetTransition &transition);
    void actionFinished(const QString &key, FleetMonitor::Action action, const ProviderError &error);
    void instanceCreated(const Instance &instance);

private:
    void queueUpdate(const QString &accountId, const QList<Instance> &instances);
    void applyNextUpdate();
    void onInstancesUpdated(const QString &accountId, const QList<Instance> &instances);
    [[nodiscard]] QList<Instance> withOverlay(const QList<Instance> &instances);
    [[nodiscard]] AccountPoller *poller(const QString &accountId) const { return m_pollers.value(accountId); }
    void setLocalStatus(const QString &key, InstanceStatus status);

    PollIntervals m_intervals;
    QHash<QString, AccountPoller *> m_pollers;
    QStringList m_accountOrder;
    QHash<QString, QHash<QString, Instance>> m_lastSeen; // accountId -> key -> instance
    QHash<QString, QDeadlineTimer> m_pendingDeletes;     // key -> until when "deleting" is shown
    QHash<QString, QDeadlineTimer> m_expected;           // key -> user-initiated change expected until
    bool m_running = false;
    QHash<QString, QList<Instance>> m_pendingUpdates; // account id -> its newest list not applied yet
    QStringList m_pendingOrder;                       // accounts of m_pendingUpdates, oldest first
    QTimer m_applyTimer;                              // zero timer: one list per event-loop pass
};

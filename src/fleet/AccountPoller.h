#pragma once

#include "core/Instance.h"
#include "fleet/PollIntervals.h"
#include "providers/ProviderError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ProviderClient;
class ProviderCall;
struct ProviderResult;

// What the window shows about one account's connection.
struct AccountHealth
{
    QDateTime lastSuccess; // invalid until the first successful refresh
    ProviderError error;   // the current error, if the last refresh failed
    bool refreshing = false;
    bool stale = true; // showing cached or last-known data, not a fresh refresh
    int consecutiveFailures = 0;
    int nextPollMs = -1; // delay chosen for the next poll
};

// Polls one account's list on its own schedule, independently of every other account: fast while
// an instance is in transit or after a user action, slow when steady, backing off on errors and
// 429. A failure keeps the last-known instances (marked stale). Owns its client.
class AccountPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPoller)

public:
    explicit AccountPoller(ProviderClient *client, QObject *parent = nullptr);
    ~AccountPoller() override;

    [[nodiscard]] ProviderClient *client() const { return m_client; }
    [[nodiscard]] const QList<Instance> &instances() const { return m_instances; }
    [[nodiscard]] const AccountHealth &health() const { return m_health; }
    [[nodiscard]] qint64 msSinceLastRefresh() const;

    void setIntervals(const PollIntervals &intervals) { m_intervals = intervals; }
    void start();
    void stop();
    // Starts a refresh now; when one is in flight, another follows it.
    void refreshNow();
    // Poll fast for a while: the user just acted on this account.
    void markBusy();
    // Last-known data from the cache or a local change (create, delete): shown, not refreshed.
    void setInstances(const QList<Instance> &instances, bool stale);

signals:
    void instancesUpdated(const QList<Instance> &instances);
    void healthChanged();

private:
    [[nodiscard]] static QList<Instance> withUnchangedShared(const QList<Instance> &previous,
                                                             QList<Instance> listed);
    void onListed(const ProviderResult &result);
    void scheduleNext();
    [[nodiscard]] int nextDelayMs() const;

    ProviderClient *m_client;
    PollIntervals m_intervals;
    QTimer m_timer;
    QPointer<ProviderCall> m_inFlight;
    QList<Instance> m_instances;
    AccountHealth m_health;
    QElapsedTimer m_sinceRefresh;
    QElapsedTimer m_refreshStarted;
    QElapsedTimer m_busySince;
    bool m_running = false;
    bool m_refreshAgain = false;
};

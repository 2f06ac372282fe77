#pragma once

#include "core/Notifier.h"
#include "fleet/Clock.h"
#include "fleet/FleetTransition.h"
#include "fleet/NotificationSettings.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

// Decides what to tell the user about the fleet and words it: an instance ready (after its SSH
// port answered or the probe gave up), failed, stopped or vanished without a user action, stuck
// while provisioning, or still running after hours. Every event is raised once, not on every poll.
// Pure logic on an injected clock: it asks for probes and raises notifications through signals.
class NotificationPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPolicy)

public:
    using CostLookup = std::function<std::optional<double>(const Instance &instance)>;

    explicit NotificationPolicy(Clock clock = Clocks::system(), QObject *parent = nullptr);
    ~NotificationPolicy() override = default;

    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    [[nodiscard]] const NotificationSettings &settings() const { return m_settings; }
    void setAccountLabel(const QString &accountId, const QString &label);
    // Cost so far of a running instance, for the "still running" text (optional).
    void setCostLookup(CostLookup lookup) { m_costLookup = std::move(lookup); }
    // How long to wait for an instance that runs without an SSH address before saying so.
    void setProbeTimeoutMs(qint64 ms) { m_probeTimeoutMs = ms; }

    // Inputs, usually FleetMonitor's and ReadinessProbe's signals.
    void onTransition(const FleetTransition &transition);
    void onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances);
    void onAccountRemoved(const QString &accountId);
    void onProbeFinished(const Instance &instance, bool sshAnswered);
    void onBudgetExceeded(const QString &accountId, double projected, double budget);
    // "Snooze 1 h" on a still-running notification.
    void snooze(const QString &key);
    // Time-based checks (stuck, still running, probe gave up); run after every update and by a
    // periodic timer.
    void evaluate();

signals:
    void notificationRaised(const Notification &notification);
    // Check the instance's SSH port and report back through onProbeFinished().
    void probeRequested(const Instance &instance);
    void probeCancelled(const QString &key);

private:
    enum class Readiness
    {
        None,
        WaitingForAddress,
        Probing,
        Notified
    };
    struct Tracked
    {
        Instance instance;
        QDateTime comingUpSince; // provisioning or starting since
        bool stuckNotified = false;
        QDateTime runningSince;
        QDateTime stillRunningDue;
        Readiness readiness = Readiness::None;
        QDateTime readySince;
        bool failedNotified = false;
        bool stoppedNotified = false;
    };

    void track(Tracked &tracked, const Instance &instance, const QDateTime &now);
    void raise(Notification::Kind kind, const Instance &instance, const QString &title, const QString &body,
               const QList<NotificationAction> &actions = {});
    void notifyReady(Tracked &tracked, bool sshAnswered);
    void flush();
    [[nodiscard]] QString accountLabel(const QString &accountId) const;
    [[nodiscard]] QString who(const Instance &instance) const; // "<name> on <account>"
    [[nodiscard]] QList<NotificationAction> sshActions(const Instance &instance) const;

    Clock m_clock;
    NotificationSettings m_settings;
    CostLookup m_costLookup;
    qint64 m_probeTimeoutMs = 120000;
    QHash<QString, QString> m_accountLabels;
    QHash<QString, Tracked> m_tracked; // instance key -> what was seen and said
    QList<Notification> m_outbox;
};

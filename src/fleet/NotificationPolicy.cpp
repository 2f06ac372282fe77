#include "fleet/NotificationPolicy.h"

#include "core/Logging.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 MsPerMinute = 60 * 1000;

QString money(double usd)
{
    return u"$"_s + QString::number(usd, 'f', 2);
}

bool isComingUp(InstanceStatus status)
{
    return status == InstanceStatus::Provisioning || status == InstanceStatus::Starting;
}
} // namespace

NotificationPolicy::NotificationPolicy(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<Notification>();
}

void NotificationPolicy::setAccountLabel(const QString &accountId, const QString &label)
{
    m_accountLabels.insert(accountId, label);
}

QString NotificationPolicy::accountLabel(const QString &accountId) const
{
    return m_accountLabels.value(accountId, accountId);
}

QString NotificationPolicy::who(const Instance &instance) const
{
    return tr("%1 on %2").arg(instance.displayName(), accountLabel(instance.accountId));
}

QList<NotificationAction> NotificationPolicy::sshActions(const Instance &instance) const
{
    if (instance.sshCommand().isEmpty())
        return {};
    return {{QString::fromLatin1(NotificationActions::CopySsh), tr("Copy SSH command")},
            {QString::fromLatin1(NotificationActions::OpenTerminal), tr("Open terminal")}};
}

void NotificationPolicy::track(Tracked &tracked, const Instance &instance, const QDateTime &now)
{
    tracked.instance = instance;
    if (isComingUp(instance.status)) {
        if (!tracked.comingUpSince.isValid()) {
            tracked.comingUpSince = now;
            // Created before GPU Fleet looked: it has been provisioning since then.
            if (instance.status == InstanceStatus::Provisioning && instance.createdAt.isValid()
                && instance.createdAt < now)
                tracked.comingUpSince = instance.createdAt;
        }
    } else {
        tracked.comingUpSince = {};
        tracked.stuckNotified = false;
    }
    if (instance.status == InstanceStatus::Running) {
        if (!tracked.runningSince.isValid()) {
            const bool providerStart = instance.startedAt.isValid() && instance.startedAt <= now;
            tracked.runningSince = providerStart ? instance.startedAt : now;
        }
    } else {
        tracked.runningSince = {};
        tracked.stillRunningDue = {};
        if (tracked.readiness == Readiness::Probing)
            emit probeCancelled(instance.key());
        tracked.readiness = Readiness::None;
    }
    if (instance.status != InstanceStatus::Error)
        tracked.failedNotified = false;
    if (instance.status != InstanceStatus::Stopped)
        tracked.stoppedNotified = false;
}

void NotificationPolicy::onTransition(const FleetTransition &transition)
{
    const Instance &instance = transition.instance;
    const QString key = instance.key();
    // UTC: every tracked instance is compared with it on each evaluation, and comparing a local
    // time converts it anew each time (10,000 instances took ~100 ms per list, docs/PERFORMANCE.md).
    const QDateTime now = m_clock().toUTC();
    Tracked &tracked = m_tracked[key];
    track(tracked, instance, now);

    switch (transition.kind) {
    case FleetTransition::Kind::BecameRunning:
        if (tracked.readiness != Readiness::None)
            break; // already probing or told for this run
        tracked.readySince = now;
        if (instance.hasSshEndpoint()) {
            tracked.readiness = Readiness::Probing;
            emit probeRequested(instance);
        } else {
            tracked.readiness = Readiness::WaitingForAddress; // fal assigns the IP a little later
        }
        break;
    case FleetTransition::Kind::Failed:
        if (tracked.failedNotified)
            break;
        tracked.failedNotified = true;
        raise(Notification::Kind::Failed, instance, tr("%1 failed").arg(instance.displayName()),
              instance.statusMessage.isEmpty()
                  ? tr("%1 entered an error state.").arg(who(instance))
                  : tr("%1 entered an error state: %2").arg(who(instance), instance.statusMessage));
        break;
    case FleetTransition::Kind::Stopped:
        if (transition.expected || tracked.stoppedNotified)
            break;
        tracked.stoppedNotified = true;
        raise(Notification::Kind::StoppedUnexpectedly, instance, tr("%1 stopped").arg(instance.displayName()),
              instance.statusMessage.isEmpty()
                  ? tr("%1 stopped without a request from GPU Fleet.").arg(who(instance))
                  : tr("%1 stopped without a request from GPU Fleet: %2")
                        .arg(who(instance), instance.statusMessage));
        break;
    case FleetTransition::Kind::Vanished:
        if (!transition.expected) {
            raise(Notification::Kind::Vanished, instance, tr("%1 disappeared").arg(instance.displayName()),
                  tr("%1 is no longer listed by the provider, without a delete from GPU Fleet.")
                      .arg(who(instance)));
        }
        if (tracked.readiness == Readiness::Probing)
            emit probeCancelled(key);
        m_tracked.remove(key);
        break;
    }
    flush();
}

void NotificationPolicy::onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances)
{
    // UTC: every tracked instance is compared with it on each evaluation, and comparing a local
    // time converts it anew each time (10,000 instances took ~100 ms per list, docs/PERFORMANCE.md).
    const QDateTime now = m_clock().toUTC();
    QSet<QString> seen;
    for (const Instance &instance : instances) {
        const QString key = instance.key();
        seen.insert(key);
        Tracked &tracked = m_tracked[key];
        track(tracked, instance, now);
        if (tracked.readiness == Readiness::WaitingForAddress && instance.hasSshEndpoint()) {
            tracked.readiness = Readiness::Probing;
            emit probeRequested(instance);
        }
    }
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (it->instance.accountId == accountId && !seen.contains(it.key())) {
            if (it->readiness == Readiness::Probing)
                emit probeCancelled(it.key());
            it = m_tracked.erase(it);
        } else {
            ++it;
        }
    }
    evaluate();
}

void NotificationPolicy::onAccountRemoved(const QString &accountId)
{
    onAccountInstancesChanged(accountId, {});
    m_accountLabels.remove(accountId);
}

void NotificationPolicy::onProbeFinished(const Instance &instance, bool sshAnswered)
{
    const auto it = m_tracked.find(instance.key());
    if (it == m_tracked.end() || it->readiness != Readiness::Probing)
        return; // cancelled, stopped meanwhile, or already told
    notifyReady(*it, sshAnswered);
    flush();
}

void NotificationPolicy::notifyReady(Tracked &tracked, bool sshAnswered)
{
    tracked.readiness = Readiness::Notified;
    const Instance &instance = tracked.instance;
    const QString ssh = instance.sshCommand();
    QString title;
    QString body;
    if (sshAnswered && !ssh.isEmpty()) {
        title = tr("%1 is ready").arg(instance.displayName());
        body = tr("%1 is ready — %2").arg(who(instance), ssh);
    } else {
        title = tr("%1 is running").arg(instance.displayName());
        body = tr("%1 is running but SSH is not answering yet").arg(who(instance));
        if (!ssh.isEmpty())
            body += u"\n"_s + ssh;
    }
    raise(Notification::Kind::Ready, instance, title, body, sshActions(instance));
}

void NotificationPolicy::onBudgetExceeded(const QString &accountId, double projected, double budget)
{
    Notification notification;
    notification.kind = Notification::Kind::Budget;
    notification.title = tr("Daily budget");
    notification.body = accountId.isEmpty()
        ? tr("Today's spend across all accounts is heading for %1, over the daily budget of %2.")
              .arg(money(projected), money(budget))
        : tr("Today's spend on %1 is heading for %2, over its daily budget of %3.")
              .arg(accountLabel(accountId), money(projected), money(budget));
    if (m_settings.isEnabled(notification.kind))
        m_outbox.append(notification);
    flush();
}

void NotificationPolicy::snooze(const QString &key)
{
    const auto it = m_tracked.find(key);
    if (it != m_tracked.end() && it->runningSince.isValid())
        it->stillRunningDue = m_clock().toUTC().addSecs(qint64(m_settings.snoozeMinutes) * 60);
}

void NotificationPolicy::evaluate()
{
    // UTC: every tracked instance is compared with it on each evaluation, and comparing a local
    // time converts it anew each time (10,000 instances took ~100 ms per list, docs/PERFORMANCE.md).
    const QDateTime now = m_clock().toUTC();
    for (Tracked &tracked : m_tracked) {
        const Instance &instance = tracked.instance;
        if (tracked.readiness == Readiness::WaitingForAddress
            && tracked.readySince.msecsTo(now) >= m_probeTimeoutMs)
            notifyReady(tracked, false);

        if (tracked.comingUpSince.isValid() && !tracked.stuckNotified) {
            const qint64 threshold =
                qint64(m_settings.stuckThresholdMinutes(instance.provider)) * MsPerMinute;
            const qint64 elapsed = tracked.comingUpSince.msecsTo(now);
            if (elapsed >= threshold) {
                tracked.stuckNotified = true;
                QList<NotificationAction> actions;
                if (Providers::capabilities(instance.provider).canDelete)
                    actions.append({QString::fromLatin1(NotificationActions::Delete), tr("Delete")});
                raise(Notification::Kind::Stuck, instance,
                      tr("%1 is taking long").arg(instance.displayName()),
                      tr("%1 has been starting for %n minute(s) (%2).", nullptr, int(elapsed / MsPerMinute))
                          .arg(who(instance),
                               instance.providerStatus.isEmpty()
                                   ? InstanceStatuses::displayName(instance.status)
                                   : instance.providerStatus),
                      actions);
            }
        }

        if (tracked.runningSince.isValid()) {
            const QDateTime due = tracked.stillRunningDue.isValid()
                ? tracked.stillRunningDue
                : tracked.runningSince.addSecs(
                    qint64(m_settings.stillRunningThresholdMinutes(instance.accountId)) * 60);
            if (due <= now) {
                tracked.stillRunningDue = now.addSecs(qint64(m_settings.repeatMinutes) * 60);
                const int hours = int(tracked.runningSince.secsTo(now) / 3600);
                QString body = tr("%1 has been running for %n hour(s).", nullptr, hours).arg(who(instance));
                if (m_costLookup) {
                    if (const auto cost = m_costLookup(instance))
                        body += u' ' + tr("About %1 so far.").arg(money(*cost));
                }
                const ProviderCapabilities caps = Providers::capabilities(instance.provider);
                QList<NotificationAction> actions{
                    {QString::fromLatin1(NotificationActions::Snooze), tr("Snooze 1 h")}};
                if (caps.canStop)
                    actions.append({QString::fromLatin1(NotificationActions::Stop), tr("Stop")});
                if (caps.canDelete)
                    actions.append({QString::fromLatin1(NotificationActions::Delete), tr("Delete")});
                raise(Notification::Kind::StillRunning, instance,
                      tr("%1 is still running").arg(instance.displayName()), body, actions);
            }
        }
    }
    flush();
}

void NotificationPolicy::raise(Notification::Kind kind, const Instance &instance, const QString &title,
                               const QString &body, const QList<NotificationAction> &actions)
{
    if (!m_settings.isEnabled(kind)) {
        qCDebug(lcFleet) << "notification switched off:" << Notification::kindId(kind);
        return;
    }
    Notification notification;
    notification.kind = kind;
    notification.title = title;
    notification.body = body;
    notification.instanceKey = instance.key();
    notification.actions = actions;
    m_outbox.append(notification);
}

void NotificationPolicy::flush()
{
    // Emitted only after the bookkeeping is done: a receiver may call back into the policy.
    const QList<Notification> outbox = std::exchange(m_outbox, {});
    for (const Notification &notification : outbox)
        emit notificationRaised(notification);
}

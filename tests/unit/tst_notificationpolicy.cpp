#include "fleet/NotificationPolicy.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// NotificationPolicy on a compressed clock: what is said, when, and that each event is said once.
class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<NotificationPolicy> m_policy;
    std::unique_ptr<QSignalSpy> m_raised;
    std::unique_ptr<QSignalSpy> m_probes;

    static Instance make(Provider provider, const QString &account, const QString &id, InstanceStatus status)
    {
        Instance i;
        i.provider = provider;
        i.accountId = account;
        i.id = id;
        i.name = u"gpu-"_s + id;
        i.status = status;
        i.gpuCount = 1;
        if (status == InstanceStatus::Running) {
            i.sshUser = u"root"_s;
            i.sshHost = u"127.0.0.5"_s;
            i.sshPort = 2222;
        }
        return i;
    }
    static FleetTransition transition(FleetTransition::Kind kind, const Instance &instance,
                                      InstanceStatus previous, bool expected = false)
    {
        FleetTransition t;
        t.kind = kind;
        t.instance = instance;
        t.previousStatus = previous;
        t.expected = expected;
        return t;
    }
    // Plural forms come from a translation; without one the source text's "(s)" stays.
    static bool matchesPlural(const QString &actual, QString expected)
    {
        expected = QRegularExpression::escape(expected).replace(u"\\(s\\)"_s, u"(s|\\(s\\))"_s);
        const bool ok = QRegularExpression(u'^' + expected + u'$').match(actual).hasMatch();
        if (!ok)
            qWarning() << "actual:" << actual;
        return ok;
    }
    void advanceMinutes(int minutes)
    {
        m_now = m_now.addSecs(qint64(minutes) * 60);
        m_policy->evaluate();
    }
    [[nodiscard]] QList<Notification> raised() const
    {
        QList<Notification> list;
        for (const QList<QVariant> &args : *m_raised)
            list.append(args.at(0).value<Notification>());
        return list;
    }
    [[nodiscard]] int count(Notification::Kind kind) const
    {
        const QList<Notification> list = raised();
        return int(std::count_if(list.cbegin(), list.cend(),
                                 [kind](const Notification &n) { return n.kind == kind; }));
    }
    // Provisioning in one poll, running in the next: the transition FleetMonitor would emit.
    Instance bringUp(const QString &id, Provider provider = Provider::Novita)
    {
        const Instance provisioning = make(provider, u"acc1"_s, id, InstanceStatus::Provisioning);
        m_policy->onAccountInstancesChanged(u"acc1"_s, {provisioning});
        const Instance running = make(provider, u"acc1"_s, id, InstanceStatus::Running);
        m_policy->onTransition(
            transition(FleetTransition::Kind::BecameRunning, running, InstanceStatus::Provisioning));
        m_policy->onAccountInstancesChanged(u"acc1"_s, {running});
        return running;
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
        m_policy = std::make_unique<NotificationPolicy>([this] { return m_now; });
        m_policy->setAccountLabel(u"acc1"_s, u"lab"_s);
        m_policy->setAccountLabel(u"acc2"_s, u"prod"_s);
        m_raised = std::make_unique<QSignalSpy>(m_policy.get(), &NotificationPolicy::notificationRaised);
        m_probes = std::make_unique<QSignalSpy>(m_policy.get(), &NotificationPolicy::probeRequested);
    }

    void readyExactlyOnceWithSshCommand()
    {
        const Instance running = bringUp(u"a"_s);
        QCOMPARE(m_probes->size(), 1);
        QCOMPARE(m_raised->size(), 0); // not before the port answered
        m_policy->onProbeFinished(running, true);
        QCOMPARE(m_raised->size(), 1);
        const Notification n = raised().constFirst();
        QCOMPARE(n.kind, Notification::Kind::Ready);
        QCOMPARE(n.instanceKey, u"acc1/a"_s);
        QCOMPARE(n.body, u"gpu-a on lab is ready — ssh -p 2222 root@127.0.0.5"_s);
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::CopySsh)));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::OpenTerminal)));

        // Later polls, a late second probe answer and the passing of time say nothing more.
        m_policy->onProbeFinished(running, true);
        for (int i = 0; i < 5; ++i) {
            m_policy->onAccountInstancesChanged(u"acc1"_s, {running});
            advanceMinutes(1);
        }
        QCOMPARE(count(Notification::Kind::Ready), 1);
        QCOMPARE(m_probes->size(), 1);
    }

    void readyAgainAfterAStopAndStart()
    {
        const Instance running = bringUp(u"a"_s);
        m_policy->onProbeFinished(running, true);
        Instance stopped = running;
        stopped.status = InstanceStatus::Stopped;
        m_policy->onTransition(
            transition(FleetTransition::Kind::Stopped, stopped, InstanceStatus::Running, true));
        m_policy->onAccountInstancesChanged(u"acc1"_s, {stopped});
        m_policy->onTransition(
            transition(FleetTransition::Kind::BecameRunning, running, InstanceStatus::Stopped));
        QCOMPARE(m_probes->size(), 2);
        m_policy->onProbeFinished(running, true);
        QCOMPARE(count(Notification::Kind::Ready), 2);
    }

    void notAnsweringAfterProbeTimeout()
    {
        const Instance running = bringUp(u"a"_s);
        m_policy->onProbeFinished(running, false);
        QCOMPARE(m_raised->size(), 1);
        const Notification n = raised().constFirst();
        QCOMPARE(n.kind, Notification::Kind::Ready);
        QVERIFY2(n.body.startsWith(u"gpu-a on lab is running but SSH is not answering yet"_s),
                 qPrintable(n.body));
        QVERIFY(n.body.contains(u"ssh -p 2222 root@127.0.0.5"_s));
    }

    void addressArrivesAfterRunning()
    {
        // fal reports "ready" before it has an IP: probe once the address is listed.
        Instance running = make(Provider::Fal, u"acc1"_s, u"f"_s, InstanceStatus::Running);
        running.sshHost.clear();
        running.sshPort = 0;
        m_policy->onTransition(
            transition(FleetTransition::Kind::BecameRunning, running, InstanceStatus::Provisioning));
        QCOMPARE(m_probes->size(), 0);
        running.sshHost = u"127.0.0.7"_s;
        running.sshPort = 22;
        m_policy->onAccountInstancesChanged(u"acc1"_s, {running});
        QCOMPARE(m_probes->size(), 1);
        m_policy->onProbeFinished(running, true);
        QCOMPARE(raised().constFirst().body, u"gpu-f on lab is ready — ssh root@127.0.0.7"_s);
    }

    void noAddressUntilTimeout()
    {
        m_policy->setProbeTimeoutMs(120000);
        Instance running = make(Provider::Fal, u"acc1"_s, u"f"_s, InstanceStatus::Running);
        running.sshHost.clear();
        running.sshPort = 0;
        m_policy->onTransition(
            transition(FleetTransition::Kind::BecameRunning, running, InstanceStatus::Provisioning));
        m_policy->onAccountInstancesChanged(u"acc1"_s, {running});
        advanceMinutes(1);
        QCOMPARE(m_raised->size(), 0);
        advanceMinutes(1);
        QCOMPARE(m_raised->size(), 1);
        QCOMPARE(raised().constFirst().body, u"gpu-f on lab is running but SSH is not answering yet"_s);
        QVERIFY(raised().constFirst().actions.isEmpty()); // nothing to copy yet
        advanceMinutes(10);
        QCOMPARE(m_raised->size(), 1);
    }

    void stuckPerProvider()
    {
        Instance fal = make(Provider::Fal, u"acc1"_s, u"f"_s, InstanceStatus::Provisioning);
        fal.providerStatus = u"provisioning"_s;
        Instance novita = make(Provider::Novita, u"acc1"_s, u"n"_s, InstanceStatus::Provisioning);
        novita.providerStatus = u"pulling"_s;
        m_policy->onAccountInstancesChanged(u"acc1"_s, {fal, novita});
        advanceMinutes(14);
        QCOMPARE(m_raised->size(), 0);
        advanceMinutes(1); // fal: 15 min
        QCOMPARE(m_raised->size(), 1);
        Notification n = raised().constLast();
        QCOMPARE(n.kind, Notification::Kind::Stuck);
        QCOMPARE(n.instanceKey, u"acc1/f"_s);
        QVERIFY(matchesPlural(n.body, u"gpu-f on lab has been starting for 15 minute(s) (provisioning)."_s));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Delete)));
        advanceMinutes(4);
        QCOMPARE(m_raised->size(), 1);
        advanceMinutes(1); // Novita: 20 min
        QCOMPARE(m_raised->size(), 2);
        QCOMPARE(raised().constLast().instanceKey, u"acc1/n"_s);
        // Every poll from now on: nothing new.
        for (int i = 0; i < 10; ++i) {
            m_policy->onAccountInstancesChanged(u"acc1"_s, {fal, novita});
            advanceMinutes(5);
        }
        QCOMPARE(count(Notification::Kind::Stuck), 2);
    }

    void stuckThresholdIsSettableAndUsesCreationTime()
    {
        NotificationSettings settings;
        settings.stuckMinutes.insert(Provider::NebulaBlock, 5);
        m_policy->setSettings(settings);
        Instance nebula = make(Provider::NebulaBlock, u"acc1"_s, u"b"_s, InstanceStatus::Provisioning);
        nebula.createdAt = m_now.addSecs(-4 * 60); // created before GPU Fleet looked
        m_policy->onAccountInstancesChanged(u"acc1"_s, {nebula});
        QCOMPARE(m_raised->size(), 0);
        advanceMinutes(1);
        QCOMPARE(count(Notification::Kind::Stuck), 1);
    }

    void stillRunningRepeatsAndSnoozes()
    {
        m_policy->setCostLookup([](const Instance &) { return std::optional<double>(7.56); });
        Instance running = make(Provider::Novita, u"acc1"_s, u"n"_s, InstanceStatus::Running);
        running.startedAt = m_now;
        m_policy->onAccountInstancesChanged(u"acc1"_s, {running});
        advanceMinutes(239);
        QCOMPARE(m_raised->size(), 0);
        advanceMinutes(1); // 4 h
        QCOMPARE(m_raised->size(), 1);
        Notification n = raised().constLast();
        QCOMPARE(n.kind, Notification::Kind::StillRunning);
        QVERIFY(matchesPlural(n.body, u"gpu-n on lab has been running for 4 hour(s). About $7.56 so far."_s));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Snooze)));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Stop)));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Delete)));

        advanceMinutes(119);
        QCOMPARE(m_raised->size(), 1);
        advanceMinutes(1); // repeated 2 h later
        QCOMPARE(m_raised->size(), 2);
        QVERIFY(matchesPlural(raised().constLast().body,
                              u"gpu-n on lab has been running for 6 hour(s). About $7.56 so far."_s));

        m_policy->snooze(running.key()); // at 6 h: quiet until 7 h
        advanceMinutes(59);
        QCOMPARE(m_raised->size(), 2);
        advanceMinutes(1);
        QCOMPARE(m_raised->size(), 3);
        advanceMinutes(60);
        QCOMPARE(m_raised->size(), 3); // next one 2 h after the last
    }

    void stillRunningPerAccountThresholdAndActionsPerProvider()
    {
        NotificationSettings settings;
        settings.stillRunningMinutesByAccount.insert(u"acc2"_s, 60);
        m_policy->setSettings(settings);
        const Instance fal = make(Provider::Fal, u"acc2"_s, u"f"_s, InstanceStatus::Running);
        m_policy->onAccountInstancesChanged(u"acc2"_s, {fal}); // first seen now, no provider start
        advanceMinutes(60);
        QCOMPARE(m_raised->size(), 1);
        const Notification n = raised().constFirst();
        QVERIFY(n.body.startsWith(u"gpu-f on prod has been running for 1 hour"_s));
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Snooze)));
        QVERIFY(!n.hasAction(QString::fromLatin1(NotificationActions::Stop))); // fal cannot stop
        QVERIFY(n.hasAction(QString::fromLatin1(NotificationActions::Delete)));
    }

    void failureOncePerEpisode()
    {
        Instance failed = make(Provider::Novita, u"acc1"_s, u"n"_s, InstanceStatus::Error);
        failed.statusMessage = u"image pull failed"_s;
        m_policy->onTransition(transition(FleetTransition::Kind::Failed, failed, InstanceStatus::Starting));
        m_policy->onTransition(transition(FleetTransition::Kind::Failed, failed, InstanceStatus::Starting));
        m_policy->onAccountInstancesChanged(u"acc1"_s, {failed});
        QCOMPARE(m_raised->size(), 1);
        const Notification n = raised().constFirst();
        QCOMPARE(n.kind, Notification::Kind::Failed);
        QCOMPARE(n.title, u"gpu-n failed"_s);
        QCOMPARE(n.body, u"gpu-n on lab entered an error state: image pull failed"_s);
    }

    void unexpectedStopVersusUserStop()
    {
        Instance stopped = make(Provider::Novita, u"acc1"_s, u"n"_s, InstanceStatus::Stopped);
        m_policy->onTransition(
            transition(FleetTransition::Kind::Stopped, stopped, InstanceStatus::Running, true));
        QCOMPARE(m_raised->size(), 0);
        Instance other = make(Provider::Novita, u"acc1"_s, u"m"_s, InstanceStatus::Stopped);
        other.statusMessage = u"Spot instance was reclaimed"_s;
        m_policy->onTransition(
            transition(FleetTransition::Kind::Stopped, other, InstanceStatus::Running, false));
        QCOMPARE(m_raised->size(), 1);
        QCOMPARE(raised().constFirst().kind, Notification::Kind::StoppedUnexpectedly);
        QCOMPARE(raised().constFirst().body,
                 u"gpu-m on lab stopped without a request from GPU Fleet: Spot instance was reclaimed"_s);
    }

    void vanishedVersusUserDelete()
    {
        const Instance gone = make(Provider::Fal, u"acc1"_s, u"f"_s, InstanceStatus::Running);
        m_policy->onTransition(
            transition(FleetTransition::Kind::Vanished, gone, InstanceStatus::Deleting, true));
        QCOMPARE(m_raised->size(), 0);
        const Instance lost = make(Provider::Fal, u"acc1"_s, u"g"_s, InstanceStatus::Running);
        m_policy->onTransition(
            transition(FleetTransition::Kind::Vanished, lost, InstanceStatus::Running, false));
        QCOMPARE(m_raised->size(), 1);
        QCOMPARE(raised().constFirst().kind, Notification::Kind::Vanished);
        QVERIFY(raised().constFirst().body.startsWith(u"gpu-g on lab is no longer listed"_s));
    }

    void clearedAccountOverrideIsRemovedFromSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings settings(u"gpufleet-tests"_s, u"tst_notificationpolicy"_s);
        settings.clear();
        settings.setValue(u"accounts/acc1/label"_s, u"team"_s);
        settings.setValue(u"accounts/acc1/stillRunningHours"_s, 2);
        settings.setValue(u"accounts/acc2/stillRunningHours"_s, 1.5);
        NotificationSettings loaded = NotificationSettings::load(settings);
        QCOMPARE(loaded.stillRunningMinutesByAccount.value(u"acc1"_s), 120);
        loaded.stillRunningMinutesByAccount.remove(u"acc1"_s);
        loaded.save(settings);
        QVERIFY(!settings.contains(u"accounts/acc1/stillRunningHours"_s));
        QCOMPARE(settings.value(u"accounts/acc1/label"_s).toString(), u"team"_s);
        QCOMPARE(NotificationSettings::load(settings).stillRunningThresholdMinutes(u"acc2"_s), 90);
        settings.clear();
    }

    void kindsSwitchedOff()
    {
        QStandardPaths::setTestModeEnabled(true);
        {
            QSettings settings(u"gpufleet-tests"_s, u"tst_notificationpolicy"_s);
            settings.clear();
            settings.setValue(u"notifications/ready"_s, false);
            settings.setValue(u"notifications/failed"_s, false);
            settings.setValue(u"notifications/stuckMinutes/fal"_s, 3);
            settings.setValue(u"accounts/acc2/stillRunningHours"_s, 1.5);
            m_policy->setSettings(NotificationSettings::load(settings));
            settings.clear();
        }
        QVERIFY(!m_policy->settings().isEnabled(Notification::Kind::Ready));
        QVERIFY(m_policy->settings().isEnabled(Notification::Kind::Vanished));
        QCOMPARE(m_policy->settings().stuckThresholdMinutes(Provider::Fal), 3);
        QCOMPARE(m_policy->settings().stuckThresholdMinutes(Provider::Novita), 20);
        QCOMPARE(m_policy->settings().stillRunningThresholdMinutes(u"acc2"_s), 90);
        QCOMPARE(m_policy->settings().stillRunningThresholdMinutes(u"acc1"_s), 240);

        const Instance running = bringUp(u"a"_s);
        m_policy->onProbeFinished(running, true);
        Instance failed = make(Provider::Novita, u"acc1"_s, u"x"_s, InstanceStatus::Error);
        m_policy->onTransition(transition(FleetTransition::Kind::Failed, failed, InstanceStatus::Running));
        QCOMPARE(m_raised->size(), 0);
        const Instance lost = make(Provider::Fal, u"acc1"_s, u"g"_s, InstanceStatus::Running);
        m_policy->onTransition(transition(FleetTransition::Kind::Vanished, lost, InstanceStatus::Running));
        QCOMPARE(m_raised->size(), 1);
        QCOMPARE(raised().constFirst().kind, Notification::Kind::Vanished);
    }

    void budgetWording()
    {
        m_policy->onBudgetExceeded(u"acc2"_s, 52.5, 50);
        m_policy->onBudgetExceeded(QString(), 120, 100);
        QCOMPARE(m_raised->size(), 2);
        QCOMPARE(raised().at(0).body,
                 u"Today's spend on prod is heading for $52.50, over its daily budget of $50.00."_s);
        QVERIFY(raised().at(1).instanceKey.isEmpty());
        QCOMPARE(
            raised().at(1).body,
            u"Today's spend across all accounts is heading for $120.00, over the daily budget of $100.00."_s);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"

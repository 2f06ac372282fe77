#include "fleet/FleetMonitor.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "simulator/SimulatedCloud.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

// FleetMonitor against the simulated cloud: real HTTP, real clients, three providers at once.
class TestFleetMonitor : public QObject
{
    Q_OBJECT

private:
    struct Keys
    {
        QString fal = u"fal-key-fleet"_s;
        QString novita = u"sk_novita_fleet"_s;
        QString nebula = u"ak_nebula_fleet"_s;
    } m_keys;

    std::unique_ptr<SimulatedCloud> m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetMonitor> m_fleet;

    Account account(Provider provider, const QString &label)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.provider = provider;
        a.label = label;
        a.endpoint = m_cloud->baseUrl(provider);
        return a;
    }
    QString addAccount(Provider provider, const QString &key)
    {
        const Account a = account(provider, Providers::id(provider));
        ProviderClient *client = ProviderFactory::create(a, key, m_network.get());
        client->transport()->setBackoff(10, 50);
        client->transport()->setTimeout(2000);
        m_fleet->addAccount(client);
        return a.id;
    }
    bool waitForRefresh(const QString &accountId, int timeoutMs = 5000)
    {
        const QDateTime before = m_fleet->health(accountId).lastSuccess;
        return QTest::qWaitFor(
            [&] {
                const AccountHealth h = m_fleet->health(accountId);
                return !h.refreshing && h.lastSuccess.isValid() && h.lastSuccess != before;
            },
            timeoutMs);
    }

private slots:
    void init()
    {
        m_cloud = std::make_unique<SimulatedCloud>();
        QVERIFY(m_cloud->start());
        m_cloud->setStepMs(100000); // lifecycles only move when a test says so
        m_cloud->addAccount(Provider::Fal, m_keys.fal);
        m_cloud->addAccount(Provider::Novita, m_keys.novita);
        m_cloud->addAccount(Provider::NebulaBlock, m_keys.nebula);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_fleet = std::make_unique<FleetMonitor>();
        PollIntervals intervals;
        intervals.fastMs = 200;
        intervals.slowMs = 60000;
        intervals.maxBackoffMs = 400;
        m_fleet->setIntervals(intervals);
    }

    void cleanup()
    {
        m_fleet.reset();
        m_network.reset();
        m_cloud.reset();
    }

    void accountsRefreshInParallelAndIndependently()
    {
        m_cloud->addInstance(Provider::Fal, m_keys.fal, {u""_s, u"ready"_s, u"gpu_1x_h100_sxm5"_s, 1, {}});
        m_cloud->addInstance(Provider::Novita, m_keys.novita, {u"n1"_s, u"running"_s, {}, 1, {}});
        m_cloud->addInstance(Provider::NebulaBlock, m_keys.nebula, {u"b1"_s, u"Running"_s, {}, 1, {}});
        // Novita answers slowly; the others must not wait for it.
        m_cloud->addFault(Provider::Novita, SimFault{SimFault::Kind::Stall, 0, -1, {}, {}, 1, 100});
        const QString fal = addAccount(Provider::Fal, m_keys.fal);
        const QString novita = addAccount(Provider::Novita, m_keys.novita);
        const QString nebula = addAccount(Provider::NebulaBlock, m_keys.nebula);
        m_fleet->client(novita)->transport()->setTimeout(1500);
        m_fleet->start();

        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(fal).size(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(nebula).size(), 1, 3000);
        QVERIFY(m_fleet->health(novita).refreshing); // still waiting on the stalled request
        QVERIFY(!m_fleet->health(fal).stale);
        // The stall ends in a timeout, then the retry succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(novita).size(), 1, 8000);
    }

    // An instance listed again unchanged keeps the copy everybody already holds (one copy of the
    // fleet in memory, not one per refresh); a changed one is the new data.
    void unchangedInstancesKeepTheirSharedCopy()
    {
        m_cloud->addInstance(Provider::NebulaBlock, m_keys.nebula, {u"steady"_s, u"Running"_s, {}, 1, {}});
        const QString nebula = addAccount(Provider::NebulaBlock, m_keys.nebula);
        m_fleet->start();
        QVERIFY(waitForRefresh(nebula));
        QTRY_COMPARE(m_fleet->instances(nebula).size(), 1);
        const Instance before = m_fleet->instances(nebula).constFirst();
        m_fleet->refreshAccount(nebula);
        QVERIFY(waitForRefresh(nebula));
        const Instance after = m_fleet->instances(nebula).constFirst();
        QCOMPARE(after, before);
        QCOMPARE(after.name.constData(), before.name.constData()); // the same storage, not equal text
        QCOMPARE(after.id.constData(), before.id.constData());

        m_cloud->addInstance(Provider::NebulaBlock, m_keys.nebula, {u"second"_s, u"Running"_s, {}, 1, {}});
        m_fleet->refreshAccount(nebula);
        QTRY_COMPARE(m_fleet->instances(nebula).size(), 2);
        const QList<Instance> both = m_fleet->instances(nebula);
        const auto steady =
            std::find_if(both.cbegin(), both.cend(), [&](const Instance &i) { return i.id == before.id; });
        QVERIFY(steady != both.cend());
        QCOMPARE(steady->name.constData(), before.name.constData());
    }

    void failingAccountKeepsLastKnownDataAndRecovers()
    {
        m_cloud->addInstance(Provider::Novita, m_keys.novita, {u"keep-me"_s, u"running"_s, {}, 1, {}});
        const QString novita = addAccount(Provider::Novita, m_keys.novita);
        const QString fal = addAccount(Provider::Fal, m_keys.fal);
        m_fleet->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(novita).size(), 1, 3000);

        m_cloud->addFault(Provider::Novita, SimFault{SimFault::Kind::HttpError, 500, -1, {}, {}, -1, 100});
        QSignalSpy health(m_fleet.get(), &FleetMonitor::accountHealthChanged);
        m_fleet->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->health(novita).error.isError(), 5000);
        QCOMPARE(m_fleet->health(novita).error.kind, ProviderError::Kind::Server);
        QVERIFY(m_fleet->health(novita).stale);
        QCOMPARE(m_fleet->instances(novita).size(), 1); // last-known data kept
        QVERIFY(!m_fleet->health(fal).error.isError()); // the other account is unaffected

        m_cloud->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->health(novita).error.isError(), 5000); // backoff retry
        QVERIFY(!m_fleet->health(novita).stale);
    }

    void cachedInstancesAreStaleUntilFirstRefresh()
    {
        const QString nebula = addAccount(Provider::NebulaBlock, m_keys.nebula);
        Instance cached;
        cached.accountId = nebula;
        cached.id = u"old"_s;
        cached.provider = Provider::NebulaBlock;
        cached.status = InstanceStatus::Running;
        m_fleet->loadCached(nebula, {cached});
        QCOMPARE(m_fleet->instances(nebula).size(), 1);
        QVERIFY(m_fleet->health(nebula).stale);
        m_fleet->start();
        QVERIFY(waitForRefresh(nebula));
        QVERIFY(!m_fleet->health(nebula).stale);
        QCOMPARE(m_fleet->instances(nebula).size(), 0); // the simulator has none
    }

    // Lists that arrive together are applied in later event-loop passes, one account at a time,
    // and an account's newer list replaces its older one still waiting.
    void listsArrivingTogetherAreAppliedLaterAndCoalesced()
    {
        const QString fal = addAccount(Provider::Fal, m_keys.fal);
        const QString nebula = addAccount(Provider::NebulaBlock, m_keys.nebula);
        const auto listOf = [](const QString &accountId, Provider provider, const QString &id) {
            Instance instance;
            instance.accountId = accountId;
            instance.provider = provider;
            instance.id = id;
            instance.status = InstanceStatus::Running;
            return QList<Instance>{instance};
        };
        QSignalSpy changed(m_fleet.get(), &FleetMonitor::accountInstancesChanged);
        m_fleet->loadCached(fal, listOf(fal, Provider::Fal, u"older"_s));
        m_fleet->loadCached(nebula, listOf(nebula, Provider::NebulaBlock, u"n1"_s));
        m_fleet->loadCached(fal, listOf(fal, Provider::Fal, u"newer"_s));
        QCOMPARE(changed.size(), 0); // nothing applied inside the pass that received them
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), fal);
        const auto falList = changed.at(0).at(1).value<QList<Instance>>();
        QCOMPARE(falList.size(), 1);
        QCOMPARE(falList.constFirst().id, u"newer"_s);
        QCOMPARE(changed.at(1).at(0).toString(), nebula);
        QVERIFY(m_fleet->instance(Instance::makeKey(fal, u"newer"_s)).has_value());
        QVERIFY(!m_fleet->instance(Instance::makeKey(fal, u"older"_s)).has_value());

        // A removed account's waiting list is dropped, not applied: the list queued after it
        // is the next and only one to arrive.
        m_fleet->loadCached(nebula, listOf(nebula, Provider::NebulaBlock, u"n2"_s));
        m_fleet->loadCached(fal, listOf(fal, Provider::Fal, u"latest"_s));
        m_fleet->removeAccount(nebula);
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(changed.at(2).at(0).toString(), fal);
    }

    void pollsFastWhileTransitioningAndSlowWhenSteady()
    {
        const QString id =
            m_cloud->addInstance(Provider::Novita, m_keys.novita, {u"moving"_s, u"pulling"_s, {}, 1, {}});
        const QString novita = addAccount(Provider::Novita, m_keys.novita);
        m_fleet->start();
        QVERIFY(waitForRefresh(novita));
        QCOMPARE(m_fleet->health(novita).nextPollMs, 200);
        m_cloud->setInstanceStatus(Provider::Novita, m_keys.novita, id, u"running"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(novita).value(0).status, InstanceStatus::Running, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->health(novita).nextPollMs, 60000, 3000);
    }

    void transitionsAreEmittedOnce()
    {
        const QString id =
            m_cloud->addInstance(Provider::Novita, m_keys.novita, {u"t1"_s, u"creating"_s, {}, 1, {}});
        const QString novita = addAccount(Provider::Novita, m_keys.novita);
        QSignalSpy transitions(m_fleet.get(), &FleetMonitor::transitioned);
        m_fleet->start();
        QVERIFY(waitForRefresh(novita));
        m_cloud->setInstanceStatus(Provider::Novita, m_keys.novita, id, u"running"_s);
        QTRY_COMPARE_WITH_TIMEOUT(transitions.size(), 1, 3000);
        // More polls of the same state add nothing.
        for (int i = 0; i < 3; ++i) {
            m_fleet->refreshAll();
            QVERIFY(waitForRefresh(novita));
        }
        QCOMPARE(transitions.size(), 1);
        const auto transition = transitions.first().first().value<FleetTransition>();
        QCOMPARE(transition.kind, FleetTransition::Kind::BecameRunning);
        QCOMPARE(transition.instance.id, id);

        m_cloud->removeInstance(Provider::Novita, m_keys.novita, id);
        m_fleet->refreshAll(); // steady accounts poll slowly; do not wait a minute
        QTRY_COMPARE_WITH_TIMEOUT(transitions.size(), 2, 3000);
        const auto vanished = transitions.last().first().value<FleetTransition>();
        QCOMPARE(vanished.kind, FleetTransition::Kind::Vanished);
        QVERIFY(!vanished.expected);
    }

    void deleteShowsDeletingAndIsSentOnce()
    {
        const QString id = m_cloud->addInstance(Provider::Fal, m_keys.fal,
                                                {u""_s, u"ready"_s, u"gpu_1x_h100_sxm5"_s, 1, {}});
        const QString fal = addAccount(Provider::Fal, m_keys.fal);
        m_fleet->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->instances(fal).size(), 1, 3000);
        QSignalSpy finished(m_fleet.get(), &FleetMonitor::actionFinished);
        QSignalSpy transitions(m_fleet.get(), &FleetMonitor::transitioned);
        m_fleet->act(FleetMonitor::Action::Delete, Instance::makeKey(fal, id));
        QVERIFY(finished.wait(3000));
        QVERIFY(!finished.first().at(2).value<ProviderError>().isError());
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->instances(fal).isEmpty(), 3000);
        QCOMPARE(m_cloud->countRequests(Provider::Fal, "DELETE", u"/compute/instances/"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(transitions.size(), 1, 3000);
        QVERIFY(transitions.first().first().value<FleetTransition>().expected);
    }

    void deleteOfAnAlreadyGoneInstanceIsNotAnError()
    {
        const QString fal = addAccount(Provider::Fal, m_keys.fal);
        QSignalSpy finished(m_fleet.get(), &FleetMonitor::actionFinished);
        m_fleet->act(FleetMonitor::Action::Delete, Instance::makeKey(fal, u"inst_gone"_s));
        QVERIFY(finished.wait(3000));
        QVERIFY(!finished.first().at(2).value<ProviderError>().isError());
    }

    void createAddsTheInstanceAtOnce()
    {
        const QString novita = addAccount(Provider::Novita, m_keys.novita);
        m_fleet->start();
        QVERIFY(waitForRefresh(novita));
        InstanceSpec spec;
        spec.offeringId = u"4090.16c62g"_s;
        spec.name = u"fresh-one"_s;
        spec.gpuCount = 1;
        spec.diskGb = 50;
        spec.image = u"nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"_s;
        QSignalSpy created(m_fleet.get(), &FleetMonitor::instanceCreated);
        m_fleet->create(novita, spec);
        QVERIFY(created.wait(5000));
        const auto list = m_fleet->instances(novita);
        QVERIFY(std::any_of(list.cbegin(), list.cend(),
                            [](const Instance &i) { return i.name == u"fresh-one"_s; }));
        QCOMPARE(m_fleet->health(novita).nextPollMs, 200); // fast polling after a user action
    }
};

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "tst_fleetmonitor.moc"

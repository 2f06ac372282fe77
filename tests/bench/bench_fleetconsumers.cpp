// Target 4 of issue #8, broken down: what the GUI thread does with one account's refreshed list
// (1,000 instances, 1 % changed) while 9 other accounts of 1,000 each are known. Each consumer of
// FleetMonitor::accountInstancesChanged is timed on its own (QBENCHMARK, -median N), so a stall in
// bench_window can be traced to the one that costs most.
#include "fleet/CostTracker.h"
#include "fleet/FleetMonitor.h"
#include "fleet/NotificationPolicy.h"
#include "fleet/UsageHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Accounts = 10;
constexpr int PerAccount = 1000;

QString accountId(int account)
{
    return u"bench-account-%1"_s.arg(account);
}

// As a parser makes it: fresh strings, extras with literal keys.
Instance makeInstance(int account, int i, int round)
{
    Instance instance;
    instance.provider = Providers::all().at(account % 3);
    instance.accountId = accountId(account);
    instance.id = u"inst-%1-%2"_s.arg(account).arg(i, 6, 10, QLatin1Char('0'));
    instance.name = u"gpu-node-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    instance.gpuModel = u"NVIDIA H100 80GB"_s;
    instance.gpuCount = 1 << (i % 4);
    instance.region = u"eu-west-1"_s;
    instance.status = InstanceStatus::Running;
    instance.providerStatus = u"running"_s;
    instance.publicIp = u"127.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
    instance.sshUser = u"root"_s;
    instance.sshHost = instance.publicIp;
    instance.sshPort = 30000 + i;
    instance.pricePerHour = 0.5 + (i % 97) * 0.25;
    // Started within the last hour: no "still running" notification is due (steady state).
    static const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    instance.createdAt = base.addSecs(i % 600);
    instance.startedAt = instance.createdAt.addSecs(90);
    instance.extras = {{u"productId"_s, u"prod-h100-%1"_s.arg(i % 4)}, {u"cpuNum"_s, 16}};
    if (round % 2 && i % 100 == 0)
        instance.pricePerHour = *instance.pricePerHour + 1;
    return instance;
}

QList<Instance> makeList(int account, int round)
{
    QList<Instance> list;
    list.reserve(PerAccount);
    for (int i = 0; i < PerAccount; ++i)
        list.append(makeInstance(account, i, round));
    return list;
}

// Feeds every account once, then times the refresh of account 0, alternating two lists.
template<typename Feed>
void benchmark(Feed feed)
{
    for (int account = 0; account < Accounts; ++account)
        feed(accountId(account), makeList(account, 0));
    const QList<Instance> rounds[2] = {makeList(0, 0), makeList(0, 1)};
    int round = 0;
    QBENCHMARK {
        feed(accountId(0), rounds[++round % 2]);
    }
}

} // namespace

class BenchFleetConsumers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costTracker()
    {
        CostTracker costs;
        benchmark([&](const QString &id, const QList<Instance> &list) {
            costs.onAccountInstancesChanged(id, list);
        });
    }
    void notificationPolicy()
    {
        CostTracker costs;
        NotificationPolicy policy;
        policy.setCostLookup([&](const Instance &instance) { return costs.cost(instance).amount; });
        benchmark([&](const QString &id, const QList<Instance> &list) {
            policy.onAccountInstancesChanged(id, list);
        });
    }
    void usageHistory()
    {
        QTemporaryDir dir;
        CostTracker costs;
        UsageHistory history(Clocks::system(), dir.filePath(u"history.json"_s));
        history.setPriceLookup([&](const Instance &instance) { return costs.price(instance); });
        benchmark([&](const QString &id, const QList<Instance> &list) {
            history.onAccountInstancesChanged(id, list);
        });
    }
};

QTEST_GUILESS_MAIN(BenchFleetConsumers)
#include "bench_fleetconsumers.moc"

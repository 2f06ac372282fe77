// Target 1 (issue #8): accounts refresh in parallel. The simulated cloud answers every request
// after 200 ms; each account holds 200 instances, listed 50 per page. A full refresh of all
// accounts is timed against a single account's refresh, both in the same run and on the same
// warm clients. Usage: bench_refreshfanout [-n runs] [--quick]
#include "bench/BenchStats.h"
#include "bench/SimThread.h"
#include "core/Account.h"
#include "fleet/FleetMonitor.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "simulator/SimulatedCloud.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int InstancesPerAccount = 200;
constexpr int PageSize = 50;
constexpr int LatencyMs = 200;
constexpr int RefreshTimeoutMs = 180'000;
constexpr int NebulaDetailsPerList = 8; // NebulaBlockClient's default

struct SeededAccount
{
    Account account;
    QString key;
};

QString keyFor(Provider provider, int index)
{
    switch (provider) {
    case Provider::Fal:
        return u"bench-fal-%1:secret"_s.arg(index);
    case Provider::Novita:
        return u"sk_bench_%1"_s.arg(index);
    case Provider::NebulaBlock:
        return u"ak_bench_%1"_s.arg(index);
    }
    return {};
}

// `count` accounts, providers in turn, each with InstancesPerAccount running instances.
QList<SeededAccount> seed(SimThread &sim, int count)
{
    QList<SeededAccount> accounts;
    sim.run([&](SimulatedCloud &cloud) {
        for (int i = 0; i < count; ++i) {
            const Provider provider = Providers::all().at(i % 3);
            SeededAccount seeded;
            seeded.key = keyFor(provider, i);
            seeded.account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            seeded.account.provider = provider;
            seeded.account.label = u"%1 %2"_s.arg(Providers::id(provider)).arg(i);
            seeded.account.endpoint = cloud.baseUrl(provider);
            cloud.addAccount(provider, seeded.key);
            for (int n = 0; n < InstancesPerAccount; ++n) {
                SimInstanceSeed instance;
                instance.name = u"bench-%1-%2"_s.arg(i).arg(n);
                cloud.addInstance(provider, seeded.key, instance);
            }
            accounts.append(seeded);
        }
    });
    return accounts;
}

// A FleetMonitor with its own clients (fresh detail caches) for some of the seeded accounts.
struct Fleet
{
    Fleet(QNetworkAccessManager *network, const QList<SeededAccount> &accounts)
    {
        for (const SeededAccount &seeded : accounts) {
            ProviderClient *client = ProviderFactory::create(seeded.account, seeded.key, network);
            client->setPageSize(PageSize);
            monitor.addAccount(client);
            ids.append(seeded.account.id);
        }
    }
    FleetMonitor monitor;
    QStringList ids;
};

// Refreshes `ids` at once; milliseconds until the last one has its list (or failed).
double timeRefresh(FleetMonitor &monitor, const QStringList &ids, int *failures, int *instances)
{
    QSet<QString> pending(ids.cbegin(), ids.cend());
    QEventLoop loop;
    QObject context;
    const auto done = [&](const QString &accountId) {
        if (pending.remove(accountId) && pending.isEmpty())
            loop.quit();
    };
    QObject::connect(&monitor, &FleetMonitor::accountInstancesChanged, &context,
                     [&](const QString &accountId, const QList<Instance> &listed) {
                         if (pending.contains(accountId))
                             *instances += int(listed.size());
                         done(accountId);
                     });
    QObject::connect(&monitor, &FleetMonitor::accountHealthChanged, &context, [&](const QString &accountId) {
        const AccountHealth health = monitor.health(accountId);
        if (!health.refreshing && health.error.isError() && pending.contains(accountId)) {
            ++*failures;
            done(accountId);
        }
    });
    QTimer::singleShot(RefreshTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    for (const QString &accountId : ids)
        monitor.refreshAccount(accountId);
    loop.exec();
    *failures += int(pending.size());
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    QList<double> full;
    QMap<Provider, QList<double>> single;
    int failures = 0;
    int badCounts = 0;
    int extraRequests = 0; // per round, beyond the list pages (detail reads, catalogues)
};

void check(int instances, int expected, Figures &figures)
{
    if (instances != expected)
        ++figures.badCounts;
}

// Brings the clients to their steady state: every SSH detail read and cached, so a refresh is the
// list pages alone (Nebula Block reads at most 8 details per list; here all in one go, and the
// simulator answers at once meanwhile).
void warmUp(SimThread &sim, Fleet &fleet)
{
    sim.run([](SimulatedCloud &cloud) { cloud.setLatencyMs(0); });
    for (const QString &accountId : std::as_const(fleet.ids)) {
        if (auto *nebula = qobject_cast<NebulaBlockClient *>(fleet.monitor.client(accountId)))
            nebula->setMaxDetailFetchesPerList(InstancesPerAccount);
    }
    int failures = 0;
    int instances = 0;
    timeRefresh(fleet.monitor, fleet.ids, &failures, &instances);
    for (const QString &accountId : std::as_const(fleet.ids)) {
        if (auto *nebula = qobject_cast<NebulaBlockClient *>(fleet.monitor.client(accountId)))
            nebula->setMaxDetailFetchesPerList(NebulaDetailsPerList);
    }
    sim.run([](SimulatedCloud &cloud) { cloud.setLatencyMs(LatencyMs); });
}

// Steady clients: rounds of one full refresh, then one account per provider.
Figures measureSteady(SimThread &sim, Fleet &fleet, const QList<SeededAccount> &accounts, int runs)
{
    Figures figures;
    warmUp(sim, fleet);
    sim.run([](SimulatedCloud &cloud) { cloud.clearRequests(); });
    int instances = 0;
    for (int run = 0; run < runs; ++run) {
        instances = 0;
        figures.full.append(timeRefresh(fleet.monitor, fleet.ids, &figures.failures, &instances));
        check(instances, int(fleet.ids.size()) * InstancesPerAccount, figures);
        for (int p = 0; p < 3; ++p) {
            instances = 0;
            const SeededAccount &one = accounts.at(p);
            figures.single[one.account.provider].append(
                timeRefresh(fleet.monitor, {one.account.id}, &figures.failures, &instances));
            check(instances, InstancesPerAccount, figures);
        }
    }
    const qsizetype pages = (fleet.ids.size() + 3) * (InstancesPerAccount / PageSize);
    qsizetype requests = 0;
    sim.run([&requests](SimulatedCloud &cloud) { requests = cloud.requests().size(); });
    figures.extraRequests = int(requests / runs - pages);
    return figures;
}

// Cold clients (first refresh after start: Novita and Nebula Block also read SSH details).
Figures measureCold(QNetworkAccessManager *network, const QList<SeededAccount> &accounts, int runs)
{
    Figures figures;
    for (int run = 0; run < runs; ++run) {
        int instances = 0;
        Fleet all(network, accounts);
        figures.full.append(timeRefresh(all.monitor, all.ids, &figures.failures, &instances));
        check(instances, int(all.ids.size()) * InstancesPerAccount, figures);
        for (int p = 0; p < 3; ++p) {
            instances = 0;
            Fleet one(network, {accounts.at(p)});
            figures.single[accounts.at(p).account.provider].append(
                timeRefresh(one.monitor, one.ids, &figures.failures, &instances));
            check(instances, InstancesPerAccount, figures);
        }
    }
    return figures;
}

void report(const QString &name, const Figures &figures, double limit, bool judged)
{
    double slowest = 0;
    Provider slowestProvider = Provider::Fal;
    for (const Provider provider : Providers::all()) {
        const double single = BenchStats::median(figures.single.value(provider));
        BenchStats::print(u"  %1 single %2 account: median %3 ms  [%4]"_s.arg(name, Providers::id(provider))
                              .arg(single, 0, 'f', 0)
                              .arg(BenchStats::list(figures.single.value(provider))));
        if (single > slowest) {
            slowest = single;
            slowestProvider = provider;
        }
    }
    const double full = BenchStats::median(figures.full);
    BenchStats::print(u"  %1 full refresh: median %2 ms  [%3]"_s.arg(name)
                          .arg(full, 0, 'f', 0)
                          .arg(BenchStats::list(figures.full)));
    if (figures.extraRequests)
        BenchStats::print(
            u"  %1: %2 requests per round besides the list pages"_s.arg(name).arg(figures.extraRequests));
    if (figures.failures || figures.badCounts)
        BenchStats::print(u"  %1: %2 failed refreshes, %3 with a wrong instance count"_s.arg(name)
                              .arg(figures.failures)
                              .arg(figures.badCounts));
    const double ratio = slowest > 0 ? full / slowest : 0;
    const bool ok = figures.failures == 0 && figures.badCounts == 0 && ratio <= limit;
    BenchStats::result(u"refresh fan-out, %1"_s.arg(name),
                       u"%1 ms full vs %2 ms single (%3, the slowest) = %4x"_s.arg(full, 0, 'f', 0)
                           .arg(slowest, 0, 'f', 0)
                           .arg(Providers::id(slowestProvider))
                           .arg(ratio, 0, 'f', 2),
                       judged ? u"<= %1x"_s.arg(limit, 0, 'f', 2) : u"none, explained"_s,
                       judged ? int(ok) : BenchStats::Info);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const int runs = BenchStats::runs(arguments, 5);
    const bool quick = arguments.contains(u"--quick"_s);
    QNetworkAccessManager network;

    {
        SimThread sim(SimulatorOptions{0, true, 1.0, LatencyMs, false});
        if (!sim.isListening())
            return 1;
        const QList<SeededAccount> accounts = seed(sim, 18);
        BenchStats::print(
            u"18 accounts (6 per provider, one simulator port per provider), %1 instances each, "
            u"%2 per page, %3 ms per answer, %4 runs"_s.arg(InstancesPerAccount)
                .arg(PageSize)
                .arg(LatencyMs)
                .arg(runs));
        Fleet fleet(&network, accounts);
        report(u"18 accounts on 3 hosts, steady"_s, measureSteady(sim, fleet, accounts, runs), 1.25, true);
        if (!quick)
            report(u"18 accounts on 3 hosts, first refresh"_s, measureCold(&network, accounts, 1), 1.25,
                   false);
    }
    {
        SimThread sim(SimulatorOptions{0, false, 1.0, LatencyMs, false});
        if (!sim.isListening())
            return 1;
        const QList<SeededAccount> accounts = seed(sim, 50);
        BenchStats::print(u"50 accounts on one simulator port (one host)"_s);
        Fleet fleet(&network, accounts);
        report(u"50 accounts on 1 host, steady"_s,
               measureSteady(sim, fleet, accounts, quick ? 1 : qMin(runs, 3)), 1.25, false);
    }
    return 0;
}

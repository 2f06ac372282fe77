// The simulated cloud in a process of its own, for the window benchmarks (bench_window): serving
// 10,000 instances must not run on the GUI thread being measured. Tenants come from
// BenchTenants; accounts [0, accounts) get `instances` running instances each, accounts
// [accounts, accounts + empty) none. Prints "ENDPOINT <provider> <url>" lines, then "READY".
// Commands on stdin: "churn <percent>" changes that share of every tenant's instances to another
// steady status (answers "CHURNED <n>"); "requests" answers "REQUESTS <n>"; "quit".
// Usage: bench_simserver [--accounts 10] [--instances 1000] [--empty 0] [--latency-ms 50]
#include "bench/BenchTenants.h"
#include "simulator/SimulatedCloud.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// A steady status other than running, in each provider's vocabulary.
QString churnedStatus(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return u"provisioning"_s; // fal has no stopped state; frozen by setInstanceStatus
    case Provider::Novita:
        return u"exited"_s;
    case Provider::NebulaBlock:
        return u"Stopped"_s;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
    QCommandLineParser parser;
    const QCommandLineOption accountsOption(u"accounts"_s, u"Tenants with instances."_s, u"n"_s, u"10"_s);
    const QCommandLineOption instancesOption(u"instances"_s, u"Instances per tenant."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption emptyOption(u"empty"_s, u"Tenants without instances."_s, u"n"_s, u"0"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Delay before every answer."_s, u"ms"_s,
                                           u"50"_s);
    parser.addOptions({accountsOption, instancesOption, emptyOption, latencyOption});
    parser.process(app);
    const int accounts = parser.value(accountsOption).toInt();
    const int instances = parser.value(instancesOption).toInt();
    const int empty = parser.value(emptyOption).toInt();

    SimulatedCloud cloud;
    if (!cloud.start(SimulatorOptions{0, true, 1.0, parser.value(latencyOption).toInt(), false}))
        return 1;
    for (int i = 0; i < accounts + empty; ++i) {
        const Provider provider = BenchTenants::provider(i);
        cloud.addAccount(provider, BenchTenants::key(i));
        for (int n = 0; i < accounts && n < instances; ++n) {
            SimInstanceSeed seed;
            seed.name = u"gpu-%1-%2"_s.arg(i).arg(n, 4, 10, QLatin1Char('0'));
            seed.gpuCount = 1 + n % 2;
            cloud.addInstance(provider, BenchTenants::key(i), seed);
        }
    }
    for (const Provider provider : Providers::all())
        say(u"ENDPOINT %1 %2"_s.arg(Providers::id(provider), cloud.baseUrl(provider).toString()));
    say(u"READY"_s);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256] = {};
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            QCoreApplication::quit(); // the benchmark went away
            return;
        }
        const QStringList words = QString::fromLatin1(buffer).simplified().split(u' ');
        if (words.first() == u"churn") {
            const int percent = words.value(1).toInt();
            int changed = 0;
            for (int i = 0; i < accounts; ++i) {
                const Provider provider = BenchTenants::provider(i);
                const QList<QString> ids = cloud.instanceIds(provider, BenchTenants::key(i));
                const int step = percent > 0 ? qMax(1, 100 / percent) : int(ids.size()) + 1;
                for (qsizetype n = 0; n < ids.size(); n += step, ++changed)
                    cloud.setInstanceStatus(provider, BenchTenants::key(i), ids.at(n),
                                            churnedStatus(provider));
            }
            say(u"CHURNED %1"_s.arg(changed));
        } else if (words.first() == u"requests") {
            say(u"REQUESTS %1"_s.arg(cloud.requests().size()));
        } else if (words.first() == u"quit") {
            QCoreApplication::quit();
        }
    });
    return app.exec();
}

#include "FaultFleet.h"
#include "fleet/FleetMonitor.h"
#include "simulator/SimulatedCloud.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int WarmUpCycles = 600;
constexpr int SoakCycles = 10000; // after the warm-up, all accounts together
constexpr qint64 TimeBudgetMs = 45000;
constexpr qint64 MaxGrowthKiB = 12 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAsan = true;
#else
constexpr bool UnderAsan = false;
#endif
#else
constexpr bool UnderAsan = false;
#endif

// Resident set size from /proc/self/statm (second field, in pages).
qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

// About one request in five fails somehow; no stalls (the simulator holds stalled connections
// until it is destroyed) and no 40 MiB bodies (they would dominate the resident size).
void addRandomFaults(SimulatedCloud &cloud)
{
    const QList<QPair<SimFault::Kind, int>> mix{
        {SimFault::Kind::HttpError, 5},     {SimFault::Kind::RateLimit, 3},
        {SimFault::Kind::ResetMidBody, 3},  {SimFault::Kind::TruncatedJson, 2},
        {SimFault::Kind::MalformedJson, 2}, {SimFault::Kind::WrongShape, 2},
        {SimFault::Kind::EmptyBody, 2},     {SimFault::Kind::HtmlErrorPage, 2},
        {SimFault::Kind::RepeatCursor, 2},
    };
    for (Provider provider : FaultFleet::providers()) {
        for (const auto &[kind, percent] : mix) {
            SimFault fault;
            fault.kind = kind;
            fault.httpStatus = 503;
            fault.ratePercent = percent;
            cloud.addFault(provider, fault);
        }
    }
}
} // namespace

// Thousands of poll cycles of three accounts in compressed time (2 ms intervals) with random
// faults: the fleet keeps polling, every account still recovers at the end, and the resident
// size after the soak stays within a small bound of the size after the warm-up. Run under
// ASan/LSan too, where leaks are reported at exit and the RSS bound is not applied (ASan's
// quarantine grows by design).
class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thousandsOfPollCyclesKeepMemoryFlat();
};

void TestSoak::initTestCase()
{
    // Thousands of requests: per-request log lines would only slow the run down (and QTest stops
    // printing after 2000 of them, the results included).
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
}

void TestSoak::thousandsOfPollCyclesKeepMemoryFlat()
{
    FaultFleet::Options options;
    options.timeoutMs = 2000;
    options.maxAttempts = 2;
    options.backoffBaseMs = 1;
    options.backoffMaxMs = 5;
    options.intervals = PollIntervals{2, 2, 20, 2};
    FaultFleet f(options);
    QVERIFY(f.setUp());
    QVERIFY(f.startAndSettle());
    SimulatedCloud *cloud = f.cloud();
    FleetMonitor *fleet = f.fleet();

    // A real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which would make every
    // request wait for the test rather than the other way round.
    QEventLoop loop;
    int cycles = 0;
    int failures = 0;
    int target = 0;
    QHash<QString, bool> refreshing;
    QObject context;
    connect(fleet, &FleetMonitor::accountHealthChanged, &context, [&](const QString &id) {
        const AccountHealth health = fleet->health(id);
        if (refreshing.value(id) && !health.refreshing) {
            ++cycles;
            if (health.error.isError())
                ++failures;
            if (cycles >= target)
                loop.quit();
        }
        refreshing.insert(id, health.refreshing);
    });
    QTimer trim; // the simulator's request log is not what is measured
    connect(&trim, &QTimer::timeout, &context, [cloud] { cloud->clearRequests(); });
    trim.start(500);
    QElapsedTimer clock;
    clock.start();
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(TimeBudgetMs));
    addRandomFaults(*cloud);

    const auto runUntil = [&](int cycleTarget) {
        target = cycleTarget;
        if (cycles < target && deadline.isActive())
            loop.exec();
    };
    runUntil(WarmUpCycles);
    QCOMPARE_GE(cycles, WarmUpCycles);
    const qint64 before = residentKiB();
    const int cyclesBefore = cycles;
    const qint64 soakStart = clock.elapsed();
    runUntil(WarmUpCycles + SoakCycles);
    const qint64 after = residentKiB();
    const int soaked = cycles - cyclesBefore;
    const double seconds = double(clock.elapsed() - soakStart) / 1000.0;
    qInfo().noquote() << u"soak: %1 poll cycles after %2 warm-up (%3 failed by injected faults) in %4 s"_s
                             .arg(soaked)
                             .arg(cyclesBefore)
                             .arg(failures)
                             .arg(seconds, 0, 'f', 1);
    qInfo().noquote() << u"soak: resident %1 KiB after warm-up, %2 KiB after soak (%3%4 KiB)%5"_s.arg(before)
                             .arg(after)
                             .arg(after >= before ? u"+"_s : QString())
                             .arg(after - before)
                             .arg(UnderAsan ? u" [ASan build: bound not applied]"_s : QString());

    // Enough cycles even on a slow or sanitised build, and failures really happened.
    QVERIFY2(soaked >= (UnderAsan ? 1000 : SoakCycles / 2), qPrintable(QString::number(soaked)));
    QVERIFY(failures > 0);
    QVERIFY(before > 0 && after > 0);
    if (!UnderAsan)
        QVERIFY2(after - before <= MaxGrowthKiB, qPrintable(u"grew by %1 KiB"_s.arg(after - before)));

    // Faults off: every account is healthy again by itself.
    cloud->clearFaults();
    QTRY_VERIFY_WITH_TIMEOUT(f.allHealthy(), 10000);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"

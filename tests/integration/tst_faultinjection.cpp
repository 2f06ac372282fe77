#include "FaultFleet.h"
#include "fleet/FleetMonitor.h"
#include "simulator/SimulatedCloud.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using Kind = ProviderError::Kind;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

// Every read fault the simulator can produce, for each provider, against a running fleet of
// three accounts: the faulting account shows a clear, key-free error and keeps its last-known
// instances, the other accounts keep refreshing, nothing hangs, and polling recovers by itself
// once the fault clears. (Writes under faults: tst_faultwrites.)
class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readFaults_data();
    void readFaults();

private:
    static void addRows(Provider provider);
};

void TestFaultInjection::initTestCase()
{
    // Thousands of requests: per-request log lines would only slow the run down (and QTest stops
    // printing after 2000 of them, the results included).
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
}

void TestFaultInjection::addRows(Provider provider)
{
    const QString p = Providers::id(provider);
    const auto row = [&p](const char *name) -> QTestData & {
        return QTest::newRow(qPrintable(p + u'/' + QLatin1StringView(name)));
    };
    const auto fault = [](SimFault::Kind kind, int status = 500, int retryAfter = -1, int count = -1) {
        SimFault f;
        f.kind = kind;
        f.httpStatus = status;
        f.retryAfterSeconds = retryAfter;
        f.count = count;
        return f;
    };
    using F = SimFault::Kind;
    // A burst shorter than the transport's attempts is absorbed by its retries.
    row("5xx-burst-absorbed") << provider << fault(F::HttpError, 503, -1, 2) << false << int(Kind::None)
                              << QString();
    row("5xx-persistent") << provider << fault(F::HttpError, 503) << false << int(Kind::Server)
                          << u"HTTP 503"_s;
    row("500-persistent") << provider << fault(F::HttpError, 500) << false << int(Kind::Server)
                          << u"HTTP 500"_s;
    row("429-retry-after") << provider << fault(F::RateLimit, 429, 1) << false << int(Kind::RateLimited)
                           << u"Rate limited"_s;
    row("429-no-retry-after") << provider << fault(F::RateLimit, 429) << false << int(Kind::RateLimited)
                              << u"Rate limited"_s;
    row("stall-past-timeout") << provider << fault(F::Stall) << false << int(Kind::Timeout) << u"in time"_s;
    row("reset-mid-body") << provider << fault(F::ResetMidBody) << false << int(Kind::Network) << QString();
    row("truncated-json") << provider << fault(F::TruncatedJson) << false << int(Kind::BadResponse)
                          << QString();
    row("malformed-json") << provider << fault(F::MalformedJson) << false << int(Kind::BadResponse)
                          << QString();
    row("wrong-shape-json") << provider << fault(F::WrongShape) << false << int(Kind::BadResponse)
                            << QString();
    row("empty-200") << provider << fault(F::EmptyBody) << false << int(Kind::BadResponse) << QString();
    row("html-gateway-page") << provider << fault(F::HtmlErrorPage) << false << int(Kind::Server)
                             << u"HTTP 502"_s;
    row("huge-40MiB-body") << provider << fault(F::HugeBody) << false << int(Kind::BadResponse)
                           << u"larger than"_s;
    row("repeating-cursor") << provider << fault(F::RepeatCursor) << false << int(Kind::BadResponse)
                            << QString();
    row("auth-revoked") << provider << SimFault() << true << int(Kind::Auth) << u"API key"_s;
}

void TestFaultInjection::readFaults_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<SimFault>("fault");
    QTest::addColumn<bool>("revoke");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("messageHint");
    for (Provider provider : FaultFleet::providers())
        addRows(provider);
}

void TestFaultInjection::readFaults()
{
    QFETCH(Provider, provider);
    QFETCH(SimFault, fault);
    QFETCH(bool, revoke);
    QFETCH(int, expected);
    QFETCH(QString, messageHint);
    const auto expectedKind = Kind(expected);

    FaultFleet::Options options;
    if (fault.kind == SimFault::Kind::RateLimit)
        options.intervals.maxBackoffMs = 1500; // room to honour a 1 s Retry-After
    if (fault.kind == SimFault::Kind::HugeBody)
        options.timeoutMs = 5000; // a slow (sanitised, loaded) machine must reach the cap first
    FaultFleet f(options);
    QVERIFY(f.setUp());
    QVERIFY(f.startAndSettle());
    SimulatedCloud *cloud = f.cloud();
    FleetMonitor *fleet = f.fleet();
    const QString account = f.accountId(provider);
    const QString listPath = FaultFleet::listPath(provider);

    QList<Kind> errorsSeen;
    QObject context;
    connect(fleet, &FleetMonitor::accountHealthChanged, &context, [&](const QString &id) {
        if (id == account && fleet->health(id).error.isError())
            errorsSeen.append(fleet->health(id).error.kind);
    });

    const QDateTime faultStart = now();
    const int listsBefore = cloud->countRequests(provider, "GET", listPath);
    if (revoke) {
        cloud->revokeAccount(provider, FaultFleet::key(provider));
    } else {
        fault.pathContains = listPath;
        fault.method = "GET";
        cloud->addFault(provider, fault);
    }

    if (expectedKind == Kind::None) {
        // The burst used up by retries (two failed attempts and a good one), then a refresh over.
        QTRY_VERIFY_WITH_TIMEOUT(cloud->countRequests(provider, "GET", listPath) - listsBefore >= 3
                                     && !fleet->health(account).refreshing
                                     && f.refreshedSince(provider, faultStart),
                                 5000);
        QVERIFY(errorsSeen.isEmpty());
        QVERIFY(f.isHealthy(provider));
        return;
    }

    QTRY_VERIFY_WITH_TIMEOUT(fleet->health(account).error.isError(), 8000);
    const AccountHealth health = fleet->health(account);
    const QString message = health.error.message();
    qInfo().noquote() << "shown:" << message;
    QCOMPARE(health.error.kind, expectedKind);
    QCOMPARE(errorsSeen.value(0), expectedKind);
    QVERIFY(!message.isEmpty());
    if (!messageHint.isEmpty())
        QVERIFY2(message.contains(messageHint), qPrintable(message));
    for (Provider any : FaultFleet::providers())
        QVERIFY(!message.contains(FaultFleet::key(any)));
    QVERIFY2(!message.contains(u'<'), qPrintable(message)); // no raw HTML from a gateway page
    QVERIFY(message.size() < 400);
    QVERIFY(health.stale);
    QCOMPARE(fleet->instances(account).size(), f.expectedCount(provider)); // last-known data kept
    if (fault.kind == SimFault::Kind::RateLimit && fault.retryAfterSeconds > 0) {
        QCOMPARE(health.error.retryAfterMs, fault.retryAfterSeconds * 1000);
        QVERIFY(health.nextPollMs >= 1000);
    }
    if (fault.kind == SimFault::Kind::RepeatCursor) // stopped after the repeat, did not loop
        QVERIFY(cloud->countRequests(provider, "GET", listPath) - listsBefore
                <= 4 * int(errorsSeen.size()) + 4);

    // The others are unaffected: they refresh again, successfully, while this one fails.
    const QDateTime errorSeen = now();
    for (Provider other : FaultFleet::providers()) {
        if (other == provider)
            continue;
        QTRY_VERIFY_WITH_TIMEOUT(f.refreshedSince(other, errorSeen), 5000);
        QVERIFY(f.isHealthy(other));
    }
    QVERIFY(fleet->health(account).error.isError());
    QCOMPARE(fleet->instances(account).size(), f.expectedCount(provider));

    // Recovery needs nobody: the back-off poll finds the provider healthy again.
    if (revoke)
        cloud->addAccount(provider, FaultFleet::key(provider)); // the key is valid again
    else
        cloud->clearFaults();
    QTRY_VERIFY_WITH_TIMEOUT(f.isHealthy(provider), 8000);
    QVERIFY(f.allHealthy());
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"

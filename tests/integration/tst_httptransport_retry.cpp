#include "HttpTransportFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace HttpTransportTest;

// HttpTransport retries against a scripted loopback server: which failures are retried, how long
// it waits (Retry-After, rate-limit reset, backoff), when it gives up, and that writes are never
// repeated.
class TestHttpTransportRetry : public HttpTransportTest::HttpTransportFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void retriesGetOnServerErrors_data();
    void retriesGetOnServerErrors();
    void retriesGetAfterResetMidBody();
    void retriesGetAfterTimeout();
    void honoursRetryAfterSeconds();
    void honoursRetryAfterHttpDate();
    void honoursRateLimitReset();
    void backsOffOn429WithoutHeader();
    void doesNotWaitOutLongRetryAfter();
    void givesUpAfterMaxAttempts();
    void neverRetriesWrites_data();
    void neverRetriesWrites();
    void retriesIdempotentCreate();
    void retryAfterParsing_data();
    void retryAfterParsing();
};

void TestHttpTransportRetry::retriesGetOnServerErrors_data()
{
    QTest::addColumn<QList<int>>("failures");

    QTest::newRow("500") << QList<int>{500};
    QTest::newRow("502") << QList<int>{502};
    QTest::newRow("503") << QList<int>{503};
    QTest::newRow("500-502-503") << QList<int>{500, 502, 503};
}

void TestHttpTransportRetry::retriesGetOnServerErrors()
{
    QFETCH(QList<int>, failures);
    for (int code : failures)
        m_server->enqueue("GET", Path, status(code, R"({"error":"try again"})"));
    m_server->enqueue("GET", Path, status(200, R"({"items":[]})"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray(R"({"items":[]})"));
    QCOMPARE(m_server->count("GET", Path), failures.size() + 1);
    QCOMPARE(response.attempts, failures.size() + 1);
    QCOMPARE(m_transport->requestCount(), failures.size() + 1);
}

void TestHttpTransportRetry::retriesGetAfterResetMidBody()
{
    Response broken = status(200, QByteArray(R"({"items":[)") + QByteArray(4000, ' ') + "]}");
    broken.resetMidBody = true;
    m_server->enqueue("GET", Path, broken);
    m_server->enqueue("GET", Path, status(200, R"({"items":[]})"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(response.body, QByteArray(R"({"items":[]})"));
    QCOMPARE(m_server->count("GET", Path), 2);
}

void TestHttpTransportRetry::retriesGetAfterTimeout()
{
    m_transport->setTimeout(300);
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", Path, hang);
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
}

void TestHttpTransportRetry::honoursRetryAfterSeconds()
{
    m_server->enqueue("GET", Path, withHeader(status(429), "Retry-After", "1"));
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    // Qt's coarse timers may fire up to 5% early.
    QVERIFY2(gapBetweenFirstTwoRequests() >= 900, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransportRetry::honoursRetryAfterHttpDate()
{
    int served = 0;
    m_server->setHandler([&served](const ScriptedHttpServer::Request &) {
        if (served++ > 0)
            return status(200);
        // HTTP-date (RFC 9110 IMF-fixdate) two seconds ahead at whole-second precision: 1-2 s.
        const QString when = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                                   u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        return withHeader(status(429), "Retry-After", when.toLatin1());
    });

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    QVERIFY2(gapBetweenFirstTwoRequests() >= 900, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransportRetry::honoursRateLimitReset()
{
    m_server->enqueue("GET", Path, withHeader(status(429), "x-ratelimit-reset", "1"));
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    QVERIFY2(gapBetweenFirstTwoRequests() >= 900, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransportRetry::backsOffOn429WithoutHeader()
{
    m_transport->setBackoff(200, 5000);
    m_server->enqueue("GET", Path, status(429, R"({"error":{"type":"rate_limited"}})"));
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    // First back-off step: between half and all of the 200 ms base.
    QVERIFY2(gapBetweenFirstTwoRequests() >= 90, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransportRetry::doesNotWaitOutLongRetryAfter()
{
    m_transport->setBackoff(20, 2000);
    m_server->enqueue("GET", Path, withHeader(status(429), "Retry-After", "120"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::RateLimited);
    QCOMPARE(response.error.retryAfterMs, 120000);
    QCOMPARE(response.status, 429);
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransportRetry::givesUpAfterMaxAttempts()
{
    m_transport->setMaxAttempts(3);
    m_server->enqueue("GET", Path, status(500, R"({"message":"first"})"));
    m_server->enqueue("GET", Path, status(502, R"({"message":"second"})"));
    m_server->enqueue("GET", Path, status(503, R"({"message":"third"})"));

    const HttpResponse response = run(get());

    QCOMPARE(m_server->count("GET", Path), 3);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(response.error.kind, Kind::Server);
    QCOMPARE(response.error.httpStatus, 503);
    QCOMPARE(response.status, 503);
    QVERIFY2(response.error.providerMessage.contains(u"third"_s), qPrintable(response.error.providerMessage));
}

void TestHttpTransportRetry::neverRetriesWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<Kind>("kind");

    for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE")}) {
        QTest::addRow("%s-500", method.constData()) << method << u"500"_s << Kind::Server;
        QTest::addRow("%s-503", method.constData()) << method << u"503"_s << Kind::Server;
        QTest::addRow("%s-429", method.constData()) << method << u"429"_s << Kind::RateLimited;
        QTest::addRow("%s-timeout", method.constData()) << method << u"timeout"_s << Kind::Timeout;
        QTest::addRow("%s-reset", method.constData()) << method << u"reset"_s << Kind::Network;
    }
}

void TestHttpTransportRetry::neverRetriesWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, failure);
    QFETCH(Kind, kind);

    m_transport->setTimeout(300);
    const QString path = u"/compute/instances/abc"_s;
    Response response;
    if (failure == u"timeout"_s) {
        response.hang = true;
    } else if (failure == u"reset"_s) {
        response = status(200, QByteArray(R"({"id":"abc",)") + QByteArray(2000, ' ') + "}");
        response.resetMidBody = true;
    } else {
        response = withHeader(status(failure.toInt()), "Retry-After", "0");
    }
    m_server->enqueue(method, path, response);
    m_server->enqueue(method, path, status(200));

    HttpRequest write = request(method, path);
    if (method == "POST")
        write.body = R"({"instance_type":"gpu_1x_h100_sxm5"})";
    const HttpResponse result = run(write);

    QCOMPARE(result.error.kind, kind);
    QCOMPARE(m_server->count(method, path), 1);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_transport->requestCount(), 1);
}

void TestHttpTransportRetry::retriesIdempotentCreate()
{
    m_server->enqueue("POST", Path, status(503));
    m_server->enqueue("POST", Path, status(201, R"({"id":"inst_1"})"));
    HttpRequest create = request("POST", Path, true);
    create.body = "{}";
    create.idempotencyKey = "3b241101-e2bb-4255-8caf-4136c566a962";

    const HttpResponse response = run(create);

    QCOMPARE(response.status, 201);
    QCOMPARE(m_server->count("POST", Path), 2);
    // The repeat carries the same key, which is what makes it harmless.
    QCOMPARE(m_server->requests().at(0).headers.value("idempotency-key"), create.idempotencyKey);
    QCOMPARE(m_server->requests().at(1).headers.value("idempotency-key"), create.idempotencyKey);
}

void TestHttpTransportRetry::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("rateLimitReset");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");

    const QByteArray future =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(30), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
            .toLatin1();
    const QByteArray epochIn20 = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 20);

    QTest::newRow("none") << QByteArray() << QByteArray() << -1 << -1;
    QTest::newRow("seconds") << QByteArray("1") << QByteArray() << 1000 << 1000;
    QTest::newRow("zero") << QByteArray("0") << QByteArray() << 0 << 0;
    QTest::newRow("padded") << QByteArray(" 7 ") << QByteArray() << 7000 << 7000;
    QTest::newRow("http-date") << future << QByteArray() << 28000 << 30000;
    QTest::newRow("http-date-past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << QByteArray() << 0 << 0;
    QTest::newRow("garbage") << QByteArray("soon") << QByteArray() << -1 << -1;
    QTest::newRow("reset-seconds") << QByteArray() << QByteArray("2") << 2000 << 2000;
    QTest::newRow("reset-epoch") << QByteArray() << epochIn20 << 18000 << 20000;
    QTest::newRow("retry-after-wins") << QByteArray("3") << QByteArray("9") << 3000 << 3000;
    QTest::newRow("garbage-falls-back") << QByteArray("soon") << QByteArray("4") << 4000 << 4000;
    QTest::newRow("huge-capped") << QByteArray("999999999") << QByteArray() << 86400000 << 86400000;
}

void TestHttpTransportRetry::retryAfterParsing()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, rateLimitReset);
    QFETCH(int, minimum);
    QFETCH(int, maximum);

    QHash<QByteArray, QByteArray> headers;
    if (!retryAfter.isEmpty())
        headers.insert("retry-after", retryAfter);
    if (!rateLimitReset.isEmpty())
        headers.insert("x-ratelimit-reset", rateLimitReset);
    const int ms = HttpTransport::retryAfterMs(headers);
    QVERIFY2(ms >= minimum && ms <= maximum, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestHttpTransportRetry)

#include "tst_httptransport_retry.moc"

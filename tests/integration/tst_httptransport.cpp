#include "providers/HttpTransport.h"
#include "support/ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;
using Response = ScriptedHttpServer::Response;

namespace {

const QByteArray Authorization = "Key test-key-id:test-key-secret-0123456789";
const QString KeySecret = u"test-key-secret-0123456789"_s;
const QString Path = u"/compute/instances"_s;

Response status(int code, const QByteArray &body = "{}")
{
    return ScriptedHttpServer::json(code, body);
}

Response withHeader(Response response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append({name, value});
    return response;
}

HttpRequest get(bool retryable = true)
{
    HttpRequest request;
    request.path = Path;
    request.retryable = retryable;
    return request;
}

HttpRequest request(const QByteArray &method, const QString &path, bool retryable = false)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.retryable = retryable;
    return request;
}

} // namespace

// HttpTransport against a scripted loopback server: which failures are retried and how long it
// waits, that writes are never repeated, timeouts, cancellation, the body cap, where the
// Authorization header may go, the headers sent, and that error text never carries the key.
class TestHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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
    void timeoutIsTimeout();
    void abortInFlight();
    void abortDuringRetryWait();
    void abortTwiceAndAfterFinish();
    void finishedNeverSynchronous();
    void bodyOverCapIsBadResponse();
    void insecureEndpointSendsNothing();
    void crossOriginRedirectGetsNoKey();
    void sameOriginRedirectFollowed();
    void sendsHeaders();
    void htmlAuthErrorIsSanitised_data();
    void htmlAuthErrorIsSanitised();
    void retryAfterParsing_data();
    void retryAfterParsing();

private:
    // Sends and waits for the one finished(); checks the call then deletes itself.
    HttpResponse run(const HttpRequest &request, int timeoutMs = 15000);
    HttpResponse run(HttpCall *call, int timeoutMs = 15000);
    // Milliseconds between the first two requests the server received.
    qint64 gapBetweenFirstTwoRequests() const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    QElapsedTimer m_clock;
    QList<qint64> m_requestTimes;
    QStringList m_runProblems; // run() cannot QVERIFY; cleanup() reports these
};

void TestHttpTransport::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get(), m_server->url(), Authorization);
    m_transport->setBackoff(20, 5000);
    m_transport->setTimeout(5000);
    m_requestTimes.clear();
    m_runProblems.clear();
    m_clock.start();
    connect(m_server.get(), &ScriptedHttpServer::requestReceived, this,
            [this](const ScriptedHttpServer::Request &) { m_requestTimes.append(m_clock.elapsed()); });
}

void TestHttpTransport::cleanup()
{
    QVERIFY2(m_runProblems.isEmpty(), qPrintable(m_runProblems.join(u"; "_s)));
    m_transport.reset();
    m_network.reset();
    m_server.reset();
}

HttpResponse TestHttpTransport::run(const HttpRequest &request, int timeoutMs)
{
    return run(m_transport->send(request), timeoutMs);
}

HttpResponse TestHttpTransport::run(HttpCall *call, int timeoutMs)
{
    QPointer<HttpCall> guard(call);
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    if (!QTest::qWaitFor([&] { return !responses.isEmpty(); }, timeoutMs)) {
        m_runProblems << u"finished() not emitted in time"_s;
        return {};
    }
    // Once the call is gone nothing can emit again or send another attempt.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        m_runProblems << u"HttpCall not deleted after finished()"_s;
    if (responses.size() != 1)
        m_runProblems << u"finished() emitted %1 times"_s.arg(responses.size());
    return responses.value(0);
}

qint64 TestHttpTransport::gapBetweenFirstTwoRequests() const
{
    return m_requestTimes.size() < 2 ? -1 : m_requestTimes.at(1) - m_requestTimes.at(0);
}

void TestHttpTransport::retriesGetOnServerErrors_data()
{
    QTest::addColumn<QList<int>>("failures");

    QTest::newRow("500") << QList<int>{500};
    QTest::newRow("502") << QList<int>{502};
    QTest::newRow("503") << QList<int>{503};
    QTest::newRow("500-502-503") << QList<int>{500, 502, 503};
}

void TestHttpTransport::retriesGetOnServerErrors()
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

void TestHttpTransport::retriesGetAfterResetMidBody()
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

void TestHttpTransport::retriesGetAfterTimeout()
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

void TestHttpTransport::honoursRetryAfterSeconds()
{
    m_server->enqueue("GET", Path, withHeader(status(429), "Retry-After", "1"));
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    // Qt's coarse timers may fire up to 5% early.
    QVERIFY2(gapBetweenFirstTwoRequests() >= 900, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransport::honoursRetryAfterHttpDate()
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

void TestHttpTransport::honoursRateLimitReset()
{
    m_server->enqueue("GET", Path, withHeader(status(429), "x-ratelimit-reset", "1"));
    m_server->enqueue("GET", Path, status(200));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(m_server->count("GET", Path), 2);
    QVERIFY2(gapBetweenFirstTwoRequests() >= 900, qPrintable(QString::number(gapBetweenFirstTwoRequests())));
}

void TestHttpTransport::backsOffOn429WithoutHeader()
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

void TestHttpTransport::doesNotWaitOutLongRetryAfter()
{
    m_transport->setBackoff(20, 2000);
    m_server->enqueue("GET", Path, withHeader(status(429), "Retry-After", "120"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::RateLimited);
    QCOMPARE(response.error.retryAfterMs, 120000);
    QCOMPARE(response.status, 429);
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransport::givesUpAfterMaxAttempts()
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

void TestHttpTransport::neverRetriesWrites_data()
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

void TestHttpTransport::neverRetriesWrites()
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

void TestHttpTransport::retriesIdempotentCreate()
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

void TestHttpTransport::timeoutIsTimeout()
{
    m_transport->setTimeout(200);
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", Path, hang);

    const HttpResponse response = run(get(false));

    QCOMPARE(response.error.kind, Kind::Timeout);
    QVERIFY(!response.error.message().isEmpty());
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransport::abortInFlight()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", Path, hang);
    QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
    HttpCall *call = m_transport->send(get());
    QVERIFY(received.wait(5000));

    QList<HttpResponse> responses;
    call->abort();
    // Connected only after abort(): the result must still arrive, from the event loop.
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    QCOMPARE(responses.size(), 0);
    QPointer<HttpCall> guard(call);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().error.kind, Kind::Cancelled);
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransport::abortDuringRetryWait()
{
    m_transport->setBackoff(3000, 5000);
    m_server->enqueue("GET", Path, status(503));
    m_server->enqueue("GET", Path, status(200));
    QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
    HttpCall *call = m_transport->send(get());
    QPointer<HttpCall> guard(call);
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    QVERIFY(received.wait(5000));
    // Let the 503 be read so the call is waiting to retry, then cancel it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto *retryTimer = guard ? guard->findChild<QTimer *>() : nullptr;
            return retryTimer && retryTimer->isActive();
        },
        5000));

    call->abort();
    QCOMPARE(responses.size(), 0);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().error.kind, Kind::Cancelled);
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransport::abortTwiceAndAfterFinish()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", Path, hang);
    HttpCall *call = m_transport->send(get());
    QPointer<HttpCall> guard(call);
    int finished = 0;
    connect(call, &HttpCall::finished, this, [&finished](const HttpResponse &) { ++finished; });
    call->abort();
    call->abort();
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(finished, 1);

    // abort() between completion and delivery changes nothing.
    m_server->enqueue("GET", u"/ok"_s, status(200));
    HttpCall *done = m_transport->send(request("GET", u"/ok"_s));
    QPointer<HttpCall> doneGuard(done);
    QList<HttpResponse> responses;
    connect(done, &HttpCall::finished, this, [&responses, done](const HttpResponse &r) {
        responses.append(r);
        done->abort(); // from inside the handler: already done
    });
    QTRY_VERIFY(doneGuard.isNull());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestHttpTransport::finishedNeverSynchronous()
{
    m_server->enqueue("GET", Path, status(200));
    HttpCall *call = m_transport->send(get());
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    QCOMPARE(responses.size(), 0);
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestHttpTransport::bodyOverCapIsBadResponse()
{
    const qint64 cap = 1000;
    m_transport->setMaxBodyBytes(cap);
    m_server->enqueue("GET", Path, status(200, '[' + QByteArray(50000, ' ') + ']'));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::BadResponse);
    QVERIFY(response.body.isEmpty());
    const QString message = response.error.message();
    QVERIFY2(message.contains(QLocale().formattedDataSize(cap)), qPrintable(message));
    QCOMPARE(m_server->count("GET", Path), 1);

    // A body within the cap is read.
    m_server->enqueue("GET", u"/small"_s, status(200, QByteArray(900, ' ')));
    QCOMPARE(run(request("GET", u"/small"_s)).body.size(), 900);
}

void TestHttpTransport::insecureEndpointSendsNothing()
{
    QNetworkAccessManager network;
    HttpTransport transport(&network, QUrl(u"http://example.invalid/v1"_s), Authorization);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused to send credentials"_s));
    HttpCall *call = transport.send(get());
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    QCOMPARE(responses.size(), 0);
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(responses.first().error.kind, Kind::InsecureEndpoint);
    QCOMPARE(responses.first().attempts, 0);
    QCOMPARE(transport.requestCount(), 0);
    QVERIFY(!responses.first().error.message().contains(KeySecret));
}

void TestHttpTransport::crossOriginRedirectGetsNoKey()
{
    ScriptedHttpServer other;
    QVERIFY(other.port() != 0);
    QSignalSpy otherReceived(&other, &ScriptedHttpServer::requestReceived);
    other.enqueue("GET", u"/steal"_s, status(200, R"({"items":[]})"));
    m_server->enqueue("GET", Path,
                      withHeader(status(302, {}), "Location", other.url(u"/steal"_s).toEncoded()));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::Network);
    QCOMPARE(otherReceived.count(), 0);
    QVERIFY(other.requests().isEmpty());
    // A refused redirect is not transient: the same answer would come back.
    QCOMPARE(m_server->count("GET", Path), 1);
}

void TestHttpTransport::sameOriginRedirectFollowed()
{
    m_server->enqueue("GET", Path, withHeader(status(302, {}), "Location", "/compute/moved"));
    m_server->enqueue("GET", u"/compute/moved"_s, status(200, R"({"items":[]})"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(response.body, QByteArray(R"({"items":[]})"));
    QCOMPARE(m_server->count("GET", u"/compute/moved"_s), 1);
    QCOMPARE(m_server->requests().last().headers.value("authorization"), Authorization);
}

void TestHttpTransport::sendsHeaders()
{
    m_server->enqueue("POST", Path, status(201, R"({"id":"x"})"));
    HttpRequest create = request("POST", Path);
    create.body = R"({"instance_type":"gpu_1x_h100_sxm5"})";
    create.idempotencyKey = "key-123";
    create.query.addQueryItem(u"dry_run"_s, u"false"_s);
    QCOMPARE(run(create).status, 201);

    m_server->enqueue("GET", Path, status(200));
    QCOMPARE(run(get()).status, 200);

    QCOMPARE(m_server->requests().size(), 2);
    const ScriptedHttpServer::Request &post = m_server->requests().at(0);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, Path);
    QCOMPARE(post.query.queryItemValue(u"dry_run"_s), u"false"_s);
    QCOMPARE(post.body, create.body);
    QCOMPARE(post.headers.value("authorization"), Authorization);
    QCOMPARE(post.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(post.headers.value("idempotency-key"), QByteArray("key-123"));
    QCOMPARE(post.headers.value("user-agent"), HttpTransport::userAgent());
    QVERIFY(HttpTransport::userAgent().startsWith("GPUFleet/" GPUFLEET_VERSION));

    const ScriptedHttpServer::Request &list = m_server->requests().at(1);
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.headers.value("authorization"), Authorization);
    QCOMPARE(list.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(!list.headers.contains("idempotency-key"));
}

void TestHttpTransport::htmlAuthErrorIsSanitised_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("secret");

    QTest::newRow("fal-key") << Authorization << KeySecret;
    QTest::newRow("bearer") << QByteArray("Bearer sk_live_0123456789abcdefABCDEF")
                            << u"0123456789abcdefABCDEF"_s;
    QTest::newRow("bare") << QByteArray("nb-0123456789abcdef0123") << u"0123456789abcdef0123"_s;
}

void TestHttpTransport::htmlAuthErrorIsSanitised()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, secret);

    HttpTransport transport(m_network.get(), m_server->url(), authorization);
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        // A misconfigured proxy that echoes the request headers into its error page.
        Response response =
            status(401,
                   "<!DOCTYPE html><html><head><title>401 Authorization Required</title>"
                   "<style>body{font-family:sans}</style></head><body>\r\n<h1>401 "
                   "Authorization Required</h1>\n<pre>\x1b[1mAuthorization: "
                       + request.headers.value("authorization") + "\nHost: api</pre>" + QByteArray(2000, ' ')
                       + "<p>" + QByteArray(500, 'x') + "</p></body></html>");
        return withHeader(response, "Content-Type", "text/html");
    });

    const HttpResponse response = run(transport.send(get()));

    QCOMPARE(response.error.kind, Kind::Auth);
    QCOMPARE(response.error.httpStatus, 401);
    const QString excerpt = response.error.providerMessage;
    QVERIFY2(excerpt.startsWith(u"401 Authorization Required"_s), qPrintable(excerpt));
    QVERIFY2(excerpt.size() <= 160, qPrintable(QString::number(excerpt.size())));
    QVERIFY(!excerpt.contains(QLatin1Char('<')));
    QVERIFY(!excerpt.contains(QChar(0x1b)));
    QVERIFY(!excerpt.contains(u"font-family"_s));
    for (const QString &text : {excerpt, response.error.message(), response.error.reason}) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(authorization)), qPrintable(text));
    }
}

void TestHttpTransport::retryAfterParsing_data()
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

void TestHttpTransport::retryAfterParsing()
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

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"

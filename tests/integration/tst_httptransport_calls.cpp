#include "HttpTransportFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace HttpTransportTest;

// One HttpTransport call against a scripted loopback server: timeouts, cancellation, the body cap,
// where the Authorization header may go, the headers sent, and that error text never carries
// the key.
class TestHttpTransportCalls : public HttpTransportTest::HttpTransportFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
};

void TestHttpTransportCalls::timeoutIsTimeout()
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

void TestHttpTransportCalls::abortInFlight()
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

void TestHttpTransportCalls::abortDuringRetryWait()
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

void TestHttpTransportCalls::abortTwiceAndAfterFinish()
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

void TestHttpTransportCalls::finishedNeverSynchronous()
{
    m_server->enqueue("GET", Path, status(200));
    HttpCall *call = m_transport->send(get());
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    QCOMPARE(responses.size(), 0);
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestHttpTransportCalls::bodyOverCapIsBadResponse()
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

void TestHttpTransportCalls::insecureEndpointSendsNothing()
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

void TestHttpTransportCalls::crossOriginRedirectGetsNoKey()
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

void TestHttpTransportCalls::sameOriginRedirectFollowed()
{
    m_server->enqueue("GET", Path, withHeader(status(302, {}), "Location", "/compute/moved"));
    m_server->enqueue("GET", u"/compute/moved"_s, status(200, R"({"items":[]})"));

    const HttpResponse response = run(get());

    QCOMPARE(response.error.kind, Kind::None);
    QCOMPARE(response.body, QByteArray(R"({"items":[]})"));
    QCOMPARE(m_server->count("GET", u"/compute/moved"_s), 1);
    QCOMPARE(m_server->requests().last().headers.value("authorization"), Authorization);
}

void TestHttpTransportCalls::sendsHeaders()
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

void TestHttpTransportCalls::htmlAuthErrorIsSanitised_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("secret");

    QTest::newRow("fal-key") << Authorization << KeySecret;
    QTest::newRow("bearer") << QByteArray("Bearer sk_live_0123456789abcdefABCDEF")
                            << u"0123456789abcdefABCDEF"_s;
    QTest::newRow("bare") << QByteArray("nb-0123456789abcdef0123") << u"0123456789abcdef0123"_s;
}

void TestHttpTransportCalls::htmlAuthErrorIsSanitised()
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

QTEST_GUILESS_MAIN(TestHttpTransportCalls)

#include "tst_httptransport_calls.moc"

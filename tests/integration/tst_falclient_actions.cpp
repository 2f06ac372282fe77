#include "FalClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace FalClientTest;

// FalClient writes against a scripted loopback server: create validation and idempotency, delete
// semantics, endpoint and redirect safety, key hygiene and the actions fal does not offer.
class TestFalClientActions : public FalClientTest::FalClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void createSendsDocumentedBody_data();
    void createSendsDocumentedBody();
    void createRefusedBeforeSending_data();
    void createRefusedBeforeSending();
    void createRetryReusesIdempotencyKey_data();
    void createRetryReusesIdempotencyKey();
    void createServerValidationError();
    void deleteSucceedsOn204();
    void deleteIsNeverRetried_data();
    void deleteIsNeverRetried();
    void insecureEndpointSendsNothing();
    void redirectDoesNotForwardAuthorization_data();
    void redirectDoesNotForwardAuthorization();
    void errorsNeverContainKey_data();
    void errorsNeverContainKey();
    void offeringsAndUnsupportedActions();
};

void TestFalClientActions::createSendsDocumentedBody_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QString>("request");

    QTest::newRow("1x") << u"gpu_1x_h100_sxm5"_s << QString() << u"create_request_1x.json"_s;
    QTest::newRow("8x sector") << u"gpu_8x_h100_sxm5"_s << u"sector_1"_s
                               << u"create_request_8x_sector.json"_s;
}

void TestFalClientActions::createSendsDocumentedBody()
{
    QFETCH(QString, type);
    QFETCH(QString, sector);
    QFETCH(QString, request);
    m_server->enqueue("POST", ListPath, status(201, fixture("create_201.json")));

    InstanceSpec spec;
    spec.offeringId = type;
    spec.sshPublicKey = PublicKey;
    spec.sector = sector;
    spec.idempotencyKey = u"7d6f0a52-6b0b-4a38-9a54-1f0c0f7d0c11"_s;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instance.id, u"inst_q9d4hv2m58"_s);
    QCOMPARE(result.instance.status, InstanceStatus::Provisioning);
    QCOMPARE(result.instance.accountId, u"acc-fal-1"_s);

    QCOMPARE(m_server->requests().size(), 1);
    const auto &sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(),
             QJsonDocument::fromJson(TestSupport::fixture(u"fal/"_s + request)).object());
    QCOMPARE(sent.headers.value("idempotency-key"), QByteArray("7d6f0a52-6b0b-4a38-9a54-1f0c0f7d0c11"));
    QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
}

void TestFalClientActions::createRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("sector");

    const QString privateKey =
        u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
        "-----END OPENSSH PRIVATE KEY-----"_s;
    QTest::newRow("sector with 1x") << u"gpu_1x_h100_sxm5"_s << PublicKey << u"sector_1"_s;
    QTest::newRow("private key") << u"gpu_1x_h100_sxm5"_s << privateKey << QString();
    QTest::newRow("unknown type") << u"gpu_1x_a100"_s << PublicKey << QString();
    QTest::newRow("no key") << u"gpu_8x_h100_sxm5"_s << QString() << QString();
    QTest::newRow("sector_9") << u"gpu_8x_h100_sxm5"_s << PublicKey << u"sector_9"_s;
}

void TestFalClientActions::createRefusedBeforeSending()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QString, sector);
    InstanceSpec spec;
    spec.offeringId = type;
    spec.sshPublicKey = key;
    spec.sector = sector;

    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(result.error.kind, Kind::Validation);
    QVERIFY(!result.error.message().contains(u"b3BlbnNzaC1rZXkt"_s));
    QVERIFY(!result.error.message().contains(u"AAAAC3NzaC1lZDI1NTE5"_s));
    QCOMPARE(m_client->transport()->requestCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestFalClientActions::createRetryReusesIdempotencyKey_data()
{
    QTest::addColumn<QString>("givenKey");
    QTest::newRow("caller's key") << u"create-action-42"_s;
    QTest::newRow("generated key") << QString();
}

void TestFalClientActions::createRetryReusesIdempotencyKey()
{
    QFETCH(QString, givenKey);
    Response reset = status(201, fixture("create_201.json"));
    reset.resetMidBody = true;
    m_server->enqueue("POST", ListPath, status(500, fixture("error_500.json")));
    m_server->enqueue("POST", ListPath, reset);
    m_server->enqueue("POST", ListPath, status(201, fixture("create_201.json")));

    InstanceSpec spec;
    spec.offeringId = u"gpu_1x_h100_sxm5"_s;
    spec.sshPublicKey = PublicKey;
    spec.idempotencyKey = givenKey;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instance.id, u"inst_q9d4hv2m58"_s);

    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    const QByteArray key = requests.first().headers.value("idempotency-key");
    QVERIFY(!key.isEmpty());
    if (!givenKey.isEmpty())
        QCOMPARE(key, givenKey.toUtf8());
    else
        QVERIFY(!QUuid::fromString(QLatin1String(key)).isNull());
    for (const auto &request : requests) {
        QCOMPARE(request.headers.value("idempotency-key"), key);
        QCOMPARE(request.body, requests.first().body);
    }

    // A new user action gets a new key.
    if (givenKey.isEmpty()) {
        QCOMPARE(run(m_client->createInstance(spec)).error.kind, Kind::None);
        QVERIFY(m_server->requests().last().headers.value("idempotency-key") != key);
    }
}

void TestFalClientActions::createServerValidationError()
{
    m_server->enqueue("POST", ListPath, status(400, fixture("error_400.json")));
    InstanceSpec spec;
    spec.offeringId = u"gpu_8x_h100_sxm5"_s;
    spec.sshPublicKey = PublicKey;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(result.error.kind, Kind::Validation);
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.reason, u"validation_error"_s);
    QVERIFY(result.error.message().contains(u"sector is only valid"_s));
    QCOMPARE(m_server->count("POST", ListPath), 1);
}

void TestFalClientActions::deleteSucceedsOn204()
{
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s, status(204));
    const ProviderResult result = run(m_client->deleteInstance(u"inst_1"_s));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
    QVERIFY(m_server->requests().first().body.isEmpty());
}

void TestFalClientActions::deleteIsNeverRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("404") << 404 << fixture("error_404.json") << Kind::NotFound;
    QTest::newRow("500") << 500 << fixture("error_500.json") << Kind::Server;
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << Kind::Server;
    QTest::newRow("429") << 429 << fixture("error_429.json") << Kind::RateLimited;
}

void TestFalClientActions::deleteIsNeverRetried()
{
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s, status(code, body, {{"Retry-After", "0"}}));
    const ProviderResult result = run(m_client->deleteInstance(u"inst_1"_s));
    QTEST(result.error.kind, "kind");
    QCOMPARE(result.error.httpStatus, code);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
    QCOMPARE(m_client->transport()->requestCount(), 1);
}

void TestFalClientActions::insecureEndpointSendsNothing()
{
    m_client = makeClient(QUrl(u"http://example.invalid/v1"_s));
    InstanceSpec spec;
    spec.offeringId = u"gpu_1x_h100_sxm5"_s;
    spec.sshPublicKey = PublicKey;

    QCOMPARE(run(m_client->listInstances()).error.kind, Kind::InsecureEndpoint);
    QCOMPARE(run(m_client->getInstance(u"inst_1"_s)).error.kind, Kind::InsecureEndpoint);
    QCOMPARE(run(m_client->createInstance(spec)).error.kind, Kind::InsecureEndpoint);
    QCOMPARE(run(m_client->deleteInstance(u"inst_1"_s)).error.kind, Kind::InsecureEndpoint);
    QCOMPARE(m_client->transport()->requestCount(), 0);
}

void TestFalClientActions::redirectDoesNotForwardAuthorization_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("same host, other port") << u"127.0.0.1"_s;
    QTest::newRow("other host name") << u"localhost"_s;
}

void TestFalClientActions::redirectDoesNotForwardAuthorization()
{
    QFETCH(QString, host);
    auto elsewhere = std::make_unique<ScriptedHttpServer>();
    QUrl target = elsewhere->url(u"/v1/compute/instances"_s);
    target.setHost(host);
    m_server->enqueue("GET", ListPath, status(302, {}, {{"Location", target.toEncoded()}}));
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s,
                      status(307, {}, {{"Location", target.toEncoded() + "/inst_1"}}));
    elsewhere->enqueue("GET", ListPath, status(200, fixture("list_empty.json")));

    const ProviderResult list = run(m_client->listInstances());
    QCOMPARE(list.error.kind, Kind::Network);
    QVERIFY(!list.error.message().isEmpty());
    QCOMPARE(run(m_client->deleteInstance(u"inst_1"_s)).error.kind, Kind::Network);
    QVERIFY(m_server->count("GET", ListPath) >= 1);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
    for (const auto &request : elsewhere->requests())
        QVERIFY2(!request.headers.contains("authorization"), "Authorization forwarded to another origin");
    QVERIFY(elsewhere->requests().isEmpty());
}

void TestFalClientActions::errorsNeverContainKey_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");

    const QByteArray key = ApiKey.toUtf8();
    QTest::newRow("401 echoes the key")
        << 401
        << QByteArray(R"({"error":{"type":"authorization_error","message":"Invalid key )" + key + R"("}})");
    QTest::newRow("403 key in type") << 403
                                     << QByteArray(R"({"error":{"type":")" + key + R"(","message":"x)" + key
                                                   + R"("}})");
    QTest::newRow("html echoes header")
        << 502 << QByteArray("<html><pre>Authorization: Key " + key + "</pre></html>");
    QTest::newRow("plain text bare key") << 400 << QByteArray("bad request for " + key);
    QTest::newRow("json, other shape") << 404 << QByteArray(R"({"detail":"no route; key=)" + key + R"("})");
}

void TestFalClientActions::errorsNeverContainKey()
{
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    m_server->enqueue("GET", ListPath, status(code, body));
    const ProviderResult result = run(m_client->listInstances());
    QVERIFY(result.error.isError());
    QCOMPARE(result.error.httpStatus, code);
    QVERIFY2(!result.error.message().contains(ApiKey), qPrintable(result.error.message()));
    QVERIFY(!result.error.providerMessage.contains(ApiKey));
    QVERIFY(!result.error.reason.contains(ApiKey));
    // Neither half of a "<id>:<secret>" key survives on its own either.
    QVERIFY(!result.error.message().contains(ApiKey.section(u':', 1)));
}

void TestFalClientActions::offeringsAndUnsupportedActions()
{
    const ProviderResult offerings = run(m_client->listOfferings());
    QCOMPARE(offerings.error.kind, Kind::None);
    QCOMPARE(offerings.offerings.size(), 2);
    QCOMPARE(offerings.offerings.at(0).id, u"gpu_1x_h100_sxm5"_s);
    QCOMPARE(offerings.offerings.at(1).id, u"gpu_8x_h100_sxm5"_s);

    QCOMPARE(run(m_client->startInstance(u"inst_1"_s)).error.kind, Kind::Unsupported);
    QCOMPARE(run(m_client->stopInstance(u"inst_1"_s)).error.kind, Kind::Unsupported);
    QCOMPARE(run(m_client->restartInstance(u"inst_1"_s)).error.kind, Kind::Unsupported);
    QCOMPARE(run(m_client->getInstance(u"  "_s)).error.kind, Kind::Validation);
    QCOMPARE(run(m_client->deleteInstance(u".."_s)).error.kind, Kind::Validation);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!m_client->capabilities().canStart);
}

QTEST_GUILESS_MAIN(TestFalClientActions)

#include "tst_falclient_actions.moc"

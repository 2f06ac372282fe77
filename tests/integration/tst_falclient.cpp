#include "providers/HttpTransport.h"
#include "providers/fal/FalClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;
using Response = ScriptedHttpServer::Response;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString ApiKey = u"fal-test-3f9c2a7e-41d2:9d8b7c6a5f4e3d2c1b0a99887766"_s;
const QString ListPath = u"/v1/compute/instances"_s;
const QString PublicKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForFixturesOnly0000000000000000000 user@laptop"_s;

QByteArray fixture(const char *name)
{
    return TestSupport::fixture(u"fal/"_s + QLatin1String(name));
}

Response status(int code, const QByteArray &body = {}, Headers headers = {})
{
    Response response = ScriptedHttpServer::json(code, body);
    response.headers = std::move(headers);
    return response;
}

// A list page holding `count` instances named <prefix>0..n.
QByteArray page(const QString &prefix, int count, const QJsonValue &nextCursor, const QJsonValue &hasMore)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i)
        rows.append(QJsonObject{{u"id"_s, QString(prefix + QString::number(i))},
                                {u"instance_type"_s, u"gpu_1x_h100_sxm5"_s},
                                {u"status"_s, u"provisioning"_s}});
    QJsonObject object{{u"instances"_s, rows}, {u"next_cursor"_s, nextCursor}};
    if (!hasMore.isUndefined())
        object.insert(u"has_more"_s, hasMore);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString cursorOf(const ScriptedHttpServer::Request &request)
{
    return request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
}

} // namespace

// FalClient against a scripted loopback server: headers, pagination, retries, timeouts, create
// validation and idempotency, delete semantics, endpoint and redirect safety, key hygiene.
class TestFalClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsAuthAndJsonHeaders();
    void listFollowsCursors_data();
    void listFollowsCursors();
    void listStopsOnRepeatedCursor_data();
    void listStopsOnRepeatedCursor();
    void listStopsAtMaxPages();
    void listFailsOnBadPage_data();
    void listFailsOnBadPage();
    void listRetriesServerError();
    void listRetriesRateLimit_data();
    void listRetriesRateLimit();
    void hungRequestTimesOut();
    void abortCancelsOnce();
    void getAppliesAccount();
    void getMissingIsNotFound();
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

private:
    std::unique_ptr<FalClient> makeClient(const QUrl &endpoint, const QString &sshUser = {});
    ProviderResult run(ProviderCall *call, int timeoutMs = 10000);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<FalClient> m_client;
};

std::unique_ptr<FalClient> TestFalClient::makeClient(const QUrl &endpoint, const QString &sshUser)
{
    Account account;
    account.id = u"acc-fal-1"_s;
    account.provider = Provider::Fal;
    account.label = u"fal test"_s;
    account.endpoint = endpoint;
    account.sshUser = sshUser;
    auto client = std::make_unique<FalClient>(account, ApiKey, m_network.get());
    client->transport()->setBackoff(10, 100);
    client->transport()->setTimeout(5000);
    return client;
}

// Waits for the call's one finished() and for the call to delete itself.
ProviderResult TestFalClient::run(ProviderCall *call, int timeoutMs)
{
    auto emissions = std::make_shared<int>(0);
    auto result = std::make_shared<ProviderResult>();
    // The call deletes itself right after its one emission; waiting for that (in an event loop,
    // not qWaitFor's polling) also catches a second emission.
    QSignalSpy destroyed(call, &QObject::destroyed);
    connect(call, &ProviderCall::finished, this, [emissions, result](const ProviderResult &r) {
        ++*emissions;
        *result = r;
    });
    if (!destroyed.wait(timeoutMs))
        qWarning("provider call did not finish in time");
    if (*emissions != 1)
        qWarning("finished() emitted %d times", *emissions);
    if (*emissions == 1)
        return *result;
    ProviderResult none;
    none.error = ProviderError::make(Kind::Cancelled, u"no result"_s);
    return none;
}

void TestFalClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->port() > 0);
    m_client = makeClient(m_server->url(u"/v1"_s));
}

void TestFalClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestFalClient::sendsAuthAndJsonHeaders()
{
    // A key pasted with a trailing newline must still make a valid header.
    m_client = std::make_unique<FalClient>(
        Account{u"acc"_s, Provider::Fal, u"l"_s, m_server->url(u"/v1"_s), {}, true}, ApiKey + u"\n"_s,
        m_network.get());
    m_server->enqueue("GET", ListPath, status(200, fixture("list_empty.json")));
    m_server->enqueue("POST", ListPath, status(201, fixture("create_201.json")));

    QCOMPARE(run(m_client->listInstances()).error.kind, Kind::None);
    InstanceSpec spec;
    spec.offeringId = u"gpu_1x_h100_sxm5"_s;
    spec.sshPublicKey = PublicKey;
    QCOMPARE(run(m_client->createInstance(spec)).error.kind, Kind::None);

    QCOMPARE(m_server->requests().size(), 2);
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.headers.value("authorization"), QString(u"Key "_s + ApiKey).toUtf8());
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("user-agent"), HttpTransport::userAgent());
        QVERIFY(request.headers.value("user-agent").startsWith("GPUFleet/"));
    }
    QCOMPARE(m_server->requests().at(0).query.queryItemValue(u"limit"_s),
             QString::number(m_client->pageSize()));
    QVERIFY(!m_server->requests().at(0).query.hasQueryItem(u"cursor"_s));
    QCOMPARE(m_server->requests().at(1).headers.value("content-type"), QByteArray("application/json"));
}

void TestFalClient::listFollowsCursors_data()
{
    QTest::addColumn<QJsonValue>("moreOnPage1");
    QTest::addColumn<QJsonValue>("moreOnPage2");

    QTest::newRow("has_more mirrors cursor") << QJsonValue(true) << QJsonValue(true);
    QTest::newRow("has_more omitted")
        << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("has_more false, cursor set") << QJsonValue(false) << QJsonValue(u"false"_s);
}

void TestFalClient::listFollowsCursors()
{
    QFETCH(QJsonValue, moreOnPage1);
    QFETCH(QJsonValue, moreOnPage2);
    // Page sizes ignore the limit both ways; cursors need encoding ('+', '/', '=') and one is the
    // documented "Mg==". An instance listed twice (it moved between pages) is reported once.
    const QString cursor2 = u"Mg=="_s;
    const QString cursor3 = u"a+b/c=&d"_s;
    m_server->setHandler([=](const ScriptedHttpServer::Request &request) {
        const QString cursor = cursorOf(request);
        if (cursor.isEmpty())
            return status(200, page(u"p1-"_s, 3, cursor2, moreOnPage1));
        if (cursor == cursor2)
            return status(200, page(u"p2-"_s, 1, cursor3, moreOnPage2));
        if (cursor == cursor3)
            return status(200, page(u"p3-"_s, 7, QJsonValue::Null, false).replace("p3-6", "p1-0"));
        return status(400, R"({"error":{"type":"validation_error","message":"bad cursor"}})");
    });
    m_client->setPageSize(2);

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.instances.size(), 10);
    QCOMPARE(result.instances.first().id, u"p1-0"_s);
    QCOMPARE(result.instances.last().id, u"p3-5"_s);
    for (const Instance &instance : result.instances) {
        QCOMPARE(instance.accountId, u"acc-fal-1"_s);
        QCOMPARE(instance.provider, Provider::Fal);
    }

    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(cursorOf(requests.at(0)), QString());
    QCOMPARE(cursorOf(requests.at(1)), cursor2);
    QCOMPARE(cursorOf(requests.at(2)), cursor3);
    for (const auto &request : requests)
        QCOMPARE(request.query.queryItemValue(u"limit"_s), u"2"_s);
}

void TestFalClient::listStopsOnRepeatedCursor_data()
{
    QTest::addColumn<QStringList>("cursors"); // next_cursor answered to the n-th request
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("same cursor again") << QStringList{u"Mg=="_s, u"Mg=="_s} << 2;
    QTest::newRow("cycle of two") << QStringList{u"A"_s, u"B"_s, u"A"_s} << 3;
}

void TestFalClient::listStopsOnRepeatedCursor()
{
    QFETCH(QStringList, cursors);
    QFETCH(int, expectedRequests);
    auto served = std::make_shared<int>(0);
    m_server->setHandler([=](const ScriptedHttpServer::Request &) {
        const QString next = cursors.value(qMin<qsizetype>((*served)++, cursors.size() - 1));
        return status(200, page(u"r"_s + QString::number(*served) + u"-"_s, 1, next, true));
    });

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.instances.isEmpty());
    QCOMPARE(m_server->requests().size(), expectedRequests);
}

void TestFalClient::listStopsAtMaxPages()
{
    // Every page offers a fresh cursor: only the page cap ends this.
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        const int next = cursorOf(request).toInt() + 1;
        return status(200, page(u"m"_s + QString::number(next) + u"-"_s, 1, QString::number(next), true));
    });
    const ProviderResult result = run(m_client->listInstances(), 90000);
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QCOMPARE(m_server->requests().size(), ProviderClient::MaxPages);
}

void TestFalClient::listFailsOnBadPage_data()
{
    QTest::addColumn<QByteArray>("secondPage");

    const QByteArray page2 = fixture("list_page2.json");
    QTest::newRow("truncated") << page2.left(page2.size() / 2);
    QTest::newRow("empty 200") << QByteArray();
    QTest::newRow("instances is a string")
        << QByteArray(R"({"instances":"x","next_cursor":null,"has_more":false})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("more but no cursor")
        << QByteArray(R"({"instances":[],"next_cursor":null,"has_more":true})");
}

void TestFalClient::listFailsOnBadPage()
{
    QFETCH(QByteArray, secondPage);
    m_server->setHandler([=](const ScriptedHttpServer::Request &request) {
        return cursorOf(request).isEmpty() ? status(200, fixture("list_page1.json"))
                                           : status(200, secondPage);
    });
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.instances.isEmpty()); // never a silently partial list
    QCOMPARE(m_server->requests().size(), 2);
}

void TestFalClient::listRetriesServerError()
{
    m_server->enqueue("GET", ListPath, status(500, fixture("error_500.json")));
    m_server->enqueue("GET", ListPath, status(200, fixture("list_page2.json")));

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instances.size(), 1);
    QCOMPARE(result.instances.first().status, InstanceStatus::Stopped);
    QCOMPARE(result.pages, 1);
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestFalClient::listRetriesRateLimit_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::newRow("Retry-After: 0") << Headers{{"Retry-After", "0"}};
    QTest::newRow("x-ratelimit-reset: 0") << Headers{{"x-ratelimit-reset", "0"}};
    QTest::newRow("no header") << Headers{};
}

void TestFalClient::listRetriesRateLimit()
{
    QFETCH(Headers, headers);
    m_server->enqueue("GET", ListPath, status(429, fixture("error_429.json"), headers));
    m_server->enqueue("GET", ListPath, status(429, fixture("error_429.json"), headers));
    m_server->enqueue("GET", ListPath, status(200, fixture("list_page2.json")));

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instances.size(), 1);
    QCOMPARE(m_server->count("GET", ListPath), 3);
}

void TestFalClient::hungRequestTimesOut()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath + u"/inst_1"_s, hang);
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s, hang);
    m_client->transport()->setTimeout(300);

    const ProviderResult get = run(m_client->getInstance(u"inst_1"_s));
    QCOMPARE(get.error.kind, Kind::Timeout);
    QVERIFY(!get.error.message().isEmpty());
    // A read may be retried after a timeout; a delete is sent once.
    QVERIFY(m_server->count("GET", ListPath + u"/inst_1"_s) >= 1);
    const ProviderResult del = run(m_client->deleteInstance(u"inst_1"_s));
    QCOMPARE(del.error.kind, Kind::Timeout);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
}

void TestFalClient::abortCancelsOnce()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath, hang);
    ProviderCall *call = m_client->listInstances();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() == 1; }, 5000));
    call->abort();
    QCOMPARE(run(call).error.kind, Kind::Cancelled);
}

void TestFalClient::getAppliesAccount()
{
    m_client = makeClient(m_server->url(u"/v1/"_s), u"root"_s); // trailing slash on purpose
    m_server->enqueue("GET", ListPath + u"/inst_7k2mq9xa41"_s, status(200, fixture("get_ready.json")));

    const ProviderResult result = run(m_client->getInstance(u"inst_7k2mq9xa41"_s));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instance.id, u"inst_7k2mq9xa41"_s);
    QCOMPARE(result.instance.accountId, u"acc-fal-1"_s);
    QCOMPARE(result.instance.status, InstanceStatus::Running);
    QCOMPARE(result.instance.sshUser, u"root"_s);
    QCOMPARE(result.instance.sshCommand(), u"ssh root@203.0.113.42"_s);
}

void TestFalClient::getMissingIsNotFound()
{
    m_server->enqueue("GET", ListPath + u"/gone"_s, status(404, fixture("error_404.json")));
    const ProviderResult result = run(m_client->getInstance(u"gone"_s));
    QCOMPARE(result.error.kind, Kind::NotFound);
    QCOMPARE(result.error.reason, u"not_found"_s);
    QCOMPARE(m_server->count("GET", ListPath + u"/gone"_s), 1); // 404 is an answer, not retried
}

void TestFalClient::createSendsDocumentedBody_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QString>("request");

    QTest::newRow("1x") << u"gpu_1x_h100_sxm5"_s << QString() << u"create_request_1x.json"_s;
    QTest::newRow("8x sector") << u"gpu_8x_h100_sxm5"_s << u"sector_1"_s
                               << u"create_request_8x_sector.json"_s;
}

void TestFalClient::createSendsDocumentedBody()
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

void TestFalClient::createRefusedBeforeSending_data()
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

void TestFalClient::createRefusedBeforeSending()
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

void TestFalClient::createRetryReusesIdempotencyKey_data()
{
    QTest::addColumn<QString>("givenKey");
    QTest::newRow("caller's key") << u"create-action-42"_s;
    QTest::newRow("generated key") << QString();
}

void TestFalClient::createRetryReusesIdempotencyKey()
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

void TestFalClient::createServerValidationError()
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

void TestFalClient::deleteSucceedsOn204()
{
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s, status(204));
    const ProviderResult result = run(m_client->deleteInstance(u"inst_1"_s));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
    QVERIFY(m_server->requests().first().body.isEmpty());
}

void TestFalClient::deleteIsNeverRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("404") << 404 << fixture("error_404.json") << Kind::NotFound;
    QTest::newRow("500") << 500 << fixture("error_500.json") << Kind::Server;
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << Kind::Server;
    QTest::newRow("429") << 429 << fixture("error_429.json") << Kind::RateLimited;
}

void TestFalClient::deleteIsNeverRetried()
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

void TestFalClient::insecureEndpointSendsNothing()
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

void TestFalClient::redirectDoesNotForwardAuthorization_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("same host, other port") << u"127.0.0.1"_s;
    QTest::newRow("other host name") << u"localhost"_s;
}

void TestFalClient::redirectDoesNotForwardAuthorization()
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

void TestFalClient::errorsNeverContainKey_data()
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

void TestFalClient::errorsNeverContainKey()
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

void TestFalClient::offeringsAndUnsupportedActions()
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

QTEST_GUILESS_MAIN(TestFalClient)

#include "tst_falclient.moc"

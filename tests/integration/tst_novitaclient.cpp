#include "providers/HttpTransport.h"
#include "providers/novita/NovitaClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;
using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

namespace {

const QString ApiKey = u"sk_test_novita_5b2e9c0d7a1f4e3b8c6d"_s;
const QString Base = u"/gpu-instance/openapi/v1"_s;
const QString ListPath = Base + u"/gpu/instances"_s;
const QString DetailPath = Base + u"/gpu/instance"_s;
const QString CreatePath = Base + u"/gpu/instance/create"_s;
const QString ProductsPath = Base + u"/products"_s;
const QString ClustersPath = Base + u"/clusters"_s;
const QString RunningId = u"8c1f2e7a9b3d4c50"_s; // the id in get_running.json
// The (fake) root password in get_running.json; named so verbose test output never shows it.
const QString FixturePassword = u"Xq7!fake-pass-0001"_s;

QString k(Kind kind)
{
    return ProviderError::kindName(kind);
}

QByteArray fixture(const QString &name)
{
    return TestSupport::fixture(u"novita/"_s + name);
}

QJsonObject row(const QString &id, const QString &status = u"exited"_s, const QString &name = {})
{
    return {{u"id"_s, id},         {u"name"_s, name.isEmpty() ? u"name-"_s + id : name},
            {u"status"_s, status}, {u"productId"_s, u"4090.16c62g"_s},
            {u"gpuNum"_s, u"2"_s}, {u"clusterId"_s, u"us-ca-06"_s}};
}

QByteArray listBody(const QList<QJsonObject> &rows, const QJsonValue &total)
{
    QJsonArray array;
    for (const QJsonObject &r : rows)
        array.append(r);
    QJsonObject body{{u"instances"_s, array}};
    if (!total.isUndefined())
        body.insert(u"total"_s, total);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<QJsonObject> rows(int from, int to)
{
    QList<QJsonObject> result;
    for (int i = from; i < to; ++i)
        result.append(row(u"i"_s + QString::number(i)));
    return result;
}

QStringList idsOf(const QList<Instance> &instances)
{
    QStringList ids;
    for (const Instance &instance : instances)
        ids.append(instance.id);
    return ids;
}

int pageOf(const Request &request)
{
    return request.query.queryItemValue(u"pageNum"_s).toInt();
}

QList<Request> requestsTo(const QList<Request> &all, const QString &path)
{
    QList<Request> result;
    for (const Request &request : all) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

// One row per create rule (novita.md §3), each breaking exactly that rule.
QList<QPair<QString, InstanceSpec>> invalidSpecs()
{
    InstanceSpec valid;
    valid.offeringId = u"4090.16c62g"_s;
    valid.name = u"ok-name"_s;
    valid.gpuCount = 1;
    valid.image = u"ubuntu:22.04"_s;
    valid.diskGb = 50;
    QList<QPair<QString, InstanceSpec>> specs;
    const auto add = [&](const QString &name, const std::function<void(InstanceSpec &)> &change) {
        InstanceSpec spec = valid;
        change(spec);
        specs.append({name, spec});
    };
    add(u"no product"_s, [](InstanceSpec &s) { s.offeringId = u"  "_s; });
    add(u"0 GPUs"_s, [](InstanceSpec &s) { s.gpuCount = 0; });
    add(u"9 GPUs"_s, [](InstanceSpec &s) { s.gpuCount = 9; });
    add(u"negative disk"_s, [](InstanceSpec &s) { s.diskGb = -1; });
    add(u"disk too big"_s, [](InstanceSpec &s) { s.diskGb = 6145; });
    add(u"no image"_s, [](InstanceSpec &s) { s.image.clear(); });
    add(u"image too long"_s, [](InstanceSpec &s) { s.image = QString(501, u'a'); });
    add(u"name too long"_s, [](InstanceSpec &s) { s.name = QString(256, u'n'); });
    add(u"name with newline"_s, [](InstanceSpec &s) { s.name = u"a\nb"_s; });
    add(u"port without protocol"_s, [](InstanceSpec &s) { s.ports = u"8888"_s; });
    add(u"udp port"_s, [](InstanceSpec &s) { s.ports = u"53/udp"_s; });
    add(u"reserved port"_s, [](InstanceSpec &s) { s.ports = u"22/tcp, 2223/tcp"_s; });
    add(u"port 0"_s, [](InstanceSpec &s) { s.ports = u"0/tcp"_s; });
    add(u"port 65536"_s, [](InstanceSpec &s) { s.ports = u"65536/http"_s; });
    add(u"duplicate port"_s, [](InstanceSpec &s) { s.ports = u"80/http,80/tcp"_s; });
    add(u"16 ports"_s, [](InstanceSpec &s) {
        QStringList ports;
        for (int p = 8000; p < 8016; ++p)
            ports.append(QString::number(p) + u"/tcp"_s);
        s.ports = ports.join(u',');
    });
    add(u"env without key"_s, [](InstanceSpec &s) { s.envs = {{QString(), u"v"_s}}; });
    return specs;
}

// The create answers that leave it unclear whether the instance exists.
Response ambiguousCreateResponse(const QString &mode)
{
    if (mode == u"hang"_s) {
        Response hang;
        hang.hang = true;
        return hang;
    }
    if (mode == u"reset"_s) {
        Response reset = ScriptedHttpServer::json(200, R"({"id":"lost-in-transit-0000"})");
        reset.resetMidBody = true;
        return reset;
    }
    if (mode == u"502"_s) {
        Response gateway = ScriptedHttpServer::json(502, "<html><h1>502 Bad Gateway</h1></html>");
        gateway.headers = {{"Content-Type", "text/html"}};
        return gateway;
    }
    if (mode == u"unreadable"_s)
        return ScriptedHttpServer::json(200, "{\"id\":");
    return ScriptedHttpServer::json(500, fixture(u"error_500.json"_s));
}

// ScriptedHttpServer must not be destroyed while a client connection is open: its members die
// before its sockets emit disconnected(), whose handler still uses them. Used servers are parked
// here (reachable, so not a leak) until the process exits.
QList<ScriptedHttpServer *> &retiredServers()
{
    static auto *servers = new QList<ScriptedHttpServer *>;
    return *servers;
}

} // namespace

// NovitaClient against a scripted loopback server: auth header, both page parameters, page
// walking however the server pages, action paths and bodies, error kinds, create validation and
// the by-name recovery of an ambiguous create, detail caching, prices, and key hygiene.
class TestNovitaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsBearerAndBothPageParameters();
    void walksPages_data();
    void walksPages();
    void repeatedPageStops();
    void badPageFailsList();
    void abortCancelsOnce();
    void fixturePagesWithDetailsAndPrices();
    void detailFetchedOncePerStatus();
    void vanishedOrFailingDetailKeepsList_data();
    void vanishedOrFailingDetailKeepsList();
    void productsFailureDoesNotFailList();
    void getInstanceAppliesAccount();
    void actions_data();
    void actions();
    void startConflict();
    void actionServerErrorNotRetried();
    void unknownInstance_data();
    void unknownInstance();
    void createValidationSendsNothing_data();
    void createValidationSendsNothing();
    void createSendsDocumentedBody();
    void createGeneratesUniqueName();
    void createBodyMatchesFixture();
    void createAmbiguousIsLookedUp_data();
    void createAmbiguousIsLookedUp();
    void createLookupIgnoresKnownInstances();
    void createLookupAdoptsInstanceListedMeanwhile();
    void createRefusedIsNotLookedUp();
    void offeringsAndClusters();
    void apiKeyNeverInErrors_data();
    void apiKeyNeverInErrors();

private:
    ProviderResult run(ProviderCall *call, int timeoutMs = 10000);
    void makeClient(const QString &sshUser = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    ScriptedHttpServer *m_server = nullptr; // see retiredServers()
    std::unique_ptr<NovitaClient> m_client;
};

void TestNovitaClient::makeClient(const QString &sshUser)
{
    Account account;
    account.id = u"acc-novita-1"_s;
    account.provider = Provider::Novita;
    account.label = u"novita test"_s;
    account.endpoint = m_server->url(Base);
    account.sshUser = sshUser;
    m_client = std::make_unique<NovitaClient>(account, ApiKey, m_network.get());
    m_client->transport()->setBackoff(10, 100);
    m_client->transport()->setTimeout(5000);
}

// Waits for the call's one finished() and for the call to delete itself.
ProviderResult TestNovitaClient::run(ProviderCall *call, int timeoutMs)
{
    auto emissions = std::make_shared<int>(0);
    auto result = std::make_shared<ProviderResult>();
    QPointer<ProviderCall> guard(call);
    connect(call, &ProviderCall::finished, this, [emissions, result](const ProviderResult &r) {
        ++*emissions;
        *result = r;
    });
    if (!QTest::qWaitFor([&] { return !guard; }, timeoutMs))
        qWarning("provider call did not finish in time");
    if (*emissions == 1)
        return *result;
    qWarning("finished() emitted %d times", *emissions);
    ProviderResult none;
    none.error = ProviderError::make(Kind::Cancelled, u"no result"_s);
    return none;
}

void TestNovitaClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = new ScriptedHttpServer;
    retiredServers().append(m_server);
    QVERIFY(m_server->port() > 0);
    m_server->enqueue("GET", ProductsPath, ScriptedHttpServer::json(200, fixture(u"products.json"_s)));
    makeClient();
}

void TestNovitaClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server->clearScript();
    m_server = nullptr;
}

void TestNovitaClient::sendsBearerAndBothPageParameters()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 1), 1)));
    m_client->setPageSize(25);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::None));
    const QList<Request> lists = requestsTo(m_server->requests(), ListPath);
    QCOMPARE(lists.size(), 1);
    const Request &request = lists.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + ApiKey.toUtf8());
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.query.queryItemValue(u"pageSize"_s), u"25"_s);
    QCOMPARE(request.query.queryItemValue(u"pageNum"_s), u"1"_s);
    QCOMPARE(request.query.queryItemValue(u"pageNumber"_s), u"1"_s);
    for (const Request &any : m_server->requests())
        QCOMPARE(any.headers.value("authorization"), "Bearer " + ApiKey.toUtf8());
    QCOMPARE(result.instances.size(), 1);
    QCOMPARE(result.instances.first().accountId, u"acc-novita-1"_s);
    QCOMPARE(result.instances.first().provider, Provider::Novita);
}

void TestNovitaClient::walksPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("served");     // rows the server puts on each page, whatever was asked
    QTest::addColumn<int>("instances");  // rows that exist
    QTest::addColumn<bool>("sendTotal"); // without total the client stops at a short or empty page
    QTest::addColumn<int>("pages");
    QTest::newRow("honoured") << 2 << 2 << 5 << true << 3;
    QTest::newRow("fewer than asked") << 5 << 2 << 5 << true << 3;
    QTest::newRow("more than asked") << 2 << 3 << 5 << true << 2;
    QTest::newRow("one big page") << 2 << 100 << 5 << true << 1;
    QTest::newRow("exact multiple") << 2 << 2 << 4 << true << 2;
    QTest::newRow("empty") << 10 << 10 << 0 << true << 1;
    QTest::newRow("no total, short page") << 2 << 2 << 5 << false << 3;
    QTest::newRow("no total, empty page") << 2 << 2 << 4 << false << 3;
}

void TestNovitaClient::walksPages()
{
    QFETCH(int, pageSize);
    QFETCH(int, served);
    QFETCH(int, instances);
    QFETCH(bool, sendTotal);
    QFETCH(int, pages);
    m_server->setHandler([=](const Request &request) {
        const int from = qMin(instances, (pageOf(request) - 1) * served);
        const int to = qMin(instances, from + served);
        return ScriptedHttpServer::json(
            200,
            listBody(rows(from, to), sendTotal ? QJsonValue(instances) : QJsonValue(QJsonValue::Undefined)));
    });
    m_client->setPageSize(pageSize);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QStringList expected;
    for (const QJsonObject &r : rows(0, instances))
        expected.append(r.value(u"id"_s).toString());
    QCOMPARE(idsOf(result.instances), expected);
    QCOMPARE(result.pages, pages);
    const QList<Request> lists = requestsTo(m_server->requests(), ListPath);
    QCOMPARE(lists.size(), pages);
    for (int i = 0; i < lists.size(); ++i) {
        QCOMPARE(pageOf(lists.at(i)), i + 1);
        QCOMPARE(lists.at(i).query.queryItemValue(u"pageNumber"_s), QString::number(i + 1));
        QCOMPARE(lists.at(i).query.queryItemValue(u"pageSize"_s), QString::number(pageSize));
    }
}

void TestNovitaClient::repeatedPageStops()
{
    // A server that ignores the page number and claims more than it ever sends.
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 2), 10)));
    m_client->setPageSize(2);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::BadResponse));
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestNovitaClient::badPageFailsList()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 2), 4)));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, "{\"instances\":[{\"id\":"));
    m_client->setPageSize(2);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::BadResponse));
    QVERIFY(result.instances.isEmpty());
}

void TestNovitaClient::abortCancelsOnce()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath, hang);
    ProviderCall *call = m_client->listInstances();
    QVERIFY(QTest::qWaitFor([this] { return m_server->count("GET", ListPath) == 1; }, 5000));
    call->abort();
    const ProviderResult result = run(call);
    QCOMPARE(k(result.error.kind), k(Kind::Cancelled));
    QCOMPARE(m_server->count("GET", ProductsPath), 0); // nothing started after the abort
}

void TestNovitaClient::fixturePagesWithDetailsAndPrices()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture(u"list_page1.json"_s)));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture(u"list_page2.json"_s)));
    m_server->enqueue("GET", DetailPath, ScriptedHttpServer::json(200, fixture(u"get_running.json"_s)));
    m_client->setPageSize(2);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(idsOf(result.instances), (QStringList{RunningId, u"3e9d0a61f4b2c877"_s, u"f05b7c2d1e8a9364"_s}));
    QCOMPARE(result.pages, 2);

    // Only the running instance needs its detail.
    const QList<Request> details = requestsTo(m_server->requests(), DetailPath);
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().query.queryItemValue(u"instanceId"_s), RunningId);

    const Instance running = result.instances.at(0);
    QCOMPARE(running.status, InstanceStatus::Running);
    QCOMPARE(running.sshUser, u"root"_s);
    QCOMPARE(running.sshHost, u"us-ca-06.novita.ai"_s);
    QCOMPARE(running.sshPort, 31822);
    QCOMPARE(running.sshPassword, FixturePassword);
    QCOMPARE(running.publicIp, u"us-ca-06.novita.ai"_s);
    QCOMPARE(running.extras.value(u"webTerminalAddress"_s).toString(),
             u"https://webterminal.novita.ai/8c1f2e7a9b3d4c50"_s);
    QVERIFY(running.pricePerHour);
    QCOMPARE(*running.pricePerHour, 0.35); // "35000" per GPU-hour × 1 GPU

    const Instance stopped = result.instances.at(1);
    QCOMPARE(stopped.status, InstanceStatus::Stopped);
    QVERIFY(!stopped.hasSshEndpoint());
    QVERIFY(!stopped.pricePerHour); // A100 product is not in products.json

    const Instance creating = result.instances.at(2);
    QCOMPARE(creating.status, InstanceStatus::Provisioning);
    QCOMPARE(creating.gpuCount, 2);
    QCOMPARE(*creating.pricePerHour, 0.70); // × 2 GPUs
    QCOMPARE(m_server->count("GET", ProductsPath), 1);
}

void TestNovitaClient::detailFetchedOncePerStatus()
{
    QString status = u"running"_s;
    m_server->setHandler([&status](const Request &) {
        return ScriptedHttpServer::json(200, listBody({row(RunningId, status)}, 1));
    });
    m_server->enqueue("GET", DetailPath, ScriptedHttpServer::json(200, fixture(u"get_running.json"_s)));

    for (int poll = 0; poll < 2; ++poll) {
        const ProviderResult result = run(m_client->listInstances());
        QCOMPARE(k(result.error.kind), k(Kind::None));
        QCOMPARE(result.instances.first().sshPort, 31822);
        QCOMPARE(result.instances.first().sshPassword, FixturePassword);
    }
    QCOMPARE(m_server->count("GET", DetailPath), 1);

    status = u"exited"_s;
    ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.instances.first().status, InstanceStatus::Stopped);
    QVERIFY(!result.instances.first().hasSshEndpoint());
    QCOMPARE(m_server->count("GET", DetailPath), 1);

    // Back to running after a stop: the password may have changed, so the detail is read again.
    status = u"running"_s;
    result = run(m_client->listInstances());
    QCOMPARE(result.instances.first().sshPort, 31822);
    QCOMPARE(m_server->count("GET", DetailPath), 2);
    QCOMPARE(m_server->count("GET", ProductsPath), 1); // cached for ten minutes
}

void TestNovitaClient::vanishedOrFailingDetailKeepsList_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("detailsAfterTwoPolls");
    QTest::newRow("400 RESOURCE_NOT_FOUND") << 400 << fixture(u"error_400_not_found.json"_s) << 2;
    QTest::newRow("404") << 404 << QByteArray("404 page not found") << 2;
    QTest::newRow("500 not retried inside a poll") << 500 << fixture(u"error_500.json"_s) << 2;
    QTest::newRow("unreadable") << 200 << QByteArray("<html>") << 2;
}

void TestNovitaClient::vanishedOrFailingDetailKeepsList()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, detailsAfterTwoPolls);
    m_server->enqueue(
        "GET", ListPath,
        ScriptedHttpServer::json(200, listBody({row(u"gone"_s, u"running"_s), row(u"x"_s)}, 2)));
    m_server->enqueue("GET", DetailPath, ScriptedHttpServer::json(status, body));
    for (int poll = 0; poll < 2; ++poll) {
        const ProviderResult result = run(m_client->listInstances());
        QCOMPARE(k(result.error.kind), k(Kind::None));
        QCOMPARE(idsOf(result.instances), (QStringList{u"gone"_s, u"x"_s}));
        QCOMPARE(result.instances.first().status, InstanceStatus::Running);
        QVERIFY(!result.instances.first().hasSshEndpoint());
    }
    // Nothing was cached, so the next poll asks again (once: no retries inside a poll).
    QCOMPARE(m_server->count("GET", DetailPath), detailsAfterTwoPolls);
}

void TestNovitaClient::productsFailureDoesNotFailList()
{
    m_server->clearScript();
    m_server->enqueue("GET", ProductsPath, ScriptedHttpServer::json(500, fixture(u"error_500.json"_s)));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 1), 1)));
    for (int poll = 0; poll < 2; ++poll) {
        const ProviderResult result = run(m_client->listInstances());
        QCOMPARE(k(result.error.kind), k(Kind::None));
        QCOMPARE(result.instances.size(), 1);
        QVERIFY(!result.instances.first().pricePerHour);
    }
    QCOMPARE(m_server->count("GET", ProductsPath), 1); // not retried, and resting after the failure
}

void TestNovitaClient::getInstanceAppliesAccount()
{
    m_server->enqueue("GET", DetailPath, ScriptedHttpServer::json(200, fixture(u"get_running.json"_s)));
    ProviderResult result = run(m_client->getInstance(RunningId));
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.instance.id, RunningId);
    QCOMPARE(result.instance.accountId, u"acc-novita-1"_s);
    QCOMPARE(result.instance.key(), u"acc-novita-1/"_s + RunningId);
    QCOMPARE(result.instance.sshUser, u"root"_s);
    QCOMPARE(result.instance.sshCommand(), u"ssh -p 31822 root@us-ca-06.novita.ai"_s);
    const auto detail =
        std::find_if(m_server->requests().cbegin(), m_server->requests().cend(),
                     [](const ScriptedHttpServer::Request &r) { return r.path == DetailPath; });
    QVERIFY(detail != m_server->requests().cend());
    QCOMPARE(detail->query.queryItemValue(u"instanceId"_s), RunningId);

    makeClient(u"ubuntu"_s); // the account's SSH user overrides the command's
    result = run(m_client->getInstance(RunningId));
    QCOMPARE(result.instance.sshUser, u"ubuntu"_s);
}

void TestNovitaClient::actions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<InstanceStatus>("expected");
    const QList<QPair<QString, InstanceStatus>> actions{{u"start"_s, InstanceStatus::Starting},
                                                        {u"stop"_s, InstanceStatus::Stopping},
                                                        {u"restart"_s, InstanceStatus::Starting},
                                                        {u"delete"_s, InstanceStatus::Deleting}};
    for (const auto &[action, expected] : actions) {
        QTest::addRow("%s {}", qPrintable(action))
            << action << 200 << fixture(u"action_response.json"_s) << expected;
        QTest::addRow("%s empty", qPrintable(action)) << action << 200 << QByteArray() << expected;
        QTest::addRow("%s 204", qPrintable(action)) << action << 204 << QByteArray() << expected;
    }
}

void TestNovitaClient::actions()
{
    QFETCH(QString, action);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(InstanceStatus, expected);
    const QString path = Base + u"/gpu/instance/"_s + action;
    m_server->enqueue("POST", path, ScriptedHttpServer::json(httpStatus, body));
    ProviderCall *call = nullptr;
    if (action == u"start"_s)
        call = m_client->startInstance(RunningId);
    else if (action == u"stop"_s)
        call = m_client->stopInstance(RunningId);
    else if (action == u"restart"_s)
        call = m_client->restartInstance(RunningId);
    else
        call = m_client->deleteInstance(RunningId);
    const ProviderResult result = run(call);
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.instance.id, RunningId);
    QCOMPARE(result.instance.status, expected);
    QCOMPARE(m_server->requests().size(), 1);
    const Request &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, path);
    QCOMPARE(QJsonDocument::fromJson(request.body),
             QJsonDocument::fromJson(fixture(u"action_request.json"_s)));
}

void TestNovitaClient::startConflict()
{
    m_server->enqueue("POST", Base + u"/gpu/instance/start"_s,
                      ScriptedHttpServer::json(400, fixture(u"error_400_conflict.json"_s)));
    const ProviderResult result = run(m_client->startInstance(RunningId));
    QCOMPARE(k(result.error.kind), k(Kind::Conflict));
    QCOMPARE(result.error.reason, u"CONFLICT"_s);
    QCOMPARE(result.error.httpStatus, 400);
    QVERIFY(result.error.message().contains(u"not in a state"_s));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestNovitaClient::actionServerErrorNotRetried()
{
    m_server->enqueue("POST", Base + u"/gpu/instance/delete"_s,
                      ScriptedHttpServer::json(500, fixture(u"error_500.json"_s)));
    const ProviderResult result = run(m_client->deleteInstance(RunningId));
    QCOMPARE(k(result.error.kind), k(Kind::Server));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestNovitaClient::unknownInstance_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("action");
    const QByteArray kratos = fixture(u"error_400_not_found.json"_s);
    QTest::newRow("get, 400 RESOURCE_NOT_FOUND") << 400 << kratos << false;
    QTest::newRow("get, 404 kratos") << 404 << kratos << false;
    QTest::newRow("get, 404 text") << 404 << QByteArray("404 page not found") << false;
    QTest::newRow("stop, 400 RESOURCE_NOT_FOUND") << 400 << kratos << true;
    QTest::newRow("stop, 404") << 404 << QByteArray() << true;
}

void TestNovitaClient::unknownInstance()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(bool, action);
    m_server->enqueue(action ? "POST" : "GET", action ? Base + u"/gpu/instance/stop"_s : DetailPath,
                      ScriptedHttpServer::json(httpStatus, body));
    const ProviderResult result =
        run(action ? m_client->stopInstance(u"nope"_s) : m_client->getInstance(u"nope"_s));
    QCOMPARE(k(result.error.kind), k(Kind::NotFound));
    QCOMPARE(result.error.httpStatus, httpStatus);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestNovitaClient::createValidationSendsNothing_data()
{
    QTest::addColumn<int>("index");
    const QList<QPair<QString, InstanceSpec>> specs = invalidSpecs();
    for (int i = 0; i < specs.size(); ++i)
        QTest::newRow(qPrintable(specs.at(i).first)) << i;
}

void TestNovitaClient::createValidationSendsNothing()
{
    QFETCH(int, index);
    const ProviderResult result = run(m_client->createInstance(invalidSpecs().at(index).second));
    QCOMPARE(k(result.error.kind), k(Kind::Validation));
    QVERIFY(!result.error.providerMessage.isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestNovitaClient::createSendsDocumentedBody()
{
    m_server->enqueue("POST", CreatePath, ScriptedHttpServer::json(200, fixture(u"create_response.json"_s)));
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"train-llama-01"_s;
    spec.gpuCount = 2;
    spec.image = u" nvcr.io/nvidia/pytorch:24.05-py3 "_s;
    spec.diskGb = 0; // raised to the documented minimum
    spec.clusterId = u"us-ca-06"_s;
    spec.ports = u"8888/HTTP,22/tcp"_s;
    spec.envs = {{u"HF_HOME"_s, u"/workspace/hf"_s}};
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.instance.id, u"8c1f2e7a9b3d4c50"_s);
    QCOMPARE(result.instance.name, u"train-llama-01"_s);
    QCOMPARE(result.instance.status, InstanceStatus::Provisioning);
    QCOMPARE(result.instance.accountId, u"acc-novita-1"_s);
    QCOMPARE(result.instance.gpuCount, 2);

    QCOMPARE(m_server->count("POST", CreatePath), 1);
    const Request &request = m_server->requests().first();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"productId"_s).toString(), u"4090.16c62g"_s);
    QCOMPARE(body.value(u"gpuNum"_s).toInt(), 2);
    QCOMPARE(body.value(u"rootfsSize"_s).toInt(), 10);
    QCOMPARE(body.value(u"imageUrl"_s).toString(), u"nvcr.io/nvidia/pytorch:24.05-py3"_s);
    QCOMPARE(body.value(u"kind"_s).toString(), u"gpu"_s);
    QCOMPARE(body.value(u"name"_s).toString(), u"train-llama-01"_s);
    QCOMPARE(body.value(u"clusterId"_s).toString(), u"us-ca-06"_s);
    QCOMPARE(body.value(u"ports"_s).toString(), u"8888/http, 22/tcp"_s);
    const QJsonArray envs = body.value(u"envs"_s).toArray();
    QCOMPARE(envs.size(), 1);
    QCOMPARE(envs.first().toObject().value(u"key"_s).toString(), u"HF_HOME"_s);
    QCOMPARE(envs.first().toObject().value(u"value"_s).toString(), u"/workspace/hf"_s);
    QCOMPARE(request.headers.value("authorization"), "Bearer " + ApiKey.toUtf8());
}

void TestNovitaClient::createGeneratesUniqueName()
{
    m_server->enqueue("POST", CreatePath, ScriptedHttpServer::json(200, R"({"instanceId":"new-7"})"));
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.image = u"ubuntu:22.04"_s;
    spec.diskGb = 40;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.instance.id, u"new-7"_s);
    static const QRegularExpression pattern(u"^gpufleet-[0-9a-f]{8}$"_s);
    QVERIFY2(pattern.match(result.instance.name).hasMatch(), qPrintable(result.instance.name));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value(u"name"_s).toString(), result.instance.name);
    QCOMPARE(body.value(u"rootfsSize"_s).toInt(), 40);
    QVERIFY(!body.contains(u"clusterId"_s));
    QVERIFY(!body.contains(u"ports"_s));
}

void TestNovitaClient::createBodyMatchesFixture()
{
    // Every field the client sends has the value create_request.json gives it for the same spec.
    const QJsonObject expected = QJsonDocument::fromJson(fixture(u"create_request.json"_s)).object();
    m_server->enqueue("POST", CreatePath, ScriptedHttpServer::json(200, fixture(u"create_response.json"_s)));
    InstanceSpec spec;
    spec.offeringId = expected.value(u"productId"_s).toString();
    spec.name = expected.value(u"name"_s).toString();
    spec.gpuCount = expected.value(u"gpuNum"_s).toInt();
    spec.diskGb = expected.value(u"rootfsSize"_s).toInt();
    spec.image = expected.value(u"imageUrl"_s).toString();
    spec.ports = expected.value(u"ports"_s).toString();
    spec.envs = {{u"HF_HOME"_s, u"/workspace/hf"_s}};
    QCOMPARE(k(run(m_client->createInstance(spec)).error.kind), k(Kind::None));
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().first().body).object();
    for (const QString &key : {u"productId"_s, u"gpuNum"_s, u"rootfsSize"_s, u"imageUrl"_s, u"kind"_s,
                               u"name"_s, u"ports"_s, u"envs"_s})
        QVERIFY2(sent.value(key) == expected.value(key), qPrintable(key));
    for (auto it = sent.begin(); it != sent.end(); ++it)
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key())); // no undocumented fields
}

void TestNovitaClient::createAmbiguousIsLookedUp_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("failure");
    QTest::newRow("lost response, found") << u"hang"_s << true << QString();
    QTest::newRow("lost response, not found") << u"hang"_s << false << k(Kind::Timeout);
    QTest::newRow("500, found") << u"500"_s << true << QString();
    QTest::newRow("500, not found") << u"500"_s << false << k(Kind::Server);
    QTest::newRow("502 html, not found") << u"502"_s << false << k(Kind::Server);
    QTest::newRow("unreadable 200, found") << u"unreadable"_s << true << QString();
    QTest::newRow("unreadable 200, not found") << u"unreadable"_s << false << k(Kind::BadResponse);
    QTest::newRow("reset mid-body, found") << u"reset"_s << true << QString();
    QTest::newRow("reset mid-body, not found") << u"reset"_s << false << k(Kind::Network);
}

void TestNovitaClient::createAmbiguousIsLookedUp()
{
    QFETCH(QString, mode);
    QFETCH(bool, found);
    QFETCH(QString, failure);
    m_client->transport()->setTimeout(300);
    m_server->enqueue("POST", CreatePath, ambiguousCreateResponse(mode));
    // The name filter is fuzzy: only the exact match is the new instance.
    QList<QJsonObject> matches{row(u"other"_s, u"toCreate"_s, u"job-unique-10"_s)};
    if (found)
        matches.append(row(u"new-1"_s, u"toCreate"_s, u"job-unique-1"_s));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(matches, int(matches.size()))));

    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"job-unique-1"_s;
    spec.image = u"ubuntu:22.04"_s;
    spec.diskGb = 20;
    const ProviderResult result = run(m_client->createInstance(spec));

    QCOMPARE(m_server->count("POST", CreatePath), 1); // never sent twice
    const QList<Request> lookups = requestsTo(m_server->requests(), ListPath);
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.first().query.queryItemValue(u"name"_s), u"job-unique-1"_s);
    if (found) {
        QCOMPARE(k(result.error.kind), k(Kind::None));
        QCOMPARE(result.instance.id, u"new-1"_s);
        QCOMPARE(result.instance.name, u"job-unique-1"_s);
        QCOMPARE(result.instance.status, InstanceStatus::Provisioning);
        QCOMPARE(result.instance.accountId, u"acc-novita-1"_s);
    } else {
        QCOMPARE(k(result.error.kind), failure);
        QVERIFY(result.instance.id.isEmpty());
    }
}

void TestNovitaClient::createLookupIgnoresKnownInstances()
{
    // An older instance already carries the user's name: it must not pass for the new one.
    const QByteArray listed = listBody({row(u"old-1"_s, u"exited"_s, u"dup"_s)}, 1);
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listed));
    QCOMPARE(k(run(m_client->listInstances()).error.kind), k(Kind::None));
    m_server->enqueue("POST", CreatePath, ScriptedHttpServer::json(503, {}));
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"dup"_s;
    spec.image = u"ubuntu:22.04"_s;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(k(result.error.kind), k(Kind::Server));
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestNovitaClient::createLookupAdoptsInstanceListedMeanwhile()
{
    // A poll that runs while the create is in flight already lists the new instance; the create
    // then fails ambiguously and must still adopt it.
    Response slowFailure = ScriptedHttpServer::json(500, fixture(u"error_500.json"_s));
    slowFailure.delayMs = 400;
    m_server->enqueue("POST", CreatePath, slowFailure);
    m_server->enqueue(
        "GET", ListPath,
        ScriptedHttpServer::json(200, listBody({row(u"new-2"_s, u"creating"_s, u"race"_s)}, 1)));
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"race"_s;
    spec.image = u"ubuntu:22.04"_s;
    ProviderCall *create = m_client->createInstance(spec);
    auto created = std::make_shared<ProviderResult>();
    auto done = std::make_shared<bool>(false);
    connect(create, &ProviderCall::finished, this, [created, done](const ProviderResult &result) {
        *created = result;
        *done = true;
    });
    QVERIFY(QTest::qWaitFor([this] { return m_server->count("POST", CreatePath) == 1; }, 5000));
    const ProviderResult polled = run(m_client->listInstances());
    QCOMPARE(idsOf(polled.instances), QStringList{u"new-2"_s});
    QVERIFY(!*done);
    QVERIFY(QTest::qWaitFor([done] { return *done; }, 5000));
    QCOMPARE(k(created->error.kind), k(Kind::None));
    QCOMPARE(created->instance.id, u"new-2"_s);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
}

void TestNovitaClient::createRefusedIsNotLookedUp()
{
    m_server->enqueue("POST", CreatePath,
                      ScriptedHttpServer::json(400, fixture(u"error_400_validator.json"_s)));
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"refused"_s;
    spec.image = u"ubuntu:22.04"_s;
    const ProviderResult result = run(m_client->createInstance(spec));
    QCOMPARE(k(result.error.kind), k(Kind::Validation));
    QCOMPARE(result.error.reason, u"VALIDATOR_PARAM"_s);
    QCOMPARE(result.error.providerMessage, u"gpuNum must be in range [1, 8]"_s);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QCOMPARE(m_server->count("GET", ListPath), 0);
}

void TestNovitaClient::offeringsAndClusters()
{
    m_server->enqueue("GET", ClustersPath, ScriptedHttpServer::json(200, fixture(u"clusters.json"_s)));
    ProviderResult result = run(m_client->listOfferings());
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.offerings.size(), 2);
    QCOMPARE(*result.offerings.at(0).pricePerHour, 0.35);
    QCOMPARE(*result.offerings.at(1).pricePerHour, 1.89);
    QVERIFY(result.offerings.at(0).available);
    QVERIFY(!result.offerings.at(1).available);

    result = run(m_client->listClusters());
    QCOMPARE(k(result.error.kind), k(Kind::None));
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.first().id, u"us-ca-06"_s);

    // The offerings filled the products cache: a list does not read them again.
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 1), 1)));
    result = run(m_client->listInstances());
    QCOMPARE(*result.instances.first().pricePerHour, 0.70);
    QCOMPARE(m_server->count("GET", ProductsPath), 1);
}

void TestNovitaClient::apiKeyNeverInErrors_data()
{
    QTest::addColumn<int>("httpStatus");
    const QByteArray key = ApiKey.toUtf8();
    const QByteArray echo = "{\"code\":401,\"reason\":\"UNAUTHORIZED\",\"message\":\"key " + key
        + " is invalid (Authorization: Bearer " + key + ")\"}";
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("kratos 401") << 401 << echo;
    QTest::newRow("text 403") << 403 << QByteArray("forbidden for " + key);
    QTest::newRow("html 500") << 500 << QByteArray("<html><p>" + key + "</p></html>");
}

void TestNovitaClient::apiKeyNeverInErrors()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    Response response = ScriptedHttpServer::json(httpStatus, body);
    m_server->setHandler([response](const Request &) { return response; });
    m_server->clearScript();
    InstanceSpec spec;
    spec.offeringId = u"4090.16c62g"_s;
    spec.name = u"secret-check"_s;
    spec.image = u"ubuntu:22.04"_s;
    // Each call finishes (and deletes itself) before the next starts.
    const QList<std::function<ProviderCall *()>> calls{
        [this] { return m_client->listInstances(); },
        [this] { return m_client->getInstance(u"x"_s); },
        [this, spec] { return m_client->createInstance(spec); },
        [this] { return m_client->startInstance(u"x"_s); },
        [this] { return m_client->listOfferings(); },
    };
    for (const auto &call : calls) {
        const ProviderResult result = run(call());
        QVERIFY(result.error.isError());
        QVERIFY(!result.error.message().contains(ApiKey));
        QVERIFY(!result.error.providerMessage.contains(ApiKey));
        QVERIFY(!result.error.reason.contains(ApiKey));
    }
}

QTEST_GUILESS_MAIN(TestNovitaClient)
#include "tst_novitaclient.moc"

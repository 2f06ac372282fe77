#include "NovitaClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace NovitaClientTest;

// NovitaClient reads against a scripted loopback server: auth header, both page parameters, page
// walking however the server pages, detail caching, prices, catalogues and key hygiene.
class TestNovitaClientList : public NovitaClientTest::NovitaClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
    void offeringsAndClusters();
    void apiKeyNeverInErrors_data();
    void apiKeyNeverInErrors();
};

void TestNovitaClientList::sendsBearerAndBothPageParameters()
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

void TestNovitaClientList::walksPages_data()
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

void TestNovitaClientList::walksPages()
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

void TestNovitaClientList::repeatedPageStops()
{
    // A server that ignores the page number and claims more than it ever sends.
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 2), 10)));
    m_client->setPageSize(2);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::BadResponse));
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestNovitaClientList::badPageFailsList()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody(rows(0, 2), 4)));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, "{\"instances\":[{\"id\":"));
    m_client->setPageSize(2);
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(k(result.error.kind), k(Kind::BadResponse));
    QVERIFY(result.instances.isEmpty());
}

void TestNovitaClientList::abortCancelsOnce()
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

void TestNovitaClientList::fixturePagesWithDetailsAndPrices()
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

void TestNovitaClientList::detailFetchedOncePerStatus()
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

void TestNovitaClientList::vanishedOrFailingDetailKeepsList_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("detailsAfterTwoPolls");
    QTest::newRow("400 RESOURCE_NOT_FOUND") << 400 << fixture(u"error_400_not_found.json"_s) << 2;
    QTest::newRow("404") << 404 << QByteArray("404 page not found") << 2;
    QTest::newRow("500 not retried inside a poll") << 500 << fixture(u"error_500.json"_s) << 2;
    QTest::newRow("unreadable") << 200 << QByteArray("<html>") << 2;
}

void TestNovitaClientList::vanishedOrFailingDetailKeepsList()
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

void TestNovitaClientList::productsFailureDoesNotFailList()
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

void TestNovitaClientList::getInstanceAppliesAccount()
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

void TestNovitaClientList::offeringsAndClusters()
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

void TestNovitaClientList::apiKeyNeverInErrors_data()
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

void TestNovitaClientList::apiKeyNeverInErrors()
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

QTEST_GUILESS_MAIN(TestNovitaClientList)

#include "tst_novitaclient_list.moc"

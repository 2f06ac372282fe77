#include "NebulaBlockClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace NebulaBlockClientTest;

// NebulaBlockClient reads against a scripted loopback server: auth header, offset pagination
// whatever the server does with limit, failed-on-200, the detail cache for SSH logins, catalogues,
// key hygiene and cancellation.
class TestNebulaBlockClientList : public NebulaBlockClientTest::NebulaBlockClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sendsBearerKey();
    void paginatesByRowsReturned_data();
    void paginatesByRowsReturned();
    void repeatedPageStops();
    void failedOn200IsAnError();
    void listFetchesLoginDetailOnce();
    void detailFailureKeepsTheList();
    void accountOverridesSshUser();
    void getInstanceRetriesReads();
    void catalogues();
    void apiKeyNeverInErrors_data();
    void apiKeyNeverInErrors();
    void abortCancels();
};

void TestNebulaBlockClientList::sendsBearerKey()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody({}, 0)));
    const auto result = await(m_client->listInstances());
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(m_server->requests().size(), 1);
    const Request &request = m_server->requests().first();
    QCOMPARE(request.headers.value("authorization"), "Bearer " + ApiKey.toUtf8());
    QCOMPARE(request.headers.value("content-type"), "application/json");
    QCOMPARE(request.query.queryItemValue(u"offset"_s), u"0"_s);
}

void TestNebulaBlockClientList::paginatesByRowsReturned_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("served"); // rows the server sends per page, whatever limit says
    QTest::addColumn<bool>("withTotal");
    QTest::addColumn<QList<int>>("offsets");

    QTest::newRow("as asked") << 5 << 2 << 2 << true << QList<int>{0, 2, 4};
    QTest::newRow("fewer than asked") << 5 << 4 << 2 << true << QList<int>{0, 2, 4};
    QTest::newRow("more than asked") << 5 << 2 << 3 << true << QList<int>{0, 3};
    QTest::newRow("everything at once") << 5 << 2 << 100 << true << QList<int>{0};
    QTest::newRow("no total: until an empty page") << 3 << 2 << 2 << false << QList<int>{0, 2, 3};
    QTest::newRow("empty account") << 0 << 2 << 2 << true << QList<int>{0};
}

void TestNebulaBlockClientList::paginatesByRowsReturned()
{
    QFETCH(int, rows);
    QFETCH(int, pageSize);
    QFETCH(int, served);
    QFETCH(bool, withTotal);
    QFETCH(QList<int>, offsets);

    QList<QJsonObject> all;
    for (int i = 0; i < rows; ++i)
        all.append(row(u"id-"_s + QString::number(i), u"n"_s + QString::number(i), u"Stopped"_s));
    m_server->setHandler([all, served, withTotal](const Request &request) {
        const int offset = queryInt(request, u"offset"_s, 0);
        return ScriptedHttpServer::json(
            200,
            listBody(all.mid(offset, served),
                     withTotal ? std::optional<int>(int(all.size())) : std::nullopt));
    });
    m_client->setPageSize(pageSize);

    const auto result = await(m_client->listInstances());
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->instances.size(), rows);
    QCOMPARE(result->pages, int(offsets.size()));
    QList<int> sent;
    for (const Request &request : m_server->requests()) {
        QCOMPARE(request.query.queryItemValue(u"limit"_s).toInt(), pageSize);
        sent.append(queryInt(request, u"offset"_s, -1));
    }
    QCOMPARE(sent, offsets);
    for (int i = 0; i < rows; ++i)
        QCOMPARE(result->instances.at(i).id, u"id-"_s + QString::number(i));
}

void TestNebulaBlockClientList::repeatedPageStops()
{
    // Ignores offset: the same two rows forever, with a total that is never reached.
    m_server->enqueue("GET", ListPath,
                      ScriptedHttpServer::json(200, listBody({row(u"a"_s, u"a"_s), row(u"b"_s, u"b"_s)}, 5)));
    m_client->setPageSize(2);
    const auto result = await(m_client->listInstances());
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::BadResponse);
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestNebulaBlockClientList::failedOn200IsAnError()
{
    m_server->enqueue("GET", ListPath,
                      ScriptedHttpServer::json(200, R"({"message":"Invalid token","status":"failed"})"));
    const auto list = await(m_client->listInstances());
    QVERIFY(list);
    QCOMPARE(list->error.kind, Kind::Auth);
    QVERIFY(list->instances.isEmpty());
    QVERIFY(list->error.message().contains(u"Invalid token"_s));

    m_server->enqueue("GET", Base + u"/computing/instance/"_s + VmId + u"/stop"_s,
                      ScriptedHttpServer::json(200, fixture("error_failed.json")));
    const auto stop = await(m_client->stopInstance(VmId));
    QVERIFY(stop);
    QCOMPARE(stop->error.kind, Kind::NotFound);

    m_server->enqueue("GET", Base + u"/computing/products"_s,
                      ScriptedHttpServer::json(200, fixture("error_legacy_shape.json")));
    const auto products = await(m_client->listOfferings());
    QVERIFY(products);
    QCOMPARE(products->error.kind, Kind::Auth);
    QCOMPARE(products->error.reason, u"unauthorized"_s);
}

void TestNebulaBlockClientList::listFetchesLoginDetailOnce()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture("list_page1.json")));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture("list_page2.json")));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture("list_page1.json")));
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, fixture("list_page2.json")));
    const QString vmDetail = Base + u"/computing/instance/"_s + VmId;
    const QString containerDetail = Base + u"/computing/instance/"_s + ContainerId;
    m_server->enqueue("GET", vmDetail, ScriptedHttpServer::json(200, fixture("instance_detail.json")));
    m_server->enqueue("GET", containerDetail,
                      ScriptedHttpServer::json(200, fixture("instance_detail_container_alt_names.json")));
    m_client->setPageSize(2);

    for (int poll = 0; poll < 2; ++poll) {
        const auto result = await(m_client->listInstances());
        QVERIFY(result);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
        QCOMPARE(result->instances.size(), 3);
        const Instance &vm = result->instances.at(0);
        QCOMPARE(vm.sshUser, u"ubuntu"_s);
        QCOMPARE(vm.sshPassword, u"qZ3!fake-Xv_ya"_s);
        QCOMPARE(vm.sshPort, 22);
        QCOMPARE(vm.accountId, u"acc-nebula"_s);
        QCOMPARE(vm.extras.value(u"lan_ipv4"_s).toString(), u"10.0.12.34"_s);
        const Instance &container = result->instances.at(1);
        QCOMPARE(container.sshUser, u"root"_s);
        QCOMPARE(container.sshPassword, u"fake-Container-Pass-01"_s);
        QCOMPARE(container.sshPort, 30022);
        QCOMPARE(container.sshCommand(), u"ssh -p 30022 root@38.80.81.140"_s);
        QVERIFY(container.startedAt.isValid());
        const Instance &stopped = result->instances.at(2);
        QCOMPARE(stopped.status, InstanceStatus::Stopped);
        QVERIFY(stopped.sshPassword.isEmpty());
    }
    // One detail per running instance, not one per poll; none for the stopped one.
    QCOMPARE(m_server->count("GET", vmDetail), 1);
    QCOMPARE(m_server->count("GET", containerDetail), 1);
    QCOMPARE(m_server->count("GET", ListPath), 4);
}

void TestNebulaBlockClientList::detailFailureKeepsTheList()
{
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody({row(VmId, u"vm"_s)}, 1)));
    const QString detail = Base + u"/computing/instance/"_s + VmId;
    m_server->enqueue("GET", detail, ScriptedHttpServer::json(500, "<html>oops</html>"));
    for (int poll = 0; poll < 2; ++poll) {
        const auto result = await(m_client->listInstances());
        QVERIFY(result);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
        QCOMPARE(result->instances.size(), 1);
        QCOMPARE(result->instances.first().sshUser, u"ubuntu"_s);
        QVERIFY(result->instances.first().sshPassword.isEmpty());
    }
    QCOMPARE(m_server->count("GET", detail), 1); // not retried, and not again on the next poll
}

void TestNebulaBlockClientList::accountOverridesSshUser()
{
    m_client = makeClient(u"admin"_s);
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(200, listBody({row(VmId, u"vm"_s)}, 1)));
    m_server->enqueue("GET", Base + u"/computing/instance/"_s + VmId,
                      ScriptedHttpServer::json(200, fixture("instance_detail.json")));
    const auto result = await(m_client->listInstances());
    QVERIFY(result);
    QCOMPARE(result->instances.first().sshUser, u"admin"_s);
    QCOMPARE(result->instances.first().provider, Provider::NebulaBlock);
}

void TestNebulaBlockClientList::getInstanceRetriesReads()
{
    const QString detail = Base + u"/computing/instance/"_s + ContainerId;
    m_server->enqueue("GET", detail, ScriptedHttpServer::json(503, {}));
    m_server->enqueue("GET", detail,
                      ScriptedHttpServer::json(200, fixture("instance_detail_container_alt_names.json")));
    const auto result = await(m_client->getInstance(ContainerId));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->instance.id, ContainerId);
    QCOMPARE(result->instance.sshPort, 30022);
    QCOMPARE(result->instance.accountId, u"acc-nebula"_s);
    QCOMPARE(m_server->count("GET", detail), 2);

    const QString missing = Base + u"/computing/instance/gone"_s;
    m_server->enqueue("GET", missing, ScriptedHttpServer::json(404, fixture("error_failed.json")));
    const auto gone = await(m_client->getInstance(u"gone"_s));
    QVERIFY(gone);
    QCOMPARE(gone->error.kind, Kind::NotFound);
}

void TestNebulaBlockClientList::catalogues()
{
    m_server->enqueue("GET", Base + u"/computing/products"_s,
                      ScriptedHttpServer::json(200, fixture("products.json")));
    m_server->enqueue("GET", Base + u"/computing/images"_s,
                      ScriptedHttpServer::json(200, fixture("images.json")));
    auto account = std::make_shared<FakeAccount>();
    const QJsonArray keys = QJsonDocument::fromJson(fixture("ssh_keys_list.json"))
                                .object()
                                .value(u"data"_s)
                                .toObject()
                                .value(u"ssh_keys"_s)
                                .toArray();
    for (const QJsonValue &key : keys)
        account->keys.append(key.toObject());
    m_server->setHandler(handlerFor(account));

    const auto products = await(m_client->listOfferings());
    QVERIFY(products);
    QVERIFY(!products->error.isError());
    QCOMPARE(products->offerings.size(), 4);
    const auto images = await(m_client->listImages());
    QVERIFY(images);
    QCOMPARE(images->entries.size(), 3);

    m_client->setPageSize(1);
    const auto sshKeys = await(m_client->listSshKeys());
    QVERIFY(sshKeys);
    QVERIFY2(!sshKeys->error.isError(), qPrintable(sshKeys->error.message()));
    QCOMPARE(sshKeys->entries.size(), 2);
    QCOMPARE(sshKeys->entries.at(1).id, u"76"_s);
    QCOMPARE(m_server->count("GET", KeysPath), 2);
}

void TestNebulaBlockClientList::apiKeyNeverInErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray key = ApiKey.toUtf8();
    QTest::newRow("401 echo") << 401 << R"({"message":"Invalid token )" + key + R"(","status":"failed"})";
    QTest::newRow("200 failed echo") << 200 << R"({"message":"bad key )" + key + R"(","status":"failed"})";
    QTest::newRow("legacy echo") << 403 << R"({"status":"error","error":{"message":"key )" + key + R"("}})";
    QTest::newRow("HTML echo") << 500 << "<html><p>Authorization: Bearer " + key + "</p></html>";
}

void TestNebulaBlockClientList::apiKeyNeverInErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->enqueue("GET", ListPath, ScriptedHttpServer::json(status, body));
    m_client->transport()->setMaxAttempts(1);
    const auto result = await(m_client->listInstances());
    QVERIFY(result);
    QVERIFY(result->error.isError());
    QVERIFY2(!result->error.message().contains(ApiKey), qPrintable(result->error.message()));
    QVERIFY(!result->error.providerMessage.contains(ApiKey));
    QVERIFY(!result->error.reason.contains(ApiKey));
}

void TestNebulaBlockClientList::abortCancels()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath, hang);
    ProviderCall *call = m_client->listInstances();
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 1; }, 5000));
    call->abort();
    const auto result = await(call);
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestNebulaBlockClientList)

#include "tst_nebulablockclient_list.moc"

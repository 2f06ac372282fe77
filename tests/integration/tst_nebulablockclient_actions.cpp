#include "NebulaBlockClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace NebulaBlockClientTest;

// NebulaBlockClient writes against a scripted loopback server: mutating GETs sent once, unsafe ids,
// and the create flow (key reuse/registration, lookup by name, lost answers, validation).
class TestNebulaBlockClientActions : public NebulaBlockClientTest::NebulaBlockClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void actions_data();
    void actions();
    void actionsAreSentOnceEvenOn500_data();
    void actionsAreSentOnceEvenOn500();
    void unsafeIdSendsNothing();
    void createRegistersMissingKey();
    void createReusesKeyWithOtherComment();
    void createLostAnswerFindsByName_data();
    void createLostAnswerFindsByName();
    void createLostAndNotFound();
    void createRefusedSendsNoLookup();
    void createNotVisibleYet();
    void createIgnoresOlderSameName();
    void createValidationSendsNothing_data();
    void createValidationSendsNothing();
};

void TestNebulaBlockClientActions::actions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("start") << u"start"_s << "GET"_ba << u"/start"_s << fixture("start_response.json")
                           << u"Instances started successfully"_s;
    QTest::newRow("stop") << u"stop"_s << "GET"_ba << u"/stop"_s << fixture("stop_response.json")
                          << u"Instances stopped successfully"_s;
    QTest::newRow("reboot") << u"restart"_s << "GET"_ba << u"/reboot"_s << fixture("reboot_response.json")
                            << u"Instances rebooted successfully"_s;
    QTest::newRow("delete") << u"delete"_s << "DELETE"_ba << QString() << fixture("delete_response.json")
                            << u"Instances deleted successfully"_s;
    QTest::newRow("empty 200 body") << u"stop"_s << "GET"_ba << u"/stop"_s << QByteArray() << QString();
}

namespace {

ProviderCall *act(NebulaBlockClient *client, const QString &action, const QString &id)
{
    if (action == u"start"_s)
        return client->startInstance(id);
    if (action == u"stop"_s)
        return client->stopInstance(id);
    if (action == u"restart"_s)
        return client->restartInstance(id);
    return client->deleteInstance(id);
}

} // namespace

void TestNebulaBlockClientActions::actions()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const QString fullPath = Base + u"/computing/instance/"_s + VmId + path;
    m_server->enqueue(method, fullPath, ScriptedHttpServer::json(200, body));
    const auto result = await(act(m_client.get(), action, VmId));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->message, message);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->count(method, fullPath), 1);
}

void TestNebulaBlockClientActions::actionsAreSentOnceEvenOn500_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("reset");
    QTest::newRow("start") << u"start"_s << "GET"_ba << u"/start"_s << false;
    QTest::newRow("stop") << u"stop"_s << "GET"_ba << u"/stop"_s << false;
    QTest::newRow("reboot") << u"restart"_s << "GET"_ba << u"/reboot"_s << false;
    QTest::newRow("delete") << u"delete"_s << "DELETE"_ba << QString() << false;
    QTest::newRow("reboot, connection reset") << u"restart"_s << "GET"_ba << u"/reboot"_s << true;
    QTest::newRow("delete, connection reset") << u"delete"_s << "DELETE"_ba << QString() << true;
}

void TestNebulaBlockClientActions::actionsAreSentOnceEvenOn500()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, reset);

    const QString fullPath = Base + u"/computing/instance/"_s + VmId + path;
    Response response = ScriptedHttpServer::json(500, R"({"message":"internal error","status":"failed"})");
    if (reset) {
        response = ScriptedHttpServer::json(200, fixture("start_response.json"));
        response.resetMidBody = true;
    }
    m_server->enqueue(method, fullPath, response);
    const auto result = await(act(m_client.get(), action, VmId));
    QVERIFY(result);
    QCOMPARE(result->error.kind, reset ? Kind::Network : Kind::Server);
    // The transport reports only after its last attempt, so any retry would already be counted.
    QCOMPARE(m_server->count(method, fullPath), 1);
}

void TestNebulaBlockClientActions::unsafeIdSendsNothing()
{
    const auto result = await(m_client->deleteInstance(u"../ssh-keys/1"_s));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(m_server->requests().isEmpty());
}

void TestNebulaBlockClientActions::createRegistersMissingKey()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append(
        {{u"id"_s, 75}, {u"key_name"_s, u"laptop"_s}, {u"key_data"_s, ed25519('z', u"x@y"_s)}});
    account->listsBeforeVisible = 2; // appears on the third lookup
    m_server->setHandler(handlerFor(account));

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->instance.id, u"new-instance-id"_s);
    QCOMPARE(result->instance.name, u"trainer-1"_s);
    QCOMPARE(result->instance.accountId, u"acc-nebula"_s);
    QCOMPARE(result->instance.status, InstanceStatus::Provisioning);

    QCOMPARE(m_server->count("POST", KeysPath), 1);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QStringList order;
    for (const Request &request : m_server->requests())
        order.append(QString::fromLatin1(request.method) + u' ' + request.path.mid(Base.size()));
    QCOMPARE(order,
             QStringList({u"GET /ssh-keys"_s, u"POST /ssh-keys"_s, u"GET /computing/instances"_s,
                          u"POST /computing/instance"_s, u"GET /computing/instances"_s,
                          u"GET /computing/instances"_s, u"GET /computing/instances"_s}));
    for (const Request &request : m_server->requests()) {
        if (request.method != "POST")
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.path == KeysPath) {
            QVERIFY(body.value(u"key_name"_s).toString().startsWith(u"gpufleet-"_s));
            QCOMPARE(body.value(u"key_data"_s).toString(), spec().sshPublicKey);
        } else {
            QCOMPARE(body.value(u"instance_name"_s).toString(), u"trainer-1"_s);
            QCOMPARE(body.value(u"product_id"_s).toString(), spec().offeringId);
            QCOMPARE(body.value(u"image_id"_s).toString(), spec().image);
            QVERIFY(body.value(u"ssh_key_id"_s).isDouble());
            QCOMPARE(body.value(u"ssh_key_id"_s).toInteger(), 100);
        }
    }
}

void TestNebulaBlockClientActions::createReusesKeyWithOtherComment()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append(
        {{u"id"_s, 75}, {u"key_name"_s, u"laptop"_s}, {u"key_data"_s, ed25519('z', u"x@y"_s)}});
    account->keys.append(
        {{u"id"_s, 76}, {u"key_name"_s, u"mine"_s}, {u"key_data"_s, ed25519('c', u"old comment"_s)}});
    m_server->setHandler(handlerFor(account));
    m_client->setPageSize(1); // the key is on the second page

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(m_server->count("POST", KeysPath), 0);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    for (const Request &request : m_server->requests()) {
        if (request.method == "POST")
            QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"ssh_key_id"_s).toInteger(), 76);
    }
}

void TestNebulaBlockClientActions::createLostAnswerFindsByName_data()
{
    QTest::addColumn<Response>("answer");
    Response hang;
    hang.hang = true;
    QTest::newRow("no answer (timeout)") << hang;
    QTest::newRow("500") << ScriptedHttpServer::json(500, "<html>Internal Server Error</html>");
    QTest::newRow("unreadable 200") << ScriptedHttpServer::json(200, "<html>ok</html>");
    Response reset = ScriptedHttpServer::json(200, fixture("create_response.json"));
    reset.resetMidBody = true;
    QTest::newRow("connection reset") << reset;
}

void TestNebulaBlockClientActions::createLostAnswerFindsByName()
{
    QFETCH(Response, answer);
    auto account = std::make_shared<FakeAccount>();
    account->keys.append({{u"id"_s, 7}, {u"key_name"_s, u"k"_s}, {u"key_data"_s, spec().sshPublicKey}});
    account->createAnswer = answer;
    m_server->setHandler(handlerFor(account));
    m_client->transport()->setTimeout(300);

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->instance.id, u"new-instance-id"_s);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
}

void TestNebulaBlockClientActions::createLostAndNotFound()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append({{u"id"_s, 7}, {u"key_name"_s, u"k"_s}, {u"key_data"_s, spec().sshPublicKey}});
    account->createAnswer.hang = true;
    account->createActs = false;
    m_server->setHandler(handlerFor(account));
    m_client->transport()->setTimeout(300);

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Timeout);
    QVERIFY(result->error.message().contains(u"trainer-1"_s));
    QCOMPARE(result->instance.name, u"trainer-1"_s);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QCOMPARE(m_server->count("GET", ListPath), 1 + m_client->createLookupAttempts());
}

void TestNebulaBlockClientActions::createRefusedSendsNoLookup()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append({{u"id"_s, 7}, {u"key_name"_s, u"k"_s}, {u"key_data"_s, spec().sshPublicKey}});
    account->createAnswer = ScriptedHttpServer::json(200, fixture("error_failed_create_mismatch.json"));
    account->createActs = false;
    m_server->setHandler(handlerFor(account));

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(result->error.message().contains(u"same data center"_s));
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QCOMPARE(m_server->count("GET", ListPath), 1); // only the check before the create
}

void TestNebulaBlockClientActions::createNotVisibleYet()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append({{u"id"_s, 7}, {u"key_name"_s, u"k"_s}, {u"key_data"_s, spec().sshPublicKey}});
    account->listsBeforeVisible = 100;
    m_server->setHandler(handlerFor(account));

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::NotFound);
    QVERIFY(result->error.message().contains(u"trainer-1"_s));
    QCOMPARE(result->instance.name, u"trainer-1"_s);
    QCOMPARE(m_server->count("POST", CreatePath), 1);
    QCOMPARE(m_server->count("GET", ListPath), 1 + m_client->createLookupAttempts());
}

void TestNebulaBlockClientActions::createIgnoresOlderSameName()
{
    auto account = std::make_shared<FakeAccount>();
    account->keys.append({{u"id"_s, 7}, {u"key_name"_s, u"k"_s}, {u"key_data"_s, spec().sshPublicKey}});
    account->instances.append(row(u"old-instance-id"_s, u"trainer-1"_s));
    account->listsBeforeVisible = 1;
    m_server->setHandler(handlerFor(account));

    const auto result = await(m_client->createInstance(spec()));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->instance.id, u"new-instance-id"_s);
}

void TestNebulaBlockClientActions::createValidationSendsNothing_data()
{
    QTest::addColumn<InstanceSpec>("input");
    InstanceSpec base = spec();
    InstanceSpec noProduct = base;
    noProduct.offeringId.clear();
    QTest::newRow("no product") << noProduct;
    InstanceSpec noImage = base;
    noImage.image.clear();
    QTest::newRow("no image") << noImage;
    InstanceSpec noKey = base;
    noKey.sshPublicKey.clear();
    QTest::newRow("no key") << noKey;
    InstanceSpec privateKey = base;
    privateKey.sshPublicKey =
        u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----"_s;
    QTest::newRow("private key") << privateKey;
    InstanceSpec garbage = base;
    garbage.sshPublicKey = u"my key"_s;
    QTest::newRow("not a key") << garbage;
}

void TestNebulaBlockClientActions::createValidationSendsNothing()
{
    QFETCH(InstanceSpec, input);
    const auto result = await(m_client->createInstance(input));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(!result->error.message().contains(u"b3BlbnNzaC1rZXkt"_s));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestNebulaBlockClientActions)

#include "tst_nebulablockclient_actions.moc"

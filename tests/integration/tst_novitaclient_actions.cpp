#include "NovitaClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace NovitaClientTest;

// NovitaClient writes against a scripted loopback server: action paths and bodies, error kinds,
// create validation and body, and the by-name recovery of an ambiguous create.
class TestNovitaClientActions : public NovitaClientTest::NovitaClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
};

void TestNovitaClientActions::actions_data()
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

void TestNovitaClientActions::actions()
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

void TestNovitaClientActions::startConflict()
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

void TestNovitaClientActions::actionServerErrorNotRetried()
{
    m_server->enqueue("POST", Base + u"/gpu/instance/delete"_s,
                      ScriptedHttpServer::json(500, fixture(u"error_500.json"_s)));
    const ProviderResult result = run(m_client->deleteInstance(RunningId));
    QCOMPARE(k(result.error.kind), k(Kind::Server));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestNovitaClientActions::unknownInstance_data()
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

void TestNovitaClientActions::unknownInstance()
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

void TestNovitaClientActions::createValidationSendsNothing_data()
{
    QTest::addColumn<int>("index");
    const QList<QPair<QString, InstanceSpec>> specs = invalidSpecs();
    for (int i = 0; i < specs.size(); ++i)
        QTest::newRow(qPrintable(specs.at(i).first)) << i;
}

void TestNovitaClientActions::createValidationSendsNothing()
{
    QFETCH(int, index);
    const ProviderResult result = run(m_client->createInstance(invalidSpecs().at(index).second));
    QCOMPARE(k(result.error.kind), k(Kind::Validation));
    QVERIFY(!result.error.providerMessage.isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestNovitaClientActions::createSendsDocumentedBody()
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

void TestNovitaClientActions::createGeneratesUniqueName()
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

void TestNovitaClientActions::createBodyMatchesFixture()
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

void TestNovitaClientActions::createAmbiguousIsLookedUp_data()
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

void TestNovitaClientActions::createAmbiguousIsLookedUp()
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

void TestNovitaClientActions::createLookupIgnoresKnownInstances()
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

void TestNovitaClientActions::createLookupAdoptsInstanceListedMeanwhile()
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

void TestNovitaClientActions::createRefusedIsNotLookedUp()
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

QTEST_GUILESS_MAIN(TestNovitaClientActions)

#include "tst_novitaclient_actions.moc"

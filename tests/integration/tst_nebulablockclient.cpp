#include "providers/HttpTransport.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;
using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

namespace {

const QString ApiKey = u"ak_test_9f8e7d6c5b4a39281706"_s;
const QString Base = u"/api/v1"_s;
const QString ListPath = u"/api/v1/computing/instances"_s;
const QString KeysPath = u"/api/v1/ssh-keys"_s;
const QString CreatePath = u"/api/v1/computing/instance"_s;
const QString VmId = u"102cade84ea-e703-4400-b77d-8ed545d198ee"_s;
const QString ContainerId = u"2b7e51c0a9d-41f2-4c0e-9a77-3d2f6b8e1a05"_s;

QByteArray fixture(const char *name)
{
    return TestSupport::fixture(u"nebulablock/"_s + QLatin1String(name));
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject row(const QString &id, const QString &name, const QString &status = u"Running"_s)
{
    return {{u"id"_s, id},
            {u"host_name"_s, name},
            {u"status"_s, status},
            {u"region"_s, u"CANADA"_s},
            {u"public_ipv4"_s, u"38.80.81.1"_s},
            {u"price_per_hour"_s, 0.697}};
}

QByteArray listBody(const QList<QJsonObject> &rows, std::optional<int> total)
{
    QJsonArray data;
    for (const QJsonObject &r : rows)
        data.append(r);
    QJsonObject body{{u"data"_s, data},
                     {u"message"_s, u"All instances retrieved successfully"_s},
                     {u"status"_s, u"success"_s}};
    if (total)
        body.insert(u"total_instance"_s, *total);
    return json(body);
}

int queryInt(const Request &request, const QString &name, int fallback)
{
    bool ok = false;
    const int value = request.query.queryItemValue(name).toInt(&ok);
    return ok ? value : fallback;
}

// A structurally valid ssh-ed25519 public key line (string "ssh-ed25519" + 32 key bytes).
QString ed25519(char fill, const QString &comment)
{
    const auto field = [](const QByteArray &bytes) -> QByteArray {
        const quint32 size = quint32(bytes.size());
        QByteArray out;
        out.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
        return out + bytes;
    };
    const QByteArray blob = field("ssh-ed25519") + field(QByteArray(32, fill));
    return u"ssh-ed25519 "_s + QString::fromLatin1(blob.toBase64()) + u' ' + comment;
}

// A tiny Nebula Block account behind the scripted server, for create flows: SSH keys, an
// instance list, and a create endpoint whose answer can be scripted, delayed or lost.
struct FakeAccount
{
    QList<QJsonObject> instances;
    QList<QJsonObject> keys;
    int nextKeyId = 100;
    Response createAnswer = ScriptedHttpServer::json(200, fixture("create_response.json"));
    bool createActs = true;     // the server creates the instance, whatever it answers
    int listsBeforeVisible = 0; // lists after the create that do not show it yet
    int listsAfterCreate = 0;
    std::optional<QJsonObject> pending;
};

ScriptedHttpServer::Handler handlerFor(const std::shared_ptr<FakeAccount> &account)
{
    return [account](const Request &request) {
        if (request.method == "GET" && request.path == KeysPath) {
            QJsonArray keys;
            const int offset = queryInt(request, u"offset"_s, 0);
            const int limit = queryInt(request, u"limit"_s, 100);
            for (const QJsonObject &key : account->keys.mid(offset, limit))
                keys.append(key);
            const QJsonObject data{{u"total_ssh_keys"_s, int(account->keys.size())}, {u"ssh_keys"_s, keys}};
            return ScriptedHttpServer::json(200, json({{u"data"_s, data}, {u"status"_s, u"success"_s}}));
        }
        if (request.method == "POST" && request.path == KeysPath) {
            QJsonObject key = QJsonDocument::fromJson(request.body).object();
            key.insert(u"id"_s, account->nextKeyId++);
            key.insert(u"create_time"_s, u"1730847667"_s);
            account->keys.append(key);
            return ScriptedHttpServer::json(200, json({{u"data"_s, key}, {u"status"_s, u"success"_s}}));
        }
        if (request.method == "POST" && request.path == CreatePath) {
            if (account->createActs) {
                const QString name =
                    QJsonDocument::fromJson(request.body).object().value(u"instance_name"_s).toString();
                account->pending = row(u"new-instance-id"_s, name, u"Creating"_s);
            }
            return account->createAnswer;
        }
        if (request.method == "GET" && request.path == ListPath) {
            if (account->pending) {
                if (account->listsAfterCreate++ >= account->listsBeforeVisible) {
                    account->instances.append(*account->pending);
                    account->pending.reset();
                }
            }
            return ScriptedHttpServer::json(200,
                                            listBody(account->instances, int(account->instances.size())));
        }
        return ScriptedHttpServer::json(404, R"({"message":"not scripted","status":"failed"})");
    };
}

// ScriptedHttpServer must not be destroyed while a client connection is open: its members go
// before its sockets emit disconnected(), whose handler uses them. Used servers are parked here
// (reachable, so not a leak) until the process exits.
QList<ScriptedHttpServer *> &retiredServers()
{
    static auto *servers = new QList<ScriptedHttpServer *>;
    return *servers;
}

} // namespace

// NebulaBlockClient against a scripted loopback server: auth header, offset pagination whatever
// the server does with limit, failed-on-200, mutating GETs sent once, the detail cache for SSH
// logins, and the create flow (key reuse/registration, lookup by name, lost answers).
class TestNebulaBlockClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsBearerKey();
    void paginatesByRowsReturned_data();
    void paginatesByRowsReturned();
    void repeatedPageStops();
    void failedOn200IsAnError();
    void actions_data();
    void actions();
    void actionsAreSentOnceEvenOn500_data();
    void actionsAreSentOnceEvenOn500();
    void unsafeIdSendsNothing();
    void listFetchesLoginDetailOnce();
    void detailFailureKeepsTheList();
    void accountOverridesSshUser();
    void getInstanceRetriesReads();
    void catalogues();
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
    void apiKeyNeverInErrors_data();
    void apiKeyNeverInErrors();
    void abortCancels();

private:
    std::optional<ProviderResult> await(ProviderCall *call, int timeoutMs = 10000);
    std::unique_ptr<NebulaBlockClient> makeClient(const QString &sshUser = {});
    [[nodiscard]] InstanceSpec spec() const;

    ScriptedHttpServer *m_server = nullptr; // see retiredServers()
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NebulaBlockClient> m_client;
};

void TestNebulaBlockClient::init()
{
    m_server = new ScriptedHttpServer;
    retiredServers().append(m_server);
    QVERIFY(m_server->port() > 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = makeClient();
}

void TestNebulaBlockClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server->clearScript();
    m_server->setHandler([](const Request &) { return ScriptedHttpServer::json(404, {}); });
    m_server = nullptr;
}

std::unique_ptr<NebulaBlockClient> TestNebulaBlockClient::makeClient(const QString &sshUser)
{
    Account account;
    account.id = u"acc-nebula"_s;
    account.provider = Provider::NebulaBlock;
    account.label = u"nebula"_s;
    account.endpoint = m_server->url(Base);
    account.sshUser = sshUser;
    auto client = std::make_unique<NebulaBlockClient>(account, ApiKey, m_network.get());
    client->transport()->setBackoff(5, 20);
    client->transport()->setTimeout(3000);
    client->setCreateLookup(5, 20);
    return client;
}

InstanceSpec TestNebulaBlockClient::spec() const
{
    InstanceSpec spec;
    spec.name = u"trainer-1"_s;
    spec.offeringId = u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s;
    spec.image = u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s;
    spec.sshPublicKey = ed25519('c', u"me@laptop"_s);
    return spec;
}

std::optional<ProviderResult> TestNebulaBlockClient::await(ProviderCall *call, int timeoutMs)
{
    std::optional<ProviderResult> result;
    connect(call, &ProviderCall::finished, this, [&result](const ProviderResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

void TestNebulaBlockClient::sendsBearerKey()
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

void TestNebulaBlockClient::paginatesByRowsReturned_data()
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

void TestNebulaBlockClient::paginatesByRowsReturned()
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

void TestNebulaBlockClient::repeatedPageStops()
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

void TestNebulaBlockClient::failedOn200IsAnError()
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

void TestNebulaBlockClient::actions_data()
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

void TestNebulaBlockClient::actions()
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

void TestNebulaBlockClient::actionsAreSentOnceEvenOn500_data()
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

void TestNebulaBlockClient::actionsAreSentOnceEvenOn500()
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

void TestNebulaBlockClient::unsafeIdSendsNothing()
{
    const auto result = await(m_client->deleteInstance(u"../ssh-keys/1"_s));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(m_server->requests().isEmpty());
}

void TestNebulaBlockClient::listFetchesLoginDetailOnce()
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

void TestNebulaBlockClient::detailFailureKeepsTheList()
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

void TestNebulaBlockClient::accountOverridesSshUser()
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

void TestNebulaBlockClient::getInstanceRetriesReads()
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

void TestNebulaBlockClient::catalogues()
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

void TestNebulaBlockClient::createRegistersMissingKey()
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

void TestNebulaBlockClient::createReusesKeyWithOtherComment()
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

void TestNebulaBlockClient::createLostAnswerFindsByName_data()
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

void TestNebulaBlockClient::createLostAnswerFindsByName()
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

void TestNebulaBlockClient::createLostAndNotFound()
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

void TestNebulaBlockClient::createRefusedSendsNoLookup()
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

void TestNebulaBlockClient::createNotVisibleYet()
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

void TestNebulaBlockClient::createIgnoresOlderSameName()
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

void TestNebulaBlockClient::createValidationSendsNothing_data()
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

void TestNebulaBlockClient::createValidationSendsNothing()
{
    QFETCH(InstanceSpec, input);
    const auto result = await(m_client->createInstance(input));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(!result->error.message().contains(u"b3BlbnNzaC1rZXkt"_s));
    QVERIFY(m_server->requests().isEmpty());
}

void TestNebulaBlockClient::apiKeyNeverInErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray key = ApiKey.toUtf8();
    QTest::newRow("401 echo") << 401 << R"({"message":"Invalid token )" + key + R"(","status":"failed"})";
    QTest::newRow("200 failed echo") << 200 << R"({"message":"bad key )" + key + R"(","status":"failed"})";
    QTest::newRow("legacy echo") << 403 << R"({"status":"error","error":{"message":"key )" + key + R"("}})";
    QTest::newRow("HTML echo") << 500 << "<html><p>Authorization: Bearer " + key + "</p></html>";
}

void TestNebulaBlockClient::apiKeyNeverInErrors()
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

void TestNebulaBlockClient::abortCancels()
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

QTEST_GUILESS_MAIN(TestNebulaBlockClient)

#include "tst_nebulablockclient.moc"

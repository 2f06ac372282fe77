#pragma once

#include "providers/HttpTransport.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

// Shared by tst_nebulablockclient_list.cpp and tst_nebulablockclient_actions.cpp: the recorded
// fixtures, body builders, the fake account behind the scripted server and the client under test.
namespace NebulaBlockClientTest {

using namespace Qt::Literals::StringLiterals;
using Kind = ProviderError::Kind;
using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

inline const QString ApiKey = u"ak_test_9f8e7d6c5b4a39281706"_s;
inline const QString Base = u"/api/v1"_s;
inline const QString ListPath = u"/api/v1/computing/instances"_s;
inline const QString KeysPath = u"/api/v1/ssh-keys"_s;
inline const QString CreatePath = u"/api/v1/computing/instance"_s;
inline const QString VmId = u"102cade84ea-e703-4400-b77d-8ed545d198ee"_s;
inline const QString ContainerId = u"2b7e51c0a9d-41f2-4c0e-9a77-3d2f6b8e1a05"_s;

inline QByteArray fixture(const char *name)
{
    return TestSupport::fixture(u"nebulablock/"_s + QLatin1String(name));
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject row(const QString &id, const QString &name, const QString &status = u"Running"_s)
{
    return {{u"id"_s, id},
            {u"host_name"_s, name},
            {u"status"_s, status},
            {u"region"_s, u"CANADA"_s},
            {u"public_ipv4"_s, u"38.80.81.1"_s},
            {u"price_per_hour"_s, 0.697}};
}

inline QByteArray listBody(const QList<QJsonObject> &rows, std::optional<int> total)
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

inline int queryInt(const Request &request, const QString &name, int fallback)
{
    bool ok = false;
    const int value = request.query.queryItemValue(name).toInt(&ok);
    return ok ? value : fallback;
}

// A structurally valid ssh-ed25519 public key line (string "ssh-ed25519" + 32 key bytes).
inline QString ed25519(char fill, const QString &comment)
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

inline ScriptedHttpServer::Handler handlerFor(const std::shared_ptr<FakeAccount> &account)
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
inline QList<ScriptedHttpServer *> &retiredServers()
{
    static auto *servers = new QList<ScriptedHttpServer *>;
    return *servers;
}

// A NebulaBlockClient with short backoff and lookup delays talking to a fresh ScriptedHttpServer.
class NebulaBlockClientFixture : public QObject
{
protected:
    void setUp(); // init() and cleanup() of each suite built on this fixture
    void tearDown();

    std::optional<ProviderResult> await(ProviderCall *call, int timeoutMs = 10000);
    std::unique_ptr<NebulaBlockClient> makeClient(const QString &sshUser = {});
    [[nodiscard]] InstanceSpec spec() const;

    ScriptedHttpServer *m_server = nullptr; // see retiredServers()
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NebulaBlockClient> m_client;
};

inline void NebulaBlockClientFixture::setUp()
{
    m_server = new ScriptedHttpServer;
    retiredServers().append(m_server);
    QVERIFY(m_server->port() > 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = makeClient();
}

inline void NebulaBlockClientFixture::tearDown()
{
    m_client.reset();
    m_network.reset();
    m_server->clearScript();
    m_server->setHandler([](const Request &) { return ScriptedHttpServer::json(404, {}); });
    m_server = nullptr;
}

inline std::unique_ptr<NebulaBlockClient> NebulaBlockClientFixture::makeClient(const QString &sshUser)
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

inline InstanceSpec NebulaBlockClientFixture::spec() const
{
    InstanceSpec spec;
    spec.name = u"trainer-1"_s;
    spec.offeringId = u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s;
    spec.image = u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s;
    spec.sshPublicKey = ed25519('c', u"me@laptop"_s);
    return spec;
}

inline std::optional<ProviderResult> NebulaBlockClientFixture::await(ProviderCall *call, int timeoutMs)
{
    std::optional<ProviderResult> result;
    connect(call, &ProviderCall::finished, this, [&result](const ProviderResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

} // namespace NebulaBlockClientTest

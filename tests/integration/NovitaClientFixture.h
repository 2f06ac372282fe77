#pragma once

#include "providers/HttpTransport.h"
#include "providers/novita/NovitaClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

// Shared by tst_novitaclient_list.cpp and tst_novitaclient_actions.cpp: the recorded fixtures,
// list-body builders and the loopback server and client every test starts from.
namespace NovitaClientTest {

using namespace Qt::Literals::StringLiterals;
using Kind = ProviderError::Kind;
using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

inline const QString ApiKey = u"sk_test_novita_5b2e9c0d7a1f4e3b8c6d"_s;
inline const QString Base = u"/gpu-instance/openapi/v1"_s;
inline const QString ListPath = Base + u"/gpu/instances"_s;
inline const QString DetailPath = Base + u"/gpu/instance"_s;
inline const QString CreatePath = Base + u"/gpu/instance/create"_s;
inline const QString ProductsPath = Base + u"/products"_s;
inline const QString ClustersPath = Base + u"/clusters"_s;
inline const QString RunningId = u"8c1f2e7a9b3d4c50"_s; // the id in get_running.json
// The (fake) root password in get_running.json; named so verbose test output never shows it.
inline const QString FixturePassword = u"Xq7!fake-pass-0001"_s;

inline QString k(Kind kind)
{
    return ProviderError::kindName(kind);
}

inline QByteArray fixture(const QString &name)
{
    return TestSupport::fixture(u"novita/"_s + name);
}

inline QJsonObject row(const QString &id, const QString &status = u"exited"_s, const QString &name = {})
{
    return {{u"id"_s, id},         {u"name"_s, name.isEmpty() ? u"name-"_s + id : name},
            {u"status"_s, status}, {u"productId"_s, u"4090.16c62g"_s},
            {u"gpuNum"_s, u"2"_s}, {u"clusterId"_s, u"us-ca-06"_s}};
}

inline QByteArray listBody(const QList<QJsonObject> &rows, const QJsonValue &total)
{
    QJsonArray array;
    for (const QJsonObject &r : rows)
        array.append(r);
    QJsonObject body{{u"instances"_s, array}};
    if (!total.isUndefined())
        body.insert(u"total"_s, total);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline QList<QJsonObject> rows(int from, int to)
{
    QList<QJsonObject> result;
    for (int i = from; i < to; ++i)
        result.append(row(u"i"_s + QString::number(i)));
    return result;
}

inline QStringList idsOf(const QList<Instance> &instances)
{
    QStringList ids;
    for (const Instance &instance : instances)
        ids.append(instance.id);
    return ids;
}

inline int pageOf(const Request &request)
{
    return request.query.queryItemValue(u"pageNum"_s).toInt();
}

inline QList<Request> requestsTo(const QList<Request> &all, const QString &path)
{
    QList<Request> result;
    for (const Request &request : all) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

// One row per create rule (novita.md §3), each breaking exactly that rule.
inline QList<QPair<QString, InstanceSpec>> invalidSpecs()
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
inline Response ambiguousCreateResponse(const QString &mode)
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
inline QList<ScriptedHttpServer *> &retiredServers()
{
    static auto *servers = new QList<ScriptedHttpServer *>;
    return *servers;
}

// A NovitaClient for account acc-novita-1 talking to a fresh ScriptedHttpServer that already
// serves the products catalogue.
class NovitaClientFixture : public QObject
{
protected:
    void setUp(); // init() and cleanup() of each suite built on this fixture
    void tearDown();

    ProviderResult run(ProviderCall *call, int timeoutMs = 10000);
    void makeClient(const QString &sshUser = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    ScriptedHttpServer *m_server = nullptr; // see retiredServers()
    std::unique_ptr<NovitaClient> m_client;
};

inline void NovitaClientFixture::setUp()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = new ScriptedHttpServer;
    retiredServers().append(m_server);
    QVERIFY(m_server->port() > 0);
    m_server->enqueue("GET", ProductsPath, ScriptedHttpServer::json(200, fixture(u"products.json"_s)));
    makeClient();
}

inline void NovitaClientFixture::tearDown()
{
    m_client.reset();
    m_network.reset();
    m_server->clearScript();
    m_server = nullptr;
}

inline void NovitaClientFixture::makeClient(const QString &sshUser)
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
inline ProviderResult NovitaClientFixture::run(ProviderCall *call, int timeoutMs)
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

} // namespace NovitaClientTest

#pragma once

#include "providers/HttpTransport.h"
#include "providers/fal/FalClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

// Shared by tst_falclient_list.cpp and tst_falclient_actions.cpp: the recorded fixtures, page
// builders and the loopback server and client every test starts from.
namespace FalClientTest {

using namespace Qt::Literals::StringLiterals;
using Kind = ProviderError::Kind;
using Response = ScriptedHttpServer::Response;
using Headers = QList<QPair<QByteArray, QByteArray>>;

inline const QString ApiKey = u"fal-test-3f9c2a7e-41d2:9d8b7c6a5f4e3d2c1b0a99887766"_s;
inline const QString ListPath = u"/v1/compute/instances"_s;
inline const QString PublicKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForFixturesOnly0000000000000000000 user@laptop"_s;

inline QByteArray fixture(const char *name)
{
    return TestSupport::fixture(u"fal/"_s + QLatin1String(name));
}

inline Response status(int code, const QByteArray &body = {}, Headers headers = {})
{
    Response response = ScriptedHttpServer::json(code, body);
    response.headers = std::move(headers);
    return response;
}

// A list page holding `count` instances named <prefix>0..n.
inline QByteArray page(const QString &prefix, int count, const QJsonValue &nextCursor,
                       const QJsonValue &hasMore)
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

inline QString cursorOf(const ScriptedHttpServer::Request &request)
{
    return request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
}

// A FalClient with short backoff talking to a fresh ScriptedHttpServer under /v1.
class FalClientFixture : public QObject
{
protected:
    void setUp(); // init() and cleanup() of each suite built on this fixture
    void tearDown();

    std::unique_ptr<FalClient> makeClient(const QUrl &endpoint, const QString &sshUser = {});
    ProviderResult run(ProviderCall *call, int timeoutMs = 10000);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<FalClient> m_client;
};

inline void FalClientFixture::setUp()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->port() > 0);
    m_client = makeClient(m_server->url(u"/v1"_s));
}

inline void FalClientFixture::tearDown()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

inline std::unique_ptr<FalClient> FalClientFixture::makeClient(const QUrl &endpoint, const QString &sshUser)
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
inline ProviderResult FalClientFixture::run(ProviderCall *call, int timeoutMs)
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

} // namespace FalClientTest

#pragma once

#include "simulator/SimulatedCloud.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// Shared by the tst_simulatedcloud_*.cpp suites: the test accounts' keys and a plain
// QNetworkAccessManager client for the simulated cloud.
namespace SimulatedCloudTest {

using namespace Qt::Literals::StringLiterals;

inline const QString FalKey = u"fal-test-key"_s;
inline const QString NovitaKey = u"sk_test_novita"_s;
inline const QString NebulaKey = u"ak_test_nebula"_s;
inline const QByteArray FalAuth = "Key fal-test-key";
inline const QByteArray NovitaAuth = "Bearer sk_test_novita";
inline const QByteArray NebulaAuth = "Bearer ak_test_nebula";
inline constexpr int StepMs = 30;
inline constexpr int WaitMs = 10000;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray retryAfter;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
};

inline bool isLoopback(const QString &ip)
{
    return QHostAddress(ip).isInSubnet(QHostAddress(u"127.0.0.0"_s), 8);
}

// A started SimulatedCloud with one account per provider and helpers to call it over real HTTP.
class SimulatedCloudFixture : public QObject
{
protected:
    void setUp(); // init() and cleanup() of each suite built on this fixture
    void tearDown();

    Reply call(const QByteArray &method, const QUrl &url, const QByteArray &auth, const QByteArray &body = {},
               const QByteArray &idempotencyKey = {}, int timeoutMs = 0);
    QUrl url(Provider provider, const QString &path, const QString &query = {}) const;
    Reply novitaGet(const QString &id);
    QJsonObject nebulaFindByName(const QString &name);

    std::unique_ptr<SimulatedCloud> m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

inline void SimulatedCloudFixture::setUp()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<SimulatedCloud>();
    m_cloud->setStepMs(StepMs);
    QVERIFY(m_cloud->start());
    m_cloud->addAccount(Provider::Fal, FalKey);
    m_cloud->addAccount(Provider::Novita, NovitaKey);
    m_cloud->addAccount(Provider::NebulaBlock, NebulaKey);
}

inline void SimulatedCloudFixture::tearDown()
{
    m_nam.reset();
    m_cloud.reset();
}

inline Reply SimulatedCloudFixture::call(const QByteArray &method, const QUrl &target, const QByteArray &auth,
                                         const QByteArray &body, const QByteArray &idempotencyKey,
                                         int timeoutMs)
{
    QNetworkRequest request(target);
    request.setRawHeader("Content-Type", "application/json");
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(WaitMs))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.retryAfter = reply->rawHeader("Retry-After");
    return result;
}

inline QUrl SimulatedCloudFixture::url(Provider provider, const QString &path, const QString &query) const
{
    QUrl result = m_cloud->baseUrl(provider);
    result.setPath(result.path() + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

inline Reply SimulatedCloudFixture::novitaGet(const QString &id)
{
    return call("GET", url(Provider::Novita, u"/gpu/instance"_s, u"instanceId="_s + id), NovitaAuth);
}

inline QJsonObject SimulatedCloudFixture::nebulaFindByName(const QString &name)
{
    const QJsonArray data = call("GET", url(Provider::NebulaBlock, u"/computing/instances"_s), NebulaAuth)
                                .json()
                                .value(u"data"_s)
                                .toArray();
    for (const QJsonValue &value : data) {
        if (value.toObject().value(u"host_name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace SimulatedCloudTest

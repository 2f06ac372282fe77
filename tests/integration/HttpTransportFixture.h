#pragma once

#include "providers/HttpTransport.h"
#include "support/ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

// Shared by tst_httptransport_retry.cpp and tst_httptransport_calls.cpp: request builders and
// the transport under test with a clock on every request the server receives.
namespace HttpTransportTest {

using namespace Qt::Literals::StringLiterals;
using Kind = ProviderError::Kind;
using Response = ScriptedHttpServer::Response;

inline const QByteArray Authorization = "Key test-key-id:test-key-secret-0123456789";
inline const QString KeySecret = u"test-key-secret-0123456789"_s;
inline const QString Path = u"/compute/instances"_s;

inline Response status(int code, const QByteArray &body = "{}")
{
    return ScriptedHttpServer::json(code, body);
}

inline Response withHeader(Response response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append({name, value});
    return response;
}

inline HttpRequest get(bool retryable = true)
{
    HttpRequest request;
    request.path = Path;
    request.retryable = retryable;
    return request;
}

inline HttpRequest request(const QByteArray &method, const QString &path, bool retryable = false)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.retryable = retryable;
    return request;
}

// An HttpTransport with a fake key talking to a fresh ScriptedHttpServer; records when each
// request arrived so the tests can measure backoff.
class HttpTransportFixture : public QObject
{
protected:
    void setUp(); // init() and cleanup() of each suite built on this fixture
    void tearDown();

    // Sends and waits for the one finished(); checks the call then deletes itself.
    HttpResponse run(const HttpRequest &request, int timeoutMs = 15000);
    HttpResponse run(HttpCall *call, int timeoutMs = 15000);
    // Milliseconds between the first two requests the server received.
    qint64 gapBetweenFirstTwoRequests() const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    QElapsedTimer m_clock;
    QList<qint64> m_requestTimes;
    QStringList m_runProblems; // run() cannot QVERIFY; cleanup() reports these
};

inline void HttpTransportFixture::setUp()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get(), m_server->url(), Authorization);
    m_transport->setBackoff(20, 5000);
    m_transport->setTimeout(5000);
    m_requestTimes.clear();
    m_runProblems.clear();
    m_clock.start();
    connect(m_server.get(), &ScriptedHttpServer::requestReceived, this,
            [this](const ScriptedHttpServer::Request &) { m_requestTimes.append(m_clock.elapsed()); });
}

inline void HttpTransportFixture::tearDown()
{
    QVERIFY2(m_runProblems.isEmpty(), qPrintable(m_runProblems.join(u"; "_s)));
    m_transport.reset();
    m_network.reset();
    m_server.reset();
}

inline HttpResponse HttpTransportFixture::run(const HttpRequest &request, int timeoutMs)
{
    return run(m_transport->send(request), timeoutMs);
}

inline HttpResponse HttpTransportFixture::run(HttpCall *call, int timeoutMs)
{
    QPointer<HttpCall> guard(call);
    QList<HttpResponse> responses;
    connect(call, &HttpCall::finished, this, [&responses](const HttpResponse &r) { responses.append(r); });
    if (!QTest::qWaitFor([&] { return !responses.isEmpty(); }, timeoutMs)) {
        m_runProblems << u"finished() not emitted in time"_s;
        return {};
    }
    // Once the call is gone nothing can emit again or send another attempt.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        m_runProblems << u"HttpCall not deleted after finished()"_s;
    if (responses.size() != 1)
        m_runProblems << u"finished() emitted %1 times"_s.arg(responses.size());
    return responses.value(0);
}

inline qint64 HttpTransportFixture::gapBetweenFirstTwoRequests() const
{
    return m_requestTimes.size() < 2 ? -1 : m_requestTimes.at(1) - m_requestTimes.at(0);
}

} // namespace HttpTransportTest

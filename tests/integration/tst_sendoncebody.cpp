#include "providers/HttpTransport.h"
#include "providers/SendOnceBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// A connection that closes before the first byte of the answer: Qt 6.4 sends the request again
// on its own (POST included). Writes go through SendOnceBody so the server sees them once and
// the caller gets a clear error; what Qt does without it is printed for the record.
class TestSendOnceBody : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeIsNotRepeatedAfterADroppedConnection_data();
    void writeIsNotRepeatedAfterADroppedConnection();
    void writeThatIsAnsweredSucceeds();
    void qtRepeatsAPlainPost();

private:
    // Answers "GET /warm" (so the write reuses a kept-alive connection); drops everything else
    // without a byte, unless m_answerAll.
    void onNewConnection();

    QTcpServer m_server;
    QList<QByteArray> m_received; // request lines
    bool m_answerAll = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSendOnceBody::init()
{
    m_received.clear();
    m_answerAll = false;
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QTcpServer::newConnection, this, &TestSendOnceBody::onNewConnection);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSendOnceBody::cleanup()
{
    m_network.reset();
    m_server.close();
    m_server.disconnect(this);
}

void TestSendOnceBody::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray data = socket->readAll();
            for (const QByteArray &line : data.split('\n')) {
                if (line.contains(" HTTP/1.1"))
                    m_received.append(line.trimmed());
            }
            if (m_answerAll || data.startsWith("GET /warm"))
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            else
                socket->close();
        });
    }
}

void TestSendOnceBody::writeIsNotRepeatedAfterADroppedConnection_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("post-create") << QByteArray("POST") << QByteArray(R"({"name":"once"})");
    QTest::newRow("delete") << QByteArray("DELETE") << QByteArray();
    QTest::newRow("mutating-get") << QByteArray("GET") << QByteArray(); // Nebula's start/stop
}

void TestSendOnceBody::writeIsNotRepeatedAfterADroppedConnection()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    HttpTransport transport(m_network.get(), base, "Bearer sk_SENDONCE_canary");
    transport.setTimeout(3000);

    HttpRequest warm;
    warm.path = u"/warm"_s;
    warm.retryable = true;
    QSignalSpy warmed(transport.send(warm), &HttpCall::finished);
    QVERIFY(warmed.wait(3000));

    HttpRequest write;
    write.method = method;
    write.path = u"/write"_s;
    write.body = body;
    write.retryable = false;
    QSignalSpy finished(transport.send(write), &HttpCall::finished);
    QVERIFY(finished.wait(5000));
    const auto response = finished.first().first().value<HttpResponse>();

    const auto writes = std::count_if(m_received.cbegin(), m_received.cend(),
                                      [](const QByteArray &line) { return line.contains(" /write "); });
    QCOMPARE(writes, 1);
    QCOMPARE(response.error.kind, ProviderError::Kind::Network);
    QVERIFY2(response.error.message().contains(u"not sent again"_s), qPrintable(response.error.message()));
    QVERIFY(!response.error.message().contains(u"SENDONCE"_s));
}

void TestSendOnceBody::writeThatIsAnsweredSucceeds()
{
    m_answerAll = true;
    HttpTransport transport(m_network.get(), QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())),
                            "Bearer sk_SENDONCE_canary");
    HttpRequest write;
    write.method = "POST";
    write.path = u"/write"_s;
    write.body = R"({"name":"once"})";
    QSignalSpy finished(transport.send(write), &HttpCall::finished);
    QVERIFY(finished.wait(5000));
    const auto response = finished.first().first().value<HttpResponse>();
    QVERIFY2(!response.error.isError(), qPrintable(response.error.message()));
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(m_received.size(), 1);

    SendOnceBody device(QByteArray("abc"));
    QCOMPARE(device.size(), 3);
    QCOMPARE(device.readAll(), QByteArray("abc"));
    QVERIFY(device.atEnd());
    QVERIFY(!device.reset()); // never rewound for a second send
    QCOMPARE(device.refusedRewinds(), 1);
}

void TestSendOnceBody::qtRepeatsAPlainPost()
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/plain"_s.arg(m_server.serverPort())));
    QNetworkReply *reply = m_network->sendCustomRequest(request, "POST", QByteArray("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    reply->deleteLater();
    // For the record (docs/RELIABILITY.md): Qt 6.4.2 sends this POST twice.
    qInfo() << "a plain QNetworkAccessManager POST reached the server" << m_received.size()
            << "time(s) after the connection dropped unanswered";
    QVERIFY(m_received.size() >= 1);
}

QTEST_GUILESS_MAIN(TestSendOnceBody)
#include "tst_sendoncebody.moc"

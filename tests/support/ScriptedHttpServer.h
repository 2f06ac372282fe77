#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// A loopback HTTP/1.1 server for tests that need exact responses and exact failures: scripted
// status, headers and body per request, plus hangs, resets mid-body and truncation that a
// well-behaved server cannot produce. Records every request. Listens on 127.0.0.1, port 0.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path; // decoded path, no query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to application/json
        bool hang = false;                            // never answer
        bool resetMidBody = false; // send headers and half the body, then drop the connection
        int delayMs = 0;
    };

    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:<port>" + basePath.
    [[nodiscard]] QUrl url(const QString &basePath = {}) const;

    // Responses for METHOD + path are taken from the queue in order; the last one repeats.
    void enqueue(const QByteArray &method, const QString &path, const Response &response);
    // Fallback for anything not scripted (default: 404 with a JSON body).
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void clearScript() { m_script.clear(); }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }

    static Response json(int status, const QByteArray &body);

signals:
    void requestReceived(const ScriptedHttpServer::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    void write(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QString, QList<Response>> m_script;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_hung;
};

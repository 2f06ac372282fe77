#include "support/ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    m_handler = [](const Request &) {
        return json(404, R"({"error":{"type":"not_found","message":"not scripted"}})");
    };
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets are children of m_server, destroyed after our other members: they must not
    // call back into them on their way out.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
    m_server.close();
}

QUrl ScriptedHttpServer::url(const QString &basePath) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + basePath);
}

void ScriptedHttpServer::enqueue(const QByteArray &method, const QString &path, const Response &response)
{
    m_script[QString::fromLatin1(method) + u' ' + path].append(response);
}

int ScriptedHttpServer::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Request &request : m_requests) {
        if (request.method == method && request.path == path)
            ++n;
    }
    return n;
}

ScriptedHttpServer::Response ScriptedHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        emit requestReceived(request);
        answer(socket, request);
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    const QString key = QString::fromLatin1(request.method) + u' ' + request.path;
    Response response;
    auto it = m_script.find(key);
    if (it != m_script.end() && !it->isEmpty())
        response = it->size() > 1 ? it->takeFirst() : it->first();
    else
        response = m_handler(request);

    if (response.hang) {
        m_hung.append(socket);
        return;
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                write(guard, response);
        });
        return;
    }
    write(socket, response);
}

void ScriptedHttpServer::write(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    bool haveType = false;
    for (const auto &header : response.headers) {
        haveType = haveType || header.first.toLower() == "content-type";
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!haveType && !response.body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    if (response.resetMidBody) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->abort();
        return;
    }
    out += response.body;
    socket->write(out);
}

#include "simulator/SimExchange.h"

#include "simulator/SimResponse.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

SimExchange::SimExchange(const QHttpServerRequest &request, QTcpSocket *socket)
    : method(methodName(request.method()))
    , path(request.url().path())
    , query(request.url().query(QUrl::FullyEncoded))
    , body(request.body())
    , m_socket(socket)
    , m_localPort(socket ? socket->localPort() : 0)
{
    const auto headers = request.headers();
    for (const auto &header : headers)
        m_headers.insert(header.first.toLower(), header.second);
}

QByteArray SimExchange::header(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

bool SimExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray SimExchange::head(const SimResponse &response)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    return out;
}

void SimExchange::send(const SimResponse &response)
{
    if (!isConnected())
        return;
    m_socket->write(head(response));
    if (method != "HEAD")
        m_socket->write(response.body);
}

void SimExchange::sendHalfThenDrop(const SimResponse &response)
{
    if (!isConnected())
        return;
    // With no body to cut (fal's 204) nothing at all is sent: a half-sent 204 header still reads
    // as a complete answer to some clients.
    if (!response.body.isEmpty())
        m_socket->write(head(response) + response.body.left(response.body.size() / 2));
    m_socket->flush();
    QTcpSocket *socket = m_socket;
    if (socket->bytesToWrite() == 0) {
        socket->abort();
        return;
    }
    // Close only once the partial body has left, so the client really sees half an answer.
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->abort();
    });
}

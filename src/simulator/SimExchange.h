#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;
struct SimResponse;

/**
 * One HTTP request/answer pair of the simulator: a copy of the request and a guarded pointer to
 * its connection. Writes the answer bytes straight to the socket (QHttpServerResponder 6.4 throws
 * on status codes its table lacks and cannot stop half-way), so it can also send half an answer
 * and drop the connection. Safe to keep after the client went away: writes are then dropped.
 */
class SimExchange final
{
public:
    SimExchange(const QHttpServerRequest &request, QTcpSocket *socket);

    [[nodiscard]] QByteArray header(const QByteArray &name) const; // case-insensitive
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] quint16 localPort() const { return m_localPort; }

    void send(const SimResponse &response);
    // The headers (with the full Content-Length) and half the body, then the connection is closed;
    // nothing at all when there is no body.
    void sendHalfThenDrop(const SimResponse &response);

    QByteArray method;
    QString path;
    QString query;
    QByteArray body;

private:
    static QByteArray head(const SimResponse &response);

    QPointer<QTcpSocket> m_socket;
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    quint16 m_localPort = 0;
};

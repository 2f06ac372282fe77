#include "simulator/SshGreeter.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int IdleCloseMs = 5000;
} // namespace

SshGreeter::SshGreeter(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &SshGreeter::onNewConnection);
}

bool SshGreeter::open(const QString &address, quint16 port)
{
    const QHostAddress host(address);
    if (!host.isLoopback())
        return false;
    return listen(host, port);
}

void SshGreeter::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        socket->write("SSH-2.0-GPUFleetSim\r\n");
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(IdleCloseMs, socket, [socket] { socket->disconnectFromHost(); });
    }
}

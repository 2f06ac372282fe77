#include "app/SingleInstanceGuard.h"

#include "app/AppIdentity.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
// sockaddr_un.sun_path holds 108 bytes on Linux, 104 on macOS.
constexpr qsizetype MaxSocketPath = 100;
constexpr qint64 MaxMessageBytes = 64;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    // Named pipes are per machine: keep users apart by a digest of the account name.
    const QByteArray user =
        qEnvironmentVariable("USERDOMAIN").toUtf8() + '\\' + qEnvironmentVariable("USERNAME").toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
#endif
}
} // namespace

SingleInstanceGuard::SingleInstanceGuard(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName.isEmpty() ? defaultServerName() : serverName)
{
}

SingleInstanceGuard::~SingleInstanceGuard() = default;

QString SingleInstanceGuard::defaultServerName()
{
    const QString override = qEnvironmentVariable(ServerNameVariable);
    if (!override.isEmpty())
        return override;
    const QString base = QString::fromLatin1(AppIdentity::AppId) + u'-' + userKey();
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    QString path;
    // Inside Flatpak each sandbox has its own /tmp and runtime dir; only app/<id> is shared.
    if (!runtime.isEmpty() && !flatpakId.isEmpty())
        path = runtime + u"/app/"_s + flatpakId + u'/' + base + u".socket"_s;
    else if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        path = runtime + u'/' + base + u".socket"_s;
    return !path.isEmpty() && path.size() <= MaxSocketPath ? path : base;
}

SingleInstanceGuard::Role SingleInstanceGuard::claim(int timeoutMs)
{
    if (m_server)
        return m_role;
    QLocalSocket::LocalSocketError error = QLocalSocket::UnknownSocketError;
    if (sendActivate(timeoutMs, &error))
        return m_role = Role::Secondary;
    // Only a socket nobody listens on is stale; a busy instance that timed out keeps its socket.
    if (error == QLocalSocket::ConnectionRefusedError || error == QLocalSocket::ServerNotFoundError) {
        if (error == QLocalSocket::ConnectionRefusedError)
            qCInfo(lcUi) << "removing a stale single-instance socket";
        QLocalServer::removeServer(m_serverName);
        if (listen())
            return m_role = Role::Primary;
        // Another launch won the race between our connect and listen.
        if (sendActivate(timeoutMs, &error))
            return m_role = Role::Secondary;
    }
    qCWarning(lcUi) << "single-instance check failed; running without it:" << error;
    return m_role = Role::Failed;
}

bool SingleInstanceGuard::sendActivate(int timeoutMs, QLocalSocket::LocalSocketError *error) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName, QIODevice::WriteOnly);
    if (!socket.waitForConnected(timeoutMs)) {
        *error = socket.error();
        return false;
    }
    socket.write(ActivateMessage);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            *error = socket.error();
            return false;
        }
    }
    socket.disconnectFromServer();
    return true;
}

bool SingleInstanceGuard::listen()
{
    if (QDir::isAbsolutePath(m_serverName))
        QDir().mkpath(QFileInfo(m_serverName).path());
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        qCWarning(lcUi) << "cannot listen for other launches:" << server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstanceGuard::onNewConnection);
    return true;
}

void SingleInstanceGuard::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto handle = [this, socket] {
            const qint64 wanted = qint64(sizeof(ActivateMessage)) - 1;
            if (socket->bytesAvailable() < wanted && socket->state() == QLocalSocket::ConnectedState)
                return;
            disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
            if (socket->read(MaxMessageBytes).startsWith(ActivateMessage))
                emit activationRequested();
            else
                qCWarning(lcUi) << "ignored an unexpected message on the single-instance socket";
            socket->abort();
            socket->deleteLater();
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        if (socket->bytesAvailable() > 0 || socket->state() != QLocalSocket::ConnectedState)
            handle();
    }
}

#include "widgets/DBusNotifier.h"

#include "core/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;
constexpr char DesktopEntry[] = "io.github.gpufleet.GpuFleet";
constexpr int ExpireDefault = -1;

uchar urgency(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Failed:
    case Notification::Kind::Vanished:
    case Notification::Kind::StoppedUnexpectedly:
        return 2; // critical: stays until dismissed
    default:
        return 1;
    }
}
} // namespace

DBusNotifier::DBusNotifier(Notifier *fallback, QObject *parent)
    : Notifier(parent)
    , m_fallback(fallback)
    , m_watcher(Service, QDBusConnection::sessionBus(), QDBusServiceWatcher::WatchForOwnerChange)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                SLOT(onNotificationClosed(uint, uint)));
    // A server started (or restarted) after us: ask again what it can do.
    connect(&m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        m_keyById.clear();
        queryCapabilities();
    });
    queryCapabilities();
}

DBusNotifier::~DBusNotifier() = default;

void DBusNotifier::queryCapabilities()
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        m_server = Server::Absent;
        return;
    }
    m_server = Server::Unknown;
    const QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DBusNotifier::onCapabilities);
}

void DBusNotifier::onCapabilities(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (reply.isError()) {
        qCDebug(lcUi) << "no notification server:" << reply.error().name();
        m_server = Server::Absent;
        m_capabilities.clear();
    } else {
        m_server = Server::Present;
        m_capabilities = reply.value();
        qCDebug(lcUi) << "notification server capabilities:" << m_capabilities;
    }
    emit serverChanged();
    const QList<Notification> waiting = std::exchange(m_waiting, {});
    for (const Notification &notification : waiting)
        notify(notification);
}

void DBusNotifier::notify(const Notification &notification)
{
    switch (m_server) {
    case Server::Unknown:
        m_waiting.append(notification);
        break;
    case Server::Present:
        send(notification);
        break;
    case Server::Absent:
        fallBack(notification);
        break;
    }
}

void DBusNotifier::fallBack(const Notification &notification)
{
    if (m_fallback)
        m_fallback->notify(notification);
}

void DBusNotifier::send(const Notification &notification)
{
    QStringList actions;
    if (!notification.instanceKey.isEmpty())
        actions << QString::fromLatin1(NotificationActions::Default) << QString(); // click on the body
    if (supportsActions()) {
        for (const NotificationAction &action : notification.actions)
            actions << action.id << action.label;
    }
    QString body = notification.body;
    if (m_capabilities.contains(u"body-markup"_s))
        body = body.toHtmlEscaped(); // our text is plain; "<" in a status message is not markup
    const QVariantMap hints{
        {u"desktop-entry"_s, QString::fromLatin1(DesktopEntry)},
        {u"urgency"_s, QVariant::fromValue(urgency(notification.kind))},
        {u"category"_s, QString(u"x-gpufleet."_s + Notification::kindId(notification.kind))},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    call << QGuiApplication::applicationDisplayName() << uint(0) << QString::fromLatin1(DesktopEntry)
         << notification.title << body << actions << hints << ExpireDefault;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcUi) << "Notify failed:" << reply.error().name();
            fallBack(notification);
            return;
        }
        if (!notification.instanceKey.isEmpty())
            m_keyById.insert(reply.value(), notification.instanceKey);
    });
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Every client on the bus receives this signal: only ids we sent are ours.
    const auto it = m_keyById.constFind(id);
    if (it == m_keyById.cend())
        return;
    emit actionInvoked(*it, actionKey);
}

void DBusNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_keyById.remove(id);
}

#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVirtualObject>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>

// A stand-in for the desktop's org.freedesktop.Notifications on its own session-bus connection:
// records Notify calls, answers ids, and emits ActionInvoked when the test says, so notifications
// cross D-Bus for real. A virtual object (no moc needed), header-only for the tray tests.
class NotificationServerDouble final : public QDBusVirtualObject
{
public:
    struct Call
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    QList<Call> calls;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
    // When set, calls from other applications on the same bus are answered but not recorded.
    QString onlyApp;

    explicit NotificationServerDouble(const QString &connectionName)
        : m_connectionName(connectionName)
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {
    }
    ~NotificationServerDouble() override
    {
        m_bus.unregisterObject(path());
        m_bus.unregisterService(service());
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
    Q_DISABLE_COPY_MOVE(NotificationServerDouble)

    static QString service() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString path() { return QStringLiteral("/org/freedesktop/Notifications"); }

    // Claims the name; false when the bus is missing or another server owns it.
    bool start()
    {
        return m_bus.isConnected() && m_bus.registerService(service())
            && m_bus.registerVirtualObject(path(), this, QDBusConnection::SingleNode);
    }
    // What a click on a notification's button sends to every client on the bus.
    void invokeAction(uint id, const QString &actionKey)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path(), service(), QStringLiteral("ActionInvoked"));
        signal << id << actionKey;
        m_bus.send(signal);
    }

    [[nodiscard]] int count(const QString &summaryPart) const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(),
                                 [&](const Call &call) { return call.summary.contains(summaryPart); }));
    }
    [[nodiscard]] Call last(const QString &summaryPart) const
    {
        for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
            if (it->summary.contains(summaryPart))
                return *it;
        }
        return {};
    }

    QString introspect(const QString &) const override
    {
        return QStringLiteral(
            "<interface name=\"org.freedesktop.Notifications\">"
            "<method name=\"GetCapabilities\"><arg type=\"as\" direction=\"out\"/></method>"
            "<method name=\"Notify\"><arg type=\"s\" direction=\"in\"/><arg type=\"u\" direction=\"in\"/>"
            "<arg type=\"s\" direction=\"in\"/><arg type=\"s\" direction=\"in\"/><arg type=\"s\" "
            "direction=\"in\"/>"
            "<arg type=\"as\" direction=\"in\"/><arg type=\"a{sv}\" direction=\"in\"/><arg type=\"i\" "
            "direction=\"in\"/>"
            "<arg type=\"u\" direction=\"out\"/></method>"
            "<method name=\"CloseNotification\"><arg type=\"u\" direction=\"in\"/></method>"
            "<method name=\"GetServerInformation\"><arg type=\"s\" direction=\"out\"/><arg type=\"s\" "
            "direction=\"out\"/>"
            "<arg type=\"s\" direction=\"out\"/><arg type=\"s\" direction=\"out\"/></method>"
            "<signal name=\"ActionInvoked\"><arg type=\"u\"/><arg type=\"s\"/></signal>"
            "<signal name=\"NotificationClosed\"><arg type=\"u\"/><arg type=\"u\"/></signal>"
            "</interface>");
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.interface() != service())
            return false;
        const QString member = message.member();
        const QList<QVariant> args = message.arguments();
        QDBusMessage reply;
        if (member == QLatin1String("GetCapabilities")) {
            reply = message.createReply(QVariant(capabilities));
        } else if (member == QLatin1String("Notify") && args.size() == 8) {
            Call call;
            call.id = m_nextId++;
            call.appName = args.at(0).toString();
            call.summary = args.at(3).toString();
            call.body = args.at(4).toString();
            call.actions = qdbus_cast<QStringList>(args.at(5));
            call.hints = qdbus_cast<QVariantMap>(args.at(6));
            if (onlyApp.isEmpty() || call.appName == onlyApp)
                calls.append(call);
            reply = message.createReply(QVariant(call.id));
        } else if (member == QLatin1String("CloseNotification")) {
            QDBusMessage closed =
                QDBusMessage::createSignal(path(), service(), QStringLiteral("NotificationClosed"));
            closed << args.value(0).toUInt() << 3u;
            connection.send(closed);
            reply = message.createReply();
        } else if (member == QLatin1String("GetServerInformation")) {
            reply = message.createReply(QVariantList{QStringLiteral("notification-double"),
                                                     QStringLiteral("GPU Fleet tests"), QStringLiteral("1"),
                                                     QStringLiteral("1.2")});
        } else {
            return false;
        }
        connection.send(reply);
        return true;
    }

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    uint m_nextId = 1;
};

#pragma once

#include "core/Notifier.h"

#include <QDBusServiceWatcher>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QDBusPendingCallWatcher;

// Desktop notifications through org.freedesktop.Notifications over QtDBus, with buttons (Copy SSH
// command, Open terminal, Snooze, ...) when the server advertises the "actions" capability. Every
// call is asynchronous. Without a server it hands notifications to the fallback (the tray balloon).
class DBusNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifier)

public:
    enum class Server
    {
        Unknown, // asking
        Present,
        Absent
    };

    // `fallback` (not owned) shows what cannot go through D-Bus.
    explicit DBusNotifier(Notifier *fallback, QObject *parent = nullptr);
    ~DBusNotifier() override;

    void notify(const Notification &notification) override;

    [[nodiscard]] Server server() const { return m_server; }
    [[nodiscard]] QStringList capabilities() const { return m_capabilities; }
    [[nodiscard]] bool supportsActions() const { return m_capabilities.contains(QLatin1String("actions")); }

signals:
    // The server's capabilities are known (or it is known to be absent).
    void serverChanged();

private slots:
    // QtDBus connects bus signals by signature only, hence slots rather than function pointers.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void queryCapabilities();
    void onCapabilities(QDBusPendingCallWatcher *watcher);
    void send(const Notification &notification);
    void fallBack(const Notification &notification);

    QPointer<Notifier> m_fallback;
    QDBusServiceWatcher m_watcher;
    Server m_server = Server::Unknown;
    QStringList m_capabilities;
    QList<Notification> m_waiting;  // until the capabilities are known
    QHash<uint, QString> m_keyById; // server id -> instance key, until closed
};

#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// Ids of the buttons a notification may carry; the notifier reports them back in actionInvoked().
namespace NotificationActions {
inline constexpr char Default[] = "default"; // the notification itself was clicked
inline constexpr char CopySsh[] = "copy-ssh";
inline constexpr char OpenTerminal[] = "open-terminal";
inline constexpr char Snooze[] = "snooze";
inline constexpr char Stop[] = "stop";
inline constexpr char Delete[] = "delete";
} // namespace NotificationActions

struct NotificationAction
{
    QString id; // one of NotificationActions
    QString label;

    friend bool operator==(const NotificationAction &a, const NotificationAction &b)
    {
        return a.id == b.id && a.label == b.label;
    }
};

// One thing worth telling the user about, already worded. `instanceKey` is empty for events that
// concern no single instance (a budget).
struct Notification
{
    enum class Kind
    {
        Ready,
        Failed,
        StoppedUnexpectedly,
        Vanished,
        Stuck,
        StillRunning,
        Budget
    };

    Kind kind = Kind::Ready;
    QString title;
    QString body;
    QString instanceKey;
    QList<NotificationAction> actions;

    [[nodiscard]] bool hasAction(const QString &id) const;
    // Stable ids for settings (`notifications/<id>`): "ready", "failed", "stoppedUnexpectedly", ...
    [[nodiscard]] static QString kindId(Kind kind);
    [[nodiscard]] static QList<Kind> allKinds();
    // Translated name for the settings page.
    [[nodiscard]] static QString kindDisplayName(Kind kind);
};

// Delivers notifications to the user (desktop notification server, tray balloon, a test's
// recorder) and reports which action the user picked. The fleet layer depends only on this.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    using QObject::QObject;
    ~Notifier() override;

    virtual void notify(const Notification &notification) = 0;

signals:
    void actionInvoked(const QString &instanceKey, const QString &actionId);
};

Q_DECLARE_METATYPE(Notification)

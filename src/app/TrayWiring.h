#pragma once

#include "fleet/Clock.h"
#include "fleet/CostTracker.h"
#include "fleet/FleetMonitor.h"
#include "fleet/NotificationPolicy.h"
#include "fleet/ReadinessProbe.h"
#include "fleet/UsageHistory.h"
#include "widgets/DBusNotifier.h"
#include "widgets/TrayController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class HistoryDialog;
class QSettings;
class QWidget;
class TerminalLauncher;

// Connects the fleet to the tray and the user's attention: FleetMonitor's lists and transitions
// feed the notification policy (with SSH readiness probes), the cost tracker and the usage history;
// notifications go out over D-Bus (tray balloons as fallback); the tray's and notifications'
// actions come back here. Application builds one and routes actionRequested to its controller.
class TrayWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayWiring)

public:
    struct Options
    {
        bool demo = false;   // probes stay on loopback
        QString historyPath; // empty = UsageHistory::defaultPath()
        Clock clock = Clocks::system();
        int tickMs = 30000; // stuck / still running / budget checks
    };

    // None of the references is owned; all must outlive this object.
    TrayWiring(FleetMonitor &fleet, QWidget &window, QSettings &settings, TerminalLauncher &terminal,
               const Options &options, QObject *parent = nullptr);
    ~TrayWiring() override;

    [[nodiscard]] TrayController &tray() { return m_tray; }
    [[nodiscard]] DBusNotifier &notifier() { return m_notifier; }
    [[nodiscard]] NotificationPolicy &policy() { return m_policy; }
    [[nodiscard]] ReadinessProbe &probe() { return m_probe; }
    [[nodiscard]] CostTracker &costs() { return m_costs; }
    [[nodiscard]] UsageHistory &history() { return m_history; }
    // "3 running · $7.42/h (1 without a price)" for the status bar; empty when nothing runs.
    [[nodiscard]] QString burnRateText() const;
    // Opens (or raises) the History view over the window.
    void showHistory();
    // Re-reads notification switches, thresholds, prices and budgets after Settings changed them.
    void reloadSettings();

signals:
    // Stop or Delete confirmed in the tray or a notification: carry it out (and log it).
    void actionRequested(FleetMonitor::Action action, const QString &key);
    void instanceFocusRequested(const QString &key);
    void burnRateChanged(double perHour, int running, int unpriced);

private:
    void wireFleet();
    void wireTray();
    void onAccountAdded(const QString &accountId);
    void onInstancesChanged(const QString &accountId, const QList<Instance> &instances);
    void setLabel(const QString &accountId);

    FleetMonitor &m_fleet;
    QWidget &m_window;
    QSettings &m_settings;
    TerminalLauncher &m_terminal;
    TrayController m_tray;
    DBusNotifier m_notifier;
    NotificationPolicy m_policy;
    ReadinessProbe m_probe;
    CostTracker m_costs;
    UsageHistory m_history;
    QTimer m_tick;
    QTimer m_trayUpdate; // coalesces the tray's update over the whole fleet
    static constexpr int TrayUpdateDelayMs = 250;
    QPointer<HistoryDialog> m_historyDialog;
};

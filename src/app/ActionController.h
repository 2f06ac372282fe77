#pragma once

#include "fleet/FleetMonitor.h"

#include <QObject>

class InstanceTableModel;
class MainWindow;
class TerminalLauncher;

// Carries out what the user asks for in the window: instance actions through the FleetMonitor and
// SSH sessions through the TerminalLauncher. Reports every request and result, and every
// transition the fleet sees, in the activity log; failures also in the status bar.
class ActionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionController)

public:
    ActionController(MainWindow &window, FleetMonitor &fleet, InstanceTableModel &model,
                     TerminalLauncher &terminal, QObject *parent = nullptr);
    ~ActionController() override = default;

    void act(FleetMonitor::Action action, const QStringList &keys);

private:
    void onActionFinished(const QString &key, FleetMonitor::Action action, const ProviderError &error);
    void onTransition(const FleetTransition &transition);
    void openTerminal(const QString &key);
    [[nodiscard]] QString accountOf(const QString &key) const;
    [[nodiscard]] QString nameOf(const QString &key) const;
    [[nodiscard]] static QString verb(FleetMonitor::Action action);

    MainWindow &m_window;
    FleetMonitor &m_fleet;
    InstanceTableModel &m_model;
    TerminalLauncher &m_terminal;
};

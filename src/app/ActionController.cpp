#include "app/ActionController.h"

#include "models/InstanceTableModel.h"
#include "providers/ProviderCall.h"
#include "widgets/ActivityLog.h"
#include "widgets/MainWindow.h"
#include "widgets/TerminalLauncher.h"

using namespace Qt::Literals::StringLiterals;

ActionController::ActionController(MainWindow &window, FleetMonitor &fleet, InstanceTableModel &model,
                                   TerminalLauncher &terminal, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fleet(fleet)
    , m_model(model)
    , m_terminal(terminal)
{
    using Action = FleetMonitor::Action;
    connect(&window, &MainWindow::startRequested, this,
            [this](const QStringList &keys) { act(Action::Start, keys); });
    connect(&window, &MainWindow::stopRequested, this,
            [this](const QStringList &keys) { act(Action::Stop, keys); });
    connect(&window, &MainWindow::restartRequested, this,
            [this](const QStringList &keys) { act(Action::Restart, keys); });
    connect(&window, &MainWindow::deleteRequested, this,
            [this](const QStringList &keys) { act(Action::Delete, keys); });
    connect(&window, &MainWindow::openTerminalRequested, this, &ActionController::openTerminal);
    connect(&fleet, &FleetMonitor::actionFinished, this, &ActionController::onActionFinished);
    connect(&fleet, &FleetMonitor::transitioned, this, &ActionController::onTransition);
    connect(&terminal, &TerminalLauncher::failed, this, [this](const QString &message) {
        m_window.activityLog()->addEntry({}, tr("Open in terminal"), message, true);
        m_window.showStatusMessage(message);
    });
}

QString ActionController::verb(FleetMonitor::Action action)
{
    switch (action) {
    case FleetMonitor::Action::Start:
        return tr("Start");
    case FleetMonitor::Action::Stop:
        return tr("Stop");
    case FleetMonitor::Action::Restart:
        return tr("Restart");
    case FleetMonitor::Action::Delete:
        break;
    }
    return tr("Delete");
}

QString ActionController::accountOf(const QString &key) const
{
    return m_model.accountLabel(key.section(u'/', 0, 0));
}

QString ActionController::nameOf(const QString &key) const
{
    if (const auto instance = m_model.instance(key))
        return instance->displayName();
    if (const auto instance = m_fleet.instance(key))
        return instance->displayName();
    return key.section(u'/', 1);
}

void ActionController::act(FleetMonitor::Action action, const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString what = verb(action) + u" "_s + nameOf(key);
        if (!m_fleet.act(action, key)) {
            m_window.activityLog()->addEntry(accountOf(key), what, tr("Account not connected"), true);
            continue;
        }
        m_window.activityLog()->addEntry(accountOf(key), what, tr("Requested"), false);
    }
    m_window.showStatusMessage(
        tr("%1: %n instance(s) requested", nullptr, int(keys.size())).arg(verb(action)));
}

void ActionController::onActionFinished(const QString &key, FleetMonitor::Action action,
                                        const ProviderError &error)
{
    const QString what = verb(action) + u" "_s + nameOf(key);
    if (error.isError()) {
        const QString message = error.message();
        m_window.activityLog()->addEntry(accountOf(key), what, message, true);
        m_window.showStatusMessage(tr("%1 failed: %2").arg(what, message), 20000);
        return;
    }
    m_window.activityLog()->addEntry(accountOf(key), what, tr("Accepted by the provider"), false);
}

void ActionController::onTransition(const FleetTransition &transition)
{
    const Instance &instance = transition.instance;
    QString result;
    bool failed = false;
    switch (transition.kind) {
    case FleetTransition::Kind::BecameRunning:
        result = instance.hasSshEndpoint() ? tr("Running — %1").arg(instance.sshCommand()) : tr("Running");
        break;
    case FleetTransition::Kind::Failed:
        result =
            instance.statusMessage.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(instance.statusMessage);
        failed = true;
        break;
    case FleetTransition::Kind::Stopped:
        result = transition.expected ? tr("Stopped") : tr("Stopped (not by GPU Fleet)");
        break;
    case FleetTransition::Kind::Vanished:
        result = transition.expected ? tr("Deleted") : tr("Gone (deleted outside GPU Fleet)");
        break;
    }
    m_window.activityLog()->addEntry(m_model.accountLabel(instance.accountId), instance.displayName(), result,
                                     failed);
    if (failed)
        m_window.showStatusMessage(tr("%1: %2").arg(instance.displayName(), result), 20000);
}

void ActionController::openTerminal(const QString &key)
{
    const auto instance = m_model.instance(key);
    if (!instance)
        return;
    if (m_terminal.launch(*instance)) {
        m_window.activityLog()->addEntry(accountOf(key), tr("Open in terminal"),
                                         TerminalLauncher::sshArguments(*instance).join(u' '), false);
    }
}

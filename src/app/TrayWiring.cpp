#include "app/TrayWiring.h"

#include "core/Logging.h"
#include "models/InstanceFormat.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"
#include "widgets/HistoryDialog.h"
#include "widgets/TerminalLauncher.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

TrayWiring::TrayWiring(FleetMonitor &fleet, QWidget &window, QSettings &settings, TerminalLauncher &terminal,
                       const Options &options, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_window(window)
    , m_settings(settings)
    , m_terminal(terminal)
    , m_notifier(&m_tray)
    , m_policy(options.clock)
    , m_costs(options.clock)
    , m_history(options.clock,
                options.historyPath.isEmpty() ? UsageHistory::defaultPath() : options.historyPath)
{
    m_probe.setLoopbackOnly(options.demo);
    m_policy.setProbeTimeoutMs(m_probe.timeoutMs());
    m_policy.setCostLookup([this](const Instance &instance) { return m_costs.cost(instance).amount; });
    m_history.setPriceLookup([this](const Instance &instance) { return m_costs.price(instance); });
    m_history.load();
    reloadSettings();

    m_tray.setWindow(&m_window);
    m_tray.setCostTracker(&m_costs);
    m_tray.setSettings(&m_settings);
    wireFleet();
    wireTray();
    for (const QString &accountId : m_fleet.accountIds())
        onAccountAdded(accountId);

    m_trayUpdate.setSingleShot(true);
    m_trayUpdate.setInterval(TrayUpdateDelayMs);
    connect(&m_trayUpdate, &QTimer::timeout, this, [this] { m_tray.setInstances(m_fleet.allInstances()); });
    m_tick.setInterval(options.tickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_policy.evaluate();
        m_costs.evaluate();
    });
    m_tick.start();
    m_tray.show();
}

TrayWiring::~TrayWiring()
{
    m_history.save();
}

void TrayWiring::reloadSettings()
{
    m_policy.setSettings(NotificationSettings::load(m_settings));
    m_costs.loadSettings(m_settings);
}

void TrayWiring::wireFleet()
{
    connect(&m_fleet, &FleetMonitor::transitioned, &m_policy, &NotificationPolicy::onTransition);
    connect(&m_fleet, &FleetMonitor::accountInstancesChanged, this, &TrayWiring::onInstancesChanged);
    connect(&m_fleet, &FleetMonitor::accountAdded, this, &TrayWiring::onAccountAdded);
    connect(&m_fleet, &FleetMonitor::accountRemoved, this, [this](const QString &accountId) {
        m_policy.onAccountRemoved(accountId);
        m_costs.onAccountRemoved(accountId);
        m_history.onAccountRemoved(accountId);
        m_tray.setAccountInError(accountId, false);
        m_tray.setInstances(m_fleet.allInstances());
    });
    connect(&m_fleet, &FleetMonitor::accountHealthChanged, this, [this](const QString &accountId) {
        m_tray.setAccountInError(accountId, m_fleet.health(accountId).error.isError());
    });

    connect(&m_policy, &NotificationPolicy::probeRequested, &m_probe, &ReadinessProbe::probe);
    connect(&m_policy, &NotificationPolicy::probeCancelled, &m_probe, &ReadinessProbe::cancel);
    connect(&m_probe, &ReadinessProbe::ready, &m_policy, &NotificationPolicy::onProbeFinished);
    connect(&m_policy, &NotificationPolicy::notificationRaised, &m_notifier, &DBusNotifier::notify);
    connect(&m_costs, &CostTracker::budgetExceeded, &m_policy, &NotificationPolicy::onBudgetExceeded);
    connect(&m_costs, &CostTracker::burnRateChanged, this, &TrayWiring::burnRateChanged);
}

void TrayWiring::wireTray()
{
    connect(&m_notifier, &Notifier::actionInvoked, &m_tray, &TrayController::handleAction);
    connect(&m_tray, &Notifier::actionInvoked, &m_tray, &TrayController::handleAction); // balloon clicks
    connect(&m_tray, &TrayController::snoozeRequested, &m_policy, &NotificationPolicy::snooze);
    connect(&m_tray, &TrayController::refreshRequested, &m_fleet, &FleetMonitor::refreshAll);
    connect(&m_tray, &TrayController::actionRequested, this, &TrayWiring::actionRequested);
    connect(&m_tray, &TrayController::instanceFocusRequested, this, &TrayWiring::instanceFocusRequested);
    connect(&m_tray, &TrayController::openTerminalRequested, this, [this](const QString &key) {
        if (const auto instance = m_fleet.instance(key))
            m_terminal.launch(*instance);
    });
    connect(&m_tray, &TrayController::quitConfirmed, this, [] { QCoreApplication::quit(); });
}

void TrayWiring::setLabel(const QString &accountId)
{
    const ProviderClient *client = m_fleet.client(accountId);
    if (!client)
        return;
    const QString label = client->account().label;
    m_policy.setAccountLabel(accountId, label);
    m_history.setAccountLabel(accountId, label);
    m_tray.setAccountLabel(accountId, label);
}

void TrayWiring::onAccountAdded(const QString &accountId)
{
    setLabel(accountId);
    ProviderClient *client = m_fleet.client(accountId);
    // Novita instances carry no price: its products do (per GPU).
    if (!client || client->provider() != Provider::Novita)
        return;
    ProviderCall *call = client->listOfferings();
    connect(call, &ProviderCall::finished, this, [this](const ProviderResult &result) {
        if (!result.error.isError())
            m_costs.setCataloguePrices(Provider::Novita, result.offerings);
    });
}

void TrayWiring::onInstancesChanged(const QString &accountId, const QList<Instance> &instances)
{
    setLabel(accountId);
    // Costs first: the policy's and history's texts ask it for prices.
    m_costs.onAccountInstancesChanged(accountId, instances);
    m_history.onAccountInstancesChanged(accountId, instances);
    m_policy.onAccountInstancesChanged(accountId, instances);
    // Once for a burst of accounts refreshing: the tray goes over the whole fleet (docs/PERFORMANCE.md).
    if (!m_trayUpdate.isActive())
        m_trayUpdate.start();
}

QString TrayWiring::burnRateText() const
{
    const int running = m_costs.runningCount();
    if (running == 0)
        return {};
    QString text = tr("%n running", nullptr, running) + u" · "_s + InstanceFormat::price(m_costs.burnRate());
    if (const int unpriced = m_costs.unpricedCount(); unpriced > 0)
        text += u' ' + tr("(%n without a price)", nullptr, unpriced);
    return text;
}

void TrayWiring::showHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(&m_history, &m_window);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_historyDialog->open();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

#include "app/Application.h"

#include "app/AccountConnector.h"
#include "app/ActionController.h"
#include "app/AutostartEntry.h"
#include "app/DemoEnvironment.h"
#include "app/SshConfigSync.h"
#include "app/SshIntegrationController.h"
#include "core/AccountService.h"
#include "core/AccountStore.h"
#include "core/KeychainSecretStore.h"
#include "core/Logging.h"
#include "providers/ProviderFactory.h"
#include "widgets/AccountsDialog.h"
#include "widgets/ActivityLog.h"
#include "widgets/CreateInstanceDialog.h"
#include "widgets/FleetSummaryLabel.h"
#include "widgets/GeneralSettings.h"
#include "widgets/MainWindow.h"
#include "widgets/SettingsDialog.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int CacheSaveDelayMs = 2000;
constexpr qint64 RefreshOnActivationAfterMs = 30 * 1000;

ProviderClient *buildClient(QNetworkAccessManager *network, const Account &account, const QString &key,
                            QObject *parent)
{
    return ProviderFactory::create(account, key, network, parent);
}
} // namespace

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_proxy.setSourceModel(&m_model);
    m_cacheTimer.setSingleShot(true);
    m_cacheTimer.setInterval(CacheSaveDelayMs);
    connect(&m_cacheTimer, &QTimer::timeout, this, [this] { saveCache(CacheWrite::InBackground); });
}

Application::~Application()
{
    saveState();
    m_trayWiring.reset(); // it filters the window's close events
    m_ssh.reset();
    m_actions.reset();
    m_connector.reset();
    m_window.reset(); // before the models it shows
    m_fleet.stop();
}

SimulatedCloud *Application::simulator() const
{
    return m_demo ? &m_demo->cloud() : nullptr;
}

bool Application::start()
{
    AccountStore *accounts = nullptr;
    SecretStore *secrets = nullptr;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        if (!m_demo->start(&m_error))
            return false;
        accounts = &m_demo->accounts();
        secrets = &m_demo->secrets();
        m_settings = std::make_unique<QSettings>(m_demo->filePath(u"gpufleet.conf"_s), QSettings::IniFormat);
        m_cache = std::make_unique<InstanceCache>(m_demo->filePath(u"fleet.json"_s));
        m_fleet.setIntervals(DemoEnvironment::intervals());
    } else {
        m_ownAccounts = std::make_unique<AccountStore>();
        m_keychain = std::make_unique<KeychainSecretStore>();
        accounts = m_ownAccounts.get();
        secrets = m_keychain.get();
        // The window's layout and the terminal command sit next to the accounts, never a secret.
        m_settings = std::make_unique<QSettings>(AccountStore::defaultFilePath(), QSettings::IniFormat);
        m_cache = std::make_unique<InstanceCache>();
    }
    m_service = std::make_unique<AccountService>(*accounts, *secrets);
    m_terminal.setConfiguredCommand(
        m_settings->value(QString::fromLatin1(TerminalLauncher::SettingsKey)).toString());

    // Desktops without an icon theme of their own (bare X, Xvfb) still get toolbar icons.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == u"hicolor"_s)
        QIcon::setFallbackThemeName(u"Adwaita"_s);
    m_window = std::make_unique<MainWindow>(&m_model, &m_proxy);
    m_window->setDemoMode(m_options.demo);
    m_window->setWindowIcon(QIcon(u":/icons/gpufleet.svg"_s));
    m_window->restoreSettings(*m_settings);
    m_connector = std::make_unique<AccountConnector>(
        *m_service, m_fleet, m_model, [this](const Account &account, const QString &key, QObject *parent) {
            return buildClient(&m_network, account, key, parent);
        });
    m_actions = std::make_unique<ActionController>(*m_window, m_fleet, m_model, m_terminal);
    m_create = std::make_unique<CreateInstanceController>(m_fleet, m_service->accounts());
    const GeneralSettings general = GeneralSettings::load(*m_settings);
    if (!m_options.demo) {
        m_fleet.setIntervals(general.intervals);
        m_sshSync = std::make_unique<SshConfigSync>(m_fleet, *m_settings);
    }
    m_ssh = std::make_unique<SshIntegrationController>(*m_window, m_sshSync.get());
    TrayWiring::Options trayOptions;
    trayOptions.demo = m_options.demo;
    if (m_demo)
        trayOptions.historyPath = m_demo->filePath(u"history.json"_s);
    m_trayWiring = std::make_unique<TrayWiring>(m_fleet, *m_window, *m_settings, m_terminal, trayOptions);
    connect(m_trayWiring.get(), &TrayWiring::actionRequested, this,
            [this](FleetMonitor::Action action, const QString &key) { m_actions->act(action, {key}); });
    connect(m_trayWiring.get(), &TrayWiring::instanceFocusRequested, this, [this](const QString &key) {
        m_window->selectKeys({key});
        m_window->showDetails(key);
    });
    // User prices (fal) and product lists count in the status bar's burn rate too.
    m_window->fleetSummary()->setPriceLookup(
        [this](const Instance &instance) { return m_trayWiring->costs().price(instance).perHour; });
    connect(m_window.get(), &MainWindow::historyRequested, m_trayWiring.get(), &TrayWiring::showHistory);
    wireWindow();
    wireFleet();

    m_connector->setCached(m_cache->load());
    m_connector->connectAll();
    m_fleet.start();
    // Started at login or asked to start minimised: wait in the tray when there is one. Without
    // a tray the window must show, or nothing would be left to reach the app by.
    const bool waitInTray =
        (m_options.minimized || general.startMinimized) && QSystemTrayIcon::isSystemTrayAvailable();
    if (m_options.minimized && !waitInTray)
        m_window->showMinimized();
    else if (!waitInTray)
        m_window->show();
    if (m_options.demo) {
        m_window->activityLog()->addEntry(tr("Demo"), tr("Started"),
                                          tr("Simulated cloud on 127.0.0.1; nothing real is billed."), false);
    }
    return true;
}

void Application::showCreateDialog()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateInstanceDialog(*m_settings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_create->attach(dialog); // fills the accounts and asks for the catalogue before it shows
    m_createDialog = dialog;
    dialog->open();
}

void Application::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    SettingsDialog::Environment environment;
    environment.accountLabels = m_connector->accountLabels();
    if (m_options.demo) {
        environment.sshConfig = false; // a demo writes nothing of the user's
    } else {
        environment.autostartEnabled = [] { return AutostartEntry().isEnabled(); };
        environment.setAutostartEnabled = [](bool on, QString *error) {
            AutostartEntry entry;
            const bool ok = entry.setEnabled(on);
            if (!ok && error)
                *error = entry.errorString();
            return ok;
        };
    }
    auto *dialog = new SettingsDialog(*m_settings, environment, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &Application::applySettings);
    m_settingsDialog = dialog;
    dialog->open();
}

void Application::applySettings()
{
    const GeneralSettings general = GeneralSettings::load(*m_settings);
    m_terminal.setConfiguredCommand(general.terminalCommand);
    if (!m_options.demo)
        m_fleet.setIntervals(general.intervals);
    if (m_trayWiring)
        m_trayWiring->reloadSettings();
    if (m_sshSync)
        m_sshSync->reloadSettings();
}

void Application::wireWindow()
{
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::refreshRequested, this, [this] {
        m_fleet.refreshAll();
        m_window->showStatusMessage(tr("Refreshing every account…"), 3000);
    });
    connect(window, &MainWindow::activated, this,
            [this] { m_fleet.refreshOlderThan(RefreshOnActivationAfterMs); });
    connect(window, &MainWindow::accountsRequested, this, &Application::showAccounts);
    connect(window, &MainWindow::newInstanceRequested, this, &Application::showCreateDialog);
    connect(window, &MainWindow::settingsRequested, this, &Application::showSettings);
    connect(m_create.get(), &CreateInstanceController::created, this,
            [this](const QString &, const QString &name) {
                m_window->showStatusMessage(tr("Creating %1…").arg(name));
            });
    connect(m_create.get(), &CreateInstanceController::createFailed, this,
            [this](const QString &, const QString &message) {
                m_window->showStatusMessage(tr("Create failed: %1").arg(message));
            });
    connect(window, &MainWindow::closing, this, &Application::saveState);
    connect(m_connector.get(), &AccountConnector::accountsChanged, this,
            [this] { m_window->setAccounts(m_connector->accountLabels()); });
    connect(m_connector.get(), &AccountConnector::keyProblem, this,
            [this](const QString &accountId, const QString &label, const QString &message) {
                m_window->setAccountProblem(accountId, label, message);
                m_window->activityLog()->addEntry(label, tr("Read API key"), message, true);
            });
    connect(m_connector.get(), &AccountConnector::accountDisconnected, this,
            [this](const QString &accountId) {
                m_window->removeAccountHealth(accountId);
                m_lastError.remove(accountId);
                scheduleCacheSave();
            });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Application::saveState);
}

void Application::wireFleet()
{
    connect(&m_fleet, &FleetMonitor::accountInstancesChanged, this,
            [this](const QString &accountId, const QList<Instance> &instances) {
                m_model.setAccountInstances(accountId, instances);
                scheduleCacheSave();
            });
    connect(&m_fleet, &FleetMonitor::accountHealthChanged, this, &Application::updateHealth);
    connect(&m_fleet, &FleetMonitor::accountAdded, this, &Application::updateHealth);
}

void Application::updateHealth(const QString &accountId)
{
    const AccountHealth health = m_fleet.health(accountId);
    const QString label = m_model.accountLabel(accountId);
    m_model.setAccountStale(accountId, health.stale || health.error.isError());
    m_window->setAccountHealth(accountId, label, health);
    const ProviderError::Kind kind = health.error.kind;
    if (m_lastError.value(accountId, ProviderError::Kind::None) == kind)
        return;
    m_lastError.insert(accountId, kind);
    if (health.error.isError()) {
        m_window->activityLog()->addEntry(label, tr("Refresh"), health.error.message(), true);
        m_window->showStatusMessage(tr("%1: %2").arg(label, health.error.message()), 20000);
    } else {
        m_window->activityLog()->addEntry(label, tr("Refresh"), tr("Working again"), false);
    }
}

void Application::showAccounts()
{
    if (m_accountsDialog) {
        m_accountsDialog->raise();
        m_accountsDialog->activateWindow();
        return;
    }
    auto *dialog = new AccountsDialog(
        *m_service,
        [this](const Account &account, const QString &key, QObject *parent) {
            return buildClient(&m_network, account, key, parent);
        },
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::keyChanged, this,
            [this](const QString &accountId) { m_connector->reconnect(accountId, true); });
    m_accountsDialog = dialog;
    dialog->open();
}

void Application::scheduleCacheSave()
{
    if (!m_cacheTimer.isActive())
        m_cacheTimer.start();
}

void Application::saveCache(CacheWrite write)
{
    m_cacheTimer.stop();
    if (!m_cache)
        return;
    // From the model, not the fleet: accounts whose key could not be read keep their cached rows.
    QHash<QString, QList<Instance>> byAccount;
    for (const QString &key : m_model.keys()) {
        if (const auto instance = m_model.instance(key))
            byAccount[instance->accountId].append(*instance);
    }
    // The timer's saves are written on a worker thread: 10,000 instances took 40-85 ms of the GUI
    // thread (docs/PERFORMANCE.md). At quit the file must be complete before the process ends.
    if (write == CacheWrite::InBackground)
        m_cache->saveInBackground(byAccount);
    else if (!m_cache->save(byAccount))
        qCWarning(lcUi) << "could not save the instance cache";
}

void Application::saveState()
{
    saveCache(CacheWrite::Now);
    if (m_window && m_settings) {
        m_window->saveSettings(*m_settings);
        m_settings->sync();
    }
}

#pragma once

#include "app/CreateInstanceController.h"
#include "app/TrayWiring.h"
#include "fleet/FleetMonitor.h"
#include "fleet/InstanceCache.h"
#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"
#include "widgets/TerminalLauncher.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

class AccountConnector;
class AccountService;
class AccountStore;
class AccountsDialog;
class CreateInstanceDialog;
class SettingsDialog;
class ActionController;
class DemoEnvironment;
class MainWindow;
class SecretStore;
class SimulatedCloud;
class SshConfigSync;
class SshIntegrationController;

// The GUI's composition root: builds the object graph once (network, accounts, keychain, fleet,
// cache, models, window) and wires it. In demo mode the simulated cloud runs in-process and
// nothing of the user's (settings, cache, keychain) is read or written.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        bool demo = false;
        bool minimized = false; // started at login (AutostartEntry's --minimized)
    };

    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    // Builds everything and shows the window; false with errorString() when it cannot.
    bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] FleetMonitor &fleet() { return m_fleet; }
    [[nodiscard]] InstanceTableModel &model() { return m_model; }
    [[nodiscard]] SimulatedCloud *simulator() const;
    [[nodiscard]] TerminalLauncher &terminalLauncher() { return m_terminal; }
    [[nodiscard]] AccountService *accountService() const { return m_service.get(); }
    // Null in the demo, which writes nothing of the user's.
    [[nodiscard]] SshConfigSync *sshConfigSync() const { return m_sshSync.get(); }
    // Saves the fleet cache and the window layout (also done on quit).
    void saveState();

private:
    void wireWindow();
    void wireFleet();
    void showAccounts();
    void showCreateDialog();
    void showSettings();
    void applySettings();
    void updateHealth(const QString &accountId);
    void scheduleCacheSave();
    enum class CacheWrite
    {
        Now,
        InBackground
    };
    void saveCache(CacheWrite write);

    Options m_options;
    QString m_error;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_ownAccounts;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<InstanceCache> m_cache;
    QNetworkAccessManager m_network;
    FleetMonitor m_fleet;
    InstanceTableModel m_model;
    InstanceFilterProxyModel m_proxy;
    TerminalLauncher m_terminal;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AccountConnector> m_connector;
    std::unique_ptr<ActionController> m_actions;
    std::unique_ptr<CreateInstanceController> m_create;
    std::unique_ptr<TrayWiring> m_trayWiring;
    std::unique_ptr<SshConfigSync> m_sshSync;
    std::unique_ptr<SshIntegrationController> m_ssh;
    QPointer<CreateInstanceDialog> m_createDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AccountsDialog> m_accountsDialog;
    QHash<QString, ProviderError::Kind> m_lastError; // logged once per new error, not per poll
    QTimer m_cacheTimer;
};

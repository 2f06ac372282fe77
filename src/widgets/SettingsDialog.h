#pragma once

#include "core/Notifier.h"
#include "core/Provider.h"
#include "fleet/NotificationSettings.h"
#include "widgets/GeneralSettings.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>

#include <functional>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QSettings;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

// The Settings window: language, startup, terminal, SSH config entries, refresh intervals,
// notification kinds and thresholds, fal prices and daily budgets. Reads and writes QSettings
// through the classes that own the keys (GeneralSettings, NotificationSettings, CostTracker) and
// emits settingsChanged() after every successful OK or Apply so the running parts re-read them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // What lives outside QSettings. Application passes an AutostartEntry; tests a temporary one.
    struct Environment
    {
        // Start at login; the option is hidden when these are empty.
        std::function<bool()> autostartEnabled;
        std::function<bool(bool enabled, QString *error)> setAutostartEnabled;
        bool sshConfig = true; // false hides the SSH config option (a demo writes nothing of the user's)
        QString sshHomeDir;    // SshConfigWriter's home; "" = the user's
        QList<QPair<QString, QString>> accountLabels; // account id, label
    };

    SettingsDialog(QSettings &settings, Environment environment, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes every page; false (with the reason shown in the dialog) when the autostart entry or
    // ~/.ssh/config could not be changed. Everything else is saved even then.
    bool apply();
    [[nodiscard]] QString errorString() const { return m_error; }

    void accept() override;

signals:
    void settingsChanged();

private:
    void buildGeneralPage();
    void buildNotificationsPage();
    void buildCostsPage();
    void load();
    void updateSshNote();
    bool applySshConfig(bool manage);
    void showError(const QString &message);
    [[nodiscard]] QDoubleSpinBox *newHoursSpin(double minimum, const QString &zeroText);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSettings &m_settings;
    Environment m_env;
    GeneralSettings m_general;            // as loaded, for what the page does not show
    NotificationSettings m_notifications; // as loaded, for what the page does not show
    QMap<Notification::Kind, QCheckBox *> m_kindChecks;
    QMap<Provider, QSpinBox *> m_stuckSpins;
    QHash<QString, QDoubleSpinBox *> m_falPriceSpins;       // instance type -> spin
    QHash<QString, QDoubleSpinBox *> m_accountRunningSpins; // account id -> hours (0 = default)
    QHash<QString, QDoubleSpinBox *> m_accountBudgetSpins;  // account id -> USD (0 = none)
    QString m_error;
};

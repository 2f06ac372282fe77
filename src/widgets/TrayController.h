#pragma once

#include "core/Notifier.h"
#include "fleet/FleetMonitor.h"
#include "widgets/ConfirmationPrompt.h"
#include "widgets/QuitPrompt.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

class CostTracker;
class QMenu;
class TrayMenu;
class QSessionManager;
class QSettings;
class QSystemTrayIcon;

// The tray icon: its look (idle / running / changing / error), the tooltip with counts and the
// fleet's price per hour, the menu (running instances with their actions, Show window, Refresh,
// Quit), hiding the window to the tray on close, and the warning before quitting or logging out
// while instances keep billing. As a Notifier it shows tray balloons (the fallback to D-Bus).
class TrayController final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class State
    {
        Idle,
        Running,
        Transitioning,
        Error
    };
    Q_ENUM(State)

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    void notify(const Notification &notification) override;

    // Not owned. A click on the icon toggles it; closing it hides it to the tray while one is shown.
    void setWindow(QWidget *window);
    // Not owned; null restores the built-in prompts.
    void setQuitPrompt(QuitPrompt *prompt);
    void setConfirmationPrompt(ConfirmationPrompt *prompt);
    // Not owned; prices for the tooltip, menu and quit warning (else the providers' prices).
    void setCostTracker(const CostTracker *costs) { m_costs = costs; }
    // Not owned; remembers that the "still running in the tray" hint was shown (tray/closeHintShown).
    void setSettings(QSettings *settings) { m_settings = settings; }

    void setAccountLabel(const QString &accountId, const QString &label);
    void setInstances(const QList<Instance> &instances);
    void setAccountInError(const QString &accountId, bool inError);

    // Shows the icon when a tray is there, retrying for a while when the tray host comes up late.
    void show();
    [[nodiscard]] bool isTrayVisible() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QMenu *menu() const;
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_tray; }
    // What the quit warning would say now; `logout` words the second answer for a session logout.
    [[nodiscard]] QuitPrompt::Question quitQuestion(bool logout = false) const;
    [[nodiscard]] QList<Instance> billingInstances() const;

    // A notification's (or menu's) action on an instance: copy-ssh, open-terminal, snooze, stop,
    // delete or default (show the window).
    void handleAction(const QString &key, const QString &actionId);
    // Quit from the menu: asks first while instances keep billing.
    void requestQuit();
    void showWindow();
    void toggleWindow();

signals:
    void refreshRequested();
    void quitConfirmed();
    // Stop or Delete, after the user confirmed.
    void actionRequested(FleetMonitor::Action action, const QString &key);
    void openTerminalRequested(const QString &key);
    void snoozeRequested(const QString &key);
    void instanceFocusRequested(const QString &key);
    void stateChanged(TrayController::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void confirmAndAct(FleetMonitor::Action action, const QString &key);
    void onCommitDataRequest(QSessionManager &manager);
    void hideToTray();
    [[nodiscard]] std::optional<double> pricePerHour(const Instance &instance) const;
    [[nodiscard]] QString accountLabel(const QString &accountId) const;

    QSystemTrayIcon *m_tray;
    TrayMenu *m_menu; // the icon does not own its menu; this does
    QPointer<QWidget> m_window;
    QuitPrompt m_defaultQuitPrompt;
    QPointer<QuitPrompt> m_quitPrompt;
    ConfirmationPrompt m_defaultConfirmation;
    QPointer<ConfirmationPrompt> m_confirmation;
    const CostTracker *m_costs = nullptr;
    QSettings *m_settings = nullptr;
    bool m_closeHintShown = false;
    QList<Instance> m_instances;
    QHash<QString, QString> m_labels;
    QSet<QString> m_accountsInError;
    State m_state = State::Idle;
    bool m_quitting = false;
    bool m_asking = false;
    QString m_lastMessageKey; // the instance of the last balloon, for a click on it
    QTimer m_retry;
    int m_retries = 0;
};

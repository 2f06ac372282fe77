#pragma once

#include "fleet/AccountPoller.h"
#include "widgets/ActionAvailability.h"
#include "widgets/ConfirmationPrompt.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class AccountHealthBar;
class ActivityLog;
class FilterBar;
class FleetSummaryLabel;
class InstanceDetailsPane;
class InstanceFilterProxyModel;
class InstanceTableModel;
class QSettings;
class QTableView;
struct Instance;

// The main window: the instance table (through the filter proxy), toolbar, filters, details pane,
// activity log and status bar. Thin: it composes child widgets and turns the user's actions into
// signals carrying instance keys; it never talks to a provider. Copying to the clipboard is local.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `proxy` must already have `model` as its source; neither is owned.
    MainWindow(InstanceTableModel *model, InstanceFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned; null restores the built-in message box prompt.
    void setConfirmationPrompt(ConfirmationPrompt *prompt);
    // For the controllers that ask on the window's behalf.
    [[nodiscard]] ConfirmationPrompt *confirmationPrompt() const { return m_prompt; }
    // (account id, label) for the account filter, in display order.
    void setAccounts(const QList<QPair<QString, QString>> &accounts);
    void setAccountHealth(const QString &accountId, const QString &label, const AccountHealth &health);
    void setAccountProblem(const QString &accountId, const QString &label, const QString &message);
    void removeAccountHealth(const QString &accountId);
    void setDemoMode(bool demo);

    // Keys (InstanceKeyRole) of the selected rows, in view order.
    [[nodiscard]] QStringList selectedKeys() const;
    void selectKeys(const QStringList &keys);
    void showDetails(const QString &key);
    void hideDetails();
    void showStatusMessage(const QString &message, int timeoutMs = 10000);

    [[nodiscard]] QTableView *instanceView() const;
    [[nodiscard]] ActivityLog *activityLog() const;
    [[nodiscard]] InstanceDetailsPane *detailsPane() const;
    [[nodiscard]] FleetSummaryLabel *fleetSummary() const { return m_summary; }

    // Geometry, dock and splitter layout, column widths, order and sort.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

signals:
    void newInstanceRequested();
    void refreshRequested();
    void accountsRequested();
    void settingsRequested();
    void historyRequested();
    void startRequested(const QStringList &keys);
    void stopRequested(const QStringList &keys);
    void restartRequested(const QStringList &keys);
    // Only after the user confirmed, once for the whole selection.
    void deleteRequested(const QStringList &keys);
    void openTerminalRequested(const QString &key);
    void addToSshConfigRequested(const QString &key);
    void openInVsCodeRequested(const QString &key);
    // The window became the active window (refresh what is old).
    void activated();
    void closing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpView();
    void connectActions();
    [[nodiscard]] QList<Instance> selectedInstances() const;
    void updateActions();
    void updateDetails();
    [[nodiscard]] QString uptimeOf(const QString &key) const;
    void showContextMenu(const QPoint &pos);
    void confirmDelete();
    using QuestionBuilder = ConfirmationPrompt::Question (*)(const QList<Instance> &,
                                                             const std::function<QString(const QString &)> &);
    void confirmBulk(bool ActionAvailability::*allowed, QuestionBuilder question,
                     void (MainWindow::*signal)(const QStringList &));
    void copyToClipboard(QString (*field)(const Instance &), const char *copiedMessage);
    void emitForOne(void (MainWindow::*signal)(const QString &));

    std::unique_ptr<Ui::MainWindow> m_ui;
    InstanceTableModel *m_model;
    InstanceFilterProxyModel *m_proxy;
    FilterBar *m_filterBar;
    FleetSummaryLabel *m_summary;
    AccountHealthBar *m_healthBar;
    ConfirmationPrompt m_defaultPrompt;
    QPointer<ConfirmationPrompt> m_prompt;
    QTimer m_actionsUpdate; // coalesces selection and data changes into one enablement pass
    QTimer m_uptimeTimer;
    QString m_detailsKey;
};

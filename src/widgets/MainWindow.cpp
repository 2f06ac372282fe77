#include "widgets/MainWindow.h"

#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"
#include "ui_MainWindow.h"
#include "widgets/AccountHealthBar.h"
#include "widgets/ActionAvailability.h"
#include "widgets/ActionConfirmations.h"
#include "widgets/ActionMenu.h"
#include "widgets/FilterBar.h"
#include "widgets/FleetSummaryLabel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int UptimeRefreshMs = 60 * 1000;
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString SplitterKey = u"mainWindow/splitter"_s;
const QString HeaderKey = u"mainWindow/header"_s;

void setIcon(QAction *action, QStyle::StandardPixmap fallback, const QStyle *style)
{
    // The .ui names a theme icon; without an icon theme, show the style's own.
    if (action->icon().isNull())
        action->setIcon(style->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(InstanceTableModel *model, InstanceFilterProxyModel *proxy, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(model)
    , m_proxy(proxy)
    , m_prompt(&m_defaultPrompt)
{
    m_ui->setupUi(this);
    m_filterBar = new FilterBar(m_proxy, this);
    m_filterBar->setObjectName(u"filterBar"_s);
    m_ui->filterToolBar->addWidget(m_filterBar);
    m_summary = new FleetSummaryLabel(this);
    m_summary->setObjectName(u"fleetSummaryLabel"_s);
    m_summary->setModel(m_model);
    m_healthBar = new AccountHealthBar(this);
    m_healthBar->setObjectName(u"accountHealthBar"_s);
    statusBar()->addPermanentWidget(m_healthBar);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_summary);
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->activityDock->toggleViewAction());
    setIcon(m_ui->startAction, QStyle::SP_MediaPlay, style());
    setIcon(m_ui->stopAction, QStyle::SP_MediaStop, style());
    setIcon(m_ui->restartAction, QStyle::SP_BrowserReload, style());
    setIcon(m_ui->refreshAction, QStyle::SP_BrowserReload, style());
    setIcon(m_ui->deleteAction, QStyle::SP_TrashIcon, style());
    setIcon(m_ui->newInstanceAction, QStyle::SP_FileDialogNewFolder, style());
    setIcon(m_ui->showDetailsAction, QStyle::SP_FileDialogInfoView, style());
    setUpView();
    connectActions();

    m_actionsUpdate.setSingleShot(true);
    m_actionsUpdate.setInterval(0);
    connect(&m_actionsUpdate, &QTimer::timeout, this, [this] {
        updateActions();
        updateDetails();
    });
    m_uptimeTimer.setInterval(UptimeRefreshMs);
    connect(&m_uptimeTimer, &QTimer::timeout, m_model, &InstanceTableModel::refreshUptime);
    m_uptimeTimer.start();
    resizeDocks({m_ui->activityDock}, {150}, Qt::Vertical);
    hideDetails();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpView()
{
    QTableView *view = m_ui->instanceView;
    view->setModel(m_proxy);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        showDetails(index.data(InstanceTableModel::InstanceKeyRole).toString());
    });
    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    const auto later = [this] { m_actionsUpdate.start(); };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, later);
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_ui->detailsPane, &InstanceDetailsPane::closeRequested, this, &MainWindow::hideDetails);
    connect(m_ui->detailsPane, &InstanceDetailsPane::copied, this,
            [this](const QString &what) { showStatusMessage(tr("Copied: %1").arg(what)); });
}

void MainWindow::connectActions()
{
    connect(m_ui->newInstanceAction, &QAction::triggered, this, &MainWindow::newInstanceRequested);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->accountsAction, &QAction::triggered, this, &MainWindow::accountsRequested);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->historyAction, &QAction::triggered, this, &MainWindow::historyRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->focusSearchAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_ui->startAction, &QAction::triggered, this, [this] {
        if (ActionAvailability::forSelection(selectedInstances()).start)
            emit startRequested(selectedKeys());
    });
    connect(m_ui->stopAction, &QAction::triggered, this, [this] {
        confirmBulk(&ActionAvailability::stop, &ActionConfirmations::stopQuestion,
                    &MainWindow::stopRequested);
    });
    connect(m_ui->restartAction, &QAction::triggered, this, [this] {
        confirmBulk(&ActionAvailability::restart, &ActionConfirmations::restartQuestion,
                    &MainWindow::restartRequested);
    });
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::confirmDelete);
    connect(m_ui->copySshAction, &QAction::triggered, this, [this] {
        copyToClipboard([](const Instance &i) { return i.sshCommand(); },
                        QT_TR_N_NOOP("Copied %n SSH command(s) to the clipboard."));
    });
    connect(m_ui->copyIpAction, &QAction::triggered, this, [this] {
        copyToClipboard([](const Instance &i) { return i.publicIp.isEmpty() ? i.sshHost : i.publicIp; },
                        QT_TR_N_NOOP("Copied %n IP address(es) to the clipboard."));
    });
    connect(m_ui->openTerminalAction, &QAction::triggered, this,
            [this] { emitForOne(&MainWindow::openTerminalRequested); });
    connect(m_ui->addToSshConfigAction, &QAction::triggered, this,
            [this] { emitForOne(&MainWindow::addToSshConfigRequested); });
    connect(m_ui->openInVsCodeAction, &QAction::triggered, this,
            [this] { emitForOne(&MainWindow::openInVsCodeRequested); });
    connect(m_ui->showDetailsAction, &QAction::triggered, this, [this] {
        const QStringList keys = selectedKeys();
        if (keys.size() == 1)
            showDetails(keys.first());
    });
}

void MainWindow::setConfirmationPrompt(ConfirmationPrompt *prompt)
{
    m_prompt = prompt ? prompt : &m_defaultPrompt;
}

void MainWindow::setAccounts(const QList<QPair<QString, QString>> &accounts)
{
    m_filterBar->setAccounts(accounts);
}

void MainWindow::setAccountHealth(const QString &accountId, const QString &label, const AccountHealth &health)
{
    m_healthBar->setHealth(accountId, label, health);
}

void MainWindow::setAccountProblem(const QString &accountId, const QString &label, const QString &message)
{
    m_healthBar->setProblem(accountId, label, message);
}

void MainWindow::removeAccountHealth(const QString &accountId)
{
    m_healthBar->removeAccount(accountId);
}

void MainWindow::setDemoMode(bool demo)
{
    setWindowTitle(demo ? tr("GPU Fleet — Demo (simulated cloud, no real instances)") : tr("GPU Fleet"));
}

QTableView *MainWindow::instanceView() const
{
    return m_ui->instanceView;
}

ActivityLog *MainWindow::activityLog() const
{
    return m_ui->activityLog;
}

InstanceDetailsPane *MainWindow::detailsPane() const
{
    return m_ui->detailsPane;
}

QStringList MainWindow::selectedKeys() const
{
    QModelIndexList rows = m_ui->instanceView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    keys.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        keys << index.data(InstanceTableModel::InstanceKeyRole).toString();
    return keys;
}

void MainWindow::selectKeys(const QStringList &keys)
{
    QItemSelection selection;
    for (const QString &key : keys) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKey(key));
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_ui->instanceView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        model->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

QList<Instance> MainWindow::selectedInstances() const
{
    QList<Instance> instances;
    for (const QString &key : selectedKeys()) {
        if (auto instance = m_model->instance(key))
            instances << *instance;
    }
    return instances;
}

void MainWindow::updateActions()
{
    const ActionAvailability a = ActionAvailability::forSelection(selectedInstances());
    m_ui->startAction->setEnabled(a.start);
    m_ui->stopAction->setEnabled(a.stop);
    m_ui->restartAction->setEnabled(a.restart);
    m_ui->deleteAction->setEnabled(a.remove);
    m_ui->copySshAction->setEnabled(a.copySsh);
    m_ui->copyIpAction->setEnabled(a.copyIp);
    m_ui->openTerminalAction->setEnabled(a.openTerminal);
    // One running instance reachable over SSH is exactly what an SSH alias needs too.
    m_ui->addToSshConfigAction->setEnabled(a.openTerminal);
    m_ui->openInVsCodeAction->setEnabled(a.openTerminal);
    m_ui->showDetailsAction->setEnabled(a.details);
}

void MainWindow::showDetails(const QString &key)
{
    const auto instance = m_model->instance(key);
    if (!instance)
        return;
    m_detailsKey = key;
    m_ui->detailsPane->setInstance(*instance, m_model->accountLabel(instance->accountId), uptimeOf(key));
    if (m_ui->detailsPane->isHidden()) {
        m_ui->detailsPane->show();
        const QList<int> sizes = m_ui->mainSplitter->sizes();
        if (sizes.size() == 2 && sizes.at(1) < 200) {
            const int total = sizes.at(0) + sizes.at(1);
            m_ui->mainSplitter->setSizes({total - 380, 380});
        }
    }
}

QString MainWindow::uptimeOf(const QString &key) const
{
    return m_model->indexForKey(key, InstanceTableModel::UptimeColumn).data().toString();
}

void MainWindow::hideDetails()
{
    m_detailsKey.clear();
    m_ui->detailsPane->clear();
    m_ui->detailsPane->hide();
}

void MainWindow::updateDetails()
{
    if (m_detailsKey.isEmpty())
        return;
    // A vanished instance keeps its last-known details on screen until the pane is closed.
    if (const auto instance = m_model->instance(m_detailsKey))
        m_ui->detailsPane->setInstance(*instance, m_model->accountLabel(instance->accountId),
                                       uptimeOf(m_detailsKey));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_ui->instanceView->indexAt(pos).isValid())
        return;
    updateActions(); // the selection may have changed in this very event
    QMenu *menu = ActionMenu::create(this, u"instanceContextMenu"_s,
                                     {
                                         {m_ui->showDetailsAction},
                                         {m_ui->startAction, m_ui->stopAction, m_ui->restartAction},
                                         {m_ui->copySshAction, m_ui->copyIpAction, m_ui->openTerminalAction},
                                         {m_ui->addToSshConfigAction, m_ui->openInVsCodeAction},
                                         {m_ui->deleteAction},
                                     });
    if (menu)
        menu->popup(m_ui->instanceView->viewport()->mapToGlobal(pos));
}

void MainWindow::confirmDelete()
{
    const QList<Instance> instances = selectedInstances();
    if (instances.isEmpty() || !ActionAvailability::forSelection(instances).remove)
        return;
    QStringList keys;
    for (const Instance &instance : instances)
        keys << instance.key();
    const auto label = [this](const QString &accountId) { return m_model->accountLabel(accountId); };
    m_prompt->ask(this, ActionConfirmations::deleteQuestion(instances, label), this, [this, keys](bool yes) {
        if (yes)
            emit deleteRequested(keys);
    });
}

void MainWindow::confirmBulk(bool ActionAvailability::*allowed, QuestionBuilder question,
                             void (MainWindow::*signal)(const QStringList &))
{
    // Checked again here: the enablement pass may not have run since the selection changed.
    const QList<Instance> instances = selectedInstances();
    if (!(ActionAvailability::forSelection(instances).*allowed))
        return;
    QStringList keys;
    for (const Instance &instance : instances)
        keys << instance.key();
    if (keys.size() <= 1) { // one instance: stopping it is no surprise, and it can be started again
        if (!keys.isEmpty())
            emit(this->*signal)(keys);
        return;
    }
    const auto label = [this](const QString &accountId) { return m_model->accountLabel(accountId); };
    m_prompt->ask(this, question(instances, label), this, [this, keys, signal](bool yes) {
        if (yes)
            emit(this->*signal)(keys);
    });
}

void MainWindow::copyToClipboard(QString (*field)(const Instance &), const char *copiedMessage)
{
    QStringList lines;
    for (const Instance &instance : selectedInstances()) {
        if (const QString text = field(instance); !text.isEmpty())
            lines << text;
    }
    if (lines.isEmpty())
        return;
    // Not secrets: SSH commands and addresses stay on the clipboard like any copied text.
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    showStatusMessage(tr(copiedMessage, nullptr, int(lines.size())));
}

void MainWindow::emitForOne(void (MainWindow::*signal)(const QString &))
{
    const QStringList keys = selectedKeys();
    if (keys.size() == 1)
        emit(this->*signal)(keys.first());
}

void MainWindow::showStatusMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(HeaderKey, m_ui->instanceView->horizontalHeader()->saveState());
}

void MainWindow::restoreSettings(QSettings &settings)
{
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    QHeaderView *header = m_ui->instanceView->horizontalHeader();
    if (header->restoreState(settings.value(HeaderKey).toByteArray()))
        m_ui->instanceView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (m_detailsKey.isEmpty())
        m_ui->detailsPane->hide(); // the splitter state may have shown it
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        emit activated();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closing();
    QMainWindow::closeEvent(event);
}

#include "widgets/TrayController.h"

#include "core/Logging.h"
#include "fleet/CostTracker.h"
#include "models/InstanceFormat.h"
#include "widgets/ActionAvailability.h"
#include "widgets/ActionConfirmations.h"
#include "widgets/TrayIcons.h"
#include "widgets/TrayMenu.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QSessionManager>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int RetryMs = 2000;
constexpr int MaxRetries = 5;
constexpr int MessageMs = 10000;
constexpr char CloseHintKey[] = "tray/closeHintShown";

QString perHour(double usd)
{
    return InstanceFormat::price(usd);
}

bool keepsBilling(InstanceStatus status)
{
    return InstanceStatuses::isActive(status) && status != InstanceStatus::Deleting;
}
} // namespace

TrayController::TrayController(QObject *parent)
    : Notifier(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new TrayMenu([this](const Instance &instance) { return pricePerHour(instance); },
                          [this](const QString &accountId) { return accountLabel(accountId); }, this))
    , m_quitPrompt(&m_defaultQuitPrompt)
    , m_confirmation(&m_defaultConfirmation)
{
    m_tray->setContextMenu(m_menu->menu());
    m_tray->setIcon(TrayIcons::icon(TrayIcons::Look::Idle));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastMessageKey.isEmpty())
            showWindow();
        else
            emit actionInvoked(m_lastMessageKey, QString::fromLatin1(NotificationActions::Default));
    });
    connect(m_menu, &TrayMenu::instanceActionTriggered, this, &TrayController::handleAction);
    connect(m_menu, &TrayMenu::showWindowTriggered, this, &TrayController::showWindow);
    connect(m_menu, &TrayMenu::refreshTriggered, this, &TrayController::refreshRequested);
    connect(m_menu, &TrayMenu::quitTriggered, this, &TrayController::requestQuit);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        ++m_retries;
        show();
    });
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::commitDataRequest, this, &TrayController::onCommitDataRequest);
    }
    update();
}

TrayController::~TrayController()
{
    m_tray->setContextMenu(nullptr); // the menu goes with m_menu
}

void TrayController::notify(const Notification &notification)
{
    if (!isTrayVisible() || !QSystemTrayIcon::supportsMessages()) {
        qCInfo(lcUi) << "no tray to show a notification:" << Notification::kindId(notification.kind);
        return;
    }
    m_lastMessageKey = notification.instanceKey;
    const bool bad = notification.kind == Notification::Kind::Failed
        || notification.kind == Notification::Kind::Vanished
        || notification.kind == Notification::Kind::StoppedUnexpectedly;
    m_tray->showMessage(notification.title, notification.body,
                        bad ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, MessageMs);
}

void TrayController::setWindow(QWidget *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void TrayController::setQuitPrompt(QuitPrompt *prompt)
{
    m_quitPrompt = prompt ? prompt : &m_defaultQuitPrompt;
}

void TrayController::setConfirmationPrompt(ConfirmationPrompt *prompt)
{
    m_confirmation = prompt ? prompt : &m_defaultConfirmation;
}

void TrayController::setAccountLabel(const QString &accountId, const QString &label)
{
    m_labels.insert(accountId, label);
    update();
}

QString TrayController::accountLabel(const QString &accountId) const
{
    return m_labels.value(accountId, accountId);
}

void TrayController::setInstances(const QList<Instance> &instances)
{
    m_instances = instances;
    update();
}

void TrayController::setAccountInError(const QString &accountId, bool inError)
{
    if (inError)
        m_accountsInError.insert(accountId);
    else
        m_accountsInError.remove(accountId);
    update();
}

void TrayController::show()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_retry.stop();
        m_tray->show();
    } else if (m_retries < MaxRetries) {
        m_retry.start(); // the panel may come up after us at login
    } else {
        m_retry.stop();
        qCInfo(lcUi) << "no system tray; closing the window quits";
    }
    // Dialogs closing while the window sits in the tray must not end the application.
    QApplication::setQuitOnLastWindowClosed(!isTrayVisible());
}

bool TrayController::isTrayVisible() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_tray->isVisible();
}

std::optional<double> TrayController::pricePerHour(const Instance &instance) const
{
    return m_costs ? m_costs->price(instance).perHour : instance.pricePerHour;
}

void TrayController::update()
{
    bool error = !m_accountsInError.isEmpty();
    bool transitioning = false;
    bool running = false;
    for (const Instance &instance : std::as_const(m_instances)) {
        error = error || instance.status == InstanceStatus::Error;
        transitioning = transitioning || InstanceStatuses::isTransitional(instance.status);
        running = running || instance.status == InstanceStatus::Running;
    }
    const State state = error ? State::Error
        : transitioning       ? State::Transitioning
        : running             ? State::Running
                              : State::Idle;
    if (state != m_state || m_tray->icon().isNull()) {
        m_state = state;
        m_tray->setIcon(TrayIcons::icon(static_cast<TrayIcons::Look>(int(state))));
        emit stateChanged(state);
    }
    m_tray->setToolTip(toolTip());
    m_menu->setInstances(m_instances);
}

QString TrayController::toolTip() const
{
    int running = 0;
    int changing = 0;
    int unpriced = 0;
    double total = 0;
    for (const Instance &instance : m_instances) {
        changing += InstanceStatuses::isTransitional(instance.status) ? 1 : 0;
        if (instance.status != InstanceStatus::Running)
            continue;
        ++running;
        const auto price = pricePerHour(instance);
        total += price.value_or(0.0);
        unpriced += price ? 0 : 1;
    }
    QStringList lines{tr("GPU Fleet")};
    if (running == 0) {
        lines << tr("Nothing running");
    } else {
        QString line = tr("%n running", nullptr, running) + u" · "_s + perHour(total);
        if (unpriced > 0)
            line += u' ' + tr("(%n without a price)", nullptr, unpriced);
        lines << line;
    }
    if (changing > 0)
        lines << tr("%n changing state", nullptr, changing);
    if (!m_accountsInError.isEmpty())
        lines << tr("%n account(s) with errors", nullptr, int(m_accountsInError.size()));
    return lines.join(u'\n');
}

void TrayController::handleAction(const QString &key, const QString &actionId)
{
    const auto it = std::find_if(m_instances.cbegin(), m_instances.cend(),
                                 [&](const Instance &instance) { return instance.key() == key; });
    if (actionId == QLatin1String(NotificationActions::CopySsh)) {
        const QString command = it == m_instances.cend() ? QString() : it->sshCommand();
        if (!command.isEmpty())
            QGuiApplication::clipboard()->setText(command); // not a secret: no clearing timer
    } else if (actionId == QLatin1String(NotificationActions::OpenTerminal)) {
        emit openTerminalRequested(key);
    } else if (actionId == QLatin1String(NotificationActions::Snooze)) {
        emit snoozeRequested(key);
    } else if (actionId == QLatin1String(NotificationActions::Stop)) {
        confirmAndAct(FleetMonitor::Action::Stop, key);
    } else if (actionId == QLatin1String(NotificationActions::Delete)) {
        confirmAndAct(FleetMonitor::Action::Delete, key);
    } else if (actionId == QLatin1String(NotificationActions::Default)) {
        showWindow();
        if (!key.isEmpty())
            emit instanceFocusRequested(key);
    }
}

void TrayController::confirmAndAct(FleetMonitor::Action action, const QString &key)
{
    const auto it = std::find_if(m_instances.cbegin(), m_instances.cend(),
                                 [&](const Instance &instance) { return instance.key() == key; });
    if (it == m_instances.cend())
        return;
    const bool stop = action == FleetMonitor::Action::Stop;
    if (stop ? !ActionAvailability::canStop(*it) : !ActionAvailability::canDelete(*it))
        return; // fal cannot stop; the instance may have moved on since the notification
    const auto label = [this](const QString &accountId) { return accountLabel(accountId); };
    const ConfirmationPrompt::Question question = stop ? ActionConfirmations::stopQuestion({*it}, label)
                                                       : ActionConfirmations::deleteQuestion({*it}, label);
    m_confirmation->ask(m_window && m_window->isVisible() ? m_window.data() : nullptr, question, this,
                        [this, action, key](bool accepted) {
                            if (accepted)
                                emit actionRequested(action, key);
                        });
}

QList<Instance> TrayController::billingInstances() const
{
    QList<Instance> billing;
    std::copy_if(m_instances.cbegin(), m_instances.cend(), std::back_inserter(billing),
                 [](const Instance &instance) { return keepsBilling(instance.status); });
    return billing;
}

QuitPrompt::Question TrayController::quitQuestion(bool logout) const
{
    const QList<Instance> billing = billingInstances();
    double total = 0;
    int unpriced = 0;
    QStringList lines;
    for (const Instance &instance : billing) {
        const auto price = pricePerHour(instance);
        total += price.value_or(0.0);
        unpriced += price ? 0 : 1;
        lines << tr("• %1 on %2 (%3) — %4")
                     .arg(instance.displayName(), accountLabel(instance.accountId),
                          InstanceStatuses::displayName(instance.status),
                          price ? perHour(*price) : tr("price unknown"));
    }
    QuitPrompt::Question question;
    question.title = tr("Instances keep billing");
    question.text = tr("%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.",
                       nullptr, int(billing.size()))
                        .arg(perHour(total));
    if (unpriced > 0)
        question.text += u' ' + tr("%n of them without a known price.", nullptr, unpriced);
    question.informativeText = lines.join(u'\n');
    question.quitLabel = tr("Quit anyway");
    question.keepLabel = logout ? tr("Cancel logout")
        : isTrayVisible()       ? tr("Keep running in tray")
                                : tr("Don't quit");
    return question;
}

void TrayController::requestQuit()
{
    if (m_asking)
        return;
    if (billingInstances().isEmpty()) {
        m_quitting = true;
        emit quitConfirmed();
        return;
    }
    m_asking = true;
    QWidget *parent = m_window && m_window->isVisible() ? m_window.data() : nullptr;
    m_quitPrompt->ask(parent, quitQuestion(), this, [this](bool quit) {
        m_asking = false;
        if (quit) {
            m_quitting = true;
            emit quitConfirmed();
        } else if (isTrayVisible()) {
            hideToTray();
        }
    });
}

void TrayController::onCommitDataRequest(QSessionManager &manager)
{
    if (billingInstances().isEmpty() || !manager.allowsInteraction())
        return;
    const bool quit = m_quitPrompt->askNow(nullptr, quitQuestion(true));
    manager.release();
    if (quit)
        m_quitting = true;
    else
        manager.cancel();
}

void TrayController::hideToTray()
{
    if (!m_window)
        return;
    m_window->hide();
    const QString key = QString::fromLatin1(CloseHintKey);
    if (!m_closeHintShown && !(m_settings && m_settings->value(key).toBool())) {
        m_closeHintShown = true;
        if (m_settings)
            m_settings->setValue(key, true);
        m_tray->showMessage(tr("GPU Fleet is still running"),
                            tr("It keeps watching your instances from the tray. Choose Quit in the tray menu "
                               "to leave."),
                            QSystemTrayIcon::Information, MessageMs);
    }
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::toggleWindow()
{
    if (m_window && m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        if (isTrayVisible()) {
            event->ignore();
            hideToTray();
            return true;
        }
        if (!billingInstances().isEmpty()) {
            event->ignore(); // no tray to keep them company: ask as Quit does
            requestQuit();
            return true;
        }
    }
    return Notifier::eventFilter(watched, event);
}

QMenu *TrayController::menu() const
{
    return m_menu->menu();
}

#include "NotificationServerDouble.h"
#include "ScriptedPrompts.h"
#include "fleet/CostTracker.h"
#include "fleet/NotificationPolicy.h"
#include "fleet/ReadinessProbe.h"
#include "support/ScriptedPrompt.h"
#include "widgets/DBusNotifier.h"
#include "widgets/TrayController.h"

#include <QAction>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QGuiApplication>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace TrayTesting;

namespace {
constexpr char HowToRun[] =
    "tst_traycontroller needs a private D-Bus session and an X display (Xvfb). Run it through "
    "tests/run-all.sh, or: cd /work/main && dbus-run-session -- sh tests/with-keyring.sh xvfb-run -a sh -c "
    "'cd build && ctest -R tray --output-on-failure'";

// The tray needs a real StatusNotifierItem host on X11: the offscreen platform has no tray at all.
[[maybe_unused]] const bool s_x11 = [] {
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    return true;
}();
} // namespace

// The tray and notifications under Xvfb with a StatusNotifierWatcher and a notification server
// double on a private session bus: lifecycle notifications over D-Bus, their actions, the menu,
// the tooltip, close-to-tray and the quit warning.
class TestTrayController : public QObject
{
    Q_OBJECT

private:
    QProcess m_watcher;
    std::unique_ptr<NotificationServerDouble> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QDateTime m_now;
    std::unique_ptr<CostTracker> m_costs;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<DBusNotifier> m_notifier;
    std::unique_ptr<NotificationPolicy> m_policy;
    std::unique_ptr<ReadinessProbe> m_probe;
    QTcpServer m_ssh;

    static Instance make(Provider provider, const QString &account, const QString &id, InstanceStatus status)
    {
        Instance i;
        i.provider = provider;
        i.accountId = account;
        i.id = id;
        i.name = id;
        i.status = status;
        i.gpuCount = 1;
        if (status == InstanceStatus::Running) {
            i.sshUser = u"root"_s;
            i.sshHost = u"127.0.0.1"_s;
            i.sshPort = 22;
        }
        return i;
    }
    void feed(const QString &accountId, const QList<Instance> &instances)
    {
        m_costs->onAccountInstancesChanged(accountId, instances);
        m_policy->onAccountInstancesChanged(accountId, instances);
        m_tray->setInstances(instances);
    }
    FleetTransition transition(FleetTransition::Kind kind, const Instance &instance, InstanceStatus previous)
    {
        FleetTransition t;
        t.kind = kind;
        t.instance = instance;
        t.previousStatus = previous;
        return t;
    }
    QMenu *instanceMenu(const QString &key) const
    {
        const QList<QMenu *> menus = m_tray->menu()->findChildren<QMenu *>(u"instanceMenu"_s);
        for (QMenu *menu : menus) {
            if (menu->menuAction()->data().toString() == key)
                return menu;
        }
        return nullptr;
    }
    static QStringList actionNames(QMenu *menu)
    {
        QStringList names;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->isSeparator() && !action->objectName().isEmpty())
                names << action->objectName();
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(HowToRun);
        if (QGuiApplication::platformName() != u"xcb"_s)
            QFAIL(HowToRun);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());

        // A tray host: the watcher, with a host registered, before any tray icon is created
        // (Qt decides once per process whether the D-Bus tray is there).
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY(bus);
        m_watcher.start(u"status-notifier-watcher"_s, {});
        QVERIFY2(m_watcher.waitForStarted(),
                 "status-notifier-watcher (haskell-status-notifier-item-utils) is missing");
        QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(u"org.kde.StatusNotifierWatcher"_s).value(), 10000);
        QCOMPARE(QProcess::execute(u"dbus-send"_s,
                                   {u"--session"_s, u"--type=method_call"_s,
                                    u"--dest=org.kde.StatusNotifierWatcher"_s, u"/StatusNotifierWatcher"_s,
                                    u"org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost"_s,
                                    u"string:org.kde.StatusNotifierWatcher"_s}),
                 0);

        m_server = std::make_unique<NotificationServerDouble>(u"tst_traycontroller_server"_s);
        QVERIFY2(m_server->start(), "org.freedesktop.Notifications is taken on this bus");
        m_server->onlyApp = QGuiApplication::applicationDisplayName(); // tests running beside this one
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());

        QVERIFY(m_ssh.listen(QHostAddress::LocalHost));
        connect(&m_ssh, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_ssh.nextPendingConnection())
                socket->write("SSH-2.0-GPUFleetTest\r\n");
        });
    }

    void cleanupTestCase()
    {
        m_server.reset();
        if (m_watcher.state() != QProcess::NotRunning) {
            m_watcher.terminate();
            m_watcher.waitForFinished(5000);
        }
    }

    void init()
    {
        m_server->calls.clear();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"tray.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
        const Clock clock = [this] { return m_now; };
        m_costs = std::make_unique<CostTracker>(clock);
        m_costs->setUserPrice(Provider::Fal, u"gpu_1x_h100_sxm5"_s, 1.89);
        m_tray = std::make_unique<TrayController>();
        m_tray->setSettings(m_settings.get());
        m_tray->setCostTracker(m_costs.get());
        m_tray->setAccountLabel(u"acc1"_s, u"lab"_s);
        m_tray->setAccountLabel(u"acc2"_s, u"team"_s);
        m_notifier = std::make_unique<DBusNotifier>(m_tray.get());
        m_policy = std::make_unique<NotificationPolicy>(clock);
        m_policy->setAccountLabel(u"acc1"_s, u"lab"_s);
        m_policy->setCostLookup([this](const Instance &i) { return m_costs->cost(i).amount; });
        m_probe = std::make_unique<ReadinessProbe>();
        m_probe->setLoopbackOnly(true);
        m_probe->setBannerWaitMs(200);
        // As TrayWiring connects them.
        connect(m_policy.get(), &NotificationPolicy::probeRequested, m_probe.get(), &ReadinessProbe::probe);
        connect(m_probe.get(), &ReadinessProbe::ready, m_policy.get(), &NotificationPolicy::onProbeFinished);
        connect(m_policy.get(), &NotificationPolicy::notificationRaised, m_notifier.get(),
                &DBusNotifier::notify);
        connect(m_notifier.get(), &Notifier::actionInvoked, m_tray.get(), &TrayController::handleAction);
        connect(m_tray.get(), &TrayController::snoozeRequested, m_policy.get(), &NotificationPolicy::snooze);
        m_tray->show();
        QVERIFY(m_tray->isTrayVisible());
        QTRY_COMPARE(m_notifier->server(), DBusNotifier::Server::Present);
        QVERIFY(m_notifier->supportsActions());
    }

    void cleanup()
    {
        m_probe.reset();
        m_policy.reset();
        m_notifier.reset();
        m_tray.reset();
        m_costs.reset();
    }

    void lifecycleNotificationsCrossDBus()
    {
        Instance train = make(Provider::Novita, u"acc1"_s, u"train-1"_s, InstanceStatus::Provisioning);
        feed(u"acc1"_s, {train});
        QCOMPARE(m_tray->state(), TrayController::State::Transitioning);

        // Stuck: Novita's 20 minutes.
        m_now = m_now.addSecs(20 * 60);
        m_policy->evaluate();
        QTRY_COMPARE(m_server->count(u"taking long"_s), 1);

        // Running: the probe reaches the SSH port, then exactly one "ready" with the command.
        train = make(Provider::Novita, u"acc1"_s, u"train-1"_s, InstanceStatus::Running);
        train.sshPort = m_ssh.serverPort();
        train.startedAt = m_now;
        const QString ssh = u"ssh -p %1 root@127.0.0.1"_s.arg(m_ssh.serverPort());
        QCOMPARE(train.sshCommand(), ssh);
        m_policy->onTransition(
            transition(FleetTransition::Kind::BecameRunning, train, InstanceStatus::Provisioning));
        feed(u"acc1"_s, {train});
        QTRY_COMPARE(m_server->count(u"is ready"_s), 1);
        const NotificationServerDouble::Call ready = m_server->last(u"is ready"_s);
        QCOMPARE(ready.summary, u"train-1 is ready"_s);
        QCOMPARE(ready.body, u"train-1 on lab is ready — "_s + ssh);
        QCOMPARE(ready.actions,
                 QStringList({u"default"_s, QString(), u"copy-ssh"_s, u"Copy SSH command"_s,
                              u"open-terminal"_s, u"Open terminal"_s}));
        QCOMPARE(ready.hints.value(u"desktop-entry"_s).toString(), u"io.github.gpufleet.GpuFleet"_s);
        for (int poll = 0; poll < 5; ++poll)
            feed(u"acc1"_s, {train});

        // Still running after 4 h, with Snooze / Stop / Delete (Novita can stop).
        m_now = m_now.addSecs(4 * 3600);
        m_policy->evaluate();
        QTRY_COMPARE(m_server->count(u"still running"_s), 1);
        const NotificationServerDouble::Call still = m_server->last(u"still running"_s);
        QVERIFY(still.actions.contains(u"snooze"_s));
        QVERIFY(still.actions.contains(u"Snooze 1 h"_s));
        QVERIFY(still.actions.contains(u"stop"_s));
        QVERIFY(still.actions.contains(u"delete"_s));

        // Failure, critical urgency. It also arrives after anything sent before it, so by now a
        // second "ready" would have been recorded.
        Instance broken = make(Provider::Novita, u"acc1"_s, u"eval-2"_s, InstanceStatus::Error);
        broken.statusMessage = u"image pull failed"_s;
        m_policy->onTransition(transition(FleetTransition::Kind::Failed, broken, InstanceStatus::Starting));
        QTRY_COMPARE(m_server->count(u"failed"_s), 1);
        const NotificationServerDouble::Call failed = m_server->last(u"failed"_s);
        QCOMPARE(failed.body, u"eval-2 on lab entered an error state: image pull failed"_s);
        QCOMPARE(failed.hints.value(u"urgency"_s).toInt(), 2);
        QCOMPARE(m_server->count(u"is ready"_s), 1);

        // The user clicks "Copy SSH command" on the ready notification.
        QGuiApplication::clipboard()->setText(u"something else"_s);
        QSignalSpy invoked(m_notifier.get(), &Notifier::actionInvoked);
        m_server->invokeAction(ready.id, u"copy-ssh"_s);
        QVERIFY(invoked.wait(5000));
        QCOMPARE(invoked.at(0).at(0).toString(), u"acc1/train-1"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), ssh);
        // An id this client never sent is another application's business.
        m_server->invokeAction(9999, u"copy-ssh"_s);
        m_server->invokeAction(still.id, u"snooze"_s);
        QVERIFY(invoked.wait(5000));
        QCOMPARE(invoked.size(), 2);
        QCOMPARE(invoked.at(1).at(1).toString(), u"snooze"_s);
        // Snoozed at 4 h: nothing at 4 h 59, the next at 5 h.
        m_now = m_now.addSecs(59 * 60);
        m_policy->evaluate();
        m_now = m_now.addSecs(60);
        m_policy->evaluate();
        QTRY_COMPARE(m_server->count(u"still running"_s), 2);
    }

    void menuListsRunningInstancesWithTheirActions()
    {
        Instance fal = make(Provider::Fal, u"acc1"_s, u"fal-a"_s, InstanceStatus::Running);
        fal.sshUser = u"ubuntu"_s;
        Instance novita = make(Provider::Novita, u"acc2"_s, u"nov-b"_s, InstanceStatus::Running);
        novita.pricePerHour = 2.5;
        novita.sshPort = 31022;
        Instance nebula = make(Provider::NebulaBlock, u"acc2"_s, u"neb-c"_s, InstanceStatus::Running);
        nebula.pricePerHour = 1.28;
        const Instance stopped = make(Provider::Novita, u"acc2"_s, u"nov-d"_s, InstanceStatus::Stopped);
        m_tray->setInstances({fal, novita, nebula, stopped});

        QCOMPARE(m_tray->menu()->findChildren<QMenu *>(u"instanceMenu"_s).size(), 3);
        QMenu *falMenu = instanceMenu(fal.key());
        QVERIFY(falMenu);
        QCOMPARE(falMenu->title(), u"fal-a — lab · $1.89/h"_s);
        QCOMPARE(actionNames(falMenu),
                 QStringList({u"copySsh"_s, u"openTerminal"_s, u"delete"_s})); // fal: no stop
        QCOMPARE(actionNames(instanceMenu(novita.key())),
                 QStringList({u"copySsh"_s, u"openTerminal"_s, u"stop"_s, u"delete"_s}));
        QCOMPARE(actionNames(instanceMenu(nebula.key())),
                 QStringList({u"copySsh"_s, u"openTerminal"_s, u"stop"_s, u"delete"_s}));
        QVERIFY(!instanceMenu(stopped.key()));
        QCOMPARE(actionNames(m_tray->menu()), QStringList({u"showWindow"_s, u"refresh"_s, u"quit"_s}));

        falMenu->findChild<QAction *>(u"copySsh"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ssh ubuntu@127.0.0.1"_s);

        ScriptedPrompt confirmation;
        confirmation.answer = true;
        m_tray->setConfirmationPrompt(&confirmation);
        QSignalSpy acted(m_tray.get(), &TrayController::actionRequested);
        instanceMenu(novita.key())->findChild<QAction *>(u"stop"_s)->trigger();
        QVERIFY(acted.wait(2000));
        QCOMPARE(confirmation.asked.size(), 1);
        QCOMPARE(acted.at(0).at(0).value<FleetMonitor::Action>(), FleetMonitor::Action::Stop);
        QCOMPARE(acted.at(0).at(1).toString(), novita.key());
        QSignalSpy refresh(m_tray.get(), &TrayController::refreshRequested);
        m_tray->menu()->findChild<QAction *>(u"refresh"_s)->trigger();
        QCOMPARE(refresh.size(), 1);
        m_tray->setConfirmationPrompt(nullptr);
    }

    void tooltipCountsAndPricePerHour()
    {
        QCOMPARE(m_tray->state(), TrayController::State::Idle);
        QCOMPARE(m_tray->trayIcon()->toolTip(), u"GPU Fleet\nNothing running"_s);
        Instance novita = make(Provider::Novita, u"acc2"_s, u"nov-b"_s, InstanceStatus::Running);
        novita.pricePerHour = 2.5;
        Instance nebula = make(Provider::NebulaBlock, u"acc2"_s, u"neb-c"_s, InstanceStatus::Running);
        nebula.pricePerHour = 1.28;
        Instance unpriced = make(Provider::Novita, u"acc2"_s, u"nov-x"_s, InstanceStatus::Running);
        const Instance starting = make(Provider::Novita, u"acc2"_s, u"nov-s"_s, InstanceStatus::Starting);
        m_tray->setInstances(
            {make(Provider::Fal, u"acc1"_s, u"fal-a"_s, InstanceStatus::Running), novita, nebula});
        QCOMPARE(m_tray->state(), TrayController::State::Running);
        // By hand: 1.89 (fal, the user's price) + 2.50 + 1.28 = $5.67 per hour.
        const QString tip = m_tray->trayIcon()->toolTip();
        QVERIFY2(tip.startsWith(u"GPU Fleet\n3 running · $5.67/h"_s), qPrintable(tip));
        m_tray->setInstances({novita, nebula, unpriced, starting});
        m_tray->setAccountInError(u"acc1"_s, true);
        QCOMPARE(m_tray->state(), TrayController::State::Error);
        const QStringList lines = m_tray->toolTip().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(1).startsWith(u"3 running · $3.78/h (1 without a price"_s),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(u"1 changing state"_s));
        QVERIFY(lines.at(3).startsWith(u"1 account"_s));
        m_tray->setAccountInError(u"acc1"_s, false);
        QCOMPARE(m_tray->state(), TrayController::State::Transitioning);
    }

    void closingHidesToTrayAndSaysSoOnce()
    {
        QWidget window;
        m_tray->setWindow(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QTRY_COMPARE(m_server->count(u"GPU Fleet is still running"_s), 1);
        QVERIFY(m_settings->value(u"tray/closeHintShown"_s).toBool());
        m_tray->showWindow();
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        m_tray->showWindow();
        // The second close says nothing: sent after it, this one arrives after any second hint.
        m_policy->onBudgetExceeded(QString(), 120, 100);
        QTRY_COMPARE(m_server->count(u"Daily budget"_s), 1);
        QCOMPARE(m_server->count(u"GPU Fleet is still running"_s), 1);
        m_tray->setWindow(nullptr);
    }

    void quitWarningListsWhatKeepsBilling()
    {
        ScriptedQuitPrompt prompt;
        m_tray->setQuitPrompt(&prompt);
        QSignalSpy quit(m_tray.get(), &TrayController::quitConfirmed);
        m_tray->setInstances({make(Provider::Novita, u"acc2"_s, u"nov-b"_s, InstanceStatus::Stopped)});
        m_tray->requestQuit();
        QCOMPARE(quit.size(), 1); // nothing billing: no question
        QVERIFY(prompt.asked.isEmpty());

        Instance novita = make(Provider::Novita, u"acc2"_s, u"nov-b"_s, InstanceStatus::Running);
        novita.pricePerHour = 2.5;
        const Instance fal = make(Provider::Fal, u"acc1"_s, u"fal-a"_s, InstanceStatus::Provisioning);
        m_tray->setInstances({novita, fal});
        QWidget window;
        m_tray->setWindow(&window);
        window.show();
        prompt.quit = false;
        m_tray->requestQuit();
        QTRY_COMPARE(prompt.asked.size(), 1);
        const QuitPrompt::Question question = prompt.asked.constFirst();
        QVERIFY2(question.text.startsWith(u"2 instance"_s), qPrintable(question.text));
        QVERIFY2(question.text.contains(u"$4.39/h in total"_s), qPrintable(question.text)); // 2.50 + 1.89
        QCOMPARE(question.informativeText,
                 u"• nov-b on team (Running) — $2.50/h\n• fal-a on lab (Provisioning) — $1.89/h"_s);
        QCOMPARE(question.quitLabel, u"Quit anyway"_s);
        QCOMPARE(question.keepLabel, u"Keep running in tray"_s);
        QTRY_VERIFY(!window.isVisible()); // kept running, in the tray
        QCOMPARE(quit.size(), 1);

        prompt.quit = true;
        m_tray->requestQuit();
        QTRY_COMPARE(quit.size(), 2);
        QCOMPARE(m_tray->quitQuestion(true).keepLabel, u"Cancel logout"_s);
        m_tray->setWindow(nullptr);
        m_tray->setQuitPrompt(nullptr);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"

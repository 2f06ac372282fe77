#include "app/Application.h"
#include "app/GuiMain.h"
#include "models/InstanceTableModel.h"
#include "providers/ProviderClient.h"
#include "simulator/SimulatedCloud.h"
#include "support/ScriptedPrompt.h"
#include "widgets/ActivityLog.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The composition root end to end on the in-process simulated cloud (--demo): accounts connect,
// instances arrive and move, and the window's actions reach the provider and come back.
class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versionNeedsNoDisplay();
    void demoShowsLiveFleet();
    void instancesProgress();
    void stopAndDeleteReachTheProvider();
    void copySshCommandOfDemoInstance();
    void startRestartRefreshTerminalAndAccounts();
    void failingAccountGoesStaleAndRecovers();

private:
    [[nodiscard]] QString firstKey(Provider provider, InstanceStatus status) const;
    [[nodiscard]] QAction *action(const QString &name) const
    {
        return m_app->window()->findChild<QAction *>(name);
    }

    std::unique_ptr<Application> m_app;
    ScriptedPrompt m_prompt;
};

void TestApplication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s);
}

void TestApplication::init()
{
    m_app = std::make_unique<Application>(Application::Options{true});
    QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));
    m_prompt.answer = true;
    m_app->window()->setConfirmationPrompt(&m_prompt);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->model().rowCount() >= 10, 30000);
}

void TestApplication::cleanup()
{
    m_app.reset();
}

QString TestApplication::firstKey(Provider provider, InstanceStatus status) const
{
    for (const QString &key : m_app->model().keys()) {
        const auto instance = m_app->model().instance(key);
        if (instance && instance->provider == provider && instance->status == status)
            return key;
    }
    return {};
}

void TestApplication::versionNeedsNoDisplay()
{
    const QString binary =
        qEnvironmentVariable("GPUFLEET_BIN_DIR", QStringLiteral(GPUFLEET_BINARY_DIR) + u"/src"_s)
        + u"/gpufleet"_s;
    if (!QFile::exists(binary))
        QSKIP("the gpufleet executable is not built");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(binary, {u"--version"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArrayLiteral("gpufleet 0.1.0"));
}

void TestApplication::demoShowsLiveFleet()
{
    QVERIFY(m_app->window()->windowTitle().contains(u"Demo"_s));
    QCOMPARE(m_app->fleet().accountIds().size(), 4);
    QStringList labels;
    for (const QString &id : m_app->fleet().accountIds())
        labels << m_app->model().accountLabel(id);
    labels.sort();
    QCOMPARE(labels, (QStringList{u"fal personal"_s, u"fal team"_s, u"nebula"_s, u"novita"_s}));
    QVERIFY(m_app->simulator());
    for (const QString &id : m_app->fleet().accountIds())
        QVERIFY(m_app->fleet().client(id)->account().effectiveEndpoint().host() == u"127.0.0.1"_s);
}

void TestApplication::instancesProgress()
{
    QSignalSpy transitions(&m_app->fleet(), &FleetMonitor::transitioned);
    // A demo instance that is provisioning becomes running on its own.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(transitions.cbegin(), transitions.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.first().value<FleetTransition>().kind
                                                 == FleetTransition::Kind::BecameRunning;
                                         }),
                             60000);
    QVERIFY(m_app->window()->activityLog()->entryCount() > 0);
}

void TestApplication::stopAndDeleteReachTheProvider()
{
    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::Novita, InstanceStatus::Running).isEmpty(), 20000);
    const QString novita = firstKey(Provider::Novita, InstanceStatus::Running);
    QSignalSpy finished(&m_app->fleet(), &FleetMonitor::actionFinished);
    m_app->window()->selectKeys({novita});
    QTRY_VERIFY(action(u"stopAction"_s)->isEnabled());
    action(u"stopAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toString(), novita);
    QVERIFY2(!finished.first().at(2).value<ProviderError>().isError(),
             qPrintable(finished.first().at(2).value<ProviderError>().message()));

    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::Fal, InstanceStatus::Running).isEmpty(), 20000);
    const QString fal = firstKey(Provider::Fal, InstanceStatus::Running);
    finished.clear();
    m_app->window()->selectKeys({fal});
    QTRY_VERIFY(!action(u"stopAction"_s)->isEnabled()); // fal: delete only
    QVERIFY(action(u"deleteAction"_s)->isEnabled());
    action(u"deleteAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(2).value<ProviderError>().isError());
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->model().instance(fal)
                                 || m_app->model().instance(fal)->status == InstanceStatus::Deleting,
                             10000);
}

void TestApplication::copySshCommandOfDemoInstance()
{
    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::NebulaBlock, InstanceStatus::Running).isEmpty(), 20000);
    const QString key = firstKey(Provider::NebulaBlock, InstanceStatus::Running);
    m_app->window()->selectKeys({key});
    QTRY_VERIFY(action(u"copySshAction"_s)->isEnabled());
    action(u"copySshAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_app->model().instance(key)->sshCommand());
}

void TestApplication::startRestartRefreshTerminalAndAccounts()
{
    QSignalSpy finished(&m_app->fleet(), &FleetMonitor::actionFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::Novita, InstanceStatus::Stopped).isEmpty(), 20000);
    const QString stopped = firstKey(Provider::Novita, InstanceStatus::Stopped);
    m_app->window()->selectKeys({stopped});
    QTRY_VERIFY(action(u"startAction"_s)->isEnabled());
    action(u"startAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(1).value<FleetMonitor::Action>(), FleetMonitor::Action::Start);
    QVERIFY(!finished.last().at(2).value<ProviderError>().isError());

    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::NebulaBlock, InstanceStatus::Running).isEmpty(), 20000);
    const QString nebula = firstKey(Provider::NebulaBlock, InstanceStatus::Running);
    m_app->window()->selectKeys({nebula});
    QTRY_VERIFY(action(u"restartAction"_s)->isEnabled());
    finished.clear();
    action(u"restartAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.last().at(2).value<ProviderError>().isError());

    // Open in terminal: the configured command, with the ssh arguments in place of {cmd}.
    QList<TerminalLauncher::Launch> launched;
    m_app->terminalLauncher().setStarter([&launched](const TerminalLauncher::Launch &launch) {
        launched.append(launch);
        return true;
    });
    m_app->terminalLauncher().setConfiguredCommand(u"xterm -T gpufleet -e {cmd}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!firstKey(Provider::Novita, InstanceStatus::Running).isEmpty(), 20000);
    const QString novita = firstKey(Provider::Novita, InstanceStatus::Running);
    m_app->window()->selectKeys({novita});
    QTRY_VERIFY(action(u"openTerminalAction"_s)->isEnabled());
    action(u"openTerminalAction"_s)->trigger();
    QCOMPARE(launched.size(), 1);
    QCOMPARE(launched.first().program, u"xterm"_s);
    const Instance instance = *m_app->model().instance(novita);
    QCOMPARE(launched.first().arguments,
             (QStringList{u"-T"_s, u"gpufleet"_s, u"-e"_s, u"ssh"_s, u"-p"_s,
                          QString::number(instance.sshPort), instance.sshUser + u"@"_s + instance.sshHost}));

    // Refresh asks every account again.
    m_app->simulator()->clearRequests();
    action(u"refreshAction"_s)->trigger();
    for (Provider provider : Providers::all())
        QTRY_VERIFY(m_app->simulator()->countRequests(provider, "GET", {}) > 0);

    // Accounts… opens the dialog without blocking.
    action(u"accountsAction"_s)->trigger();
    QDialog *dialog = m_app->window()->findChild<QDialog *>(u"AccountsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestApplication::failingAccountGoesStaleAndRecovers()
{
    QString novitaId;
    for (const QString &id : m_app->fleet().accountIds()) {
        if (m_app->fleet().client(id)->provider() == Provider::Novita)
            novitaId = id;
    }
    QVERIFY(!novitaId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->model().isAccountStale(novitaId), 20000);
    SimFault fault;
    fault.kind = SimFault::Kind::HttpError;
    fault.httpStatus = 503;
    m_app->simulator()->addFault(Provider::Novita, fault);
    m_app->fleet().refreshAccount(novitaId);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->model().isAccountStale(novitaId), 20000);
    const int rows = int(m_app->fleet().instances(novitaId).size());
    QVERIFY(rows > 0); // last-known rows stay
    auto *indicator = m_app->window()->findChild<QLabel *>(u"health_"_s + novitaId);
    QVERIFY(indicator);
    QTRY_VERIFY(indicator->text().contains(u"error"_s));
    QVERIFY(indicator->toolTip().contains(u"503"_s));
    const QString dir = QStringLiteral(GPUFLEET_BINARY_DIR) + u"/screenshots"_s;
    if (QDir().mkpath(dir))
        m_app->window()->grab().save(dir + u"/demo-account-error.png"_s);

    m_app->simulator()->clearFaults();
    m_app->fleet().refreshAccount(novitaId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->model().isAccountStale(novitaId), 20000);
    QTRY_VERIFY(!indicator->text().contains(u"error"_s));
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"

#include "core/Instance.h"
#include "widgets/TerminalLauncher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Instance reachable()
{
    Instance i;
    i.provider = Provider::Novita;
    i.accountId = u"a"_s;
    i.id = u"n-1"_s;
    i.status = InstanceStatus::Running;
    i.sshUser = u"root"_s;
    i.sshHost = u"203.0.113.9"_s;
    i.sshPort = 31022;
    return i;
}

const QStringList Ssh = {u"ssh"_s, u"-p"_s, u"31022"_s, u"root@203.0.113.9"_s};
} // namespace

class TestTerminalLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sshArgumentsComeFromTheInstance();
    void resolve_data();
    void resolve();
    void launchReportsFailures();
    void launchStartsWithoutShell();

private:
    static TerminalLauncher::ExecutableFinder finder(const QStringList &present)
    {
        return [present](const QString &name) {
            return present.contains(name) ? u"/usr/bin/"_s + name : QString();
        };
    }
};

void TestTerminalLauncher::sshArgumentsComeFromTheInstance()
{
    QCOMPARE(TerminalLauncher::sshArguments(reachable()), Ssh);
    Instance port22 = reachable();
    port22.sshPort = 22;
    QCOMPARE(TerminalLauncher::sshArguments(port22), (QStringList{u"ssh"_s, u"root@203.0.113.9"_s}));
    Instance none = reachable();
    none.sshHost.clear();
    QVERIFY(TerminalLauncher::sshArguments(none).isEmpty());
}

void TestTerminalLauncher::resolve_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("envTerminal");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("configured, {cmd} as arguments")
        << u"konsole --noclose -e {cmd}"_s << u"xterm"_s << QStringList{u"xterm"_s} << u"konsole"_s
        << QStringList{u"--noclose"_s, u"-e"_s} + Ssh;
    QTest::newRow("configured, quoted {cmd} inside an argument")
        << uR"(wezterm start "--title={cmd}" -- {cmd})"_s << QString() << QStringList{} << u"wezterm"_s
        << QStringList{u"start"_s, u"--title=ssh -p 31022 root@203.0.113.9"_s, u"--"_s} + Ssh;
    QTest::newRow("configured without placeholder: appended")
        << u"gnome-terminal --"_s << QString() << QStringList{} << u"gnome-terminal"_s
        << QStringList{u"--"_s} + Ssh;
    QTest::newRow("$TERMINAL -e") << QString() << u"alacritty"_s
                                  << QStringList{u"alacritty"_s, u"x-terminal-emulator"_s} << u"alacritty"_s
                                  << QStringList{u"-e"_s} + Ssh;
    QTest::newRow("$TERMINAL missing: x-terminal-emulator")
        << QString() << u"alacritty"_s << QStringList{u"x-terminal-emulator"_s} << u"x-terminal-emulator"_s
        << QStringList{u"-e"_s} + Ssh;
    QTest::newRow("nothing") << QString() << QString() << QStringList{} << QString() << QStringList{};
}

void TestTerminalLauncher::resolve()
{
    QFETCH(QString, configured);
    QFETCH(QString, envTerminal);
    QFETCH(QStringList, present);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    TerminalLauncher launcher;
    launcher.setConfiguredCommand(configured);
    launcher.setEnvironmentTerminal(envTerminal);
    launcher.setExecutableFinder(finder(present));
    const auto launch = launcher.resolve(Ssh);
    QCOMPARE(launch.has_value(), !program.isEmpty());
    if (launch) {
        QCOMPARE(launch->program, program);
        QCOMPARE(launch->arguments, arguments);
    }
}

void TestTerminalLauncher::launchReportsFailures()
{
    TerminalLauncher launcher;
    launcher.setEnvironmentTerminal({});
    launcher.setExecutableFinder(finder({}));
    QSignalSpy failed(&launcher, &TerminalLauncher::failed);
    QVERIFY(!launcher.launch(reachable()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"terminal/command"_s));

    launcher.setConfiguredCommand(u"does-not-exist -e {cmd}"_s);
    launcher.setStarter([](const TerminalLauncher::Launch &) { return false; });
    QVERIFY(!launcher.launch(reachable()));
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.last().first().toString().contains(u"does-not-exist"_s));

    Instance unreachable = reachable();
    unreachable.sshPort = 0;
    QVERIFY(!launcher.launch(unreachable));
    QCOMPARE(failed.count(), 3);
}

void TestTerminalLauncher::launchStartsWithoutShell()
{
    TerminalLauncher launcher;
    launcher.setConfiguredCommand(u"xterm -e {cmd}"_s);
    QList<TerminalLauncher::Launch> started;
    launcher.setStarter([&started](const TerminalLauncher::Launch &launch) {
        started.append(launch);
        return true;
    });
    QSignalSpy ok(&launcher, &TerminalLauncher::started);
    QVERIFY(launcher.launch(reachable()));
    QCOMPARE(ok.count(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().program, u"xterm"_s);
    QCOMPARE(started.first().arguments, QStringList{u"-e"_s} + Ssh);

    // A host that would read as an ssh option is refused, not handed to a terminal.
    Instance hostile = reachable();
    hostile.sshUser.clear();
    hostile.sshHost = u"-oProxyCommand=touch /tmp/pwned"_s;
    QSignalSpy failed(&launcher, &TerminalLauncher::failed);
    QVERIFY(!launcher.launch(hostile));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(started.size(), 1);
}

QTEST_GUILESS_MAIN(TestTerminalLauncher)
#include "tst_terminallauncher.moc"

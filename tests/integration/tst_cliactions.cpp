#include "simulator/SimulatedCloud.h"
#include "support/CliSimFixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SettleMs = 30000;
}

// The instance actions end to end against `gpufleet-sim` in another process: stop, start and
// restart (refused for fal), delete with and without --yes, and ids the provider does not know,
// including Novita's 404 form of "not found" next to its documented 400.
class TestCliActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void stopStartRestart_data();
    void stopStartRestart();
    void falHasNoStartStopRestart_data();
    void falHasNoStartStopRestart();
    void deleteNeedsYes();
    void deleteOnEachProvider_data();
    void deleteOnEachProvider();
    void unknownInstanceIsNotFound_data();
    void unknownInstanceIsNotFound();
    void novitaNotFoundAs404();
    void noKeyAnywhere();

private:
    CliSimFixture m_fx;
    QHash<QString, QString> m_ids; // account label -> instance created by this test
};

void TestCliActions::initTestCase()
{
    const QString problem = CliHarness::keyringProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
    const QString failure = m_fx.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const QString key = m_fx.sshPublicKey();
    m_ids.insert(u"fal"_s,
                 m_fx.create(u"fal"_s, {u"--offering"_s, u"gpu_1x_h100_sxm5"_s, u"--ssh-key"_s, key}));
    m_ids.insert(u"novita"_s,
                 m_fx.create(u"novita"_s, {u"--offering"_s, m_fx.firstAvailableOffering(u"novita"_s)}));
    m_ids.insert(
        u"nebulablock"_s,
        m_fx.create(u"nebulablock"_s,
                    {u"--offering"_s, m_fx.firstAvailableOffering(u"nebulablock"_s), u"--ssh-key"_s, key}));
    m_ids.insert(
        u"novita-slow"_s,
        m_fx.create(u"novita-slow"_s, {u"--offering"_s, m_fx.firstAvailableOffering(u"novita-slow"_s)}));
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        if (!it.key().endsWith(u"-slow"_s))
            QVERIFY2(m_fx.waitForStatus(it.key(), it.value(), u"running"_s), qPrintable(m_fx.lastStatus()));
    }
}

void TestCliActions::cleanupTestCase()
{
    m_fx.tearDown({u"novita-404"_s});
}

void TestCliActions::stopStartRestart_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("novita") << u"novita"_s;
    QTest::newRow("nebulablock") << u"nebulablock"_s;
}

void TestCliActions::stopStartRestart()
{
    QFETCH(QString, account);
    const QString id = m_ids.value(account);
    const QList<QPair<QString, QString>> steps = {
        {u"stop"_s, u"stopped"_s}, {u"start"_s, u"running"_s}, {u"restart"_s, u"running"_s}};
    for (const auto &[action, settled] : steps) {
        const CliHarness::Result result = m_fx.cli().run({action, u"--account"_s, account, id});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains(id));
        QVERIFY2(m_fx.waitForStatus(account, id, settled), qPrintable(action + u": "_s + m_fx.lastStatus()));
    }
}

void TestCliActions::falHasNoStartStopRestart_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("start") << u"start"_s;
    QTest::newRow("stop") << u"stop"_s;
    QTest::newRow("restart") << u"restart"_s;
}

void TestCliActions::falHasNoStartStopRestart()
{
    QFETCH(QString, action);
    const CliHarness::Result result =
        m_fx.cli().run({action, u"--account"_s, u"fal"_s, m_ids.value(u"fal"_s)});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.err.contains(u"fal.ai"_s));
    QCOMPARE(m_fx.showJson(u"fal"_s, m_ids.value(u"fal"_s)).value(u"status"_s).toString(), u"running"_s);
}

void TestCliActions::deleteNeedsYes()
{
    const CliHarness::Result result =
        m_fx.cli().run({u"delete"_s, u"--account"_s, u"novita"_s, m_ids.value(u"novita"_s)});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.err.contains(u"--yes"_s));
    int exitCode = -1;
    QCOMPARE(m_fx.showJson(u"novita"_s, m_ids.value(u"novita"_s), &exitCode).value(u"status"_s).toString(),
             u"running"_s);
    QCOMPARE(exitCode, 0);
}

void TestCliActions::deleteOnEachProvider_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("vanishes"); // else it stays listed as "deleting"
    for (Provider provider : Providers::all())
        QTest::newRow(qPrintable(Providers::id(provider))) << Providers::id(provider) << true;
    QTest::newRow("novita, not ready yet") << u"novita-slow"_s << false;
}

void TestCliActions::deleteOnEachProvider()
{
    QFETCH(QString, account);
    QFETCH(bool, vanishes);
    const QString id = m_ids.value(account);
    const CliHarness::Result result = m_fx.cli().run({u"delete"_s, u"--account"_s, account, id, u"--yes"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(result.out.contains(id));
    // Gone from the listing once the provider has finished removing it (or at least deleting).
    const QDeadlineTimer deadline(SettleMs);
    bool done = false;
    while (!done && !deadline.hasExpired()) {
        const CliHarness::Result listed = m_fx.cli().run({u"list"_s, u"--account"_s, account, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        done = true;
        for (const QJsonValue &instance : listed.json()[u"instances"_s].toArray()) {
            const QString status = instance[u"status"_s].toString();
            if (instance[u"id"_s].toString() == id && status != u"deleted"_s
                && (vanishes || status != u"deleting"_s))
                done = false;
        }
    }
    QVERIFY(done);
}

void TestCliActions::unknownInstanceIsNotFound_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("command");
    for (const QString &account : {u"fal"_s, u"novita"_s, u"nebulablock"_s}) {
        for (const QString &command : {u"show"_s, u"delete"_s, u"ssh"_s})
            QTest::addRow("%s %s", qPrintable(account), qPrintable(command)) << account << command;
    }
    for (const QString &account : {u"novita"_s, u"nebulablock"_s}) {
        for (const QString &command : {u"start"_s, u"stop"_s, u"restart"_s})
            QTest::addRow("%s %s", qPrintable(account), qPrintable(command)) << account << command;
    }
}

void TestCliActions::unknownInstanceIsNotFound()
{
    QFETCH(QString, account);
    QFETCH(QString, command);
    QStringList arguments = {command, u"--account"_s, account, u"no-such-instance"_s};
    if (command == u"delete"_s)
        arguments << u"--yes"_s;
    const CliHarness::Result result = m_fx.cli().run(arguments);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(u"not found"_s), qPrintable(result.describe()));
    QVERIFY(result.err.contains(u"no-such-instance"_s));
    QVERIFY(result.out.isEmpty());
}

void TestCliActions::novitaNotFoundAs404()
{
    // gpufleet-sim has no switch for it, so this Novita answers from inside the test process.
    SimulatedCloud cloud;
    QVERIFY(cloud.start());
    cloud.setNovitaNotFoundStatus(404);
    const QString key = m_fx.key(u"novita"_s);
    cloud.addAccount(Provider::Novita, key);
    QList<int> statuses;
    connect(&cloud, &SimulatedCloud::requestHandled, this,
            [&statuses](const SimRequest &, int httpStatus) { statuses.append(httpStatus); });
    const CliHarness::Result added =
        m_fx.cli().addAccount(u"novita"_s, u"novita-404"_s, cloud.baseUrl(Provider::Novita).toString(), key);
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));

    for (const QString &command : {u"show"_s, u"delete"_s, u"stop"_s}) {
        statuses.clear();
        QStringList arguments = {command, u"--account"_s, u"novita-404"_s, u"gone-id"_s};
        if (command == u"delete"_s)
            arguments << u"--yes"_s;
        const CliHarness::Result result = m_fx.cli().run(arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QVERIFY2(result.err.contains(u"instance gone-id not found"_s), qPrintable(result.describe()));
        QVERIFY2(statuses.contains(404), "the simulator never answered 404");
    }
    QCOMPARE(m_fx.cli().run({u"account"_s, u"remove"_s, u"novita-404"_s}).exitCode, 0);
}

void TestCliActions::noKeyAnywhere()
{
    for (const QString &key : m_fx.keys())
        QVERIFY2(m_fx.cli().leaksOf(key).isEmpty(), qPrintable(m_fx.cli().leaksOf(key).join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cliactions.moc"

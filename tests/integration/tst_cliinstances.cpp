#include "support/CliSimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The read and create commands end to end against `gpufleet-sim` in another process: offerings,
// create on each provider with its own options, the list/show JSON contract and tables, and ssh.
// Keys live in the session's real keyring; each command is a separate gpufleet process.
class TestCliInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void offerings_data();
    void offerings();
    void createOnEachProvider();
    void listJsonContract();
    void listTable();
    void show_data();
    void show();
    void sshPrintsOnlyTheCommandLine_data();
    void sshPrintsOnlyTheCommandLine();
    void sshBeforeTheInstanceIsReachable();
    void noKeyAnywhere();

private:
    static void addProviderColumn();

    CliSimFixture m_fx;
    QHash<QString, QString> m_ids; // account label -> instance created by this test
};

void TestCliInstances::initTestCase()
{
    const QString problem = CliHarness::keyringProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
    const QString failure = m_fx.setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCliInstances::cleanupTestCase()
{
    m_fx.tearDown();
}

void TestCliInstances::addProviderColumn()
{
    QTest::addColumn<QString>("account");
    for (Provider provider : Providers::all())
        QTest::newRow(qPrintable(Providers::id(provider))) << Providers::id(provider);
}

void TestCliInstances::offerings_data()
{
    addProviderColumn();
}

void TestCliInstances::offerings()
{
    QFETCH(QString, account);
    const CliHarness::Result json = m_fx.cli().run({u"offerings"_s, u"--account"_s, account, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonArray offerings = json.json().toArray();
    QVERIFY(!offerings.isEmpty());
    for (const QJsonValue &value : offerings) {
        const QJsonObject offering = value.toObject();
        QStringList keys = offering.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList(
                     {u"available"_s, u"gpuCount"_s, u"gpuModel"_s, u"id"_s, u"name"_s, u"pricePerHour"_s}));
        QVERIFY(!offering.value(u"id"_s).toString().isEmpty());
        QVERIFY(offering.value(u"name"_s).isString());
        QVERIFY(offering.value(u"gpuModel"_s).isString());
        QVERIFY(offering.value(u"gpuCount"_s).toInt() >= 1);
        QVERIFY(offering.value(u"pricePerHour"_s).isDouble() || offering.value(u"pricePerHour"_s).isNull());
        QVERIFY(offering.value(u"available"_s).isBool());
    }
    if (account == u"fal"_s) {
        QCOMPARE(offerings.at(0).toObject().value(u"id"_s).toString(), u"gpu_1x_h100_sxm5"_s);
        QCOMPARE(offerings.at(1).toObject().value(u"id"_s).toString(), u"gpu_8x_h100_sxm5"_s);
    }

    const CliHarness::Result table = m_fx.cli().run({u"offerings"_s, u"--account"_s, account});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QCOMPARE(table.outLines().size(), offerings.size() + 1);
    QVERIFY(table.outLines().first().startsWith(u"ID"_s));
    QVERIFY2(CliHarness::misalignment(table.out).isEmpty(), qPrintable(table.out));
}

void TestCliInstances::createOnEachProvider()
{
    const auto create = [this](const QString &account, const QStringList &options) {
        const CliHarness::Result result =
            m_fx.cli().run(QStringList{u"create"_s, u"--account"_s, account, u"--json"_s} + options);
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result;
    };

    // fal: an inline SSH key; a sector only with the 8x type.
    CliHarness::Result fal =
        create(u"fal"_s, {u"--offering"_s, u"gpu_1x_h100_sxm5"_s, u"--ssh-key"_s, m_fx.sshPublicKey()});
    QCOMPARE(fal.exitCode, 0);
    QVERIFY2(CliHarness::instanceJsonProblem(fal.json()).isEmpty(), qPrintable(fal.out));
    QCOMPARE(fal.json()[u"provider"_s].toString(), u"fal"_s);
    QCOMPARE(fal.json()[u"account"_s].toString(), u"fal"_s);
    m_ids.insert(u"fal"_s, fal.json()[u"id"_s].toString());
    const CliHarness::Result fal8 = create(u"fal"_s,
                                           {u"--offering"_s, u"gpu_8x_h100_sxm5"_s, u"--sector"_s,
                                            u"sector_2"_s, u"--ssh-key"_s, m_fx.sshPublicKey()});
    QCOMPARE(fal8.exitCode, 0);
    QCOMPARE(m_fx.showJson(u"fal"_s, fal8.json()[u"id"_s].toString()).value(u"gpuCount"_s).toInt(), 8);
    QCOMPARE(m_fx.cli()
                 .run({u"delete"_s, u"--account"_s, u"fal"_s, fal8.json()[u"id"_s].toString(), u"--yes"_s})
                 .exitCode,
             0);

    // Novita: GPUs, image and disk; the name is ours.
    const QString novitaOffering = m_fx.firstAvailableOffering(u"novita"_s);
    QVERIFY(!novitaOffering.isEmpty());
    const CliHarness::Result novita = create(u"novita"_s,
                                             {u"--offering"_s, novitaOffering, u"--gpus"_s, u"2"_s,
                                              u"--image"_s, u"nvidia/cuda:12.4.1-base-ubuntu22.04"_s,
                                              u"--disk"_s, u"80"_s, u"--name"_s, u"e2e-novita"_s});
    QCOMPARE(novita.exitCode, 0);
    QVERIFY2(CliHarness::instanceJsonProblem(novita.json()).isEmpty(), qPrintable(novita.out));
    QCOMPARE(novita.json()[u"name"_s].toString(), u"e2e-novita"_s);
    m_ids.insert(u"novita"_s, novita.json()[u"id"_s].toString());
    QCOMPARE(m_fx.showJson(u"novita"_s, m_ids.value(u"novita"_s)).value(u"gpuCount"_s).toInt(), 2);

    // Nebula Block: the SSH key is registered for us and an OS image picked for the region.
    const QString nebulaOffering = m_fx.firstAvailableOffering(u"nebulablock"_s);
    QVERIFY(!nebulaOffering.isEmpty());
    const CliHarness::Result nebula = create(
        u"nebulablock"_s,
        {u"--offering"_s, nebulaOffering, u"--ssh-key"_s, m_fx.sshPublicKey(), u"--name"_s, u"e2e-nebula"_s});
    QCOMPARE(nebula.exitCode, 0);
    QVERIFY2(CliHarness::instanceJsonProblem(nebula.json()).isEmpty(), qPrintable(nebula.out));
    QCOMPARE(nebula.json()[u"name"_s].toString(), u"e2e-nebula"_s);
    m_ids.insert(u"nebulablock"_s, nebula.json()[u"id"_s].toString());

    // Without --json: one human line naming the new instance.
    const CliHarness::Result plain =
        m_fx.cli().run({u"create"_s, u"--account"_s, u"novita-slow"_s, u"--offering"_s, novitaOffering,
                        u"--name"_s, u"e2e-slow"_s});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QCOMPARE(plain.outLines().size(), 1);
    QVERIFY(plain.out.startsWith(u"Created "_s));
    m_ids.insert(u"novita-slow"_s, plain.out.section(u' ', 1, 1));
}

void TestCliInstances::listJsonContract()
{
    for (const QString &account : {u"fal"_s, u"novita"_s, u"nebulablock"_s})
        QVERIFY2(m_fx.waitForStatus(account, m_ids.value(account), u"running"_s),
                 qPrintable(m_fx.lastStatus()));

    const CliHarness::Result result = m_fx.cli().run({u"list"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject root = result.json().toObject();
    QStringList keys = root.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"errors"_s, u"instances"_s}));
    QCOMPARE(root.value(u"errors"_s).toArray().size(), 0);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &instance : root.value(u"instances"_s).toArray()) {
        const QString problem = CliHarness::instanceJsonProblem(instance);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        byId.insert(instance[u"id"_s].toString(), instance.toObject());
    }
    for (const QString &account : {u"fal"_s, u"novita"_s, u"nebulablock"_s}) {
        const QJsonObject instance = byId.value(m_ids.value(account));
        QCOMPARE(instance.value(u"account"_s).toString(), account);
        QCOMPARE(instance.value(u"provider"_s).toString(), account);
        QCOMPARE(instance.value(u"status"_s).toString(), u"running"_s);
        QVERIFY(!instance.value(u"providerStatus"_s).toString().isEmpty());
        QVERIFY(instance.value(u"sshCommand"_s).toString().startsWith(u"ssh "_s));
        QVERIFY(!instance.value(u"publicIp"_s).toString().isEmpty());
    }
    QCOMPARE(byId.value(m_ids.value(u"novita-slow"_s)).value(u"sshCommand"_s).toString(), QString());
}

void TestCliInstances::listTable()
{
    const CliHarness::Result result = m_fx.cli().run({u"list"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QStringList lines = result.outLines();
    QVERIFY(lines.first().startsWith(u"ACCOUNT"_s));
    for (const QString &column : {u"PROVIDER"_s, u"ID"_s, u"STATUS"_s, u"GPU"_s, u"PRICE"_s})
        QVERIFY(lines.first().contains(column));
    QVERIFY2(CliHarness::misalignment(result.out).isEmpty(), qPrintable(result.out));
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(result.out.contains(id), qPrintable(id));
    // Accounts in label order, the same on every run.
    QVERIFY(lines.at(1).startsWith(u"fal "_s));
    QVERIFY(lines.last().startsWith(u"novita-slow "_s));
}

void TestCliInstances::show_data()
{
    addProviderColumn();
}

void TestCliInstances::show()
{
    QFETCH(QString, account);
    const QString id = m_ids.value(account);
    int exitCode = -1;
    const QJsonObject instance = m_fx.showJson(account, id, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(CliHarness::instanceJsonProblem(instance).isEmpty(),
             qPrintable(CliHarness::instanceJsonProblem(instance)));
    QCOMPARE(instance.value(u"id"_s).toString(), id);
    QCOMPARE(instance.value(u"account"_s).toString(), account);

    const CliHarness::Result details = m_fx.cli().run({u"show"_s, u"--account"_s, account, id});
    QVERIFY2(details.exitCode == 0, qPrintable(details.describe()));
    QVERIFY(details.out.contains(u"ID:"_s));
    QVERIFY(details.out.contains(id));
    QVERIFY(details.out.contains(instance.value(u"sshCommand"_s).toString()));
}

void TestCliInstances::sshPrintsOnlyTheCommandLine_data()
{
    addProviderColumn();
}

void TestCliInstances::sshPrintsOnlyTheCommandLine()
{
    QFETCH(QString, account);
    const QString id = m_ids.value(account);
    QVERIFY2(m_fx.waitForStatus(account, id, u"running"_s), qPrintable(m_fx.lastStatus()));
    const QString expected = m_fx.showJson(account, id).value(u"sshCommand"_s).toString();

    const CliHarness::Result result = m_fx.cli().run({u"ssh"_s, u"--account"_s, account, id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.out, expected + u'\n');
    QVERIFY(result.err.isEmpty());
    static const QRegularExpression shape(uR"(^ssh (-p \d+ )?[a-z_][a-z0-9_-]*@127\.\d+\.\d+\.\d+$)"_s);
    QVERIFY2(shape.match(expected).hasMatch(), qPrintable(expected));
}

void TestCliInstances::sshBeforeTheInstanceIsReachable()
{
    const QString id = m_ids.value(u"novita-slow"_s);
    QVERIFY(!id.isEmpty());
    const CliHarness::Result result = m_fx.cli().run({u"ssh"_s, u"--account"_s, u"novita-slow"_s, id});
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"not reachable"_s), qPrintable(result.describe()));
}

void TestCliInstances::noKeyAnywhere()
{
    for (const QString &key : m_fx.keys())
        QVERIFY2(m_fx.cli().leaksOf(key).isEmpty(), qPrintable(m_fx.cli().leaksOf(key).join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cliinstances.moc"

#include "support/CliHarness.h"
#include "support/ScriptedHttpServer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Every usage and validation error of the CLI: exit code 2, a message naming what is wrong, and
// not one request sent. The accounts point at a scripted server in this process that records
// everything it receives; a refused command must leave it untouched.
class TestCliValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void privateKeyIsNeverPrinted_data();
    void privateKeyIsNeverPrinted();
    void aValidCommandDoesReachTheServer();
    void noKeyAnywhere();

private:
    [[nodiscard]] QString keygen(const QString &name, const QStringList &options);

    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<ScriptedHttpServer> m_server;
    QString m_apiKey;
    QString m_publicKey;
    QString m_privateEd25519;
    QString m_privateRsaPem;
    QString m_notAKey;
};

QString TestCliValidation::keygen(const QString &name, const QStringList &options)
{
    const QString path = m_cli->tempPath(name);
    QProcess process;
    process.start(u"ssh-keygen"_s,
                  QStringList{u"-q"_s, u"-N"_s, u""_s, u"-C"_s, u"e2e@gpufleet"_s, u"-f"_s, path} + options);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return path;
}

void TestCliValidation::initTestCase()
{
    const QString problem = CliHarness::keyringProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
    m_cli = std::make_unique<CliHarness>();
    QVERIFY(m_cli->isValid());
    m_server = std::make_unique<ScriptedHttpServer>();
    m_apiKey = u"trap-"_s + QUuid::createUuid().toString(QUuid::Id128);

    const QList<QPair<QString, QString>> accounts = {
        {u"fal"_s, u"/v1"_s}, {u"novita"_s, u"/gpu-instance/openapi/v1"_s}, {u"nebulablock"_s, u"/api/v1"_s}};
    for (const auto &[provider, path] : accounts) {
        const CliHarness::Result added = m_cli->addAccount(provider, provider, m_server->url(path).toString(),
                                                           m_apiKey, {u"--no-verify"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }
    QCOMPARE(m_server->requests().size(), 0);

    m_privateEd25519 = keygen(u"id_ed25519"_s, {u"-t"_s, u"ed25519"_s});
    QVERIFY(!m_privateEd25519.isEmpty());
    m_publicKey = m_privateEd25519 + u".pub"_s;
    m_privateRsaPem = keygen(u"id_rsa_pem"_s, {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s, u"-m"_s, u"PEM"_s});
    QVERIFY(!m_privateRsaPem.isEmpty());
    QVERIFY(QFile::remove(m_privateRsaPem + u".pub"_s)); // no sibling to suggest
    m_notAKey = m_cli->tempPath(u"notes.pub"_s);
    QFile notes(m_notAKey);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("remember to buy milk\n");
}

void TestCliValidation::cleanupTestCase()
{
    if (!m_cli)
        return;
    for (const QString &label : {u"fal"_s, u"novita"_s, u"nebulablock"_s})
        m_cli->run({u"account"_s, u"remove"_s, label});
}

void TestCliValidation::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of stderr

    const auto create = [](const QString &account, const QString &offering, const QStringList &more) {
        return QStringList{u"create"_s, u"--account"_s, account, u"--offering"_s, offering, u"--json"_s}
        + more;
    };
    const QString fal1x = u"gpu_1x_h100_sxm5"_s;
    const QString fal8x = u"gpu_8x_h100_sxm5"_s;
    const QString key = m_publicKey;

    // Unknown or missing accounts.
    QTest::newRow("show, unknown account")
        << QStringList{u"show"_s, u"--account"_s, u"nobody"_s, u"x"_s} << u"nobody"_s;
    QTest::newRow("create, unknown account") << create(u"nobody"_s, fal1x, {}) << u"nobody"_s;
    QTest::newRow("stop, unknown account")
        << QStringList{u"stop"_s, u"--account"_s, u"nobody"_s, u"x"_s} << u"nobody"_s;
    QTest::newRow("delete, unknown account")
        << QStringList{u"delete"_s, u"--account"_s, u"nobody"_s, u"x"_s, u"--yes"_s} << u"nobody"_s;
    QTest::newRow("ssh, unknown account")
        << QStringList{u"ssh"_s, u"--account"_s, u"nobody"_s, u"x"_s} << u"nobody"_s;
    QTest::newRow("offerings, unknown account")
        << QStringList{u"offerings"_s, u"--account"_s, u"nobody"_s} << u"nobody"_s;
    QTest::newRow("list, unknown account")
        << QStringList{u"list"_s, u"--account"_s, u"nobody"_s, u"--json"_s} << u"nobody"_s;
    QTest::newRow("show, no account") << QStringList{u"show"_s, u"x"_s} << u"--account"_s;
    QTest::newRow("offerings, no account") << QStringList{u"offerings"_s} << u"--account"_s;

    // Options a provider does not take, named with the provider.
    QTest::newRow("fal --name") << create(u"fal"_s, fal1x, {u"--ssh-key"_s, key, u"--name"_s, u"x"_s})
                                << u"fal.ai does not take --name"_s;
    QTest::newRow("fal --gpus") << create(u"fal"_s, fal1x, {u"--ssh-key"_s, key, u"--gpus"_s, u"2"_s})
                                << u"fal.ai does not take --gpus"_s;
    QTest::newRow("fal --image") << create(u"fal"_s, fal1x, {u"--ssh-key"_s, key, u"--image"_s, u"x"_s})
                                 << u"fal.ai does not take --image"_s;
    QTest::newRow("fal --disk") << create(u"fal"_s, fal1x, {u"--ssh-key"_s, key, u"--disk"_s, u"50"_s})
                                << u"fal.ai does not take --disk"_s;
    QTest::newRow("novita --ssh-key") << create(u"novita"_s, u"4090.16c62g"_s, {u"--ssh-key"_s, key})
                                      << u"Novita AI does not take --ssh-key"_s;
    QTest::newRow("novita --sector") << create(u"novita"_s, u"4090.16c62g"_s, {u"--sector"_s, u"sector_1"_s})
                                     << u"Novita AI does not take --sector"_s;
    QTest::newRow("nebula --gpus") << create(u"nebulablock"_s, u"p1"_s,
                                             {u"--ssh-key"_s, key, u"--gpus"_s, u"2"_s})
                                   << u"Nebula Block does not take --gpus"_s;
    QTest::newRow("nebula --disk") << create(u"nebulablock"_s, u"p1"_s,
                                             {u"--ssh-key"_s, key, u"--disk"_s, u"50"_s})
                                   << u"Nebula Block does not take --disk"_s;
    QTest::newRow("nebula --sector") << create(u"nebulablock"_s, u"p1"_s,
                                               {u"--ssh-key"_s, key, u"--sector"_s, u"sector_1"_s})
                                     << u"Nebula Block does not take --sector"_s;

    // fal's own rules.
    QTest::newRow("fal 1x with --sector")
        << create(u"fal"_s, fal1x, {u"--ssh-key"_s, key, u"--sector"_s, u"sector_1"_s}) << u"--sector"_s;
    QTest::newRow("fal unknown sector")
        << create(u"fal"_s, fal8x, {u"--ssh-key"_s, key, u"--sector"_s, u"sector_9"_s}) << u"--sector"_s;
    QTest::newRow("fal without --ssh-key") << create(u"fal"_s, fal1x, {}) << u"--ssh-key"_s;
    QTest::newRow("fal unknown type")
        << create(u"fal"_s, u"gpu_2x_h100_sxm5"_s, {u"--ssh-key"_s, key}) << u"gpu_1x_h100_sxm5"_s;
    QTest::newRow("no --offering") << QStringList{u"create"_s, u"--account"_s, u"novita"_s}
                                   << u"--offering"_s;
    QTest::newRow("nebula without --ssh-key") << create(u"nebulablock"_s, u"p1"_s, {}) << u"--ssh-key"_s;

    // SSH key files that are not OpenSSH public keys.
    QTest::newRow("fal, not a key") << create(u"fal"_s, fal1x, {u"--ssh-key"_s, m_notAKey}) << u"--ssh-key"_s;
    QTest::newRow("fal, missing file")
        << create(u"fal"_s, fal1x, {u"--ssh-key"_s, m_cli->tempPath(u"nope.pub"_s)}) << u"--ssh-key"_s;
    QTest::newRow("fal, a directory")
        << create(u"fal"_s, fal1x, {u"--ssh-key"_s, m_cli->tempPath({})}) << u"--ssh-key"_s;

    // Values out of range.
    QTest::newRow("novita --gpus 0") << create(u"novita"_s, u"4090.16c62g"_s, {u"--gpus"_s, u"0"_s})
                                     << u"--gpus"_s;
    QTest::newRow("novita --gpus 9") << create(u"novita"_s, u"4090.16c62g"_s, {u"--gpus"_s, u"9"_s})
                                     << u"--gpus"_s;
    QTest::newRow("novita --gpus abc")
        << create(u"novita"_s, u"4090.16c62g"_s, {u"--gpus"_s, u"abc"_s}) << u"--gpus"_s;
    QTest::newRow("novita --disk 5") << create(u"novita"_s, u"4090.16c62g"_s, {u"--disk"_s, u"5"_s})
                                     << u"--disk"_s;
    QTest::newRow("novita --disk abc")
        << create(u"novita"_s, u"4090.16c62g"_s, {u"--disk"_s, u"abc"_s}) << u"--disk"_s;
    QTest::newRow("novita bad --name")
        << create(u"novita"_s, u"4090.16c62g"_s, {u"--name"_s, u"bad name!"_s}) << u"--name"_s;
    QTest::newRow("nebula bad --name")
        << create(u"nebulablock"_s, u"p1"_s, {u"--ssh-key"_s, key, u"--name"_s, u"-leading-hyphen"_s})
        << u"--name"_s;

    // Actions fal does not have, and delete without --yes.
    for (const QString &action : {u"start"_s, u"stop"_s, u"restart"_s})
        QTest::addRow("fal %s", qPrintable(action))
            << QStringList{action, u"--account"_s, u"fal"_s, u"inst_1"_s}
            << u"fal.ai does not support "_s + action;
    for (const QString &account : {u"fal"_s, u"novita"_s, u"nebulablock"_s})
        QTest::addRow("%s delete without --yes", qPrintable(account))
            << QStringList{u"delete"_s, u"--account"_s, account, u"x"_s} << u"--yes"_s;

    // Command-line shape.
    QTest::newRow("show without id") << QStringList{u"show"_s, u"--account"_s, u"fal"_s} << u"argument"_s;
    QTest::newRow("show with two ids")
        << QStringList{u"show"_s, u"--account"_s, u"fal"_s, u"a"_s, u"b"_s} << u"argument"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing option value") << QStringList{u"offerings"_s, u"--account"_s} << u"--account"_s;
    QTest::newRow("ssh --json") << QStringList{u"ssh"_s, u"--account"_s, u"fal"_s, u"x"_s, u"--json"_s}
                                << u"json"_s;
}

void TestCliValidation::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_server->clearRequests();

    const CliHarness::Result result = m_cli->run(arguments);

    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    // A request would have been answered (the server runs while run() waits) before the process
    // could finish with its answer, so it is recorded by now.
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliValidation::privateKeyIsNeverPrinted_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("offering");
    QTest::newRow("fal, OpenSSH ed25519") << u"fal"_s << m_privateEd25519 << u"gpu_1x_h100_sxm5"_s;
    QTest::newRow("fal, PEM RSA") << u"fal"_s << m_privateRsaPem << u"gpu_8x_h100_sxm5"_s;
    QTest::newRow("nebula, OpenSSH ed25519") << u"nebulablock"_s << m_privateEd25519 << u"p1"_s;
    QTest::newRow("nebula, PEM RSA") << u"nebulablock"_s << m_privateRsaPem << u"p1"_s;
}

void TestCliValidation::privateKeyIsNeverPrinted()
{
    QFETCH(QString, account);
    QFETCH(QString, keyFile);
    QFETCH(QString, offering);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    m_server->clearRequests();

    const CliHarness::Result result = m_cli->run({u"create"_s, u"--account"_s, account, u"--offering"_s,
                                                  offering, u"--ssh-key"_s, keyFile, u"--json"_s});

    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(u"private"_s), qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    const QString printed = result.out + result.err;
    QVERIFY(!printed.contains(u"BEGIN"_s));
    for (const QByteArray &line : lines) {
        // Every line of key material (the armour lines are checked above).
        if (line.size() >= 16)
            QVERIFY2(!printed.contains(QString::fromLatin1(line.left(16))),
                     "a line of the private key was printed");
    }
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliValidation::aValidCommandDoesReachTheServer()
{
    // The control for the checks above: the same accounts do reach the trap when nothing is wrong.
    m_server->clearRequests();
    const CliHarness::Result result = m_cli->run({u"stop"_s, u"--account"_s, u"novita"_s, u"x"_s});
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY(!m_server->requests().isEmpty());
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer " + m_apiKey.toUtf8());
}

void TestCliValidation::noKeyAnywhere()
{
    QVERIFY2(m_cli->leaksOf(m_apiKey).isEmpty(), qPrintable(m_cli->leaksOf(m_apiKey).join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCliValidation)
#include "tst_clivalidation.moc"

#include "core/AccountStore.h"
#include "core/KeychainSecretStore.h"
#include "support/CliHarness.h"
#include "support/ScriptedHttpServer.h"
#include "support/SimulatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
// The simulator's --demo-keys tenants (each with a few instances).
const QString FalKey = u"fal-demo-key"_s;
const QString NovitaKey = u"sk_demo_novita"_s;
const QString NebulaKey = u"ak_demo_nebula"_s;

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

// `gpufleet account add|list|remove` end to end: real gpufleet processes, keys through stdin into
// the session's real keyring (tests/with-keyring.sh), read back by later processes; plus the
// one-failing-account rule of `list` and the promise that no key lands on disk or in any output.
class TestCliAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void addVerifiesEachKeyAndStoresItInTheKeychain();
    void accountListJsonNeverShowsAKey();
    void accountListTableIsAligned();
    void addWithNoVerifySendsNothing();
    void wrongKeyIsRefusedAndNothingSaved();
    void addUsageErrors_data();
    void addUsageErrors();
    void listOneAccount();
    void wrongKeyForOneAccountHidesNoOtherAccount();
    void removeDeletesTheKeyFromTheKeychain();
    void removeUnknownAccountIsUsageError();
    void keychainUnavailableIsFailureAndSavesNothing();
    void noKeyAnywhere();

private:
    [[nodiscard]] QJsonArray accountList();
    [[nodiscard]] std::optional<SecretResult> readKeychain(const QString &accountId);

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<ScriptedHttpServer> m_trap; // must never be asked anything
    QString m_wrongKey;
};

void TestCliAccounts::initTestCase()
{
    const QString problem = CliHarness::keyringProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start({u"--demo-keys"_s, u"--step-ms"_s, u"50"_s, u"--no-ssh-greeters"_s}),
             qPrintable(m_sim->error()));
    m_cli = std::make_unique<CliHarness>();
    QVERIFY(m_cli->isValid());
    m_trap = std::make_unique<ScriptedHttpServer>();
    m_wrongKey = u"wrong-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

void TestCliAccounts::cleanupTestCase()
{
    // Leave the session keyring as we found it.
    if (m_cli) {
        for (const QJsonValue &account : accountList())
            m_cli->run({u"account"_s, u"remove"_s, account.toObject().value(u"label"_s).toString()});
    }
}

QJsonArray TestCliAccounts::accountList()
{
    const CliHarness::Result result = m_cli->run({u"account"_s, u"list"_s, u"--json"_s});
    if (result.exitCode != 0)
        qWarning() << result.describe();
    return result.json().toArray();
}

std::optional<SecretResult> TestCliAccounts::readKeychain(const QString &accountId)
{
    KeychainSecretStore keychain;
    std::optional<SecretResult> read;
    keychain.readSecret(accountId, this, [&read](const SecretResult &result) { read = result; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 20000))
        qWarning() << "the keychain did not answer within 20 s";
    return read;
}

void TestCliAccounts::addVerifiesEachKeyAndStoresItInTheKeychain()
{
    const QList<std::tuple<QString, QString, QString>> accounts = {
        {u"fal"_s, u"fal-team"_s, FalKey},
        {u"novita"_s, u"novita-team"_s, NovitaKey},
        {u"nebulablock"_s, u"nebula-team"_s, NebulaKey},
    };
    for (const auto &[provider, label, key] : accounts) {
        const Provider which = *Providers::fromId(provider);
        const CliHarness::Result added = m_cli->addAccount(provider, label, m_sim->baseUrl(which), key);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QVERIFY2(added.out.contains(label), qPrintable(added.describe()));
    }

    // A later process reads every key back from the keychain: each account lists its instances.
    const CliHarness::Result listed = m_cli->run({u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonObject root = listed.json().toObject();
    QCOMPARE(sortedKeys(root), QStringList({u"errors"_s, u"instances"_s}));
    QCOMPARE(root.value(u"errors"_s).toArray().size(), 0);
    QSet<QString> accountsSeen;
    for (const QJsonValue &instance : root.value(u"instances"_s).toArray()) {
        const QString problem = CliHarness::instanceJsonProblem(instance);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        accountsSeen.insert(instance.toObject().value(u"account"_s).toString());
    }
    QCOMPARE(accountsSeen, QSet<QString>({u"fal-team"_s, u"novita-team"_s, u"nebula-team"_s}));
    QVERIFY(listed.err.isEmpty());

    // The keychain entry is under the account's id (service "gpufleet"), with the key as typed.
    AccountStore store(m_cli->settingsFile());
    const std::optional<Account> novita = store.byLabel(u"novita-team"_s);
    QVERIFY(novita.has_value());
    const std::optional<SecretResult> secret = readKeychain(novita->id);
    QVERIFY(secret.has_value());
    QVERIFY2(secret->ok(), qPrintable(secret->userMessage()));
    QVERIFY(secret->value == NovitaKey);
}

void TestCliAccounts::accountListJsonNeverShowsAKey()
{
    const QJsonArray accounts = accountList();
    QCOMPARE(accounts.size(), 3);
    const QStringList expectedLabels = {u"fal-team"_s, u"nebula-team"_s, u"novita-team"_s}; // sorted by label
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        QCOMPARE(sortedKeys(account), QStringList({u"enabled"_s, u"endpoint"_s, u"label"_s, u"provider"_s}));
        QCOMPARE(account.value(u"label"_s).toString(), expectedLabels.at(i));
        const Provider provider = *Providers::fromId(account.value(u"provider"_s).toString());
        QCOMPARE(account.value(u"endpoint"_s).toString(), m_sim->baseUrl(provider));
        QVERIFY(account.value(u"enabled"_s).isBool());
        QVERIFY(account.value(u"enabled"_s).toBool());
    }
}

void TestCliAccounts::accountListTableIsAligned()
{
    const CliHarness::Result result = m_cli->run({u"account"_s, u"list"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QStringList lines = result.outLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith(u"LABEL"_s));
    QVERIFY(lines.first().contains(u"ENDPOINT"_s));
    QVERIFY2(CliHarness::misalignment(result.out).isEmpty(), qPrintable(result.out));
    QVERIFY(lines.at(3).startsWith(u"novita-team"_s));
    QVERIFY(lines.at(3).contains(m_sim->baseUrl(Provider::Novita)));
}

void TestCliAccounts::addWithNoVerifySendsNothing()
{
    const CliHarness::Result added = m_cli->addAccount(
        u"fal"_s, u"unverified"_s, m_trap->url(u"/v1"_s).toString(), m_wrongKey, {u"--no-verify"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QCOMPARE(m_trap->requests().size(), 0);
    QCOMPARE(accountList().size(), 4);

    const CliHarness::Result removed = m_cli->run({u"account"_s, u"remove"_s, u"unverified"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(m_trap->requests().size(), 0);
}

void TestCliAccounts::wrongKeyIsRefusedAndNothingSaved()
{
    for (Provider provider : Providers::all()) {
        const CliHarness::Result added =
            m_cli->addAccount(Providers::id(provider), u"rejected"_s, m_sim->baseUrl(provider), m_wrongKey);
        QVERIFY2(added.exitCode == 1, qPrintable(added.describe()));
        QVERIFY2(added.err.contains(u"nothing was saved"_s), qPrintable(added.describe()));
        QVERIFY(added.out.isEmpty());
    }
    for (const QJsonValue &account : accountList())
        QVERIFY(account.toObject().value(u"label"_s).toString() != u"rejected"_s);
    QFile file(m_cli->settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("rejected"));
}

void TestCliAccounts::addUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QByteArray key = "some-key\n";
    const auto add = [](const QString &provider, const QString &label) {
        return QStringList{u"account"_s, u"add"_s, u"--provider"_s, provider, u"--label"_s, label};
    };
    QTest::newRow("duplicate label") << add(u"fal"_s, u"fal-team"_s) << key << u"--label"_s;
    QTest::newRow("duplicate label, other case") << add(u"novita"_s, u"FAL-TEAM"_s) << key << u"already"_s;
    QTest::newRow("unknown provider") << add(u"aws"_s, u"aws"_s) << key << u"--provider"_s;
    QTest::newRow("no provider") << QStringList{u"account"_s, u"add"_s, u"--label"_s, u"x"_s} << key
                                 << u"--provider"_s;
    QTest::newRow("empty label") << add(u"fal"_s, u"  "_s) << key << u"label"_s;
    QTest::newRow("empty stdin") << add(u"fal"_s, u"new-one"_s) << QByteArray() << u"standard input"_s;
    QTest::newRow("blank first line")
        << add(u"fal"_s, u"new-one"_s) << QByteArray("\n") << u"standard input"_s;
    QTest::newRow("plain http to another host")
        << add(u"fal"_s, u"new-one"_s) + QStringList{u"--endpoint"_s, u"http://example.com/v1"_s} << key
        << u"--endpoint"_s;
    QTest::newRow("not a URL") << add(u"fal"_s, u"new-one"_s) + QStringList{u"--endpoint"_s, u"::"_s} << key
                               << u"--endpoint"_s;
    QTest::newRow("bad SSH user") << add(u"fal"_s, u"new-one"_s) + QStringList{u"--ssh-user"_s, u"a b;c"_s}
                                  << key << u"--ssh-user"_s;
    QTest::newRow("positional argument")
        << add(u"fal"_s, u"new-one"_s) + QStringList{u"extra"_s} << key << u"argument"_s;
    QTest::newRow("no verb") << QStringList{u"account"_s} << key << u"usage"_s;
    QTest::newRow("unknown verb") << QStringList{u"account"_s, u"rename"_s} << key << u"usage"_s;
}

void TestCliAccounts::addUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    // Every account here would point at the trap: a usage error must not reach it.
    QStringList withEndpoint = arguments;
    if (arguments.value(1) == u"add"_s && !arguments.contains(u"--endpoint"_s))
        withEndpoint << u"--endpoint"_s << m_trap->url(u"/v1"_s).toString();

    const CliHarness::Result result = m_cli->run(withEndpoint, input);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_trap->requests().size(), 0);
    QCOMPARE(accountList().size(), 3);
}

void TestCliAccounts::listOneAccount()
{
    const CliHarness::Result result = m_cli->run({u"list"_s, u"--account"_s, u"nebula-team"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray instances = result.json().toObject().value(u"instances"_s).toArray();
    QVERIFY(!instances.isEmpty());
    for (const QJsonValue &instance : instances) {
        QCOMPARE(instance.toObject().value(u"account"_s).toString(), u"nebula-team"_s);
        QCOMPARE(instance.toObject().value(u"provider"_s).toString(), u"nebulablock"_s);
    }

    const CliHarness::Result table = m_cli->run({u"list"_s, u"--account"_s, u"nebula-team"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QCOMPARE(table.outLines().size(), instances.size() + 1);
    QVERIFY2(CliHarness::misalignment(table.out).isEmpty(), qPrintable(table.out));

    const CliHarness::Result unknown = m_cli->run({u"list"_s, u"--account"_s, u"nobody"_s});
    QVERIFY2(unknown.exitCode == 2, qPrintable(unknown.describe()));
    QVERIFY(unknown.err.contains(u"nobody"_s));
}

void TestCliAccounts::wrongKeyForOneAccountHidesNoOtherAccount()
{
    const CliHarness::Result added = m_cli->addAccount(
        u"fal"_s, u"fal-stale"_s, m_sim->baseUrl(Provider::Fal), m_wrongKey, {u"--no-verify"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));

    const CliHarness::Result json = m_cli->run({u"list"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
    const QJsonObject root = json.json().toObject();
    const QJsonArray errors = root.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(sortedKeys(error), QStringList({u"account"_s, u"message"_s, u"provider"_s}));
    QCOMPARE(error.value(u"account"_s).toString(), u"fal-stale"_s);
    QCOMPARE(error.value(u"provider"_s).toString(), u"fal"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY2(json.err.contains(u"fal-stale"_s), qPrintable(json.describe()));
    QSet<QString> accountsSeen;
    for (const QJsonValue &instance : root.value(u"instances"_s).toArray())
        accountsSeen.insert(instance.toObject().value(u"account"_s).toString());
    QCOMPARE(accountsSeen, QSet<QString>({u"fal-team"_s, u"novita-team"_s, u"nebula-team"_s}));

    // The table still shows the other accounts' instances; the failure goes to stderr.
    const CliHarness::Result table = m_cli->run({u"list"_s});
    QVERIFY2(table.exitCode == 1, qPrintable(table.describe()));
    QVERIFY(table.out.contains(u"novita-team"_s));
    QVERIFY(table.out.contains(u"nebula-team"_s));
    QVERIFY(!table.out.contains(u"fal-stale"_s));
    QVERIFY2(table.err.startsWith(u"gpufleet: fal-stale: "_s), qPrintable(table.describe()));
    QVERIFY2(CliHarness::misalignment(table.out).isEmpty(), qPrintable(table.out));

    const CliHarness::Result removed = m_cli->run({u"account"_s, u"remove"_s, u"fal-stale"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
}

void TestCliAccounts::removeDeletesTheKeyFromTheKeychain()
{
    const CliHarness::Result added =
        m_cli->addAccount(u"novita"_s, u"short-lived"_s, m_sim->baseUrl(Provider::Novita), NovitaKey);
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const std::optional<Account> account = AccountStore(m_cli->settingsFile()).byLabel(u"short-lived"_s);
    QVERIFY(account.has_value());
    QFile settings(m_cli->settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray withAccount = settings.readAll();
    settings.close();

    const CliHarness::Result removed = m_cli->run({u"account"_s, u"remove"_s, u"short-lived"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(accountList().size(), 3);
    const std::optional<SecretResult> secret = readKeychain(account->id);
    QVERIFY(secret.has_value());
    QCOMPARE(secret->error, SecretError::NotFound);

    // Put the account's settings back (as a stale copy of the file would): it has no key any more.
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write(withAccount);
    settings.close();
    const CliHarness::Result listed = m_cli->run({u"list"_s, u"--account"_s, u"short-lived"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 1, qPrintable(listed.describe()));
    const QJsonArray errors = listed.json().toObject().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().toObject().value(u"message"_s).toString().contains(u"key"_s));
    QVERIFY(m_cli->run({u"account"_s, u"remove"_s, u"short-lived"_s}).exitCode == 0);
    QCOMPARE(accountList().size(), 3);
}

void TestCliAccounts::removeUnknownAccountIsUsageError()
{
    const CliHarness::Result result = m_cli->run({u"account"_s, u"remove"_s, u"nobody"_s});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.err.contains(u"nobody"_s));
    const CliHarness::Result noLabel = m_cli->run({u"account"_s, u"remove"_s});
    QVERIFY2(noLabel.exitCode == 2, qPrintable(noLabel.describe()));
}

void TestCliAccounts::keychainUnavailableIsFailureAndSavesNothing()
{
    // A bus with no Secret Service behind it: QtKeychain cannot reach any keychain.
    const QHash<QString, QString> noKeychain = {
        {u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_cli->tempPath(u"no-such-bus"_s)}};
    const CliHarness::Result added =
        m_cli->run({u"account"_s, u"add"_s, u"--provider"_s, u"fal"_s, u"--label"_s, u"no-keychain"_s,
                    u"--endpoint"_s, m_trap->url(u"/v1"_s).toString(), u"--no-verify"_s},
                   m_wrongKey.toUtf8() + '\n', noKeychain);
    QVERIFY2(added.exitCode == 1, qPrintable(added.describe()));
    QVERIFY2(added.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(added.describe()));
    QCOMPARE(accountList().size(), 3);

    const CliHarness::Result listed = m_cli->run({u"list"_s, u"--json"_s}, {}, noKeychain);
    QVERIFY2(listed.exitCode == 1, qPrintable(listed.describe()));
    QCOMPARE(listed.json().toObject().value(u"errors"_s).toArray().size(), 3);
    QCOMPARE(m_trap->requests().size(), 0);
}

void TestCliAccounts::noKeyAnywhere()
{
    for (const QString &key : {FalKey, NovitaKey, NebulaKey, m_wrongKey})
        QVERIFY2(m_cli->leaksOf(key).isEmpty(), qPrintable(m_cli->leaksOf(key).join(u", "_s)));
    QVERIFY(QFile::exists(m_cli->settingsFile()));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"

#include "cli/CliRunner.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "fleet/FleetMonitor.h"
#include "fleet/InstanceCache.h"
#include "fleet/SshConfigWriter.h"
#include "keychain/PlainTextScan.h"
#include "models/InstanceTableModel.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "simulator/SimulatedCloud.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
const QList<Provider> AllProviders{Provider::Fal, Provider::Novita, Provider::NebulaBlock};
QStringList *s_log = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // Captured, not printed: if a secret did leak into a log line, the test output must not
    // repeat it.
    if (s_log)
        s_log->append(QLatin1StringView(context.category ? context.category : "default") + u": "_s + message);
}
} // namespace

// Recognisable keys on three accounts; every CLI command, then a fleet session with errors
// forced, with every gpufleet.* logging category at debug level. Afterwards the keys, the Novita
// and Nebula SSH passwords (read from the simulator through the clients) and a private key's body
// must appear in no output, no Qt message and no file under the (private) config, data and cache
// folders: settings, the saved fleet, the SSH config.
class TestSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyCliCommandLeaksNothing();
    void fleetSessionWithErrorsLeaksNothing();
    void nothingOnDiskOrInTheLog();

private:
    struct CliRun
    {
        int code = -1;
        QString out;
        QString err;
    };
    CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    QString account(Provider provider) const { return Providers::id(provider); }
    // Names (never values) of the secrets found in `text`.
    QStringList leaksIn(const QString &text) const;
    void collectPasswords();

    QTemporaryDir m_home;
    SimulatedCloud m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountStore> m_accounts;
    InMemorySecretStore m_secretStore;
    QHash<Provider, QString> m_keys;
    QList<QPair<QString, QString>> m_secrets; // name, value
    QString m_transcript;                     // every CLI stdout and stderr
    QStringList m_log;
    QString m_publicKeyFile;
    QString m_privateKeyFile;
};

void TestSecretLeak::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the code under test writes lands in here, where the scan looks.
    const QString home = m_home.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + u"/.config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + u"/.local/share"_s));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + u"/.cache"_s));
    s_log = &m_log;
    qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"gpufleet.*=true"_s);

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_keys = {{Provider::Fal, u"fal-LEAKCANARY-fal-"_s + tag},
              {Provider::Novita, u"sk_LEAKCANARY_novita_"_s + tag},
              {Provider::NebulaBlock, u"ak_LEAKCANARY_nebula_"_s + tag}};
    QVERIFY(m_cloud.start());
    m_cloud.setStepMs(100);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        m_secrets.append({u"%1 API key"_s.arg(Providers::id(it.key())), it.value()});
        m_cloud.addAccount(it.key(), it.value());
    }
    m_cloud.addInstance(Provider::Fal, m_keys[Provider::Fal],
                        {u""_s, u"ready"_s, u"gpu_1x_h100_sxm5"_s, 1, {}});
    m_cloud.addInstance(Provider::Novita, m_keys[Provider::Novita], {u"leak-n1"_s, u"running"_s, {}, 1, {}});
    m_cloud.addInstance(Provider::Novita, m_keys[Provider::Novita], {u"leak-n2"_s, u"running"_s, {}, 1, {}});
    m_cloud.addInstance(Provider::NebulaBlock, m_keys[Provider::NebulaBlock],
                        {u"leak-b1"_s, u"Running"_s, {}, 1, {}});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_accounts = std::make_unique<AccountStore>();
    QVERIFY(m_accounts->filePath().startsWith(home));
    collectPasswords();

    // A key pair in ~/.ssh: the public half is used, the private half must never be read out.
    QVERIFY(QDir(home).mkpath(u".ssh"_s));
    m_publicKeyFile = home + u"/.ssh/id_ed25519.pub"_s;
    m_privateKeyFile = home + u"/.ssh/id_ed25519"_s;
    const QByteArray privateBody =
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQLEAKCANARYPRIVATE" + tag.toLatin1();
    QFile privateKey(m_privateKeyFile);
    QVERIFY(privateKey.open(QIODevice::WriteOnly));
    privateKey.write("-----BEGIN OPENSSH PRIVATE KEY-----\n" + privateBody
                     + "\n-----END OPENSSH PRIVATE KEY-----\n");
    privateKey.close();
    m_secrets.append({u"private key body"_s, QString::fromLatin1(privateBody)});
    QFile publicKey(m_publicKeyFile);
    QVERIFY(publicKey.open(QIODevice::WriteOnly));
    publicKey.write(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF4n9gyBjRqbLz+ZiP70BA7VkZRGWI78j2z+ptbVbU4I leak@test\n");
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    s_log = nullptr;
}

void TestSecretLeak::collectPasswords()
{
    // Straight from the provider's detail, as the app gets them.
    for (Provider provider : {Provider::Novita, Provider::NebulaBlock}) {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.provider = provider;
        a.endpoint = m_cloud.baseUrl(provider);
        std::unique_ptr<ProviderClient> client(ProviderFactory::create(a, m_keys[provider], m_network.get()));
        for (const QString &id : m_cloud.instanceIds(provider, m_keys[provider])) {
            QSignalSpy done(client->getInstance(id), &ProviderCall::finished);
            QVERIFY(done.wait(5000));
            const auto result = done.first().first().value<ProviderResult>();
            QVERIFY(!result.error.isError());
            QVERIFY2(!result.instance.sshPassword.isEmpty(),
                     "the simulator gives running instances a password");
            m_secrets.append(
                {u"%1 SSH password of %2"_s.arg(Providers::id(provider), id), result.instance.sshPassword});
        }
    }
}

QStringList TestSecretLeak::leaksIn(const QString &text) const
{
    QStringList found;
    for (const auto &[name, value] : m_secrets) {
        if (text.contains(value))
            found << name;
    }
    return found;
}

TestSecretLeak::CliRun TestSecretLeak::cli(const QStringList &arguments, const QByteArray &input)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QBuffer stdinBuffer;
    stdinBuffer.setData(input);
    stdinBuffer.open(QIODevice::ReadOnly);
    CliRunner runner(*m_accounts, m_secretStore, m_network.get(), &stdinBuffer, out, err);
    bool done = false;
    connect(&runner, &CliRunner::finished, this, [&](int code) {
        run.code = code;
        done = true;
    });
    runner.run(arguments);
    // Printed directly: Qt messages go to the captured log.
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        std::fprintf(stderr, "gpufleet %s did not finish\n", qPrintable(arguments.join(u' ')));
    out.flush();
    err.flush();
    m_transcript += run.out + run.err;
    const QStringList leaked = leaksIn(run.out + run.err);
    if (!leaked.isEmpty())
        std::fprintf(stderr, "gpufleet %s printed: %s\n", qPrintable(arguments.join(u' ')),
                     qPrintable(leaked.join(u", "_s)));
    return run;
}

void TestSecretLeak::everyCliCommandLeaksNothing()
{
    for (Provider provider : AllProviders) {
        const QString endpoint = m_cloud.baseUrl(provider).toString();
        const CliRun added = cli({u"account"_s, u"add"_s, u"--provider"_s, Providers::id(provider),
                                  u"--label"_s, account(provider), u"--endpoint"_s, endpoint},
                                 m_keys[provider].toUtf8() + '\n');
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
    // A wrong key is refused, and not repeated back either.
    const QString wrongKey = u"sk_LEAKCANARY_wrong_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_secrets.append({u"rejected key"_s, wrongKey});
    QCOMPARE(cli({u"account"_s, u"add"_s, u"--provider"_s, u"novita"_s, u"--label"_s, u"wrong"_s,
                  u"--endpoint"_s, m_cloud.baseUrl(Provider::Novita).toString()},
                 wrongKey.toUtf8() + '\n')
                 .code,
             1);

    QCOMPARE(cli({u"account"_s, u"list"_s}).code, 0);
    QCOMPARE(cli({u"account"_s, u"list"_s, u"--json"_s}).code, 0);
    QCOMPARE(cli({u"list"_s}).code, 0);
    QCOMPARE(cli({u"list"_s, u"--json"_s}).code, 0);
    for (Provider provider : AllProviders) {
        const QString label = account(provider);
        const QStringList ids = m_cloud.instanceIds(provider, m_keys[provider]);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(cli({u"list"_s, u"--account"_s, label, u"--json"_s}).code, 0);
        QCOMPARE(cli({u"show"_s, u"--account"_s, label, ids.first()}).code, 0);
        QCOMPARE(cli({u"show"_s, u"--account"_s, label, ids.first(), u"--json"_s}).code, 0);
        QCOMPARE(cli({u"ssh"_s, u"--account"_s, label, ids.first()}).code, 0);
        QCOMPARE(cli({u"offerings"_s, u"--account"_s, label}).code, 0);
        QCOMPARE(cli({u"offerings"_s, u"--account"_s, label, u"--json"_s}).code, 0);
        // fal has no stop/start/restart (exit 2, nothing sent); the others may refuse by state.
        for (const QString &action : {u"stop"_s, u"start"_s, u"restart"_s})
            QVERIFY(cli({action, u"--account"_s, label, ids.first()}).code >= 0);
        QVERIFY(cli({u"delete"_s, u"--account"_s, label, ids.last(), u"--yes"_s}).code != 2);
    }
    const QStringList falCreate{u"create"_s,     u"--account"_s,        u"fal"_s,
                                u"--offering"_s, u"gpu_1x_h100_sxm5"_s, u"--ssh-key"_s};
    QCOMPARE(cli(falCreate + QStringList{m_publicKeyFile, u"--json"_s}).code, 0);
    // The private half offered by mistake: refused, and its content never quoted.
    QCOMPARE(cli(falCreate + QStringList{m_privateKeyFile}).code, 2);
    QCOMPARE(cli({u"create"_s, u"--account"_s, u"novita"_s, u"--offering"_s, u"4090.16c62g"_s, u"--name"_s,
                  u"leak-new"_s, u"--image"_s, u"nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"_s, u"--disk"_s,
                  u"50"_s})
                 .code,
             0);
    QCOMPARE(cli({u"create"_s, u"--account"_s, u"nebulablock"_s, u"--offering"_s,
                  u"fcp66d566c43a9501001256"_s, u"--name"_s, u"leak-new"_s, u"--image"_s,
                  u"fcp66d566c93a95010012"_s, u"--ssh-key"_s, m_publicKeyFile})
                 .code,
             0);

    // Errors forced: error texts are where keys tend to slip in. (A 5xx or a gateway page is
    // retried with the CLI's real back-off, seconds per command: one provider is enough.)
    for (Provider provider : AllProviders) {
        QList<SimFault::Kind> kinds{SimFault::Kind::HttpError, SimFault::Kind::MalformedJson,
                                    SimFault::Kind::EmptyBody};
        if (provider == Provider::Novita)
            kinds << SimFault::Kind::HtmlErrorPage;
        for (SimFault::Kind kind : std::as_const(kinds)) {
            SimFault fault;
            fault.kind = kind;
            fault.httpStatus = 400;
            m_cloud.addFault(provider, fault);
            QCOMPARE(cli({u"list"_s, u"--account"_s, account(provider), u"--json"_s}).code, 1);
            QCOMPARE(cli({u"show"_s, u"--account"_s, account(provider), u"no-such-id"_s}).code, 1);
            m_cloud.clearFaults();
        }
        m_cloud.revokeAccount(provider, m_keys[provider]);
        QCOMPARE(cli({u"list"_s}).code, 1);
        m_cloud.addAccount(provider, m_keys[provider]);
    }
    QVERIFY(!m_transcript.isEmpty());
    QVERIFY2(leaksIn(m_transcript).isEmpty(), qPrintable(leaksIn(m_transcript).join(u", "_s)));
}

void TestSecretLeak::fleetSessionWithErrorsLeaksNothing()
{
    FleetMonitor fleet;
    fleet.setIntervals(PollIntervals{100, 100, 300, 100});
    QHash<QString, QString> labels;
    for (const Account &a : m_accounts->accounts()) {
        if (!m_keys.contains(a.provider) || a.label != account(a.provider))
            continue;
        ProviderClient *client = ProviderFactory::create(a, m_keys[a.provider], m_network.get());
        client->transport()->setTimeout(500);
        client->transport()->setBackoff(10, 40);
        fleet.addAccount(client);
        labels.insert(a.id, a.label);
    }
    QCOMPARE(labels.size(), 3);
    InstanceTableModel model;
    connect(&fleet, &FleetMonitor::accountInstancesChanged, &model, &InstanceTableModel::setAccountInstances);
    fleet.start();
    const auto allRefreshed = [&] {
        for (const QString &id : fleet.accountIds()) {
            if (!fleet.health(id).lastSuccess.isValid() || fleet.health(id).error.isError())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRefreshed(), 10000);
    // The fleet holds the passwords in memory (that is how the details pane shows them)...
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(fleet.allInstances().cbegin(), fleet.allInstances().cend(),
                                         [](const Instance &i) { return !i.sshPassword.isEmpty(); }),
                             10000);

    // ...and goes through errors of every kind, with debug logging on.
    for (Provider provider : AllProviders) {
        for (SimFault::Kind kind : {SimFault::Kind::HttpError, SimFault::Kind::HtmlErrorPage,
                                    SimFault::Kind::WrongShape, SimFault::Kind::TruncatedJson}) {
            SimFault fault;
            fault.kind = kind;
            m_cloud.addFault(provider, fault);
            fleet.refreshAll();
            QTRY_VERIFY_WITH_TIMEOUT(!allRefreshed(), 5000);
            for (const QString &id : fleet.accountIds())
                m_transcript += fleet.health(id).error.message() + u'\n';
            m_cloud.clearFaults();
            QTRY_VERIFY_WITH_TIMEOUT(allRefreshed(), 5000);
        }
        m_cloud.revokeAccount(provider, m_keys[provider]);
        QTRY_VERIFY_WITH_TIMEOUT(!allRefreshed(), 5000);
        for (const QString &id : fleet.accountIds())
            m_transcript += fleet.health(id).error.message() + u'\n';
        m_cloud.addAccount(provider, m_keys[provider]);
        QTRY_VERIFY_WITH_TIMEOUT(allRefreshed(), 5000);
    }
    const QList<Instance> everything = fleet.allInstances();
    for (const Instance &instance : everything) {
        if (instance.provider != Provider::Fal && instance.status == InstanceStatus::Running)
            QVERIFY(fleet.act(FleetMonitor::Action::Stop, instance.key()));
    }

    // What the window saves and shows: the fleet cache, the SSH config, every model role.
    QHash<QString, QList<Instance>> byAccount;
    for (const Instance &instance : everything)
        byAccount[instance.accountId].append(instance);
    InstanceCache cache;
    QVERIFY(cache.filePath().startsWith(m_home.path()));
    QVERIFY(cache.save(byAccount));
    SshConfigWriter sshConfig(m_home.path());
    QVERIFY(sshConfig.update(everything, labels));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role = 0; role < Qt::UserRole + 64; ++role) {
                const QVariant value = model.data(model.index(row, column), role);
                if (value.canConvert<Instance>())
                    QVERIFY(value.value<Instance>().sshPassword.isEmpty());
                else
                    m_transcript += value.toString() + u'\n';
            }
        }
    }
    QVERIFY(model.rowCount() > 0);
    QVERIFY2(leaksIn(m_transcript).isEmpty(), qPrintable(leaksIn(m_transcript).join(u", "_s)));
}

void TestSecretLeak::nothingOnDiskOrInTheLog()
{
    // The scan must see the real files, or it proves nothing.
    QVERIFY(QFile::exists(m_accounts->filePath()));
    QVERIFY(QFile::exists(InstanceCache().filePath()));
    QVERIFY(QFile::exists(SshConfigWriter(m_home.path()).managedConfigPath()));
    QVERIFY(m_log.size() > 100); // debug logging really was on
    const QString log = m_log.join(u'\n');
    QVERIFY2(leaksIn(log).isEmpty(), qPrintable(leaksIn(log).join(u", "_s)));
    for (const auto &[name, value] : std::as_const(m_secrets)) {
        QStringList files = PlainTextScan::filesContaining(m_home.path(), value);
        if (name == u"private key body"_s)
            files.removeAll(m_privateKeyFile); // where the user keeps it
        QVERIFY2(files.isEmpty(), qPrintable(name + u" found in "_s + files.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"

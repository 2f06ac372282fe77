#include "cli/CliRunner.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "simulator/SimulatedCloud.h"
#include "support/CliHarness.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
const QList<Provider> AllProviders{Provider::Fal, Provider::Novita, Provider::NebulaBlock};

QString keyFor(Provider provider)
{
    return u"key-CLIFAULT-"_s + Providers::id(provider);
}

QString listPath(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return u"/compute/instances"_s;
    case Provider::Novita:
        return u"/gpu/instances"_s;
    case Provider::NebulaBlock:
        return u"/computing/instances"_s;
    }
    return {};
}
} // namespace

// `gpufleet list --json` (the real CliRunner, in process) over three accounts while one
// provider misbehaves: exit 1, the failing account in "errors" with a key-free message, the
// other accounts' instances still listed, and it always finishes. The CLI's own back-off and
// timeouts are the production ones, so faults that retry for long (stalls) are left to
// tst_faultinjection.
class TestFaultCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listUnderFault_data();
    void listUnderFault();
    void realBinaryUnderFaultsOnEveryProvider();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    SimulatedCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountStore> m_accounts;
    InMemorySecretStore m_secrets;
};

TestFaultCli::Run TestFaultCli::cli(const QStringList &arguments, const QByteArray &input)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    CliRunner runner(*m_accounts, m_secrets, &m_network, &in, out, err);
    bool done = false;
    connect(&runner, &CliRunner::finished, this, [&](int code) {
        run.code = code;
        done = true;
    });
    runner.run(arguments);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        run.code = -2; // hung
    out.flush();
    err.flush();
    return run;
}

void TestFaultCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
    m_accounts = std::make_unique<AccountStore>(m_dir.filePath(u"gpufleet.conf"_s));
    QVERIFY(m_cloud.start());
    m_cloud.setStepMs(100000);
    for (Provider provider : AllProviders) {
        m_cloud.addAccount(provider, keyFor(provider));
        SimInstanceSeed seed;
        seed.name = u"cli-"_s + Providers::id(provider);
        seed.rawStatus = provider == Provider::Fal ? u"ready"_s
            : provider == Provider::Novita         ? u"running"_s
                                                   : u"Running"_s;
        for (int i = 0; i < 3; ++i)
            m_cloud.addInstance(provider, keyFor(provider), seed);
        const Run added =
            cli({u"account"_s, u"add"_s, u"--provider"_s, Providers::id(provider), u"--label"_s,
                 Providers::id(provider), u"--endpoint"_s, m_cloud.baseUrl(provider).toString()},
                keyFor(provider).toUtf8() + '\n');
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
    const Run healthy = cli({u"list"_s, u"--json"_s});
    QCOMPARE(healthy.code, 0);
    QCOMPARE(QJsonDocument::fromJson(healthy.out.toUtf8()).object().value(u"instances"_s).toArray().size(),
             9);
}

void TestFaultCli::listUnderFault_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<SimFault>("fault");
    QTest::addColumn<bool>("revoke");
    for (Provider provider : AllProviders) {
        const QString p = Providers::id(provider);
        const auto row = [&p](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(p + u'/' + QLatin1StringView(name)));
        };
        const auto fault = [](SimFault::Kind kind, int status = 500) {
            SimFault f;
            f.kind = kind;
            f.httpStatus = status;
            return f;
        };
        using F = SimFault::Kind;
        row("5xx") << provider << fault(F::HttpError, 503) << false;
        row("html-gateway-page") << provider << fault(F::HtmlErrorPage) << false;
        row("truncated-json") << provider << fault(F::TruncatedJson) << false;
        row("malformed-json") << provider << fault(F::MalformedJson) << false;
        row("wrong-shape-json") << provider << fault(F::WrongShape) << false;
        row("empty-200") << provider << fault(F::EmptyBody) << false;
        row("huge-40MiB-body") << provider << fault(F::HugeBody) << false;
        row("auth-revoked") << provider << SimFault() << true;
    }
}

void TestFaultCli::listUnderFault()
{
    QFETCH(Provider, provider);
    QFETCH(SimFault, fault);
    QFETCH(bool, revoke);
    if (revoke) {
        m_cloud.revokeAccount(provider, keyFor(provider));
    } else {
        fault.pathContains = listPath(provider);
        m_cloud.addFault(provider, fault);
    }
    const Run run = cli({u"list"_s, u"--json"_s});
    m_cloud.clearFaults();
    m_cloud.addAccount(provider, keyFor(provider)); // lifts a revocation, keeps the instances

    QVERIFY2(run.code != -2, "gpufleet list did not finish");
    QCOMPARE(run.code, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray errors = root.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(error.value(u"account"_s).toString(), Providers::id(provider));
    const QString message = error.value(u"message"_s).toString();
    qInfo().noquote() << "errors[0].message:" << message;
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(u'<'));
    for (Provider any : AllProviders) {
        QVERIFY(!run.out.contains(keyFor(any)));
        QVERIFY(!run.err.contains(keyFor(any)));
    }
    // The two healthy accounts are listed in full.
    QCOMPARE(root.value(u"instances"_s).toArray().size(), 6);
    QVERIFY(run.err.contains(Providers::id(provider)));
}

// The same through the real executable (a process per command, keys in the session's keyring):
// a fault on every provider at once, one of them a 40 MiB body, must end in exit 1 with three
// errors, not in a crash; with the faults gone the same command succeeds.
void TestFaultCli::realBinaryUnderFaultsOnEveryProvider()
{
    if (const QString problem = CliHarness::keyringProblem(); !problem.isEmpty())
        QSKIP(qPrintable(problem));
    if (!QFile::exists(CliHarness::binaryPath(u"gpufleet"_s)))
        QSKIP("the gpufleet executable is not built");
    CliHarness harness;
    QVERIFY(harness.isValid());
    for (Provider provider : AllProviders) {
        const CliHarness::Result added =
            harness.addAccount(Providers::id(provider), Providers::id(provider),
                               m_cloud.baseUrl(provider).toString(), keyFor(provider));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }
    const QList<QPair<Provider, SimFault::Kind>> faults{
        {Provider::Fal, SimFault::Kind::HugeBody},
        {Provider::Novita, SimFault::Kind::HttpError},
        {Provider::NebulaBlock, SimFault::Kind::MalformedJson}};
    for (const auto &[provider, kind] : faults) {
        SimFault fault;
        fault.kind = kind;
        fault.httpStatus = 503;
        fault.pathContains = listPath(provider);
        m_cloud.addFault(provider, fault);
    }
    const CliHarness::Result failing = harness.run({u"list"_s, u"--json"_s});
    m_cloud.clearFaults();
    QVERIFY2(failing.exitCode == 1, qPrintable(failing.describe())); // -1 would be a crash
    QCOMPARE(failing.json().toObject().value(u"errors"_s).toArray().size(), 3);

    const CliHarness::Result healthy = harness.run({u"list"_s, u"--json"_s});
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.describe()));
    QCOMPARE(healthy.json().toObject().value(u"instances"_s).toArray().size(), 9);
    for (Provider provider : AllProviders) {
        QVERIFY(harness.leaksOf(keyFor(provider)).isEmpty());
        (void)harness.run({u"account"_s, u"remove"_s, Providers::id(provider)}); // the session keyring
    }
}

QTEST_GUILESS_MAIN(TestFaultCli)
#include "tst_faultcli.moc"

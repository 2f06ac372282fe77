#include "PlainTextScan.h"
#include "core/AccountService.h"
#include "core/AccountStore.h"
#include "core/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// The keychain-unavailable path for real: a private session bus on which nobody offers the Secret
// Service. Its own executable because GDBus (inside libsecret) keeps the first session bus it opens.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void writeReportsUnavailable();
    void readReportsUnavailable();
    void deleteReportsUnavailable();
    void addingAnAccountStoresNothing();
    void nothingUnderHomeHoldsTheSecret();

private:
    SecretResult writeAndWait(const QString &key, const QString &value);
    static void verifyUnavailable(const SecretResult &result);

    QTemporaryDir m_home;
    QString m_originalHome;
    QProcess m_bus;
    KeychainSecretStore *m_store = nullptr;
    QString m_secret;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_secret = u"gpufleet-unavailable-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    // A HOME of our own, so whatever a fallback might write lands where we look (and not in yours).
    m_originalHome = qEnvironmentVariable("HOME");
    const QString home = m_home.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + u"/.config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + u"/.local/share"_s));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + u"/.cache"_s));
    QVERIFY(QDir(home).mkdir(u"runtime"_s));
    QVERIFY(
        QFile::setPermissions(home + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home + u"/runtime"_s));

    // `dbus-daemon --session` would auto-start gnome-keyring from /usr/share/dbus-1/services; this
    // configuration has no service directories, so org.freedesktop.secrets stays unowned.
    const QString config = home + u"/bus.conf"_s;
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=)"
                     + QFile::encodeName(home + u"/runtime"_s) + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    configFile.close();

    m_bus.setProgram(u"dbus-daemon"_s);
    m_bus.setArguments({u"--config-file="_s + config, u"--print-address"_s, u"--nofork"_s});
    m_bus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_bus.start();
    QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon could not be started (Debian package dbus-daemon)");
    QVERIFY(
        QTest::qWaitFor([this] { return m_bus.canReadLine() || m_bus.state() != QProcess::Running; }, 10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY2(address.startsWith("unix:"), address.constData());
    // Before the first keychain job: that is when the bus is opened, once per process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    m_store = new KeychainSecretStore(this);
}

void TestKeychainUnavailable::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        if (!m_bus.waitForFinished(5000)) {
            m_bus.kill();
            m_bus.waitForFinished(5000);
        }
    }
}

SecretResult TestKeychainUnavailable::writeAndWait(const QString &key, const QString &value)
{
    std::optional<SecretResult> result;
    m_store->writeSecret(key, value, this, [&result](const SecretResult &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000)); }();
    return result.value_or(SecretResult{SecretError::Other, {}, u"timed out"_s});
}

void TestKeychainUnavailable::verifyUnavailable(const SecretResult &result)
{
    QCOMPARE(result.error, SecretError::Unavailable);
    QVERIFY(result.value.isEmpty());
    QVERIFY(!result.message.isEmpty()); // the backend's reason, for the details view
    const QString text = result.userMessage();
    QVERIFY2(text.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"gnome-keyring"_s), qPrintable(text));
    QVERIFY2(text.contains(u"unlock"_s), qPrintable(text));
}

void TestKeychainUnavailable::writeReportsUnavailable()
{
    const SecretResult result = writeAndWait(QUuid::createUuid().toString(QUuid::WithoutBraces), m_secret);
    verifyUnavailable(result);
    QVERIFY(!result.message.contains(m_secret));
}

void TestKeychainUnavailable::readReportsUnavailable()
{
    std::optional<SecretResult> result;
    m_store->readSecret(QUuid::createUuid().toString(QUuid::WithoutBraces), this,
                        [&result](const SecretResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    // Not NotFound: "no keychain" must not read as "no key stored yet".
    verifyUnavailable(*result);
}

void TestKeychainUnavailable::deleteReportsUnavailable()
{
    std::optional<SecretResult> result;
    m_store->deleteSecret(QUuid::createUuid().toString(QUuid::WithoutBraces), this,
                          [&result](const SecretResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    verifyUnavailable(*result);
}

void TestKeychainUnavailable::addingAnAccountStoresNothing()
{
    AccountStore accounts; // the default file, under our XDG_CONFIG_HOME
    QVERIFY(accounts.filePath().startsWith(m_home.path() + u'/'));
    AccountService service(accounts, *m_store);
    Account account;
    account.provider = Provider::Fal;
    account.label = u"No keychain"_s;

    std::optional<AccountService::Result> result;
    service.addAccount(account, m_secret, AccountService::KeyStorage::Keychain, this,
                       [&result](const AccountService::Result &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));

    QCOMPARE(result->secret.error, SecretError::Unavailable);
    QVERIFY(!result->ok());
    QVERIFY(accounts.accounts().isEmpty());
}

void TestKeychainUnavailable::nothingUnderHomeHoldsTheSecret()
{
    QStringList roots{m_home.path()};
    // Inside tests/with-keyring.sh the outer HOME is a throw-away one too: small, and worth a look.
    if (!m_originalHome.isEmpty() && m_originalHome == qEnvironmentVariable("GPUFLEET_TEST_KEYRING_HOME"))
        roots << m_originalHome;
    for (const QString &root : std::as_const(roots)) {
        const QStringList hits = PlainTextScan::filesContaining(root, m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(u"secret readable in: "_s + hits.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"

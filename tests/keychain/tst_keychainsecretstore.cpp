#include "PlainTextScan.h"
#include "core/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

// Against a real gnome-keyring: only inside tests/with-keyring.sh, which gives it a throw-away HOME
// and keyring. Missing that, it fails rather than skips, so CI cannot pass without testing it.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mapsQtKeychainErrors_data();
    void mapsQtKeychainErrors();
    void writeReadOverwriteDelete();
    void missingKeyIsNotFound();
    void deletingMissingKeySucceeds();
    void keysAreSeparate();
    void nonAsciiSecretRoundTrips();
    void manyJobsEachCallBackOnce();
    void callbackIsAsynchronousAndDroppedWithContext();
    void nothingUnderHomeHoldsTheSecret();

private:
    SecretResult writeAndWait(const QString &key, const QString &value);
    SecretResult readAndWait(const QString &key);
    SecretResult deleteAndWait(const QString &key);
    QString newKey();

    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_keys; // deleted again in cleanup()
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("DBUS_SESSION_BUS_ADDRESS is not set, so there is no keyring to test against. Run: "
              "dbus-run-session -- sh tests/with-keyring.sh ctest --test-dir <build> -L keychain");
    const QString throwAwayHome = qEnvironmentVariable("GPUFLEET_TEST_KEYRING_HOME");
    if (throwAwayHome.isEmpty() || throwAwayHome != qEnvironmentVariable("HOME"))
        QFAIL("Not running inside tests/with-keyring.sh; refusing to use your own keyring. Run: "
              "dbus-run-session -- sh tests/with-keyring.sh ctest --test-dir <build> -L keychain");
}

void TestKeychainSecretStore::init()
{
    m_store = std::make_unique<KeychainSecretStore>();
    QCOMPARE(m_store->serviceName(), u"gpufleet"_s);
}

void TestKeychainSecretStore::cleanup()
{
    for (const QString &key : std::as_const(m_keys))
        deleteAndWait(key);
    m_keys.clear();
    m_store.reset();
}

QString TestKeychainSecretStore::newKey()
{
    m_keys << QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_keys.last();
}

SecretResult TestKeychainSecretStore::writeAndWait(const QString &key, const QString &value)
{
    std::optional<SecretResult> result;
    m_store->writeSecret(key, value, this, [&result](const SecretResult &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000)); }();
    return result.value_or(SecretResult{SecretError::Other, {}, u"timed out"_s});
}

SecretResult TestKeychainSecretStore::readAndWait(const QString &key)
{
    std::optional<SecretResult> result;
    m_store->readSecret(key, this, [&result](const SecretResult &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000)); }();
    return result.value_or(SecretResult{SecretError::Other, {}, u"timed out"_s});
}

SecretResult TestKeychainSecretStore::deleteAndWait(const QString &key)
{
    std::optional<SecretResult> result;
    m_store->deleteSecret(key, this, [&result](const SecretResult &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000)); }();
    return result.value_or(SecretResult{SecretError::Other, {}, u"timed out"_s});
}

void TestKeychainSecretStore::mapsQtKeychainErrors_data()
{
    // QKeychain::Error values of QtKeychain 0.13.
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<SecretError>("expected");
    QTest::newRow("NoError") << 0 << SecretError::None;
    QTest::newRow("EntryNotFound") << 1 << SecretError::NotFound;
    QTest::newRow("CouldNotDeleteEntry") << 2 << SecretError::Other;
    QTest::newRow("AccessDeniedByUser") << 3 << SecretError::AccessDenied;
    QTest::newRow("AccessDenied (libsecret: locked)") << 4 << SecretError::Locked;
    QTest::newRow("NoBackendAvailable") << 5 << SecretError::Unavailable;
    QTest::newRow("NotImplemented") << 6 << SecretError::Unavailable;
    QTest::newRow("OtherError (no Secret Service)") << 7 << SecretError::Unavailable;
    QTest::newRow("unknown") << 42 << SecretError::Other;
}

void TestKeychainSecretStore::mapsQtKeychainErrors()
{
    QFETCH(int, keychainError);
    QFETCH(SecretError, expected);
    QCOMPARE(KeychainSecretStore::mapError(keychainError), expected);
    const SecretResult result{expected, {}, {}};
    QCOMPARE(result.userMessage().isEmpty(), expected == SecretError::None);
}

void TestKeychainSecretStore::writeReadOverwriteDelete()
{
    const QString key = newKey();

    SecretResult written = writeAndWait(key, u"first-value"_s);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QVERIFY(written.value.isEmpty());
    SecretResult read = readAndWait(key);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, u"first-value"_s);

    written = writeAndWait(key, u"second-value"_s);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(readAndWait(key).value, u"second-value"_s);

    const SecretResult deleted = deleteAndWait(key);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    read = readAndWait(key);
    QCOMPARE(read.error, SecretError::NotFound);
    QVERIFY(read.value.isEmpty());
}

void TestKeychainSecretStore::missingKeyIsNotFound()
{
    const SecretResult read = readAndWait(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(read.error, SecretError::NotFound);
    QVERIFY(read.value.isEmpty());
    QVERIFY(!read.userMessage().isEmpty());
}

void TestKeychainSecretStore::deletingMissingKeySucceeds()
{
    const SecretResult deleted = deleteAndWait(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
}

void TestKeychainSecretStore::keysAreSeparate()
{
    const QString a = newKey();
    const QString b = newKey();
    QVERIFY(writeAndWait(a, u"value-a"_s).ok());
    QVERIFY(writeAndWait(b, u"value-b"_s).ok());

    QVERIFY(deleteAndWait(a).ok());

    QCOMPARE(readAndWait(a).error, SecretError::NotFound);
    QCOMPARE(readAndWait(b).value, u"value-b"_s);
    // Another service name is another namespace.
    KeychainSecretStore other(u"gpufleet-test-other"_s);
    std::optional<SecretResult> otherRead;
    other.readSecret(b, this, [&otherRead](const SecretResult &r) { otherRead = r; });
    QVERIFY(QTest::qWaitFor([&] { return otherRead.has_value(); }, 20000));
    QCOMPARE(otherRead->error, SecretError::NotFound);
}

void TestKeychainSecretStore::nonAsciiSecretRoundTrips()
{
    const QString key = newKey();
    const QString value = u"kl\u00fc\u0441\u0441-\U0001F511-key with spaces \"'$"_s;
    QVERIFY(writeAndWait(key, value).ok());
    QCOMPARE(readAndWait(key).value, value);
}

void TestKeychainSecretStore::manyJobsEachCallBackOnce()
{
    QList<int> calls(6, 0);
    QStringList keys;
    for (int i = 0; i < calls.size(); ++i) {
        keys << newKey();
        m_store->writeSecret(keys.last(), u"value-%1"_s.arg(i), this, [&calls, i](const SecretResult &r) {
            QVERIFY(r.ok());
            ++calls[i];
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return !calls.contains(0); }, 30000));
    QCOMPARE(calls, QList<int>(6, 1));
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(readAndWait(keys.at(i)).value, u"value-%1"_s.arg(i));
    QCOMPARE(calls, QList<int>(6, 1));
}

void TestKeychainSecretStore::callbackIsAsynchronousAndDroppedWithContext()
{
    const QString key = newKey();
    QVERIFY(writeAndWait(key, u"value"_s).ok());
    bool deadContextCalled = false;
    int calls = 0;
    auto context = std::make_unique<QObject>();

    m_store->readSecret(key, context.get(),
                        [&deadContextCalled](const SecretResult &) { deadContextCalled = true; });
    m_store->readSecret(key, this, [&calls](const SecretResult &) { ++calls; });
    QCOMPARE(calls, 0);
    context.reset();

    // Jobs run in order, so once the second has answered the first has finished too.
    QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 20000));
    QCOMPARE(calls, 1);
    QVERIFY(!deadContextCalled);
}

void TestKeychainSecretStore::nothingUnderHomeHoldsTheSecret()
{
    const QString key = newKey();
    const QString secret = u"gpufleet-plaintext-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(writeAndWait(key, secret).ok());
    QCOMPARE(readAndWait(key).value, secret);

    QStringList roots{qEnvironmentVariable("HOME")};
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty() && !dir.startsWith(roots.first() + u'/'))
            roots << dir;
    }
    QVERIFY(QFileInfo::exists(roots.first() + u"/.local/share/keyrings"_s)); // it did store somewhere
    for (const QString &root : std::as_const(roots)) {
        const QStringList hits = PlainTextScan::filesContaining(root, secret);
        QVERIFY2(hits.isEmpty(), qPrintable(u"secret readable in: "_s + hits.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

#include "core/AccountService.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestAccountService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addStoresKeyThenAccount();
    void addWithoutKeyAddsAccountOnly();
    void invalidAccountStoresNoKey();
    void unavailableKeychainAddsNothing();
    void sessionOnlyKeyIsReadBack();
    void setKeyReplacesAndPrefersKeychain();
    void removeDeletesKeyAndAccount();
    void removeKeepsAccountWhenKeyCannotBeDeleted();
    void removeUnknownAccountIsNotFound();
    void callbackIsAsynchronousAndDroppedWithContext();

private:
    AccountService::Result
    addAndWait(const QString &label, const QString &key,
               AccountService::KeyStorage storage = AccountService::KeyStorage::Keychain);
    AccountService::Result removeAndWait(const QString &id);
    SecretResult readKeyAndWait(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_keychain;
    std::unique_ptr<AccountService> m_service;
};

void TestAccountService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"gpufleet.conf"_s));
    m_keychain = std::make_unique<InMemorySecretStore>();
    m_service = std::make_unique<AccountService>(*m_store, *m_keychain);
}

void TestAccountService::cleanup()
{
    m_service.reset();
    m_keychain.reset();
    m_store.reset();
    m_dir.reset();
}

AccountService::Result TestAccountService::addAndWait(const QString &label, const QString &key,
                                                      AccountService::KeyStorage storage)
{
    Account account;
    account.provider = Provider::Novita;
    account.label = label;
    std::optional<AccountService::Result> result;
    m_service->addAccount(account, key, storage, this,
                          [&result](const AccountService::Result &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000)); }();
    return result.value_or(AccountService::Result{});
}

AccountService::Result TestAccountService::removeAndWait(const QString &id)
{
    std::optional<AccountService::Result> result;
    m_service->removeAccount(id, this, [&result](const AccountService::Result &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000)); }();
    return result.value_or(AccountService::Result{});
}

SecretResult TestAccountService::readKeyAndWait(const QString &id)
{
    std::optional<SecretResult> result;
    m_service->readKey(id, this, [&result](const SecretResult &r) { result = r; });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000)); }();
    return result.value_or(SecretResult{SecretError::Other, {}, {}});
}

void TestAccountService::addStoresKeyThenAccount()
{
    QSignalSpy added(m_store.get(), &AccountStore::accountAdded);

    const AccountService::Result result = addAndWait(u"Work"_s, u"key-1"_s);

    QVERIFY2(result.ok(), qPrintable(result.userMessage()));
    QVERIFY(result.userMessage().isEmpty());
    QCOMPARE(added.count(), 1);
    QCOMPARE(m_store->byId(result.accountId)->label, u"Work"_s);
    QVERIFY(m_keychain->contains(result.accountId));
    QVERIFY(!m_service->hasSessionKey(result.accountId));
    const SecretResult key = readKeyAndWait(result.accountId);
    QCOMPARE(key.error, SecretError::None);
    QCOMPARE(key.value, u"key-1"_s);
}

void TestAccountService::addWithoutKeyAddsAccountOnly()
{
    const AccountService::Result result = addAndWait(u"Later"_s, QString());

    QVERIFY(result.ok());
    QVERIFY(m_store->byId(result.accountId).has_value());
    QCOMPARE(m_keychain->size(), 0);
    QCOMPARE(readKeyAndWait(result.accountId).error, SecretError::NotFound);
}

void TestAccountService::invalidAccountStoresNoKey()
{
    QVERIFY(addAndWait(u"Work"_s, u"key-1"_s).ok());

    const AccountService::Result result = addAndWait(u"WORK"_s, u"key-2"_s);

    QCOMPARE(result.accountError, AccountStore::Error::DuplicateLabel);
    QVERIFY(!result.ok());
    QVERIFY(!result.userMessage().isEmpty());
    QCOMPARE(m_keychain->size(), 1);
    QCOMPARE(m_store->accounts().size(), 1);
}

void TestAccountService::unavailableKeychainAddsNothing()
{
    m_keychain->setSimulatedError(SecretError::Unavailable);
    QSignalSpy added(m_store.get(), &AccountStore::accountAdded);

    const AccountService::Result result = addAndWait(u"Work"_s, u"key-1"_s);

    QCOMPARE(result.secret.error, SecretError::Unavailable);
    QCOMPARE(result.accountError, AccountStore::Error::None);
    QVERIFY(result.userMessage().contains(u"keychain"_s, Qt::CaseInsensitive));
    QCOMPARE(added.count(), 0);
    QVERIFY(m_store->accounts().isEmpty());
}

void TestAccountService::sessionOnlyKeyIsReadBack()
{
    m_keychain->setSimulatedError(SecretError::Unavailable);

    const AccountService::Result result =
        addAndWait(u"Work"_s, u"session-key"_s, AccountService::KeyStorage::SessionOnly);

    QVERIFY2(result.ok(), qPrintable(result.userMessage()));
    QVERIFY(m_service->hasSessionKey(result.accountId));
    QCOMPARE(m_keychain->size(), 0);
    const SecretResult key = readKeyAndWait(result.accountId);
    QCOMPARE(key.error, SecretError::None);
    QCOMPARE(key.value, u"session-key"_s);
}

void TestAccountService::setKeyReplacesAndPrefersKeychain()
{
    const QString id = addAndWait(u"Work"_s, u"old"_s).accountId;
    std::optional<AccountService::Result> set;
    auto remember = [&set](const AccountService::Result &r) { set = r; };

    m_service->setKey(id, u"session"_s, AccountService::KeyStorage::SessionOnly, this, remember);
    QVERIFY(QTest::qWaitFor([&] { return set.has_value(); }, 5000));
    QVERIFY(set->ok());
    QCOMPARE(readKeyAndWait(id).value, u"session"_s);

    set.reset();
    m_service->setKey(id, u"new"_s, AccountService::KeyStorage::Keychain, this, remember);
    QVERIFY(QTest::qWaitFor([&] { return set.has_value(); }, 5000));
    QVERIFY(set->ok());
    QVERIFY(!m_service->hasSessionKey(id));
    QCOMPARE(readKeyAndWait(id).value, u"new"_s);

    set.reset();
    m_service->setKey(QUuid::createUuid().toString(), u"x"_s, AccountService::KeyStorage::Keychain, this,
                      remember);
    QVERIFY(QTest::qWaitFor([&] { return set.has_value(); }, 5000));
    QCOMPARE(set->accountError, AccountStore::Error::NotFound);
}

void TestAccountService::removeDeletesKeyAndAccount()
{
    const QString id = addAndWait(u"Work"_s, u"key"_s).accountId;
    const QString other = addAndWait(u"Other"_s, u"other-key"_s).accountId;
    QSignalSpy removed(m_store.get(), &AccountStore::accountRemoved);

    const AccountService::Result result = removeAndWait(id);

    QVERIFY2(result.ok(), qPrintable(result.userMessage()));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_store->byId(id));
    QVERIFY(!m_keychain->contains(id));
    QVERIFY(m_keychain->contains(other));
    QCOMPARE(readKeyAndWait(id).error, SecretError::NotFound);
}

void TestAccountService::removeKeepsAccountWhenKeyCannotBeDeleted()
{
    const QString id = addAndWait(u"Work"_s, u"key"_s).accountId;
    m_keychain->setSimulatedError(SecretError::Locked);

    const AccountService::Result result = removeAndWait(id);

    QCOMPARE(result.secret.error, SecretError::Locked);
    QVERIFY(result.userMessage().contains(u"locked"_s, Qt::CaseInsensitive));
    QVERIFY(m_store->byId(id).has_value());

    m_keychain->setSimulatedError(SecretError::None);
    QVERIFY(removeAndWait(id).ok());
    QVERIFY(!m_keychain->contains(id));
}

void TestAccountService::removeUnknownAccountIsNotFound()
{
    const AccountService::Result result = removeAndWait(QUuid::createUuid().toString());
    QCOMPARE(result.accountError, AccountStore::Error::NotFound);
}

void TestAccountService::callbackIsAsynchronousAndDroppedWithContext()
{
    const QString id = addAndWait(u"Work"_s, u"key"_s).accountId;
    bool deadContextCalled = false;
    int calls = 0;
    auto context = std::make_unique<QObject>();

    m_service->readKey(id, context.get(),
                       [&deadContextCalled](const SecretResult &) { deadContextCalled = true; });
    m_service->readKey(id, this, [&calls](const SecretResult &) { ++calls; });
    QCOMPARE(calls, 0); // never inside the call
    context.reset();

    QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 5000));
    QCOMPARE(calls, 1);
    QVERIFY(!deadContextCalled);
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"

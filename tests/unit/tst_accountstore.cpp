#include "AccountStoreFixture.h"
#include "core/AccountService.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace AccountStoreTesting;

class TestAccountStore : public AccountStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpConfigHome(); }
    void init() { setUpSettingsDir(); }
    void cleanup() { tearDownSettingsDir(); }

    void addAssignsCanonicalUuid();
    void addKeepsGivenId();
    void addTrimsLabelAndSshUser();
    void addRefusesInvalidAccounts_data();
    void addRefusesInvalidAccounts();
    void acceptsHttpsAndLoopbackEndpoints();
    void lookupByIdAndLabel();
    void accountsAreSortedByLabel();
    void renameKeepsLabelsUnique();
    void updateEditsFieldsButNotProvider();
    void setEnabledSignalsOnlyChanges();
    void removeDeletesOnlyThatAccount();
    void persistsAcrossInstances();
    void uuidIsStableAcrossRenamesAndReloads();
    void defaultFileFollowsXdgConfigHome();
    void unknownGroupsAreSkippedAndKept();
    void settingsFileNeverContainsSecret();
};

void TestAccountStore::addAssignsCanonicalUuid()
{
    AccountStore store(settingsPath());
    QSignalSpy added(&store, &AccountStore::accountAdded);

    const AccountStore::AddResult result = store.addAccount(account(u"Work"_s));

    QCOMPARE(result.error, AccountStore::Error::None);
    QVERIFY(!QUuid::fromString(result.account.id).isNull());
    QVERIFY(!result.account.id.contains(u'{'));
    QCOMPARE(result.account.id, result.account.id.toLower());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).value<Account>(), result.account);
    QCOMPARE(store.accounts(), QList<Account>{result.account});
}

void TestAccountStore::addKeepsGivenId()
{
    AccountStore store(settingsPath());
    const QUuid uuid = QUuid::createUuid();
    Account wanted = account(u"Work"_s);
    wanted.id = uuid.toString(QUuid::WithBraces).toUpper();

    const AccountStore::AddResult result = store.addAccount(wanted);

    QCOMPARE(result.error, AccountStore::Error::None);
    QCOMPARE(result.account.id, uuid.toString(QUuid::WithoutBraces));
    QVERIFY(store.byId(wanted.id).has_value()); // any spelling of the UUID finds it
}

void TestAccountStore::addTrimsLabelAndSshUser()
{
    AccountStore store(settingsPath());
    Account wanted = account(u"  Work  "_s);
    wanted.sshUser = u" ubuntu "_s;

    const AccountStore::AddResult result = store.addAccount(wanted);

    QCOMPARE(result.error, AccountStore::Error::None);
    QCOMPARE(result.account.label, u"Work"_s);
    QCOMPARE(result.account.sshUser, u"ubuntu"_s);
}

void TestAccountStore::addRefusesInvalidAccounts_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("sshUser");
    QTest::addColumn<QString>("id");
    QTest::addColumn<AccountStore::Error>("expected");

    using E = AccountStore::Error;
    QTest::newRow("empty label") << QString() << QString() << QString() << QString() << E::EmptyLabel;
    QTest::newRow("blank label") << u"   "_s << QString() << QString() << QString() << E::EmptyLabel;
    QTest::newRow("duplicate label") << u"existing"_s << QString() << QString() << QString()
                                     << E::DuplicateLabel;
    QTest::newRow("duplicate, other case")
        << u" EXISTING "_s << QString() << QString() << QString() << E::DuplicateLabel;
    QTest::newRow("newline in label") << u"a\nb"_s << QString() << QString() << QString() << E::InvalidLabel;
    QTest::newRow("label too long") << QString(AccountStore::maxLabelLength + 1, u'x') << QString()
                                    << QString() << QString() << E::InvalidLabel;
    QTest::newRow("ftp endpoint") << u"a"_s << u"ftp://api.example.com"_s << QString() << QString()
                                  << E::InvalidEndpoint;
    QTest::newRow("remote http endpoint")
        << u"a"_s << u"http://api.example.com/v1"_s << QString() << QString() << E::InvalidEndpoint;
    QTest::newRow("endpoint with user info")
        << u"a"_s << u"https://user:pw@api.example.com"_s << QString() << QString() << E::InvalidEndpoint;
    QTest::newRow("relative endpoint")
        << u"a"_s << u"api.example.com"_s << QString() << QString() << E::InvalidEndpoint;
    QTest::newRow("ssh user with shell")
        << u"a"_s << QString() << u"root;rm"_s << QString() << E::InvalidSshUser;
    QTest::newRow("ssh user with space")
        << u"a"_s << QString() << u"my user"_s << QString() << E::InvalidSshUser;
    QTest::newRow("id not a uuid") << u"a"_s << QString() << QString() << u"../../etc"_s << E::InvalidId;
    QTest::newRow("id taken") << u"a"_s << QString() << QString() << u"taken"_s << E::DuplicateId;
}

void TestAccountStore::addRefusesInvalidAccounts()
{
    QFETCH(QString, label);
    QFETCH(QString, endpoint);
    QFETCH(QString, sshUser);
    QFETCH(QString, id);
    QFETCH(AccountStore::Error, expected);
    AccountStore store(settingsPath());
    const Account existing = add(store, u"Existing"_s);
    QSignalSpy added(&store, &AccountStore::accountAdded);
    Account wanted = account(label);
    wanted.endpoint = QUrl(endpoint);
    wanted.sshUser = sshUser;
    wanted.id = id == u"taken"_s ? existing.id : id;

    QCOMPARE(store.validateNew(wanted), expected);
    const AccountStore::AddResult result = store.addAccount(wanted);

    QCOMPARE(result.error, expected);
    QVERIFY(!AccountStore::errorMessage(expected).isEmpty());
    QCOMPARE(added.count(), 0);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(AccountStore(settingsPath()).accounts().size(), 1);
}

void TestAccountStore::acceptsHttpsAndLoopbackEndpoints()
{
    AccountStore store(settingsPath());
    Account remote = account(u"remote"_s);
    remote.endpoint = QUrl(u"https://api.example.com/v1"_s);
    Account local = account(u"local"_s);
    local.endpoint = QUrl(u"http://127.0.0.1:8080/v1"_s);

    QCOMPARE(store.addAccount(remote).error, AccountStore::Error::None);
    QCOMPARE(store.addAccount(local).error, AccountStore::Error::None);

    AccountStore reopened(settingsPath());
    QCOMPARE(reopened.byLabel(u"remote"_s)->endpoint, remote.endpoint);
    QCOMPARE(reopened.byLabel(u"local"_s)->endpoint, local.endpoint);
}

void TestAccountStore::lookupByIdAndLabel()
{
    AccountStore store(settingsPath());
    const Account work = add(store, u"Work"_s);
    add(store, u"Home"_s, Provider::Novita);

    QCOMPARE(store.byId(work.id), work);
    QCOMPARE(store.byLabel(u"wORK"_s), work);
    QVERIFY(!store.byId(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(!store.byId(u"not-a-uuid"_s));
    QVERIFY(!store.byLabel(u"nobody"_s));
}

void TestAccountStore::accountsAreSortedByLabel()
{
    AccountStore store(settingsPath());
    add(store, u"charlie"_s);
    add(store, u"Alpha"_s);
    add(store, u"bravo"_s);

    QStringList labels;
    for (const Account &account : store.accounts())
        labels << account.label;
    QCOMPARE(labels, (QStringList{u"Alpha"_s, u"bravo"_s, u"charlie"_s}));
}

void TestAccountStore::renameKeepsLabelsUnique()
{
    AccountStore store(settingsPath());
    const Account work = add(store, u"Work"_s);
    add(store, u"Home"_s);
    QSignalSpy changed(&store, &AccountStore::accountChanged);

    QCOMPARE(store.renameAccount(work.id, u"home"_s), AccountStore::Error::DuplicateLabel);
    QCOMPARE(store.renameAccount(work.id, u" "_s), AccountStore::Error::EmptyLabel);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.byId(work.id)->label, u"Work"_s);

    QCOMPARE(store.renameAccount(work.id, u"WORK"_s), AccountStore::Error::None); // its own label, recased
    QCOMPARE(store.renameAccount(work.id, u"Office"_s), AccountStore::Error::None);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<Account>().label, u"Office"_s);
    QCOMPARE(AccountStore(settingsPath()).byId(work.id)->label, u"Office"_s);
    QCOMPARE(store.renameAccount(QUuid::createUuid().toString(), u"x"_s), AccountStore::Error::NotFound);
}

void TestAccountStore::updateEditsFieldsButNotProvider()
{
    AccountStore store(settingsPath());
    Account work = add(store, u"Work"_s, Provider::NebulaBlock);
    QSignalSpy changed(&store, &AccountStore::accountChanged);

    work.endpoint = QUrl(u"https://eu.api.example.com/api/v1"_s);
    work.sshUser = u"admin"_s;
    QCOMPARE(store.updateAccount(work), AccountStore::Error::None);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AccountStore(settingsPath()).byId(work.id), work);

    Account otherProvider = work;
    otherProvider.provider = Provider::Novita;
    QCOMPARE(store.updateAccount(otherProvider), AccountStore::Error::ProviderChanged);
    Account badEndpoint = work;
    badEndpoint.endpoint = QUrl(u"http://api.example.com"_s);
    QCOMPARE(store.updateAccount(badEndpoint), AccountStore::Error::InvalidEndpoint);
    Account unknown = work;
    unknown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(store.updateAccount(unknown), AccountStore::Error::NotFound);

    QCOMPARE(store.updateAccount(work), AccountStore::Error::None); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.byId(work.id), work);
}

void TestAccountStore::setEnabledSignalsOnlyChanges()
{
    AccountStore store(settingsPath());
    const Account work = add(store, u"Work"_s);
    QVERIFY(work.enabled);
    QSignalSpy changed(&store, &AccountStore::accountChanged);

    QCOMPARE(store.setEnabled(work.id, true), AccountStore::Error::None);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.setEnabled(work.id, false), AccountStore::Error::None);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.byId(work.id)->enabled);
    QVERIFY(!AccountStore(settingsPath()).byId(work.id)->enabled);
    QCOMPARE(store.setEnabled(QUuid::createUuid().toString(), true), AccountStore::Error::NotFound);
}

void TestAccountStore::removeDeletesOnlyThatAccount()
{
    AccountStore store(settingsPath());
    const Account work = add(store, u"Work"_s);
    const Account home = add(store, u"Home"_s);
    QSignalSpy removed(&store, &AccountStore::accountRemoved);

    QCOMPARE(store.removeAccount(work.id), AccountStore::Error::None);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toString(), work.id);
    QCOMPARE(store.accounts(), QList<Account>{home});
    QCOMPARE(AccountStore(settingsPath()).accounts(), QList<Account>{home});
    QCOMPARE(store.removeAccount(work.id), AccountStore::Error::NotFound);
    QCOMPARE(removed.count(), 1);
    // The label is free again.
    QCOMPARE(store.addAccount(account(u"work"_s)).error, AccountStore::Error::None);
}

void TestAccountStore::persistsAcrossInstances()
{
    QList<Account> written;
    {
        AccountStore store(settingsPath());
        Account novita = account(u"GPU team"_s, Provider::Novita);
        novita.sshUser = u"root"_s;
        novita.enabled = false;
        written << store.addAccount(novita).account;
        Account nebula = account(u"Nebula"_s, Provider::NebulaBlock);
        nebula.endpoint = QUrl(u"https://api.example.com/api/v1"_s);
        written << store.addAccount(nebula).account;
        written << add(store, u"Fal"_s);
    }
    AccountStore reopened(settingsPath());
    QCOMPARE(reopened.accounts().size(), written.size());
    for (const Account &account : std::as_const(written))
        QCOMPARE(reopened.byId(account.id), account);
}

void TestAccountStore::uuidIsStableAcrossRenamesAndReloads()
{
    QString id;
    {
        AccountStore store(settingsPath());
        id = add(store, u"Before"_s).id;
        QCOMPARE(store.renameAccount(id, u"After"_s), AccountStore::Error::None);
        QCOMPARE(store.setEnabled(id, false), AccountStore::Error::None);
    }
    AccountStore reopened(settingsPath());
    QCOMPARE(reopened.byLabel(u"After"_s)->id, id);
    QCOMPARE(reopened.renameAccount(id, u"Again"_s), AccountStore::Error::None);
    QCOMPARE(AccountStore(settingsPath()).byLabel(u"Again"_s)->id, id);
}

void TestAccountStore::defaultFileFollowsXdgConfigHome()
{
    const QString expected = m_configHome.filePath(u"gpufleet/gpufleet.conf"_s);
    QCOMPARE(AccountStore::defaultFilePath(), expected);
    {
        AccountStore store;
        QCOMPARE(store.filePath(), expected);
        add(store, u"Default"_s);
    }
    QVERIFY(QFile::exists(expected));
    QVERIFY(AccountStore().byLabel(u"Default"_s).has_value());
    QVERIFY(QFile::remove(expected));
}

void TestAccountStore::unknownGroupsAreSkippedAndKept()
{
    const QString futureId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSettings raw(settingsPath(), QSettings::IniFormat);
        raw.setValue(u"accounts/%1/provider"_s.arg(futureId), u"acme-cloud"_s);
        raw.setValue(u"accounts/%1/label"_s.arg(futureId), u"Future"_s);
        raw.setValue(u"accounts/not-a-uuid/provider"_s, u"fal"_s);
        raw.setValue(u"accounts/not-a-uuid/label"_s, u"Broken"_s);
    }
    AccountStore store(settingsPath());
    QCOMPARE(store.accounts().size(), 0);

    add(store, u"Mine"_s);

    QSettings raw(settingsPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"accounts/%1/provider"_s.arg(futureId)).toString(), u"acme-cloud"_s);
    QCOMPARE(AccountStore(settingsPath()).accounts().size(), 1);
}

void TestAccountStore::settingsFileNeverContainsSecret()
{
    AccountStore store(settingsPath());
    InMemorySecretStore keychain;
    AccountService service(store, keychain);
    const QString secret = u"gpufleet-test-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString sessionSecret = u"gpufleet-session-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);

    std::optional<AccountService::Result> added;
    service.addAccount(account(u"Keyed"_s), secret, AccountService::KeyStorage::Keychain, this,
                       [&added](const AccountService::Result &result) { added = result; });
    QVERIFY(QTest::qWaitFor([&] { return added.has_value(); }, 5000));
    QVERIFY2(added->ok(), qPrintable(added->userMessage()));
    std::optional<AccountService::Result> sessionAdded;
    service.addAccount(account(u"Session"_s), sessionSecret, AccountService::KeyStorage::SessionOnly, this,
                       [&sessionAdded](const AccountService::Result &result) { sessionAdded = result; });
    QVERIFY(QTest::qWaitFor([&] { return sessionAdded.has_value(); }, 5000));
    QVERIFY(sessionAdded->ok());
    QVERIFY(keychain.contains(added->accountId));

    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Keyed"));
    QVERIFY(contents.contains(added->accountId.toUtf8()));
    QVERIFY2(!contents.contains(secret.toUtf8()), "the API key was written to the settings file");
    QVERIFY2(!contents.contains(sessionSecret.toUtf8()), "the session key was written to the settings file");
    QVERIFY(!contents.contains("gpufleet-test-secret"));
    QVERIFY(!contents.contains("gpufleet-session-secret"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"

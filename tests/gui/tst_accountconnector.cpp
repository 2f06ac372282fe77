#include "app/AccountConnector.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "fleet/FleetMonitor.h"
#include "models/InstanceTableModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// AccountConnector's cached rows: on screen (stale) as soon as the accounts connect, without
// waiting for the keychain, and what becomes of them once the key read answers.
class TestAccountConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cachedRowsShowBeforeTheKeyIsRead();
    void cachedRowsStayStaleWithoutAKey();
    void cachedRowsGoWithoutAClient();
    void disabledAccountShowsNothing();

private:
    // One fal account; its id.
    QString addAccount(bool enabled = true);
    [[nodiscard]] static QList<Instance> cachedFleet(const QString &accountId);
    void connectAll(ConnectionTester::ClientFactory factory);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<FleetMonitor> m_fleet;
    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<AccountConnector> m_connector;
};

void TestAccountConnector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"gpufleet.conf"_s));
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_service = std::make_unique<AccountService>(*m_store, *m_secrets);
    m_fleet = std::make_unique<FleetMonitor>();
    m_model = std::make_unique<InstanceTableModel>();
}

void TestAccountConnector::cleanup()
{
    m_connector.reset();
    m_fleet.reset();
    m_model.reset();
    m_service.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestAccountConnector::addAccount(bool enabled)
{
    Account account;
    account.provider = Provider::Fal;
    account.label = u"Team fal"_s;
    account.enabled = enabled;
    const AccountStore::AddResult added = m_store->addAccount(account);
    return added.error == AccountStore::Error::None ? added.account.id : QString();
}

QList<Instance> TestAccountConnector::cachedFleet(const QString &accountId)
{
    QList<Instance> fleet;
    for (int i = 0; i < 3; ++i) {
        Instance instance;
        instance.provider = Provider::Fal;
        instance.accountId = accountId;
        instance.id = u"cached-%1"_s.arg(i);
        instance.status = InstanceStatus::Running;
        fleet.append(instance);
    }
    return fleet;
}

void TestAccountConnector::connectAll(ConnectionTester::ClientFactory factory)
{
    m_connector = std::make_unique<AccountConnector>(*m_service, *m_fleet, *m_model, std::move(factory));
    m_connector->setKeyRetryDelayMs(10);
    QHash<QString, QList<Instance>> cached;
    for (const Account &account : m_store->accounts())
        cached.insert(account.id, cachedFleet(account.id));
    m_connector->setCached(cached);
    m_connector->connectAll();
}

void TestAccountConnector::cachedRowsShowBeforeTheKeyIsRead()
{
    const QString id = addAccount();
    QVERIFY(!id.isEmpty());
    connectAll(nullptr);
    // The key read answers from the event loop, which has not run yet.
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->isAccountStale(id));
    QCOMPARE(m_model->accountLabel(id), u"Team fal"_s);
    QVERIFY(m_model->rowForKey(Instance::makeKey(id, u"cached-1"_s)) >= 0);
}

void TestAccountConnector::cachedRowsStayStaleWithoutAKey()
{
    const QString id = addAccount(); // no key stored: the read answers NotFound
    connectAll(nullptr);
    QSignalSpy problems(m_connector.get(), &AccountConnector::keyProblem);
    QVERIFY(problems.wait());
    QCOMPARE(problems.first().at(0).toString(), id);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->isAccountStale(id));
}

void TestAccountConnector::cachedRowsGoWithoutAClient()
{
    const QString id = addAccount();
    bool written = false;
    m_secrets->writeSecret(id, u"fal-key"_s, this,
                           [&](const SecretResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);
    connectAll([](const Account &, const QString &, QObject *) -> ProviderClient * { return nullptr; });
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy problems(m_connector.get(), &AccountConnector::keyProblem);
    QVERIFY(problems.wait());
    // As before the rows went up early: an account without a client shows none of them.
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isAccountStale(id));
}

void TestAccountConnector::disabledAccountShowsNothing()
{
    addAccount(false);
    connectAll(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestAccountConnector)
#include "tst_accountconnector.moc"

#include "core/AccountService.h"
#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "providers/fal/FalClient.h"
#include "support/ScriptedHttpServer.h"
#include "support/ScriptedPrompt.h"
#include "support/TestSupport.h"
#include "widgets/AccountsDialog.h"
#include "widgets/ConfirmationPrompt.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString GoodKey = u"fal-key-0123456789abcdef"_s;

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyGoesToTheSecretStoreNotTheSettings();
    void missingKeyIsRefused();
    void unavailableKeychainOffersSessionOnly();
    void newKeyForExistingAccountReplacesIt();
    void testConnectionAcceptsGoodKey();
    void testConnectionExplainsRejectedKey();
    void uncheckingDisablesTheAccount();
    void removeDeletesAccountAndKey();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_dialog->findChild<T *>(name);
        if (!found)
            qWarning("missing child %s", qPrintable(name));
        return found;
    }
    void fillNewFalAccount(const QString &label, const QString &key);
    [[nodiscard]] bool saveAndWait(bool expectOk);
    [[nodiscard]] QByteArray settingsFile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_keychain;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void TestAccountsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"gpufleet.conf"_s));
    m_keychain = std::make_unique<InMemorySecretStore>();
    m_service = std::make_unique<AccountService>(*m_store, *m_keychain);
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        if (request.headers.value("authorization") == "Key " + GoodKey.toUtf8())
            return ScriptedHttpServer::json(200, TestSupport::fixture(u"fal/list_page2.json"_s));
        return ScriptedHttpServer::json(401, TestSupport::fixture(u"fal/error_401.json"_s));
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    const QUrl base = m_server->url(u"/v1"_s);
    auto factory = [this, base](const Account &account, const QString &key,
                                QObject *parent) -> ProviderClient * {
        Account local = account;
        local.endpoint = base; // the scripted server stands in for fal
        return new FalClient(local, key, m_network.get(), parent);
    };
    m_dialog = std::make_unique<AccountsDialog>(*m_service, factory);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAccountsDialog::cleanup()
{
    m_dialog.reset();
    m_network.reset();
    m_server.reset();
    m_service.reset();
    m_keychain.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAccountsDialog::fillNewFalAccount(const QString &label, const QString &key)
{
    m_dialog->startNewAccount();
    auto *provider = child<QComboBox>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(int(Provider::Fal)));
    QTest::keyClicks(child<QLineEdit>(u"labelEdit"_s), label);
    auto *keyEdit = child<QLineEdit>(u"apiKeyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, key);
}

bool TestAccountsDialog::saveAndWait(bool expectOk)
{
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(5000))
        return false;
    return finished.first().first().toBool() == expectOk;
}

QByteArray TestAccountsDialog::settingsFile() const
{
    QFile file(m_store->filePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAccountsDialog::keyGoesToTheSecretStoreNotTheSettings()
{
    QSignalSpy keyChanged(m_dialog.get(), &AccountsDialog::keyChanged);
    fillNewFalAccount(u"fal personal"_s, GoodKey);
    QVERIFY(saveAndWait(true));
    const auto account = m_store->byLabel(u"fal personal"_s);
    QVERIFY(account);
    QVERIFY(m_keychain->contains(account->id));
    QVERIFY(!m_service->hasSessionKey(account->id));
    QCOMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.first().first().toString(), account->id);
    QVERIFY(child<QLineEdit>(u"apiKeyEdit"_s)->text().isEmpty()); // the form forgets it
    const QByteArray settings = settingsFile();
    QVERIFY(settings.contains("fal personal"));
    QVERIFY(!settings.contains(GoodKey.toUtf8()));
    QCOMPARE(m_dialog->currentAccountId(), account->id);
}

void TestAccountsDialog::missingKeyIsRefused()
{
    fillNewFalAccount(u"no key"_s, {});
    QVERIFY(saveAndWait(false));
    QVERIFY(!m_store->byLabel(u"no key"_s));
    QVERIFY(m_dialog->message().contains(u"API key"_s));
}

void TestAccountsDialog::unavailableKeychainOffersSessionOnly()
{
    m_keychain->setSimulatedError(SecretError::Unavailable);
    fillNewFalAccount(u"fal team"_s, GoodKey);
    QVERIFY(saveAndWait(false));
    QVERIFY(!m_store->byLabel(u"fal team"_s)); // nothing added without a key
    QVERIFY(m_dialog->message().contains(SecretResult{SecretError::Unavailable, {}, {}}.userMessage()));
    auto *sessionOnly = child<QPushButton>(u"sessionOnlyButton"_s);
    QVERIFY(sessionOnly->isVisible());

    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().toBool());
    const auto account = m_store->byLabel(u"fal team"_s);
    QVERIFY(account);
    QVERIFY(m_service->hasSessionKey(account->id));
    QCOMPARE(m_keychain->size(), 0);
    QVERIFY(!sessionOnly->isVisible());
    auto *list = child<QListWidget>(u"accountList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"session only"_s));
    QVERIFY(!settingsFile().contains(GoodKey.toUtf8()));
}

void TestAccountsDialog::newKeyForExistingAccountReplacesIt()
{
    fillNewFalAccount(u"fal personal"_s, u"old-key"_s);
    QVERIFY(saveAndWait(true));
    const QString id = m_store->byLabel(u"fal personal"_s)->id;
    QTest::keyClicks(child<QLineEdit>(u"apiKeyEdit"_s), GoodKey);
    QVERIFY(saveAndWait(true));
    std::optional<SecretResult> read;
    m_keychain->readSecret(id, this, [&read](const SecretResult &result) { read = result; });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 5000));
    QCOMPARE(read->value, GoodKey);
    QCOMPARE(m_store->accounts().size(), 1);
}

void TestAccountsDialog::testConnectionAcceptsGoodKey()
{
    fillNewFalAccount(u"fal personal"_s, GoodKey);
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY2(m_dialog->message().startsWith(u"Connected to fal.ai"_s), qPrintable(m_dialog->message()));
    QVERIFY(!m_store->byLabel(u"fal personal"_s)); // testing does not save
    QCOMPARE(m_keychain->size(), 0);
}

void TestAccountsDialog::testConnectionExplainsRejectedKey()
{
    fillNewFalAccount(u"fal personal"_s, GoodKey);
    QVERIFY(saveAndWait(true));
    QTest::keyClicks(child<QLineEdit>(u"apiKeyEdit"_s), u"wrong-key"_s);
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(m_dialog->message().contains(u"rejected this API key"_s), qPrintable(m_dialog->message()));
    QVERIFY(!m_dialog->message().contains(u"wrong-key"_s));

    // Without a typed key the stored one is tested.
    child<QLineEdit>(u"apiKeyEdit"_s)->clear();
    finished.clear();
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(m_dialog->message()));
}

void TestAccountsDialog::uncheckingDisablesTheAccount()
{
    fillNewFalAccount(u"fal personal"_s, GoodKey);
    QVERIFY(saveAndWait(true));
    auto *list = child<QListWidget>(u"accountList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    list->item(0)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(!m_store->byLabel(u"fal personal"_s)->enabled);
}

void TestAccountsDialog::removeDeletesAccountAndKey()
{
    ScriptedPrompt prompt;
    prompt.answer = true;
    m_dialog->setConfirmationPrompt(&prompt);
    fillNewFalAccount(u"fal personal"_s, GoodKey);
    QVERIFY(saveAndWait(true));
    const QString id = m_store->byLabel(u"fal personal"_s)->id;
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(prompt.asked.size(), 1);
    QVERIFY(prompt.asked.first().text.contains(u"fal personal"_s));
    QVERIFY(m_store->accounts().isEmpty());
    QVERIFY(!m_keychain->contains(id));
    QCOMPARE(child<QListWidget>(u"accountList"_s)->count(), 0);
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"

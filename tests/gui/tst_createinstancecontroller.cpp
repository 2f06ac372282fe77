#include "CreateDialogFixture.h"
#include "app/CreateInstanceController.h"
#include "fleet/FleetMonitor.h"
#include "providers/ProviderCall.h"
#include "simulator/SimulatedCloud.h"
#include "widgets/CreateInstanceDialog.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

// Creating through the dialog as a user would, against the simulated cloud: success closes the
// dialog and the instance is in the fleet at once; a refusal keeps the form; a lost answer never
// creates twice; Nebula Block gets a missing key registered; catalogue errors can be retried.
class TestCreateInstanceController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createSucceeds_data();
    void createSucceeds();
    void createFailureKeepsForm_data();
    void createFailureKeepsForm();
    void lostCreateResponseCreatesOnce_data();
    void lostCreateResponseCreatesOnce();
    void nebulaRegistersMissingKey();
    void catalogueErrorCanBeRetried();
    void onlyEnabledConnectedAccountsAreOffered();

private:
    QTemporaryDir m_keysDir;
    std::unique_ptr<CreateDialogFixture> m_fx;
};

void TestCreateInstanceController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
    QVERIFY(m_keysDir.isValid());
    QVERIFY(CreateDialogFixture::generateKey(m_keysDir.path()));
}

void TestCreateInstanceController::init()
{
    m_fx = std::make_unique<CreateDialogFixture>();
    QVERIFY(m_fx->setUp(m_keysDir.path()));
}

void TestCreateInstanceController::cleanup()
{
    m_fx.reset();
}

void TestCreateInstanceController::createSucceeds_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::newRow("fal") << Provider::Fal;
    QTest::newRow("novita") << Provider::Novita;
    QTest::newRow("nebulablock") << Provider::NebulaBlock;
}

void TestCreateInstanceController::createSucceeds()
{
    QFETCH(Provider, provider);
    QVERIFY(m_fx->chooseProvider(provider));
    if (provider == Provider::Novita)
        QVERIFY(m_fx->selectProduct(u"4090.16c62g"_s));
    QVERIFY(m_fx->createEnabled());
    const QString accountId = m_fx->accountIds.value(provider);
    const QString name = m_fx->dialog->currentSpec().name;
    QSignalSpy requested(m_fx->dialog.data(), &CreateInstanceDialog::createRequested);
    QSignalSpy finished(m_fx->dialog.data(), &QDialog::finished);

    // A double click is one press too many: it must still send one spec.
    auto *create = m_fx->child<QPushButton>(u"createButton"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QTest::mouseDClick(create, Qt::LeftButton);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QVERIFY(!m_fx->dialog->isVisible());

    QCOMPARE(m_fx->cloud->countRequests(provider, "POST", CreateDialogFixture::createPath(provider)), 1);
    QCOMPARE(m_fx->cloud->instanceIds(provider, CreateDialogFixture::apiKey(provider)).size(), 1);
    const QList<Instance> instances = m_fx->fleet->instances(accountId);
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances.first().id,
             m_fx->cloud->instanceIds(provider, CreateDialogFixture::apiKey(provider)).first());
    if (provider != Provider::Fal)
        QCOMPARE(instances.first().name, name);
    if (provider == Provider::Fal)
        QVERIFY(!requested.first().at(1).value<InstanceSpec>().idempotencyKey.isEmpty());
    QCOMPARE(m_fx->settings->value(u"create/lastAccount"_s).toString(), accountId);
}

void TestCreateInstanceController::createFailureKeepsForm_data()
{
    createSucceeds_data();
}

void TestCreateInstanceController::createFailureKeepsForm()
{
    QFETCH(Provider, provider);
    QVERIFY(m_fx->chooseProvider(provider));
    if (provider == Provider::Novita) {
        QVERIFY(m_fx->selectProduct(u"A100-80GB.14c240g"_s));
        m_fx->child<QSpinBox>(u"gpuCountSpin"_s)->setValue(4);
    }
    SimFault fault;
    fault.kind = SimFault::Kind::HttpError;
    fault.httpStatus = 400;
    fault.method = "POST";
    fault.pathContains = CreateDialogFixture::createPath(provider);
    fault.count = 1;
    m_fx->cloud->addFault(provider, fault);
    const InstanceSpec before = m_fx->dialog->currentSpec();

    QTest::mouseClick(m_fx->child<QPushButton>(u"createButton"_s), Qt::LeftButton);
    auto *error = m_fx->child<QLabel>(u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(m_fx->saveScreenshot(provider, u"-error"_s));
    QVERIFY(m_fx->dialog->isVisible());
    QVERIFY(!m_fx->dialog->isBusy());
    QVERIFY(m_fx->createEnabled());
    const InstanceSpec after = m_fx->dialog->currentSpec();
    QCOMPARE(after.offeringId, before.offeringId);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.gpuCount, before.gpuCount);
    QCOMPARE(after.image, before.image);
    QCOMPARE(after.sshPublicKey, before.sshPublicKey);
    QVERIFY(m_fx->cloud->instanceIds(provider, CreateDialogFixture::apiKey(provider)).isEmpty());
    QVERIFY(m_fx->fleet->instances(m_fx->accountIds.value(provider)).isEmpty());
}

void TestCreateInstanceController::lostCreateResponseCreatesOnce_data()
{
    createSucceeds_data();
}

void TestCreateInstanceController::lostCreateResponseCreatesOnce()
{
    QFETCH(Provider, provider);
    QVERIFY(m_fx->chooseProvider(provider));
    const QString accountId = m_fx->accountIds.value(provider);
    m_fx->fleet->client(accountId)->transport()->setTimeout(800);
    SimFault stall;
    stall.kind = SimFault::Kind::Stall;
    stall.method = "POST";
    stall.pathContains = CreateDialogFixture::createPath(provider);
    stall.count = 1;
    m_fx->cloud->addFault(provider, stall);
    const QString name = m_fx->dialog->currentSpec().name;
    QSignalSpy finished(m_fx->dialog.data(), &QDialog::finished);

    QTest::mouseClick(m_fx->child<QPushButton>(u"createButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));

    QCOMPARE(m_fx->cloud->instanceIds(provider, CreateDialogFixture::apiKey(provider)).size(), 1);
    QCOMPARE(m_fx->fleet->instances(accountId).size(), 1);
    if (provider == Provider::Fal) {
        // fal: the client repeats the POST with the same Idempotency-Key; fal answers from its cache.
        QList<QByteArray> keys;
        const QList<SimRequest> requests = m_fx->cloud->requests();
        for (const SimRequest &request : requests) {
            if (request.provider == provider && request.method == "POST")
                keys.append(request.idempotencyKey);
        }
        QCOMPARE(keys.size(), 2);
        QVERIFY(!keys.first().isEmpty());
        QCOMPARE(keys.at(1), keys.first());
    } else {
        // Novita and Nebula Block: never a second POST; the instance is found by its name.
        QCOMPARE(m_fx->cloud->countRequests(provider, "POST", CreateDialogFixture::createPath(provider)), 1);
        QCOMPARE(m_fx->fleet->instances(accountId).first().name, name);
    }
}

void TestCreateInstanceController::nebulaRegistersMissingKey()
{
    QVERIFY(m_fx->chooseProvider(Provider::NebulaBlock));
    auto *note = m_fx->child<QLabel>(u"sshKeyNoteLabel"_s);
    QTRY_VERIFY(note->text().contains(u"will be registered with Nebula Block"_s));
    const QString key = m_fx->dialog->sshKeyPicker()->publicKeyLine();
    QSignalSpy finished(m_fx->dialog.data(), &QDialog::finished);
    QTest::mouseClick(m_fx->child<QPushButton>(u"createButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_fx->cloud->countRequests(Provider::NebulaBlock, "POST", u"/ssh-keys"_s), 1);

    // The simulator has it now: a new dialog says so instead of registering it again.
    ProviderCall *call = m_fx->fleet->client(m_fx->accountIds.value(Provider::NebulaBlock))->listSshKeys();
    QSignalSpy listed(call, &ProviderCall::finished);
    QVERIFY(listed.wait(5000));
    const auto result = listed.first().first().value<ProviderResult>();
    QCOMPARE(result.entries.size(), 1);
    QCOMPARE(result.entries.first().extras.value(u"key_data"_s).toString().section(u' ', 0, 1),
             key.section(u' ', 0, 1));
    m_fx->openDialog();
    QVERIFY(m_fx->chooseProvider(Provider::NebulaBlock));
    QTRY_VERIFY(m_fx->child<QLabel>(u"sshKeyNoteLabel"_s)->text().contains(u"Already registered"_s));
}

void TestCreateInstanceController::catalogueErrorCanBeRetried()
{
    SimFault fault;
    fault.kind = SimFault::Kind::HttpError;
    fault.httpStatus = 503;
    fault.method = "GET";
    fault.pathContains = u"/products"_s;
    fault.count = 20; // more than the transport's retries
    m_fx->cloud->addFault(Provider::Novita, fault);
    m_fx->dialog->selectAccount(m_fx->accountIds.value(Provider::Novita));

    auto *retry = m_fx->child<QPushButton>(u"retryButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY(m_fx->text(u"catalogueStatusLabel"_s).contains(u"could not be loaded"_s));
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"Retry"_s));

    m_fx->cloud->clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->child<OfferingTable>(u"offeringTable"_s)->rowCount(), 4, 10000);
    QVERIFY(!retry->isVisible());
    QVERIFY(!m_fx->child<QLabel>(u"catalogueStatusLabel"_s)->isVisible());
    QVERIFY(m_fx->createEnabled());
}

void TestCreateInstanceController::onlyEnabledConnectedAccountsAreOffered()
{
    QCOMPARE(m_fx->controller->creatableAccounts().size(), 3);
    QCOMPARE(m_fx->store->setEnabled(m_fx->accountIds.value(Provider::Fal), false),
             AccountStore::Error::None);
    m_fx->fleet->removeAccount(m_fx->accountIds.value(Provider::Novita)); // no key: no client
    m_fx->openDialog();
    auto *accounts = m_fx->child<QComboBox>(u"accountCombo"_s);
    QCOMPARE(accounts->count(), 1);
    QCOMPARE(accounts->itemData(0).toString(), m_fx->accountIds.value(Provider::NebulaBlock));
    QCOMPARE(accounts->itemText(0), u"c-nebula (Nebula Block)"_s);
}

QTEST_MAIN(TestCreateInstanceController)
#include "tst_createinstancecontroller.moc"

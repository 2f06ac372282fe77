#include "CreateDialogFixture.h"
#include "app/CreateInstanceController.h"
#include "core/InstanceNaming.h"
#include "simulator/SimulatedCloud.h"
#include "widgets/CreateInstanceDialog.h"

#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

// The create form per provider, fed by the real controller from the simulated cloud: which fields
// show, the sector rule, prices, validation messages, presets, and a screenshot of each form.
class TestCreateInstanceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void falFieldsAndSectorRule();
    void falNeedsSshKey();
    void novitaFieldsAndPrice();
    void novitaValidationMessages();
    void nebulaFieldsImagesAndPrice();
    void presetsSaveAndLoad();

private:
    QTemporaryDir m_keysDir;
    std::unique_ptr<CreateDialogFixture> m_fx;
};

void TestCreateInstanceDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
    QVERIFY(m_keysDir.isValid());
    QVERIFY(CreateDialogFixture::generateKey(m_keysDir.path()));
}

void TestCreateInstanceDialog::init()
{
    m_fx = std::make_unique<CreateDialogFixture>();
    QVERIFY(m_fx->setUp(m_keysDir.path()));
}

void TestCreateInstanceDialog::cleanup()
{
    m_fx.reset();
}

void TestCreateInstanceDialog::falFieldsAndSectorRule()
{
    QVERIFY(m_fx->chooseProvider(Provider::Fal));
    for (const QString &name :
         {u"instanceTypeCombo"_s, u"sectorCombo"_s, u"falPriceSpin"_s, u"sshKeyPicker"_s})
        QVERIFY2(m_fx->shown(name), qPrintable(name));
    for (const QString &name :
         {u"offeringTable"_s, u"gpuCountSpin"_s, u"clusterCombo"_s, u"imageEdit"_s, u"osImageCombo"_s,
          u"diskSpin"_s, u"nameEdit"_s, u"portsEdit"_s, u"envEdit"_s})
        QVERIFY2(!m_fx->shown(name), qPrintable(name));

    auto *types = m_fx->child<QComboBox>(u"instanceTypeCombo"_s);
    auto *sector = m_fx->child<QComboBox>(u"sectorCombo"_s);
    types->setCurrentIndex(types->findData(u"gpu_1x_h100_sxm5"_s));
    QVERIFY(!sector->isEnabled());
    types->setCurrentIndex(types->findData(u"gpu_8x_h100_sxm5"_s));
    QVERIFY(sector->isEnabled());
    sector->setCurrentIndex(sector->findData(u"sector_2"_s));
    QCOMPARE(m_fx->dialog->currentSpec().sector, u"sector_2"_s);
    types->setCurrentIndex(types->findData(u"gpu_1x_h100_sxm5"_s));
    QVERIFY(!sector->isEnabled());
    QVERIFY(m_fx->dialog->currentSpec().sector.isEmpty());

    QVERIFY(m_fx->text(u"priceLabel"_s).contains(u"not published by fal"_s));
    m_fx->child<QDoubleSpinBox>(u"falPriceSpin"_s)->setValue(2.5);
    QVERIFY(m_fx->text(u"priceLabel"_s).contains(u"$2.50/h"_s));
    QCOMPARE(m_fx->settings->value(u"prices/fal/gpu_1x_h100_sxm5"_s).toDouble(), 2.5);
    types->setCurrentIndex(types->findData(u"gpu_8x_h100_sxm5"_s));
    QVERIFY(m_fx->text(u"priceLabel"_s).contains(u"not published by fal"_s));

    QVERIFY(m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).isEmpty());
    QVERIFY(m_fx->saveScreenshot(Provider::Fal));
}

void TestCreateInstanceDialog::falNeedsSshKey()
{
    QTemporaryDir empty;
    m_fx->dialog->sshKeyPicker()->setKeyDirectory(empty.path());
    QVERIFY(m_fx->chooseProvider(Provider::Fal));
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"SSH public key"_s));
    QVERIFY(m_fx->child<QLabel>(u"validationLabel"_s)->isVisible());

    QFile publicKey(m_keysDir.filePath(u"id_ed25519.pub"_s));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    QVERIFY(m_fx->dialog->sshKeyPicker()->choosePastedText(QString::fromUtf8(publicKey.readAll())));
    QVERIFY(m_fx->createEnabled());
    QVERIFY(!m_fx->child<QLabel>(u"validationLabel"_s)->isVisible());
}

void TestCreateInstanceDialog::novitaFieldsAndPrice()
{
    QVERIFY(m_fx->chooseProvider(Provider::Novita));
    for (const QString &name : {u"offeringTable"_s, u"gpuCountSpin"_s, u"clusterCombo"_s, u"imageEdit"_s,
                                u"diskSpin"_s, u"nameEdit"_s, u"portsEdit"_s, u"envEdit"_s})
        QVERIFY2(m_fx->shown(name), qPrintable(name));
    for (const QString &name :
         {u"instanceTypeCombo"_s, u"sectorCombo"_s, u"sshKeyPicker"_s, u"osImageCombo"_s})
        QVERIFY2(!m_fx->shown(name), qPrintable(name));

    auto *table = m_fx->child<OfferingTable>(u"offeringTable"_s);
    QCOMPARE(table->rowCount(), 4);
    const int soldOut = table->rowOf(u"H100-80GB.16c200g"_s);
    QVERIFY(soldOut >= 0);
    QCOMPARE(table->item(soldOut, 0)->flags() & Qt::ItemIsEnabled, Qt::ItemFlags());
    QCOMPARE(table->item(soldOut, 3)->text(), u"Sold out"_s);
    QVERIFY(!m_fx->selectProduct(u"H100-80GB.16c200g"_s));

    QVERIFY(m_fx->selectProduct(u"4090.16c62g"_s));
    QCOMPARE(table->item(table->rowOf(u"4090.16c62g"_s), 1)->text(), u"16 vCPU · 62 GB"_s);
    auto *gpus = m_fx->child<QSpinBox>(u"gpuCountSpin"_s);
    QCOMPARE(gpus->minimum(), 1);
    QCOMPARE(gpus->maximum(), 8);
    gpus->setValue(1);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$0.35/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));
    gpus->setValue(2);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$0.70/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));
    gpus->setValue(3);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$1.05/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));

    auto *disk = m_fx->child<QSpinBox>(u"diskSpin"_s);
    QCOMPARE(disk->minimum(), 10);
    QCOMPARE(disk->maximum(), 6144);
    QCOMPARE(m_fx->child<QLineEdit>(u"imageEdit"_s)->text(), u"nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"_s);
    const QString name = m_fx->child<QLineEdit>(u"nameEdit"_s)->text();
    QVERIFY2(InstanceNaming::isValid(name) && name.startsWith(u"rtx-4090-"_s), qPrintable(name));
    auto *clusters = m_fx->child<QComboBox>(u"clusterCombo"_s);
    QCOMPARE(clusters->count(), 3); // any + the two clusters with an RTX 4090
    QVERIFY(clusters->findData(u"as-sg-02"_s) < 0);
    QVERIFY(m_fx->createEnabled());
    QVERIFY(m_fx->saveScreenshot(Provider::Novita));
}

void TestCreateInstanceDialog::novitaValidationMessages()
{
    QVERIFY(m_fx->chooseProvider(Provider::Novita));
    QVERIFY(m_fx->selectProduct(u"L40S-48GB.16c96g"_s));
    QVERIFY(m_fx->createEnabled());
    auto *name = m_fx->child<QLineEdit>(u"nameEdit"_s);
    name->clear();
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"Enter a name"_s));
    QTest::keyClicks(name, u"bad name!"_s);
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"letters, digits and hyphens"_s));
    name->setText(u"l40s-test-0001"_s);
    QVERIFY(m_fx->createEnabled());

    auto *image = m_fx->child<QLineEdit>(u"imageEdit"_s);
    image->clear();
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"container image"_s));
    image->setText(u"ubuntu:22.04"_s);

    auto *ports = m_fx->child<QLineEdit>(u"portsEdit"_s);
    ports->setText(u"eighty/http"_s);
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(!m_fx->text(u"validationLabel"_s).isEmpty());
    ports->setText(u"8888/http, 22/tcp"_s);
    QVERIFY(m_fx->createEnabled());

    auto *envs = m_fx->child<QPlainTextEdit>(u"envEdit"_s);
    envs->setPlainText(u"TOKEN"_s);
    QVERIFY(!m_fx->createEnabled());
    QVERIFY(m_fx->text(u"validationLabel"_s).contains(u"line 1"_s));
    envs->setPlainText(u"TOKEN=abc\n\nMODE=fast=yes"_s);
    QVERIFY(m_fx->createEnabled());
    const InstanceSpec spec = m_fx->dialog->currentSpec();
    QCOMPARE(spec.envs.size(), 2);
    QCOMPARE(spec.envs.at(1), (QPair<QString, QString>(u"MODE"_s, u"fast=yes"_s)));
    QCOMPARE(spec.name, u"l40s-test-0001"_s);
}

void TestCreateInstanceDialog::nebulaFieldsImagesAndPrice()
{
    QVERIFY(m_fx->chooseProvider(Provider::NebulaBlock));
    for (const QString &name :
         {u"offeringTable"_s, u"osImageCombo"_s, u"nameEdit"_s, u"sshKeyPicker"_s, u"sshKeyNoteLabel"_s})
        QVERIFY2(m_fx->shown(name), qPrintable(name));
    for (const QString &name : {u"instanceTypeCombo"_s, u"gpuCountSpin"_s, u"imageEdit"_s, u"portsEdit"_s})
        QVERIFY2(!m_fx->shown(name), qPrintable(name));

    auto *table = m_fx->child<OfferingTable>(u"offeringTable"_s);
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(!m_fx->selectProduct(u"expde8da3529-f08d-4f86-8456-04094d19fbc4"_s)); // stock 0
    auto *images = m_fx->child<QComboBox>(u"osImageCombo"_s);

    QVERIFY(m_fx->selectProduct(u"fcp66d566c43a9501001256"_s)); // CANADA, dc 1
    QCOMPARE(images->count(), 1);
    QCOMPARE(images->itemData(0).toString(), u"fcp66d566c93a95010012"_s);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$1.00/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));

    QVERIFY(m_fx->selectProduct(u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s)); // CANADA, dc 2
    QCOMPARE(images->count(), 1);
    QCOMPARE(images->itemData(0).toString(), u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$0.70/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));

    QVERIFY(m_fx->selectProduct(u"expd4b024f34-c9f3-4c41-ade4-4b56bbe3c64b"_s)); // NORWAY
    QCOMPARE(images->count(), 1);
    QCOMPARE(images->itemData(0).toString(), u"exos60da1d80-a58b-4ff3-8a33-b566b65f3e6e"_s);
    QVERIFY2(m_fx->text(u"priceLabel"_s).contains(u"$1.87/h"_s), qPrintable(m_fx->text(u"priceLabel"_s)));

    QTRY_VERIFY(m_fx->child<QLabel>(u"sshKeyNoteLabel"_s)
                    ->text()
                    .contains(u"will be registered with Nebula Block"_s));
    QVERIFY(m_fx->createEnabled());
    QVERIFY(m_fx->saveScreenshot(Provider::NebulaBlock));
}

void TestCreateInstanceDialog::presetsSaveAndLoad()
{
    QVERIFY(m_fx->chooseProvider(Provider::Novita));
    QVERIFY(m_fx->selectProduct(u"A100-80GB.14c240g"_s));
    m_fx->child<QSpinBox>(u"gpuCountSpin"_s)->setValue(3);
    auto *clusters = m_fx->child<QComboBox>(u"clusterCombo"_s);
    clusters->setCurrentIndex(clusters->findData(u"us-ca-06"_s));
    m_fx->child<QLineEdit>(u"imageEdit"_s)->setText(u"custom/image:1"_s);
    m_fx->child<QSpinBox>(u"diskSpin"_s)->setValue(120);
    m_fx->child<QLineEdit>(u"portsEdit"_s)->setText(u"8888/http"_s);
    m_fx->child<QPlainTextEdit>(u"envEdit"_s)->setPlainText(u"A=1"_s);

    // Through the button and its (non-modal) name dialog, as a user would.
    QTest::mouseClick(m_fx->child<QPushButton>(u"savePresetButton"_s), Qt::LeftButton);
    auto *nameDialog = m_fx->dialog->findChild<QInputDialog *>(u"presetNameDialog"_s);
    QVERIFY(nameDialog);
    nameDialog->setTextValue(u"train/big"_s);
    nameDialog->accept();
    QCOMPARE(m_fx->dialog->presetNames(), QStringList{u"train/big"_s});
    QCOMPARE(m_fx->child<QComboBox>(u"presetCombo"_s)->currentText(), u"train/big"_s);

    QVERIFY(m_fx->selectProduct(u"4090.16c62g"_s));
    m_fx->child<QSpinBox>(u"gpuCountSpin"_s)->setValue(1);
    m_fx->child<QLineEdit>(u"imageEdit"_s)->setText(u"other"_s);
    QVERIFY(m_fx->dialog->applyPreset(u"train/big"_s));
    InstanceSpec spec = m_fx->dialog->currentSpec();
    QCOMPARE(spec.offeringId, u"A100-80GB.14c240g"_s);
    QCOMPARE(spec.gpuCount, 3);
    QCOMPARE(spec.clusterId, u"us-ca-06"_s);
    QCOMPARE(spec.image, u"custom/image:1"_s);
    QCOMPARE(spec.diskGb, 120);
    QCOMPARE(spec.ports, u"8888/http"_s);
    QCOMPARE(spec.envs.size(), 1);
    QVERIFY(InstanceNaming::isValid(spec.name));

    // A new dialog, preset chosen before the products arrived.
    m_fx->openDialog();
    m_fx->dialog->selectAccount(m_fx->accountIds.value(Provider::Novita));
    QVERIFY(m_fx->dialog->applyPreset(u"train/big"_s));
    QTRY_COMPARE(m_fx->dialog->currentSpec().offeringId, u"A100-80GB.14c240g"_s);
    spec = m_fx->dialog->currentSpec();
    QCOMPARE(spec.gpuCount, 3);
    QCOMPARE(spec.clusterId, u"us-ca-06"_s);
    QVERIFY(m_fx->text(u"priceLabel"_s).contains(u"$4.17/h"_s)); // 3 × $1.39

    // Presets are per provider.
    QVERIFY(m_fx->chooseProvider(Provider::NebulaBlock));
    QVERIFY(m_fx->dialog->presetNames().isEmpty());
    m_fx->dialog->selectAccount(m_fx->accountIds.value(Provider::Novita));
    m_fx->dialog->deletePreset(u"train/big"_s);
    QVERIFY(m_fx->dialog->presetNames().isEmpty());
}

QTEST_MAIN(TestCreateInstanceDialog)
#include "tst_createinstancedialog.moc"

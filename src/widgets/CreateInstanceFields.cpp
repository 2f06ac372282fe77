#include "widgets/CreateInstanceFields.h"

#include "providers/novita/NovitaRequests.h"
#include "ui_CreateInstanceDialog.h"
#include "widgets/CreateFormRules.h"
#include "widgets/SshKeyPicker.h"

#include <QComboBox>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

CreateInstanceFields::CreateInstanceFields(Ui::CreateInstanceDialog &ui)
    : m_ui(ui)
{
}

bool CreateInstanceFields::selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

void CreateInstanceFields::setUp()
{
    m_ui.sshKeyLabel->setBuddy(m_ui.sshKeyPicker->findChild<QComboBox *>(u"keyCombo"_s));
    m_ui.imageEdit->setText(QString::fromLatin1(CreateFormRules::DefaultNovitaImage));
    m_ui.diskSpin->setRange(NovitaRequests::MinRootfsGb, NovitaRequests::MaxRootfsGb);
    m_ui.diskSpin->setValue(CreateFormRules::DefaultNovitaDiskGb);
    m_ui.validationLabel->hide();
    m_ui.errorLabel->hide();
    m_ui.retryButton->hide();
    QFont priceFont = m_ui.priceLabel->font();
    priceFont.setBold(true);
    m_ui.priceLabel->setFont(priceFont);
    fillInstanceTypes({});
}

void CreateInstanceFields::onEdited(QObject *context, const std::function<void()> &edited)
{
    QObject::connect(m_ui.imageEdit, &QLineEdit::textChanged, context, edited);
    QObject::connect(m_ui.osImageCombo, &QComboBox::currentIndexChanged, context, edited);
    QObject::connect(m_ui.nameEdit, &QLineEdit::textChanged, context, edited);
    QObject::connect(m_ui.portsEdit, &QLineEdit::textChanged, context, edited);
    QObject::connect(m_ui.envEdit, &QPlainTextEdit::textChanged, context, edited);
}

void CreateInstanceFields::showFor(Provider provider)
{
    const bool fal = provider == Provider::Fal;
    const bool novita = provider == Provider::Novita;
    const bool nebula = provider == Provider::NebulaBlock;
    QFormLayout *form = m_ui.detailsForm;
    form->setRowVisible(m_ui.instanceTypeCombo, fal);
    form->setRowVisible(m_ui.sectorCombo, fal);
    form->setRowVisible(m_ui.falPriceSpin, fal);
    form->setRowVisible(m_ui.gpuCountSpin, novita);
    form->setRowVisible(m_ui.clusterCombo, novita);
    form->setRowVisible(m_ui.imageEdit, novita);
    form->setRowVisible(m_ui.osImageCombo, nebula);
    form->setRowVisible(m_ui.diskSpin, novita);
    // fal takes no name; Novita and Nebula Block find the new instance by it.
    form->setRowVisible(m_ui.nameLayout, novita || nebula);
    // Novita has no SSH key field: its keys are uploaded in the console, per account.
    form->setRowVisible(m_ui.sshKeyPicker, fal || nebula);
    form->setRowVisible(m_ui.sshKeyNoteLabel, nebula);
    form->setRowVisible(m_ui.portsEdit, novita);
    form->setRowVisible(m_ui.envEdit, novita);
    m_ui.offeringTable->setVisible(novita || nebula);
}

void CreateInstanceFields::setEditable(bool editable)
{
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_ui.accountCombo, m_ui.presetBar, m_ui.offeringTable,
                                          m_ui.retryButton, m_ui.nameEdit, m_ui.regenerateNameButton})
        widget->setEnabled(editable);
    for (int i = 0; i < m_ui.detailsForm->count(); ++i) {
        if (QWidget *widget = m_ui.detailsForm->itemAt(i)->widget())
            widget->setEnabled(editable);
    }
}

void CreateInstanceFields::fillInstanceTypes(const QList<Offering> &offerings)
{
    QComboBox *types = m_ui.instanceTypeCombo;
    const QString previous = types->currentData().toString();
    const QSignalBlocker blocker(types);
    types->clear();
    QStringList sectors{u"sector_1"_s, u"sector_2"_s, u"sector_3"_s};
    for (const Offering &offering : offerings) {
        //: fal instance type, e.g. "8× H100 (128 vCPU · 1600 GB RAM)"
        types->addItem(tr("%1× %2 (%3 vCPU · %4 GB RAM)")
                           .arg(offering.gpuCount)
                           .arg(offering.gpuModel)
                           .arg(offering.cpuCores)
                           .arg(offering.ramGb),
                       offering.id);
        if (offering.extras.contains(u"sectors"_s))
            sectors = offering.extras.value(u"sectors"_s).toStringList();
    }
    if (!selectData(types, previous))
        types->setCurrentIndex(types->count() > 0 ? 0 : -1);

    const QString sector = m_ui.sectorCombo->currentData().toString();
    const QSignalBlocker sectorBlocker(m_ui.sectorCombo);
    m_ui.sectorCombo->clear();
    m_ui.sectorCombo->addItem(tr("Any (fal chooses)"), QString());
    for (const QString &id : std::as_const(sectors))
        //: a fal sector, e.g. "Sector 2" for sector_2
        m_ui.sectorCombo->addItem(tr("Sector %1").arg(id.section(u'_', -1)), id);
    selectData(m_ui.sectorCombo, sector);
}

void CreateInstanceFields::fillClusters(const Offering &product, const QList<CatalogueEntry> &clusters)
{
    QComboBox *combo = m_ui.clusterCombo;
    const QString previous = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Any cluster"), QString());
    for (const CatalogueEntry &cluster : CreateFormRules::clustersFor(product, clusters))
        combo->addItem(cluster.name.isEmpty() ? cluster.id : cluster.name, cluster.id);
    selectData(combo, previous);
}

void CreateInstanceFields::fillImages(const Offering &product, const QList<CatalogueEntry> &images)
{
    QComboBox *combo = m_ui.osImageCombo;
    const QString previous = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const CatalogueEntry &image : CreateFormRules::imagesFor(product, images))
        combo->addItem(image.name.isEmpty() ? image.id : image.name, image.id);
    combo->setPlaceholderText(tr("No image for this product's region"));
    if (!selectData(combo, previous))
        combo->setCurrentIndex(combo->count() > 0 ? 0 : -1);
}

void CreateInstanceFields::adaptTo(Provider provider, const std::optional<Offering> &offering,
                                   const QList<CatalogueEntry> &clusters, const QList<CatalogueEntry> &images)
{
    // fal places only 8× H100 instances in sectors (InfiniBand); a 1× create with one is refused.
    const bool sectors = offering && provider == Provider::Fal && offering->gpuCount >= 8;
    // While the dialog is busy every field is disabled; the type combo tells.
    m_ui.sectorCombo->setEnabled(sectors && m_ui.instanceTypeCombo->isEnabled());
    if (!sectors)
        m_ui.sectorCombo->setCurrentIndex(0);
    if (offering && provider == Provider::Novita) {
        m_ui.diskSpin->setRange(offering->minDiskGb > 0 ? offering->minDiskGb : NovitaRequests::MinRootfsGb,
                                offering->maxDiskGb > 0 ? offering->maxDiskGb : NovitaRequests::MaxRootfsGb);
        fillClusters(*offering, clusters);
    }
    if (provider == Provider::NebulaBlock)
        fillImages(offering.value_or(Offering()), images);
}

std::optional<Offering> CreateInstanceFields::currentOffering(Provider provider,
                                                              const QList<Offering> &offerings) const
{
    if (provider != Provider::Fal)
        return m_ui.offeringTable->currentOffering();
    const QString id = m_ui.instanceTypeCombo->currentData().toString();
    for (const Offering &offering : offerings) {
        if (offering.id == id)
            return offering;
    }
    return std::nullopt;
}

bool CreateInstanceFields::selectOffering(Provider provider, const QString &offeringId)
{
    if (provider == Provider::Fal)
        return selectData(m_ui.instanceTypeCombo, offeringId);
    return m_ui.offeringTable->selectOffering(offeringId);
}

InstanceSpec CreateInstanceFields::read(Provider provider, const std::optional<Offering> &offering) const
{
    InstanceSpec spec;
    spec.offeringId = offering ? offering->id : QString();
    switch (provider) {
    case Provider::Fal:
        spec.sshPublicKey = m_ui.sshKeyPicker->publicKeyLine();
        if (m_ui.sectorCombo->isEnabled())
            spec.sector = m_ui.sectorCombo->currentData().toString();
        break;
    case Provider::Novita:
        spec.name = m_ui.nameEdit->text().trimmed();
        spec.gpuCount = m_ui.gpuCountSpin->value();
        spec.clusterId = m_ui.clusterCombo->currentData().toString();
        spec.image = m_ui.imageEdit->text().trimmed();
        spec.diskGb = m_ui.diskSpin->value();
        spec.ports = m_ui.portsEdit->text().trimmed();
        spec.envs = CreateFormRules::parseEnvs(m_ui.envEdit->toPlainText(), nullptr);
        break;
    case Provider::NebulaBlock:
        spec.name = m_ui.nameEdit->text().trimmed();
        spec.image = m_ui.osImageCombo->currentData().toString();
        spec.sshPublicKey = m_ui.sshKeyPicker->publicKeyLine();
        break;
    }
    return spec;
}

void CreateInstanceFields::write(Provider provider, const InstanceSpec &spec)
{
    switch (provider) {
    case Provider::Fal:
        // The sector combo is enabled by the 8× type chosen before this.
        if (!selectData(m_ui.sectorCombo, spec.sector))
            m_ui.sectorCombo->setCurrentIndex(0);
        break;
    case Provider::Novita:
        m_ui.gpuCountSpin->setValue(spec.gpuCount);
        if (!selectData(m_ui.clusterCombo, spec.clusterId))
            m_ui.clusterCombo->setCurrentIndex(0);
        if (!spec.image.isEmpty())
            m_ui.imageEdit->setText(spec.image);
        if (spec.diskGb > 0)
            m_ui.diskSpin->setValue(spec.diskGb);
        m_ui.portsEdit->setText(spec.ports);
        m_ui.envEdit->setPlainText(CreateFormRules::envText(spec.envs));
        break;
    case Provider::NebulaBlock:
        selectData(m_ui.osImageCombo, spec.image);
        break;
    }
}

QString CreateInstanceFields::problem(Provider provider, const std::optional<Offering> &offering) const
{
    if (!offering)
        return provider == Provider::Fal ? tr("Choose an instance type.")
                                         : tr("Choose an available product.");
    const bool needsKey = provider == Provider::Fal || provider == Provider::NebulaBlock;
    if (provider == Provider::NebulaBlock && m_ui.osImageCombo->currentData().toString().isEmpty())
        return tr("Choose an OS image (none is offered in this product's region).");
    if (provider == Provider::Novita) {
        if (m_ui.imageEdit->text().trimmed().isEmpty())
            return tr("Enter a container image.");
        if (const QString ports = CreateFormRules::portsProblem(m_ui.portsEdit->text()); !ports.isEmpty())
            return ports;
        QString envError;
        (void)CreateFormRules::parseEnvs(m_ui.envEdit->toPlainText(), &envError);
        if (!envError.isEmpty())
            return envError;
    }
    if (provider != Provider::Fal) {
        if (const QString name = CreateFormRules::nameProblem(m_ui.nameEdit->text(), true); !name.isEmpty())
            return name;
    }
    if (needsKey && m_ui.sshKeyPicker->publicKeyLine().isEmpty())
        return tr("Choose an SSH public key: it is how you will log in.");
    return {};
}

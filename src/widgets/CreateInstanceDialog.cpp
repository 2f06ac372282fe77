#include "widgets/CreateInstanceDialog.h"

#include "core/InstanceNaming.h"
#include "ui_CreateInstanceDialog.h"
#include "widgets/CreateFormRules.h"
#include "widgets/FormMessage.h"
#include "widgets/SshKeyPicker.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

CreateInstanceDialog::CreateInstanceDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateInstanceDialog>())
    , m_fields(*m_ui)
    , m_settings(settings)
    , m_presets(settings)
{
    m_ui->setupUi(this);
    m_ui->sshKeyPicker->setSettings(&m_settings);
    m_fields.setUp();
    m_fields.onEdited(this, [this] {
        if (!m_updating)
            validate();
    });
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this,
            &CreateInstanceDialog::onAccountChanged);
    connect(m_ui->offeringTable, &OfferingTable::currentOfferingChanged, this,
            &CreateInstanceDialog::onOfferingChanged);
    connect(m_ui->instanceTypeCombo, &QComboBox::currentIndexChanged, this,
            &CreateInstanceDialog::onOfferingChanged);
    connect(m_ui->gpuCountSpin, &QSpinBox::valueChanged, this, &CreateInstanceDialog::updatePrice);
    connect(m_ui->falPriceSpin, &QDoubleSpinBox::valueChanged, this,
            &CreateInstanceDialog::onFalPriceChanged);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_ui->sshKeyPicker, &SshKeyPicker::keyChanged, this, [this] {
        updateKeyNote();
        validate();
    });
    connect(m_ui->regenerateNameButton, &QPushButton::clicked, this, [this] {
        m_nameEdited = false;
        regenerateName();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        const QString id = currentAccountId();
        m_catalogues[id].error.clear();
        emit catalogueRequested(id);
    });
    connect(m_ui->presetBar, &PresetBar::presetChosen, this, &CreateInstanceDialog::applyPreset);
    connect(m_ui->presetBar, &PresetBar::saveRequested, this, &CreateInstanceDialog::savePreset);
    connect(m_ui->presetBar, &PresetBar::deleteRequested, this, &CreateInstanceDialog::deletePreset);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateInstanceDialog::onCreateClicked);
    onAccountChanged();
}

CreateInstanceDialog::~CreateInstanceDialog() = default;

void CreateInstanceDialog::setAccounts(const QList<Account> &accounts)
{
    m_accounts.clear();
    const QString previous = currentAccountId();
    {
        const QSignalBlocker blocker(m_ui->accountCombo);
        m_ui->accountCombo->clear();
        for (const Account &account : accounts) {
            if (!account.enabled)
                continue;
            m_accounts.append(account);
            //: account picker entry: account label (provider name)
            m_ui->accountCombo->addItem(
                tr("%1 (%2)").arg(account.label, Providers::displayName(account.provider)), account.id);
        }
        const QString wanted = previous.isEmpty()
            ? m_settings.value(QString::fromLatin1(LastAccountSetting)).toString()
            : previous;
        if (!CreateInstanceFields::selectData(m_ui->accountCombo, wanted))
            m_ui->accountCombo->setCurrentIndex(m_accounts.isEmpty() ? -1 : 0);
    }
    onAccountChanged();
}

bool CreateInstanceDialog::selectAccount(const QString &accountId)
{
    return CreateInstanceFields::selectData(m_ui->accountCombo, accountId);
}

QString CreateInstanceDialog::currentAccountId() const
{
    return m_ui->accountCombo->currentData().toString();
}

std::optional<Provider> CreateInstanceDialog::currentProvider() const
{
    const QString id = currentAccountId();
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account.provider;
    }
    return std::nullopt;
}

const CreateCatalogue &CreateInstanceDialog::currentCatalogue() const
{
    static const CreateCatalogue none;
    const auto it = m_catalogues.constFind(currentAccountId());
    return it == m_catalogues.cend() ? none : *it;
}

void CreateInstanceDialog::setOfferings(const QString &accountId, const QList<Offering> &offerings)
{
    CreateCatalogue &catalogue = m_catalogues[accountId];
    catalogue.offerings = offerings;
    catalogue.offeringsLoaded = true;
    if (accountId == currentAccountId())
        refreshOfferings();
}

void CreateInstanceDialog::setClusters(const QString &accountId, const QList<CatalogueEntry> &clusters)
{
    m_catalogues[accountId].clusters = clusters;
    if (accountId == currentAccountId())
        onOfferingChanged();
}

void CreateInstanceDialog::setImages(const QString &accountId, const QList<CatalogueEntry> &images)
{
    m_catalogues[accountId].images = images;
    if (accountId == currentAccountId())
        onOfferingChanged();
}

void CreateInstanceDialog::setRegisteredSshKeys(const QString &accountId, const QList<CatalogueEntry> &keys)
{
    CreateCatalogue &catalogue = m_catalogues[accountId];
    catalogue.sshKeys = keys;
    catalogue.keysLoaded = true;
    if (accountId == currentAccountId())
        updateKeyNote();
}

void CreateInstanceDialog::setLoading(const QString &accountId, bool loading)
{
    CreateCatalogue &catalogue = m_catalogues[accountId];
    catalogue.requested = true;
    catalogue.loading = loading;
    if (loading)
        catalogue.error.clear();
    if (accountId == currentAccountId()) {
        updateCatalogueStatus();
        validate();
        applyPendingPreset();
    }
}

void CreateInstanceDialog::setError(const QString &accountId, const QString &message)
{
    m_catalogues[accountId].error = message;
    if (accountId == currentAccountId()) {
        updateCatalogueStatus();
        validate();
    }
}

void CreateInstanceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fields.setEditable(!busy);
    m_ui->createButton->setText(busy ? tr("Creating…") : tr("&Create"));
    if (const std::optional<Provider> provider = currentProvider(); provider && !busy) // the sector rule
        m_fields.adaptTo(*provider, currentOffering(), currentCatalogue().clusters,
                         currentCatalogue().images);
    validate();
}

void CreateInstanceDialog::showError(const QString &message)
{
    setBusy(false);
    FormMessage::show(m_ui->errorLabel, tr("The instance was not created: %1").arg(message),
                      FormMessage::Kind::Error);
}

void CreateInstanceDialog::onAccountChanged()
{
    m_ui->errorLabel->hide();
    const std::optional<Provider> provider = currentProvider();
    m_fields.showFor(provider.value_or(Provider::Fal));
    refreshPresets();
    const QString id = currentAccountId();
    if (provider && !m_catalogues.value(id).requested) {
        m_catalogues[id].requested = true;
        emit catalogueRequested(id);
    }
    refreshOfferings();
}

void CreateInstanceDialog::refreshOfferings()
{
    const std::optional<Provider> provider = currentProvider();
    m_updating = true;
    if (provider == Provider::Fal)
        m_fields.fillInstanceTypes(currentCatalogue().offerings);
    else if (provider)
        m_ui->offeringTable->setOfferings(*provider, currentCatalogue().offerings);
    m_updating = false;
    updateCatalogueStatus();
    onOfferingChanged();
    applyPendingPreset();
}

void CreateInstanceDialog::applyPendingPreset()
{
    // Only once everything it may name (clusters, images) has arrived.
    const CreateCatalogue &catalogue = currentCatalogue();
    if (!m_pendingPreset || !catalogue.offeringsLoaded || catalogue.loading)
        return;
    const InstanceSpec spec = *m_pendingPreset;
    m_pendingPreset.reset();
    applySpec(spec);
}

std::optional<Offering> CreateInstanceDialog::currentOffering() const
{
    const std::optional<Provider> provider = currentProvider();
    return provider ? m_fields.currentOffering(*provider, currentCatalogue().offerings) : std::nullopt;
}

void CreateInstanceDialog::onOfferingChanged()
{
    if (m_updating)
        return;
    const std::optional<Offering> offering = currentOffering();
    const std::optional<Provider> provider = currentProvider();
    if (!provider)
        return;
    m_updating = true;
    m_fields.adaptTo(*provider, offering, currentCatalogue().clusters, currentCatalogue().images);
    if (offering && provider == Provider::Fal) {
        const QSignalBlocker blocker(m_ui->falPriceSpin);
        m_ui->falPriceSpin->setValue(m_settings.value(CreateFormRules::falPriceKey(offering->id)).toDouble());
    }
    m_updating = false;
    // A new product gets a name of its own unless the user typed one; the same product (a
    // refresh, a failed create) keeps the name shown.
    const QString offeringId = offering ? offering->id : QString();
    if (!m_nameEdited && offeringId != m_namedForOffering) {
        m_namedForOffering = offeringId;
        regenerateName();
    }
    updateKeyNote();
    updatePrice();
}

void CreateInstanceDialog::updateCatalogueStatus()
{
    bool isError = false;
    const QString text = currentCatalogue().statusText(&isError);
    FormMessage::show(m_ui->catalogueStatusLabel, text,
                      isError ? FormMessage::Kind::Error : FormMessage::Kind::Info);
    m_ui->retryButton->setVisible(isError);
}

void CreateInstanceDialog::updateKeyNote()
{
    const CreateCatalogue &catalogue = currentCatalogue();
    QString note;
    if (currentProvider() == Provider::NebulaBlock && catalogue.keysLoaded)
        note = CreateFormRules::nebulaKeyNote(m_ui->sshKeyPicker->publicKeyLine(), catalogue.sshKeys);
    FormMessage::show(m_ui->sshKeyNoteLabel, note, FormMessage::Kind::Info);
}

void CreateInstanceDialog::updatePrice()
{
    const std::optional<Provider> provider = currentProvider();
    std::optional<double> falPrice;
    if (m_ui->falPriceSpin->value() > 0)
        falPrice = m_ui->falPriceSpin->value();
    m_ui->priceLabel->setText(provider ? CreateFormRules::priceText(*provider, currentOffering(),
                                                                    m_ui->gpuCountSpin->value(), falPrice)
                                       : QString());
    validate();
}

void CreateInstanceDialog::onFalPriceChanged(double price)
{
    const std::optional<Offering> offering = currentOffering();
    if (offering && currentProvider() == Provider::Fal) {
        if (price > 0)
            m_settings.setValue(CreateFormRules::falPriceKey(offering->id), price);
        else
            m_settings.remove(CreateFormRules::falPriceKey(offering->id));
    }
    updatePrice();
}

void CreateInstanceDialog::regenerateName()
{
    const std::optional<Offering> offering = currentOffering();
    m_ui->nameEdit->setText(InstanceNaming::generate(offering ? offering->gpuModel : u"gpu"_s));
}

void CreateInstanceDialog::validate()
{
    const QString problem = validationMessage();
    FormMessage::show(m_ui->validationLabel, problem, FormMessage::Kind::Info);
    m_ui->createButton->setEnabled(problem.isEmpty() && !m_busy);
}

QString CreateInstanceDialog::validationMessage() const
{
    if (m_accounts.isEmpty())
        return tr("Add an account first (Accounts…).");
    const std::optional<Provider> provider = currentProvider();
    if (!provider)
        return tr("Choose an account.");
    if (const QString reason = currentCatalogue().blockingReason(); !reason.isEmpty())
        return reason;
    return m_fields.problem(*provider, currentOffering());
}

InstanceSpec CreateInstanceDialog::currentSpec() const
{
    const std::optional<Provider> provider = currentProvider();
    return provider ? m_fields.read(*provider, currentOffering()) : InstanceSpec();
}

SshKeyPicker *CreateInstanceDialog::sshKeyPicker() const
{
    return m_ui->sshKeyPicker;
}

void CreateInstanceDialog::onCreateClicked()
{
    // Busy from the first press on: a double click or a held Enter sends one spec only.
    if (m_busy || !validationMessage().isEmpty())
        return;
    InstanceSpec spec = currentSpec();
    // One key per press; the fal client reuses it on its own retries of this press only.
    if (currentProvider() == Provider::Fal)
        spec.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString accountId = currentAccountId();
    m_settings.setValue(QString::fromLatin1(LastAccountSetting), accountId);
    m_ui->sshKeyPicker->rememberCurrentKey();
    m_ui->errorLabel->hide();
    setBusy(true);
    emit createRequested(accountId, spec);
}

QStringList CreateInstanceDialog::presetNames() const
{
    const std::optional<Provider> provider = currentProvider();
    return provider ? m_presets.names(*provider) : QStringList();
}

bool CreateInstanceDialog::savePreset(const QString &name)
{
    const std::optional<Provider> provider = currentProvider();
    if (!provider || !m_presets.save(*provider, name, currentSpec()))
        return false;
    refreshPresets(name.trimmed());
    return true;
}

bool CreateInstanceDialog::applyPreset(const QString &name)
{
    const std::optional<Provider> provider = currentProvider();
    const std::optional<InstanceSpec> spec = provider ? m_presets.load(*provider, name) : std::nullopt;
    if (!spec)
        return false;
    refreshPresets(name.trimmed());
    m_pendingPreset = spec;
    if (currentCatalogue().offeringsLoaded && !currentCatalogue().loading)
        applyPendingPreset();
    return true;
}

void CreateInstanceDialog::deletePreset(const QString &name)
{
    if (const std::optional<Provider> provider = currentProvider(); provider && !name.isEmpty())
        m_presets.remove(*provider, name);
    refreshPresets();
}

void CreateInstanceDialog::refreshPresets(const QString &select)
{
    m_ui->presetBar->setNames(presetNames(), select);
}

void CreateInstanceDialog::applySpec(const InstanceSpec &spec)
{
    const std::optional<Provider> provider = currentProvider();
    if (!provider)
        return;
    // The product first: it refills the clusters, images and disk bounds the rest refers to.
    m_fields.selectOffering(*provider, spec.offeringId);
    m_fields.write(*provider, spec);
    if (!spec.sshPublicKey.isEmpty() && !m_ui->sshKeyPicker->selectKey(spec.sshPublicKey))
        m_ui->sshKeyPicker->choosePastedText(spec.sshPublicKey);
    updatePrice();
}

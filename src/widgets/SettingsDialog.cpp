#include "widgets/SettingsDialog.h"

#include "fleet/CostTracker.h"
#include "fleet/SshConfigWriter.h"
#include "providers/fal/FalParser.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MsPerSecond = 1000;
constexpr double MaxThresholdHours = 7 * 24;
constexpr double MaxPricePerHour = 1000;
constexpr double MaxBudget = 1000000;

int hoursToMinutes(double hours)
{
    return int(std::lround(hours * 60));
}

std::optional<double> positive(const QDoubleSpinBox *spin)
{
    return spin->value() > 0 ? std::optional<double>(spin->value()) : std::nullopt;
}

QDoubleSpinBox *moneySpin(double maximum, const QString &zeroText)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setPrefix(u"$ "_s);
    spin->setSpecialValueText(zeroText);
    return spin;
}
} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_env(std::move(environment))
{
    m_ui->setupUi(this);
    buildGeneralPage();
    buildNotificationsPage();
    buildCostsPage();
    load();
    // The word-wrapped notes take more lines in some languages: fit the height to this width.
    ensurePolished(); // the style's fonts and margins, which the heights depend on
    if (layout()->hasHeightForWidth())
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildGeneralPage()
{
    // Each language in its own name, so whoever cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"简体中文"_s, u"zh_CN"_s);

    const bool hasAutostart = m_env.autostartEnabled && m_env.setAutostartEnabled;
    m_ui->startAtLoginCheck->setVisible(hasAutostart);
    m_ui->sshGroup->setVisible(m_env.sshConfig);

    const QString seconds = tr(" s");
    m_ui->fastPollSpin->setRange(GeneralSettings::MinFastPollMs / MsPerSecond,
                                 GeneralSettings::MaxFastPollMs / MsPerSecond);
    m_ui->fastPollSpin->setSuffix(seconds);
    m_ui->slowPollSpin->setRange(GeneralSettings::MinSlowPollMs / MsPerSecond,
                                 GeneralSettings::MaxSlowPollMs / MsPerSecond);
    m_ui->slowPollSpin->setSuffix(seconds);
    m_ui->slowPollSpin->setSingleStep(10);
    connect(m_ui->manageSshCheck, &QCheckBox::toggled, this, &SettingsDialog::updateSshNote);
}

void SettingsDialog::buildNotificationsPage()
{
    const QList<Notification::Kind> kinds = Notification::allKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *check = new QCheckBox(Notification::kindDisplayName(kinds.at(i)), m_ui->kindsGroup);
        check->setObjectName(u"kind_"_s + Notification::kindId(kinds.at(i)));
        m_ui->kindsLayout->addWidget(check, i / 2, i % 2);
        m_kindChecks.insert(kinds.at(i), check);
    }

    const QList<Provider> providers = Providers::all();
    for (int i = 0; i < providers.size(); ++i) {
        const Provider provider = providers.at(i);
        auto *spin = new QSpinBox(m_ui->thresholdsGroup);
        spin->setObjectName(u"stuck_"_s + Providers::id(provider));
        spin->setRange(1, 24 * 60);
        spin->setSuffix(tr(" min"));
        m_ui->thresholdsForm->insertRow(
            i, tr("%1 stuck while starting after:").arg(Providers::displayName(provider)), spin);
        m_stuckSpins.insert(provider, spin);
    }
    for (QDoubleSpinBox *spin : {m_ui->stillRunningSpin, m_ui->repeatSpin}) {
        spin->setRange(0.5, MaxThresholdHours);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" h"));
    }
}

QDoubleSpinBox *SettingsDialog::newHoursSpin(double minimum, const QString &zeroText)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(minimum, MaxThresholdHours);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(tr(" h"));
    spin->setSpecialValueText(zeroText);
    return spin;
}

void SettingsDialog::buildCostsPage()
{
    QTableWidget *prices = m_ui->pricesTable;
    const QList<Offering> offerings = FalParser::offerings();
    prices->setColumnCount(2);
    prices->setHorizontalHeaderLabels({tr("fal.ai instance type"), tr("Price per hour")});
    prices->setRowCount(int(offerings.size()));
    for (int row = 0; row < offerings.size(); ++row) {
        const Offering &offering = offerings.at(row);
        auto *name = new QTableWidgetItem(offering.name.isEmpty() ? offering.id : offering.name);
        name->setToolTip(offering.id);
        prices->setItem(row, 0, name);
        QDoubleSpinBox *spin = moneySpin(MaxPricePerHour, tr("Not set"));
        spin->setObjectName(u"price_"_s + offering.id);
        prices->setCellWidget(row, 1, spin);
        m_falPriceSpins.insert(offering.id, spin);
    }
    prices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    prices->verticalHeader()->hide();
    prices->setMaximumHeight(prices->horizontalHeader()->sizeHint().height()
                             + int(offerings.size()) * prices->verticalHeader()->defaultSectionSize() + 4);

    const QString none = tr("None");
    QDoubleSpinBox *overall = m_ui->overallBudgetSpin;
    overall->setRange(0, MaxBudget);
    overall->setDecimals(2);
    overall->setPrefix(u"$ "_s);
    overall->setSpecialValueText(none);

    QTableWidget *accounts = m_ui->accountsTable;
    accounts->setColumnCount(3);
    accounts->setHorizontalHeaderLabels({tr("Account"), tr("Still running after"), tr("Daily budget")});
    accounts->setRowCount(int(m_env.accountLabels.size()));
    for (int row = 0; row < m_env.accountLabels.size(); ++row) {
        const auto &[accountId, label] = m_env.accountLabels.at(row);
        accounts->setItem(row, 0, new QTableWidgetItem(label));
        QDoubleSpinBox *running = newHoursSpin(0, tr("Default"));
        running->setObjectName(u"stillRunning_"_s + accountId);
        accounts->setCellWidget(row, 1, running);
        m_accountRunningSpins.insert(accountId, running);
        QDoubleSpinBox *budget = moneySpin(MaxBudget, none);
        budget->setObjectName(u"budget_"_s + accountId);
        accounts->setCellWidget(row, 2, budget);
        m_accountBudgetSpins.insert(accountId, budget);
    }
    accounts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    accounts->verticalHeader()->hide();
    m_ui->accountsNote->setVisible(!m_env.accountLabels.isEmpty());
    accounts->setVisible(!m_env.accountLabels.isEmpty());
}

void SettingsDialog::load()
{
    m_general = GeneralSettings::load(m_settings);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(m_general.language)));
    m_ui->terminalEdit->setText(m_general.terminalCommand);
    m_ui->startMinimizedCheck->setChecked(m_general.startMinimized);
    if (m_env.autostartEnabled)
        m_ui->startAtLoginCheck->setChecked(m_env.autostartEnabled());
    m_ui->fastPollSpin->setValue(m_general.intervals.fastMs / MsPerSecond);
    m_ui->slowPollSpin->setValue(m_general.intervals.slowMs / MsPerSecond);
    m_ui->manageSshCheck->setChecked(m_general.manageSshConfig);
    updateSshNote();

    m_notifications = NotificationSettings::load(m_settings);
    for (auto it = m_kindChecks.cbegin(); it != m_kindChecks.cend(); ++it)
        it.value()->setChecked(m_notifications.isEnabled(it.key()));
    for (auto it = m_stuckSpins.cbegin(); it != m_stuckSpins.cend(); ++it)
        it.value()->setValue(m_notifications.stuckThresholdMinutes(it.key()));
    m_ui->stillRunningSpin->setValue(m_notifications.stillRunningMinutes / 60.0);
    m_ui->repeatSpin->setValue(m_notifications.repeatMinutes / 60.0);
    for (auto it = m_accountRunningSpins.cbegin(); it != m_accountRunningSpins.cend(); ++it)
        it.value()->setValue(m_notifications.stillRunningMinutesByAccount.value(it.key(), 0) / 60.0);

    CostTracker costs;
    costs.loadSettings(m_settings);
    for (auto it = m_falPriceSpins.cbegin(); it != m_falPriceSpins.cend(); ++it)
        it.value()->setValue(costs.userPrice(Provider::Fal, it.key()).value_or(0));
    m_ui->overallBudgetSpin->setValue(costs.dailyBudget({}).value_or(0));
    for (auto it = m_accountBudgetSpins.cbegin(); it != m_accountBudgetSpins.cend(); ++it)
        it.value()->setValue(costs.dailyBudget(it.key()).value_or(0));
}

void SettingsDialog::updateSshNote()
{
    if (!m_env.sshConfig)
        return;
    const SshConfigWriter writer(m_env.sshHomeDir);
    QString text = tr("Adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running "
                      "instance in %2, so that “ssh <account>-<instance>” works everywhere. Nothing else in "
                      "your SSH config is changed.")
                       .arg(writer.includeLine(), QDir::toNativeSeparators(writer.managedConfigPath()));
    if (m_ui->manageSshCheck->isChecked()) {
        for (const QString &warning : writer.overrideWarnings())
            text += u"\n"_s + warning;
    }
    m_ui->sshNote->setText(text);
}

bool SettingsDialog::applySshConfig(bool manage)
{
    SshConfigWriter writer(m_env.sshHomeDir);
    // Switching off takes the entries away too: nothing of GPU Fleet's is left for ssh to read.
    const bool ok = manage ? writer.ensureInclude() : writer.removeInclude() && writer.writeEntries({});
    if (!ok) {
        m_error = manage
            ? tr("Could not add the Include line to ~/.ssh/config: %1").arg(writer.errorString())
            : tr("Could not remove GPU Fleet's entries from your SSH config: %1").arg(writer.errorString());
    }
    return ok;
}

bool SettingsDialog::apply()
{
    m_error.clear();
    bool ok = true;

    GeneralSettings general = m_general;
    general.language = m_ui->languageCombo->currentData().toString();
    general.terminalCommand = m_ui->terminalEdit->text().trimmed();
    general.startMinimized = m_ui->startMinimizedCheck->isChecked();
    general.intervals.fastMs = m_ui->fastPollSpin->value() * MsPerSecond;
    general.intervals.slowMs = qMax(m_ui->slowPollSpin->value() * MsPerSecond, general.intervals.fastMs);
    m_ui->slowPollSpin->setValue(general.intervals.slowMs / MsPerSecond);
    general.manageSshConfig = m_ui->manageSshCheck->isChecked();
    if (m_env.sshConfig && general.manageSshConfig != m_general.manageSshConfig
        && !applySshConfig(general.manageSshConfig)) {
        ok = false;
        general.manageSshConfig = m_general.manageSshConfig;
        m_ui->manageSshCheck->setChecked(general.manageSshConfig);
    }
    general.save(m_settings);
    m_general = general;

    NotificationSettings notifications = m_notifications;
    for (auto it = m_kindChecks.cbegin(); it != m_kindChecks.cend(); ++it)
        notifications.setEnabled(it.key(), it.value()->isChecked());
    for (auto it = m_stuckSpins.cbegin(); it != m_stuckSpins.cend(); ++it)
        notifications.stuckMinutes.insert(it.key(), it.value()->value());
    notifications.stillRunningMinutes = hoursToMinutes(m_ui->stillRunningSpin->value());
    notifications.repeatMinutes = hoursToMinutes(m_ui->repeatSpin->value());

    CostTracker costs;
    costs.loadSettings(m_settings);
    for (auto it = m_falPriceSpins.cbegin(); it != m_falPriceSpins.cend(); ++it)
        costs.setUserPrice(Provider::Fal, it.key(), positive(it.value()));
    costs.setDailyBudget({}, positive(m_ui->overallBudgetSpin));

    for (const auto &[accountId, label] : std::as_const(m_env.accountLabels)) {
        Q_UNUSED(label)
        // NotificationSettings and CostTracker only write the overrides they hold; a cleared one
        // must go from the file as well.
        m_settings.remove(u"accounts/"_s + accountId + u"/stillRunningHours"_s);
        m_settings.remove(u"accounts/"_s + accountId + u"/dailyBudget"_s);
        const double hours = m_accountRunningSpins.value(accountId)->value();
        if (hours > 0)
            notifications.stillRunningMinutesByAccount.insert(accountId, hoursToMinutes(hours));
        else
            notifications.stillRunningMinutesByAccount.remove(accountId);
        costs.setDailyBudget(accountId, positive(m_accountBudgetSpins.value(accountId)));
    }
    notifications.save(m_settings);
    m_notifications = notifications;
    costs.saveSettings(m_settings);

    if (m_env.autostartEnabled && m_env.setAutostartEnabled) {
        const bool wanted = m_ui->startAtLoginCheck->isChecked();
        QString error;
        if (wanted != m_env.autostartEnabled() && !m_env.setAutostartEnabled(wanted, &error)) {
            ok = false;
            m_error = m_error.isEmpty() ? error : m_error + u'\n' + error;
            m_ui->startAtLoginCheck->setChecked(m_env.autostartEnabled());
        }
    }

    m_settings.sync();
    emit settingsChanged();
    if (!ok)
        showError(m_error);
    return ok;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showError(const QString &message)
{
    // Not exec(): tests drive this dialog, and a nested loop would block them (style B1).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings"), message, QMessageBox::Ok, this);
    box->setObjectName(u"settingsError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

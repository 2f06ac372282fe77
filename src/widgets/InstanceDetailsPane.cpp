#include "widgets/InstanceDetailsPane.h"

#include "widgets/SecretClipboard.h"
#include "widgets/StatusIcons.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return QCoreApplication::translate("InstanceDetailsPane", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("InstanceDetailsPane", "%1 h %2 min").arg(hours).arg(minutes);
    return QCoreApplication::translate("InstanceDetailsPane", "%1 min").arg(minutes);
}

// "disk_size_gb" and "diskSizeGb" -> "Disk size gb": the extras' keys are provider field names.
QString prettyKey(const QString &key)
{
    QString text;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-') {
            text += u' ';
        } else if (c.isUpper() && i > 0 && key.at(i - 1).isLower()) {
            text += u' ';
            text += c.toLower();
        } else {
            text += text.isEmpty() ? c.toUpper() : c; // acronyms ("GPU") stay as they are
        }
    }
    return text;
}

bool looksSecret(const QString &key)
{
    const QString lower = key.toLower();
    return lower.contains(u"password"_s) || lower.contains(u"secret"_s) || lower.contains(u"token"_s);
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    return value.toString();
}
} // namespace

InstanceDetailsPane::InstanceDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_secretClipboard(new SecretClipboard(this))
    , m_title(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title->setObjectName(u"detailsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(u"closeDetailsButton"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the details"));
    connect(close, &QToolButton::clicked, this, &InstanceDetailsPane::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(close);
    outer->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bodyLayout->addLayout(form);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    addValue(form, tr("Status"), u"statusValue"_s);
    addValue(form, tr("Name"), u"nameValue"_s);
    addValue(form, tr("Provider"), u"providerValue"_s);
    addValue(form, tr("Account"), u"accountValue"_s);
    addValue(form, tr("ID"), u"idValue"_s);
    addValue(form, tr("GPU"), u"gpuValue"_s);
    addValue(form, tr("Region"), u"regionValue"_s);
    addValue(form, tr("Price"), u"priceValue"_s);
    addValue(form, tr("Public IP"), u"ipValue"_s);
    addValue(form, tr("Created"), u"createdValue"_s);
    addValue(form, tr("Uptime"), u"uptimeValue"_s);
    addValue(form, tr("Provider status"), u"providerStatusValue"_s);

    auto *sshRow = new QWidget(body);
    auto *sshLayout = new QHBoxLayout(sshRow);
    sshLayout->setContentsMargins(0, 0, 0, 0);
    m_sshEdit = new QLineEdit(sshRow);
    m_sshEdit->setObjectName(u"sshCommandEdit"_s);
    m_sshEdit->setReadOnly(true);
    m_copySshButton = new QToolButton(sshRow);
    m_copySshButton->setObjectName(u"copySshButton"_s);
    m_copySshButton->setText(tr("Copy"));
    m_copySshButton->setToolTip(tr("Copy the SSH command"));
    sshLayout->addWidget(m_sshEdit, 1);
    sshLayout->addWidget(m_copySshButton);
    form->addRow(tr("SSH command"), sshRow);
    connect(m_copySshButton, &QToolButton::clicked, this, &InstanceDetailsPane::copySshCommand);

    m_passwordRow = new QWidget(body);
    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_passwordEdit = new QLineEdit(m_passwordRow);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setReadOnly(true);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_showPasswordButton = new QPushButton(m_passwordRow);
    m_showPasswordButton->setObjectName(u"showPasswordButton"_s);
    m_showPasswordButton->setCheckable(true);
    m_copyPasswordButton = new QPushButton(tr("Copy"), m_passwordRow);
    m_copyPasswordButton->setObjectName(u"copyPasswordButton"_s);
    m_copyPasswordButton->setToolTip(tr("Copy the password; the clipboard is cleared again after a few "
                                        "seconds"));
    passwordLayout->addWidget(m_passwordEdit, 1);
    passwordLayout->addWidget(m_showPasswordButton);
    passwordLayout->addWidget(m_copyPasswordButton);
    m_passwordLabel = new QLabel(tr("Password"), body);
    form->addRow(m_passwordLabel, m_passwordRow);
    connect(m_showPasswordButton, &QPushButton::toggled, this, &InstanceDetailsPane::setPasswordRevealed);
    connect(m_copyPasswordButton, &QPushButton::clicked, this, &InstanceDetailsPane::copyPassword);

    m_extrasGroup = new QGroupBox(tr("Provider details"), body);
    m_extrasGroup->setObjectName(u"extrasGroup"_s);
    m_extrasForm = new QFormLayout(m_extrasGroup);
    bodyLayout->addWidget(m_extrasGroup);
    bodyLayout->addStretch(1);

    clear();
}

InstanceDetailsPane::~InstanceDetailsPane() = default;

QLabel *InstanceDetailsPane::addValue(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_values.insert(objectName, value);
    return value;
}

void InstanceDetailsPane::setClipboardClearDelay(int ms)
{
    m_secretClipboard->setClearAfterMs(ms);
}

void InstanceDetailsPane::clear()
{
    m_hasInstance = false;
    m_instance = {};
    m_accountLabel.clear();
    m_revealed = false;
    m_title->setText(tr("No instance selected"));
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_sshEdit->clear();
    m_copySshButton->setEnabled(false);
    updatePasswordField();
    rebuildExtras();
}

void InstanceDetailsPane::setInstance(const Instance &instance, const QString &accountLabel,
                                      const QString &uptime)
{
    if (!m_hasInstance || instance.key() != m_instance.key())
        m_revealed = false;
    // Rebuilt only on change: a refresh must not drop a selection the user is making there.
    const bool extrasChanged = !m_hasInstance || instance.extras != m_instance.extras;
    m_instance = instance;
    m_accountLabel = accountLabel;
    m_hasInstance = true;

    m_title->setText(instance.displayName());
    QString status = InstanceStatuses::displayName(instance.status);
    if (!instance.statusMessage.isEmpty())
        status += u" — "_s + instance.statusMessage;
    m_values.value(u"statusValue"_s)->setText(status);
    m_values.value(u"nameValue"_s)->setText(orDash(instance.name));
    m_values.value(u"providerValue"_s)->setText(Providers::displayName(instance.provider));
    m_values.value(u"accountValue"_s)->setText(orDash(accountLabel));
    m_values.value(u"idValue"_s)->setText(instance.id);
    const QString gpu = instance.gpuCount > 1 ? tr("%1 × %2").arg(instance.gpuModel).arg(instance.gpuCount)
                                              : instance.gpuModel;
    m_values.value(u"gpuValue"_s)->setText(orDash(gpu));
    m_values.value(u"regionValue"_s)->setText(orDash(instance.region));
    m_values.value(u"priceValue"_s)
        ->setText(instance.pricePerHour ? tr("$%1 per hour").arg(*instance.pricePerHour, 0, 'f', 2) : u"—"_s);
    m_values.value(u"ipValue"_s)->setText(orDash(instance.publicIp));
    m_values.value(u"createdValue"_s)->setText(orDash(dateText(instance.createdAt)));
    const bool up = instance.status == InstanceStatus::Running && instance.startedAt.isValid();
    QString uptimeText = uptime;
    if (uptimeText.isEmpty() && up)
        uptimeText =
            durationText(qMax<qint64>(0, instance.startedAt.secsTo(QDateTime::currentDateTimeUtc())));
    m_values.value(u"uptimeValue"_s)->setText(orDash(uptimeText));
    m_values.value(u"providerStatusValue"_s)->setText(orDash(instance.providerStatus));

    const QString ssh = instance.sshCommand();
    m_sshEdit->setText(ssh);
    m_sshEdit->setPlaceholderText(tr("Not reachable over SSH yet"));
    m_copySshButton->setEnabled(!ssh.isEmpty());
    updatePasswordField();
    if (extrasChanged)
        rebuildExtras();
}

void InstanceDetailsPane::setPasswordRevealed(bool revealed)
{
    m_revealed = revealed && m_hasInstance && !m_instance.sshPassword.isEmpty();
    updatePasswordField();
}

void InstanceDetailsPane::updatePasswordField()
{
    const bool has = m_hasInstance && !m_instance.sshPassword.isEmpty();
    m_passwordLabel->setVisible(has);
    m_passwordRow->setVisible(has);
    m_passwordLabel->setText(m_instance.provider == Provider::Novita ? tr("Root password")
                                                                     : tr("VM password"));
    // The text is only in the widget while shown: hidden means absent, not merely masked.
    m_passwordEdit->setText(m_revealed ? m_instance.sshPassword : QString());
    m_passwordEdit->setEchoMode(m_revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(has && !m_revealed ? tr("hidden") : QString());
    const QSignalBlocker blocker(m_showPasswordButton);
    m_showPasswordButton->setChecked(m_revealed);
    m_showPasswordButton->setText(m_revealed ? tr("Hide") : tr("Show"));
    m_copyPasswordButton->setEnabled(has);
}

void InstanceDetailsPane::copySshCommand()
{
    const QString ssh = m_hasInstance ? m_instance.sshCommand() : QString();
    if (ssh.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ssh);
    emit copied(tr("SSH command"));
}

void InstanceDetailsPane::copyPassword()
{
    if (!m_hasInstance || m_instance.sshPassword.isEmpty())
        return;
    m_secretClipboard->copySecret(m_instance.sshPassword);
    emit copied(tr("Password (cleared from the clipboard in %n second(s))", nullptr,
                   m_secretClipboard->clearAfterMs() / 1000));
}

void InstanceDetailsPane::rebuildExtras()
{
    while (m_extrasForm->rowCount() > 0)
        m_extrasForm->removeRow(0);
    const QVariantMap extras = m_hasInstance ? m_instance.extras : QVariantMap();
    for (auto it = extras.cbegin(); it != extras.cend(); ++it) {
        if (looksSecret(it.key()))
            continue; // belt and braces: passwords have their own hidden field
        const QString text = valueText(it.value());
        if (text.isEmpty())
            continue;
        auto *value = new QLabel(text, m_extrasGroup);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_extrasForm->addRow(prettyKey(it.key()), value);
    }
    m_extrasGroup->setVisible(m_extrasForm->rowCount() > 0);
}

#include "widgets/SshKeyPicker.h"

#include "widgets/FormMessage.h"
#include "widgets/SshKeyCreator.h"
#include "widgets/TerminalLauncher.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
bool sameKey(const SshKeyInspector::PublicKey &a, const SshKeyInspector::PublicKey &b)
{
    return a.type == b.type && a.blob == b.blob && a.path == b.path;
}
} // namespace

SshKeyPicker::SshKeyPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_pasteButton(new QPushButton(tr("&Paste…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_pasteEdit(new QLineEdit(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_suggestionButton(new QPushButton(this))
    , m_createKeyButton(new QPushButton(tr("Create a Key…"), this))
    , m_creator(new SshKeyCreator(this))
    , m_directory(SshKeyInspector::defaultDirectory())
{
    m_combo->setObjectName(u"keyCombo"_s);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_pasteButton->setObjectName(u"pasteButton"_s);
    m_refreshButton->setObjectName(u"refreshKeysButton"_s);
    m_pasteEdit->setObjectName(u"pasteEdit"_s);
    m_fingerprintLabel->setObjectName(u"fingerprintLabel"_s);
    m_messageLabel->setObjectName(u"keyMessageLabel"_s);
    m_suggestionButton->setObjectName(u"useSuggestedKeyButton"_s);
    m_createKeyButton->setObjectName(u"createKeyButton"_s);
    m_creator->setObjectName(u"sshKeyCreator"_s);

    // Long fingerprints stay in the popup and the label below instead of widening the dialog.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(36);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pasteEdit->setPlaceholderText(tr("ssh-ed25519 AAAA… you@host"));
    m_pasteEdit->setClearButtonEnabled(true);
    m_pasteEdit->hide();
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_suggestionButton->hide();
    m_createKeyButton->hide();
    m_creator->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_browseButton);
    row->addWidget(m_pasteButton);
    row->addWidget(m_refreshButton);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel, 1);
    messageRow->addWidget(m_suggestionButton);
    messageRow->addWidget(m_createKeyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_pasteEdit);
    layout->addWidget(m_fingerprintLabel);
    layout->addLayout(messageRow);
    layout->addWidget(m_creator);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &SshKeyPicker::onCurrentIndexChanged);
    connect(m_combo, &QComboBox::activated, this, &SshKeyPicker::rememberCurrentKey);
    connect(m_browseButton, &QPushButton::clicked, this, &SshKeyPicker::browse);
    connect(m_pasteButton, &QPushButton::clicked, this, &SshKeyPicker::togglePaste);
    connect(m_refreshButton, &QPushButton::clicked, this, &SshKeyPicker::reload);
    connect(m_pasteEdit, &QLineEdit::textChanged, this, &SshKeyPicker::onPasteEdited);
    connect(m_suggestionButton, &QPushButton::clicked, this, &SshKeyPicker::useSuggestion);
    connect(m_createKeyButton, &QPushButton::clicked, this,
            [this] { m_creator->setVisible(!m_creator->isVisible()); });
    connect(m_creator, &SshKeyCreator::keyCreated, this, [this](const QString &publicKeyPath) {
        m_creator->hide();
        reload();
        chooseFile(publicKeyPath);
    });
    reload();
}

SshKeyPicker::~SshKeyPicker() = default;

void SshKeyPicker::setSettings(QSettings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    m_creator->setTerminalCommand(
        m_settings->value(QString::fromLatin1(TerminalLauncher::SettingsKey)).toString());
    restoreLastUsed();
}

void SshKeyPicker::restoreLastUsed()
{
    if (!m_settings)
        return;
    const QString last = m_settings->value(QString::fromLatin1(LastKeySetting)).toString();
    if (last.isEmpty() || selectKey(last))
        return;
    // A key chosen by Browse… or Paste last time is not among the listed ones: bring it back.
    const SshKeyInspector::Result result =
        QFileInfo(last).isAbsolute() ? SshKeyInspector::readFile(last) : SshKeyInspector::parse(last);
    if (result.ok())
        m_combo->setCurrentIndex(addKey(result.key));
}

void SshKeyPicker::setKeyDirectory(const QString &directory)
{
    m_directory = directory;
    m_creator->setDirectory(directory);
    m_keys.clear();
    reload();
    restoreLastUsed();
}

void SshKeyPicker::reload()
{
    const auto current = currentKey();
    QList<SshKeyInspector::PublicKey> keys = SshKeyInspector::listPublicKeys(m_directory);
    // Browsed and pasted keys stay available until the picker goes away.
    const QString listedDir = QDir(m_directory).absolutePath();
    for (const SshKeyInspector::PublicKey &key : std::as_const(m_keys)) {
        if (key.path.isEmpty() || QFileInfo(key.path).absolutePath() != listedDir)
            keys.append(key);
    }
    m_keys = keys;
    int select = m_keys.isEmpty() ? -1 : 0;
    for (int i = 0; current && i < m_keys.size(); ++i) {
        if (sameKey(m_keys.at(i), *current))
            select = i;
    }
    rebuildCombo(select);
}

std::optional<SshKeyInspector::PublicKey> SshKeyPicker::currentKey() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_keys.size())
        return std::nullopt;
    return m_keys.at(index);
}

QString SshKeyPicker::publicKeyLine() const
{
    const auto key = currentKey();
    return key ? key->toLine() : QString();
}

QString SshKeyPicker::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool SshKeyPicker::chooseFile(const QString &path)
{
    const SshKeyInspector::Result result = SshKeyInspector::readFile(path);
    if (!result.ok()) {
        refuse(result);
        return false;
    }
    showMessage({}, false);
    m_combo->setCurrentIndex(addKey(result.key));
    rememberCurrentKey();
    return true;
}

bool SshKeyPicker::choosePastedText(const QString &text)
{
    const SshKeyInspector::Result result = SshKeyInspector::parse(text);
    if (!result.ok()) {
        refuse(result);
        return false;
    }
    showMessage({}, false);
    m_combo->setCurrentIndex(addKey(result.key));
    rememberCurrentKey();
    return true;
}

bool SshKeyPicker::selectKey(const QString &pathOrLine)
{
    if (pathOrLine.isEmpty())
        return false;
    // A key line also matches a listed file with the same key (presets store the line).
    const SshKeyInspector::Result asLine = SshKeyInspector::parse(pathOrLine);
    for (int i = 0; i < m_keys.size(); ++i) {
        const SshKeyInspector::PublicKey &key = m_keys.at(i);
        if (keyId(key) == pathOrLine
            || (asLine.ok() && key.type == asLine.key.type && key.blob == asLine.key.blob)) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void SshKeyPicker::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose an SSH Public Key"), m_directory,
                                   tr("Public keys (*.pub);;All files (*)"));
    dialog->setObjectName(u"browseDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    // ~/.ssh is hidden; its keys must still be reachable from the dialog.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, &SshKeyPicker::chooseFile);
    dialog->open();
}

void SshKeyPicker::togglePaste()
{
    m_pasteEdit->setVisible(m_pasteEdit->isHidden());
    if (m_pasteEdit->isVisible())
        m_pasteEdit->setFocus();
}

void SshKeyPicker::onPasteEdited(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const SshKeyInspector::Result result = SshKeyInspector::parse(text);
    if (result.error == SshKeyInspector::Error::PrivateKey) {
        // Gone before it is ever painted; setText also drops the undo history that held it.
        const QSignalBlocker blocker(m_pasteEdit);
        m_pasteEdit->setText(QString());
    }
    choosePastedText(text);
}

void SshKeyPicker::onCurrentIndexChanged()
{
    if (m_rebuilding)
        return;
    const auto key = currentKey();
    m_fingerprintLabel->setText(key ? key->fingerprintLine() : QString());
    m_fingerprintLabel->setToolTip(key && !key->path.isEmpty() ? QDir::toNativeSeparators(key->path)
                                                               : QString());
    m_fingerprintLabel->setVisible(key.has_value());
    emit keyChanged();
}

void SshKeyPicker::useSuggestion()
{
    const QString path = m_suggestion;
    if (!path.isEmpty())
        chooseFile(path);
}

int SshKeyPicker::addKey(const SshKeyInspector::PublicKey &key)
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (sameKey(m_keys.at(i), key))
            return i;
    }
    m_keys.append(key);
    rebuildCombo(m_combo->currentIndex());
    return int(m_keys.size()) - 1;
}

void SshKeyPicker::rebuildCombo(int selectIndex)
{
    const QString before = publicKeyLine();
    m_rebuilding = true;
    m_combo->clear();
    for (const SshKeyInspector::PublicKey &key : std::as_const(m_keys)) {
        m_combo->addItem(itemText(key));
        const QString where = key.path.isEmpty() ? tr("pasted") : QDir::toNativeSeparators(key.path);
        m_combo->setItemData(m_combo->count() - 1, QString(key.fingerprintLine() + u'\n' + where),
                             Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(selectIndex);
    m_rebuilding = false;
    updateEmptyState();
    const auto key = currentKey();
    m_fingerprintLabel->setText(key ? key->fingerprintLine() : QString());
    m_fingerprintLabel->setVisible(key.has_value());
    if (publicKeyLine() != before)
        emit keyChanged();
}

void SshKeyPicker::updateEmptyState()
{
    const bool empty = m_keys.isEmpty();
    m_combo->setEnabled(!empty);
    m_combo->setPlaceholderText(empty ? tr("No public key found") : QString());
    m_createKeyButton->setVisible(empty);
    if (empty && m_messageLabel->isHidden()) {
        showMessage(tr("No SSH public key in %1. Create one, browse for one or paste one.")
                        .arg(QDir::toNativeSeparators(m_directory)),
                    false);
        m_showingEmptyHint = true;
    } else if (!empty && m_showingEmptyHint) {
        showMessage({}, false);
    }
}

void SshKeyPicker::refuse(const SshKeyInspector::Result &result)
{
    // Result::message() is written never to quote the inspected text.
    showMessage(result.message(), true);
    m_suggestion = result.suggestion;
    m_suggestionButton->setText(tr("Use %1").arg(QFileInfo(m_suggestion).fileName()));
    m_suggestionButton->setVisible(!m_suggestion.isEmpty());
}

void SshKeyPicker::showMessage(const QString &text, bool error)
{
    m_showingEmptyHint = false;
    if (text.isEmpty()) {
        m_suggestion.clear();
        m_suggestionButton->hide();
    }
    FormMessage::show(m_messageLabel, text, error ? FormMessage::Kind::Error : FormMessage::Kind::Info);
}

void SshKeyPicker::rememberCurrentKey()
{
    const auto key = currentKey();
    if (m_settings && key)
        m_settings->setValue(QString::fromLatin1(LastKeySetting), keyId(*key));
}

QString SshKeyPicker::itemText(const SshKeyInspector::PublicKey &key)
{
    QString label = key.comment;
    if (label.isEmpty())
        label = key.path.isEmpty() ? tr("pasted key") : QFileInfo(key.path).fileName();
    //: SSH key in a list: type · comment · fingerprint
    return tr("%1 · %2 · %3").arg(key.typeLabel(), label, key.fingerprint());
}

QString SshKeyPicker::keyId(const SshKeyInspector::PublicKey &key)
{
    return key.path.isEmpty() ? key.toLine() : key.path;
}

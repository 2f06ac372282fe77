#include "widgets/SshKeyCreator.h"

#include "core/Logging.h"
#include "widgets/FormMessage.h"
#include "widgets/TerminalLauncher.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString KeyGen = u"ssh-keygen"_s;
} // namespace

SshKeyCreator::SshKeyCreator(QWidget *parent)
    : QWidget(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_noPassphraseCheck(new QCheckBox(tr("Create it &without a passphrase"), this))
    , m_createButton(new QPushButton(tr("Create &Key"), this))
    , m_messageLabel(new QLabel(this))
    , m_launcher(new TerminalLauncher(this))
    , m_starter([](const TerminalLauncher::Launch &launch) {
        return QProcess::startDetached(launch.program, launch.arguments);
    })
{
    m_pathEdit->setObjectName(u"newKeyPathEdit"_s);
    m_noPassphraseCheck->setObjectName(u"noPassphraseCheck"_s);
    m_createButton->setObjectName(u"generateKeyButton"_s);
    m_messageLabel->setObjectName(u"createKeyMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Runs <tt>ssh-keygen -t ed25519</tt>. With a passphrase (recommended), "
                               "ssh-keygen asks for it in a terminal window."),
                            this);
    hint->setObjectName(u"createKeyHintLabel"_s);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Private key &file:"), m_pathEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_noPassphraseCheck);
    row->addStretch();
    row->addWidget(m_createButton);
    layout->addLayout(row);
    layout->addWidget(m_messageLabel);
    m_messageLabel->hide();

    connect(m_createButton, &QPushButton::clicked, this, &SshKeyCreator::create);
    setDirectory(QDir::home().filePath(u".ssh"_s));
}

SshKeyCreator::~SshKeyCreator() = default;

void SshKeyCreator::setDirectory(const QString &directory)
{
    m_pathEdit->setText(QDir::toNativeSeparators(QDir(directory).filePath(u"id_ed25519"_s)));
}

void SshKeyCreator::setTerminalCommand(const QString &command)
{
    m_launcher->setConfiguredCommand(command);
}

QString SshKeyCreator::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void SshKeyCreator::create()
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_pathEdit->text().trimmed()));
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        showMessage(tr("Enter the full path of the new private key file."), true);
        return;
    }
    // ssh-keygen would stop to ask "Overwrite (y/n)?": never replace a key someone may rely on.
    if (QFileInfo::exists(path) || QFileInfo::exists(path + u".pub"_s)) {
        showMessage(tr("%1 already exists; choose another file name.").arg(path), true);
        return;
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        showMessage(tr("Could not create the folder %1.").arg(directory), true);
        return;
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_noPassphraseCheck->isChecked())
        runWithoutPassphrase(path);
    else
        runInTerminal(path);
}

void SshKeyCreator::runWithoutPassphrase(const QString &path)
{
    if (m_process)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(KeyGen);
    // -N "" only because the user chose "without a passphrase"; -q keeps the randomart out.
    m_process->setArguments({u"-q"_s, u"-t"_s, u"ed25519"_s, u"-f"_s, path, u"-N"_s, QString()});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, [this, path](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(path, status == QProcess::NormalExit ? exitCode : -1);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, path](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProcessFinished(path, -2);
    });
    m_createButton->setEnabled(false);
    showMessage(tr("Creating the key…"), false);
    m_process->start();
    m_process->closeWriteChannel();
}

void SshKeyCreator::onProcessFinished(const QString &path, int exitCode)
{
    if (!m_process)
        return;
    m_process->deleteLater();
    m_process = nullptr;
    m_createButton->setEnabled(true);
    const QString publicPath = path + u".pub"_s;
    if (exitCode == 0 && QFileInfo::exists(publicPath)) {
        showMessage(tr("Created %1.").arg(publicPath), false);
        emit keyCreated(publicPath);
        return;
    }
    qCWarning(lcUi) << "ssh-keygen failed with exit code" << exitCode;
    showMessage(exitCode == -2 ? tr("ssh-keygen could not be started; is OpenSSH installed?")
                               : tr("ssh-keygen failed (exit code %1).").arg(exitCode),
                true);
}

void SshKeyCreator::runInTerminal(const QString &path)
{
    const QStringList command{KeyGen, u"-t"_s, u"ed25519"_s, u"-f"_s, path};
    const auto launch = m_launcher->resolve(command);
    const QString commandLine = command.join(u' ');
    if (!launch) {
        showMessage(tr("No terminal emulator found. Run <tt>%1</tt> in a terminal, then press Refresh.")
                        .arg(commandLine.toHtmlEscaped()),
                    true);
        return;
    }
    if (!m_starter(*launch)) {
        showMessage(tr("Could not start the terminal \"%1\". Run <tt>%2</tt> yourself, then press Refresh.")
                        .arg(launch->program.toHtmlEscaped(), commandLine.toHtmlEscaped()),
                    true);
        return;
    }
    showMessage(tr("ssh-keygen is asking for the passphrase in the terminal window. Press Refresh when "
                   "it is done."),
                false);
    emit keyCreationStartedInTerminal();
}

void SshKeyCreator::showMessage(const QString &text, bool error)
{
    FormMessage::show(m_messageLabel, text, error ? FormMessage::Kind::Error : FormMessage::Kind::Info);
}

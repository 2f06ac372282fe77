#include "widgets/TerminalLauncher.h"

#include "core/Instance.h"
#include "core/Logging.h"
#include "core/SshCommand.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Placeholder = u"{cmd}"_s;

// "{cmd}" as a whole argument becomes the ssh argument list; inside a larger argument
// (e.g. `--command={cmd}`) it becomes the joined command line.
QStringList substitute(const QStringList &words, const QStringList &ssh)
{
    QStringList out;
    bool placed = false;
    for (const QString &word : words) {
        if (word == Placeholder) {
            out += ssh;
            placed = true;
        } else if (word.contains(Placeholder)) {
            out += QString(word).replace(Placeholder, ssh.join(u' '));
            placed = true;
        } else {
            out += word;
        }
    }
    if (!placed)
        out += ssh;
    return out;
}
} // namespace

TerminalLauncher::TerminalLauncher(QObject *parent)
    : QObject(parent)
    , m_envTerminal(qEnvironmentVariable("TERMINAL"))
    , m_finder([](const QString &name) { return QStandardPaths::findExecutable(name); })
    , m_starter(
          [](const Launch &launch) { return QProcess::startDetached(launch.program, launch.arguments); })
{
}

QStringList TerminalLauncher::sshArguments(const Instance &instance)
{
    if (!instance.hasSshEndpoint())
        return {};
    QStringList args = SshCommand{instance.sshUser, instance.sshHost, instance.sshPort}.arguments();
    if (args.isEmpty())
        return {}; // a user or host that could pass for an ssh option is never run
    args.prepend(u"ssh"_s);
    return args;
}

std::optional<TerminalLauncher::Launch> TerminalLauncher::resolve(const QStringList &ssh) const
{
    QStringList words;
    const QString configured = m_configured.trimmed();
    if (!configured.isEmpty()) {
        words = substitute(QProcess::splitCommand(configured), ssh);
    } else {
        const QStringList terminal = QProcess::splitCommand(m_envTerminal.trimmed());
        if (!terminal.isEmpty() && !m_finder(terminal.first()).isEmpty())
            words = terminal + QStringList{u"-e"_s} + ssh;
        else if (!m_finder(u"x-terminal-emulator"_s).isEmpty())
            words = QStringList{u"x-terminal-emulator"_s, u"-e"_s} + ssh;
    }
    if (words.isEmpty())
        return std::nullopt;
    const QString program = words.takeFirst();
    return Launch{program, words};
}

bool TerminalLauncher::launch(const Instance &instance)
{
    const QStringList ssh = sshArguments(instance);
    if (ssh.isEmpty()) {
        emit failed(tr("%1 has no usable SSH endpoint.").arg(instance.displayName()));
        return false;
    }
    const auto launch = resolve(ssh);
    if (!launch) {
        emit failed(tr("No terminal emulator found: set $TERMINAL, install x-terminal-emulator, or set "
                       "%1 in the settings (\"{cmd}\" stands for the ssh command).")
                        .arg(QString::fromLatin1(SettingsKey)));
        return false;
    }
    if (!m_starter(*launch)) {
        qCWarning(lcUi) << "could not start terminal" << launch->program;
        emit failed(tr("Could not start the terminal \"%1\".").arg(launch->program));
        return false;
    }
    emit started(launch->program);
    return true;
}

#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

struct Instance;

// Opens an SSH session to an instance in the user's terminal emulator: the configured command
// (settings key terminal/command, "{cmd}" standing for the ssh command), else `$TERMINAL -e`, else
// `x-terminal-emulator -e`. Programs get argument lists and are never run through a shell.
class TerminalLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalLauncher)

public:
    struct Launch
    {
        QString program;
        QStringList arguments;
    };
    // Finds an executable on PATH, "" when absent (QStandardPaths::findExecutable by default).
    using ExecutableFinder = std::function<QString(const QString &name)>;
    // Starts a detached process, false when it could not be started.
    using Starter = std::function<bool(const Launch &launch)>;

    static constexpr char SettingsKey[] = "terminal/command";

    explicit TerminalLauncher(QObject *parent = nullptr);
    ~TerminalLauncher() override = default;

    // The configured command ("" = none), usually read from QSettings `terminal/command`.
    void setConfiguredCommand(const QString &command) { m_configured = command; }
    // Test seams: the environment's $TERMINAL, PATH look-up and process start.
    void setEnvironmentTerminal(const QString &terminal) { m_envTerminal = terminal; }
    void setExecutableFinder(ExecutableFinder finder) { m_finder = std::move(finder); }
    void setStarter(Starter starter) { m_starter = std::move(starter); }

    // The ssh argument list ("ssh", "-p", "2222", "root@host") for a reachable instance, else empty.
    [[nodiscard]] static QStringList sshArguments(const Instance &instance);
    // What would be run for `sshArguments`, or nullopt when no terminal can be found.
    [[nodiscard]] std::optional<Launch> resolve(const QStringList &sshArguments) const;

    // Emits started() or failed() before returning.
    bool launch(const Instance &instance);

signals:
    void started(const QString &program);
    void failed(const QString &message);

private:
    QString m_configured;
    QString m_envTerminal;
    ExecutableFinder m_finder;
    Starter m_starter;
};

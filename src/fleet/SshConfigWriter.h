#pragma once

#include "core/Instance.h"
#include "fleet/SshUserConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Keeps one managed OpenSSH file, ~/.ssh/gpufleet/config, with a Host entry per reachable
// instance (regenerated from the current list, so entries go when instances go), and adds or
// removes the one Include line in ~/.ssh/config. Never changes any other byte of the user's file
// and never asks anything: the GUI asks before calling ensureInclude().
class SshConfigWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigWriter)

public:
    struct HostEntry
    {
        QString alias; // [A-Za-z0-9._-]
        QString hostName;
        QString user;
        int port = 22;
        QString identityFile; // private key path; empty = ssh's own defaults
        QString instanceKey;  // Instance::key() of the instance it reaches
    };

    // `homeDir` stands for the home OpenSSH expands "~" to (tests pass a temporary one); empty =
    // the account's home from the password database, as OpenSSH uses, else QDir::homePath().
    explicit SshConfigWriter(const QString &homeDir = {});

    [[nodiscard]] QString homeDir() const { return m_homeDir; }
    [[nodiscard]] QString userConfigPath() const;    // ~/.ssh/config
    [[nodiscard]] QString managedDir() const;        // ~/.ssh/gpufleet
    [[nodiscard]] QString managedConfigPath() const; // ~/.ssh/gpufleet/config
    [[nodiscard]] QString knownHostsDir() const;     // ~/.ssh/gpufleet/known_hosts.d
    // Why the last write failed (a path and the system's reason), for the GUI to show.
    [[nodiscard]] QString errorString() const { return m_error; }

    // Letters, digits, '.', '_' and '-' only; anything else becomes '-'. Empty input gives "".
    [[nodiscard]] static QString sanitise(const QString &text);
    // "<account label>-<instance name, else id>", sanitised.
    [[nodiscard]] static QString aliasFor(const QString &accountLabel, const Instance &instance);
    // One entry per running instance with an SSH endpoint whose host and user are safe to write
    // into an ssh config, sorted by alias; of clashing aliases the oldest instance keeps the plain
    // one, the others get their instance id, then a number.
    // `accountLabels`: account id -> label; `identityFiles`: Instance::key() -> private key path.
    [[nodiscard]] static QList<HostEntry> entriesFor(const QList<Instance> &instances,
                                                     const QHash<QString, QString> &accountLabels,
                                                     const QHash<QString, QString> &identityFiles = {});
    // False for anything that could smuggle another directive into the file (spaces, quotes,
    // control characters, a leading '-') or an out-of-range port.
    [[nodiscard]] static bool isSafe(const HostEntry &entry);

    // The managed file's text for `entries` (unsafe ones left out).
    [[nodiscard]] QByteArray render(const QList<HostEntry> &entries) const;
    // Regenerates the managed file atomically (0600, folder 0700; untouched when unchanged),
    // removes the known_hosts files of aliases that are gone and empties the one of an alias that
    // now reaches another instance. False, with errorString(), on failure.
    bool writeEntries(const QList<HostEntry> &entries);
    bool update(const QList<Instance> &instances, const QHash<QString, QString> &accountLabels,
                const QHash<QString, QString> &identityFiles = {})
    {
        return writeEntries(entriesFor(instances, accountLabels, identityFiles));
    }

    // "Include ~/.ssh/gpufleet/config" (an absolute path when homeDir is not the one ssh expands
    // "~" to, as in tests).
    [[nodiscard]] QString includeLine() const;
    // ~/.ssh/config already includes the managed file for every host (any equivalent spelling).
    [[nodiscard]] bool hasInclude() const;
    // Adds includeLine() at the top of ~/.ssh/config unless hasInclude(); creates the file (0600)
    // and ~/.ssh (0700) when missing; keeps the file's mode and every other byte. Idempotent.
    bool ensureInclude();
    // Removes the line ensureInclude() added, if present; every other byte stays.
    bool removeInclude();
    // Rules above our Include that apply to every host and set HostName, User, Port or
    // UserKnownHostsFile, which OpenSSH would use instead of our entries'. Empty without Include.
    [[nodiscard]] QList<SshUserConfig::OverridingRule> hostStarRulesAbove() const;
    // One translated line per hostStarRulesAbove() rule, for the Settings dialog and the window.
    [[nodiscard]] QStringList overrideWarnings() const;

    // {"<path>/code", "--remote", "ssh-remote+<alias>", <remoteDir>} for QProcess::startDetached
    // (program first), or empty when `code` is not on PATH (or in `searchPaths` when given) or the
    // alias is not a sanitised one. An empty remoteDir is left out.
    [[nodiscard]] static QStringList vsCodeCommand(const QString &alias, const QString &remoteDir,
                                                   const QStringList &searchPaths = {});
    // "vscode://vscode-remote/ssh-remote+<alias>/" (plus remoteDir), to copy or open.
    [[nodiscard]] static QString vsCodeLink(const QString &alias, const QString &remoteDir = {});

private:
    [[nodiscard]] QString sshPath(const QString &absolutePath) const;
    [[nodiscard]] QByteArray readUserConfig(bool *exists) const;
    bool writeUserConfig(const QByteArray &content, bool existed);
    bool makePrivateDir(const QString &path);
    void syncKnownHosts(const QList<HostEntry> &entries);

    QString m_homeDir;
    QString m_tildeHome; // what OpenSSH expands "~" to for this user
    QString m_error;
};

#include "fleet/SshConfigWriter.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto PrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// OpenSSH expands "~" from the password database, not from $HOME.
QString passwdHome()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_dir && *entry->pw_dir)
        return QDir::cleanPath(QFile::decodeName(entry->pw_dir));
#endif
    return {};
}

bool matchesFully(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString quoted(const QString &value)
{
    return value.contains(u' ') ? u'"' + value + u'"' : value;
}
} // namespace

SshConfigWriter::SshConfigWriter(const QString &homeDir)
    : m_tildeHome(passwdHome())
{
    m_homeDir = QDir::cleanPath(
        !homeDir.isEmpty() ? homeDir : (!m_tildeHome.isEmpty() ? m_tildeHome : QDir::homePath()));
    if (m_tildeHome.isEmpty())
        m_tildeHome = QDir::cleanPath(QDir::homePath());
}

QString SshConfigWriter::userConfigPath() const
{
    return m_homeDir + u"/.ssh/config"_s;
}

QString SshConfigWriter::managedDir() const
{
    return m_homeDir + u"/.ssh/gpufleet"_s;
}

QString SshConfigWriter::managedConfigPath() const
{
    return managedDir() + u"/config"_s;
}

QString SshConfigWriter::knownHostsDir() const
{
    return managedDir() + u"/known_hosts.d"_s;
}

QString SshConfigWriter::sanitise(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        const QChar out = allowed ? c : u'-';
        // Runs of replaced characters collapse into one '-'.
        if (out == u'-' && !allowed && result.endsWith(u'-'))
            continue;
        result += out;
    }
    // An alias must not look like an option to ssh or code, nor be a dot path.
    while (result.startsWith(u'-') || result.startsWith(u'.'))
        result.remove(0, 1);
    while (result.endsWith(u'-'))
        result.chop(1);
    return result;
}

QString SshConfigWriter::aliasFor(const QString &accountLabel, const Instance &instance)
{
    const QString label = sanitise(accountLabel);
    const QString name = sanitise(instance.displayName());
    if (label.isEmpty())
        return name.isEmpty() ? sanitise(instance.id) : name;
    return name.isEmpty() ? label : label + u'-' + name;
}

bool SshConfigWriter::isSafe(const HostEntry &entry)
{
    if (entry.alias.isEmpty() || entry.alias != sanitise(entry.alias))
        return false;
    if (entry.hostName.size() > 253 || !matchesFully(u"[A-Za-z0-9:][A-Za-z0-9._:-]*"_s, entry.hostName))
        return false;
    if (!entry.user.isEmpty()
        && (entry.user.size() > 64 || !matchesFully(u"[A-Za-z0-9._][A-Za-z0-9._-]*"_s, entry.user)))
        return false;
    if (entry.port < 1 || entry.port > 65535)
        return false;
    if (!entry.identityFile.isEmpty()
        && (hasControlCharacters(entry.identityFile) || entry.identityFile.contains(u'"')
            || !(QDir::isAbsolutePath(entry.identityFile) || entry.identityFile.startsWith(u"~/"_s))))
        return false;
    return true;
}

QList<SshConfigWriter::HostEntry> SshConfigWriter::entriesFor(const QList<Instance> &instances,
                                                              const QHash<QString, QString> &accountLabels,
                                                              const QHash<QString, QString> &identityFiles)
{
    struct Candidate
    {
        HostEntry entry;
        QDateTime createdAt;
        QString id;
    };
    QList<Candidate> candidates;
    for (const Instance &instance : instances) {
        if (instance.status != InstanceStatus::Running || !instance.hasSshEndpoint())
            continue;
        HostEntry entry;
        entry.alias = aliasFor(accountLabels.value(instance.accountId), instance);
        entry.hostName = instance.sshHost;
        entry.user = instance.sshUser;
        entry.port = instance.sshPort;
        entry.identityFile = identityFiles.value(instance.key());
        entry.instanceKey = instance.key();
        if (entry.alias.isEmpty())
            entry.alias = u"gpufleet"_s;
        if (!isSafe(entry)) {
            qCWarning(lcFleet) << "not writing an ssh alias for instance" << instance.id << "of account"
                               << instance.accountId << ": unusable host, user or port";
            continue;
        }
        candidates.append({entry, instance.createdAt, instance.id});
    }
    // Of two instances with one name, the older keeps the plain alias, so an alias the user already
    // uses does not move to a newcomer; the order the accounts answered in does not matter.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.entry.alias != b.entry.alias)
            return a.entry.alias < b.entry.alias;
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.entry.instanceKey < b.entry.instanceKey;
    });
    QSet<QString> taken;
    QList<HostEntry> entries;
    for (Candidate &candidate : candidates) {
        HostEntry &entry = candidate.entry;
        const QString id = sanitise(candidate.id);
        if (taken.contains(entry.alias) && !id.isEmpty() && !entry.alias.endsWith(id))
            entry.alias += u'-' + id;
        const QString base = entry.alias;
        for (int n = 2; taken.contains(entry.alias); ++n)
            entry.alias = base + u'-' + QString::number(n);
        taken.insert(entry.alias);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const HostEntry &a, const HostEntry &b) { return a.alias < b.alias; });
    return entries;
}

QString SshConfigWriter::sshPath(const QString &absolutePath) const
{
    const QString path = QDir::cleanPath(absolutePath);
    if (m_homeDir == m_tildeHome && path.startsWith(m_homeDir + u'/'))
        return u'~' + path.mid(m_homeDir.size());
    return path;
}

QByteArray SshConfigWriter::render(const QList<HostEntry> &entries) const
{
    QString text = u"# Written by GPU Fleet from its instance list and rewritten whenever that changes:\n"
                   "# edits here are lost. ~/.ssh/config includes this file with one Include line.\n"_s;
    for (const HostEntry &entry : entries) {
        if (!isSafe(entry))
            continue;
        text += u"\nHost "_s + entry.alias + u"\n    HostName "_s + entry.hostName + u'\n';
        if (!entry.user.isEmpty())
            text += u"    User "_s + entry.user + u'\n';
        text += u"    Port "_s + QString::number(entry.port) + u'\n';
        if (!entry.identityFile.isEmpty()) {
            const QString path =
                entry.identityFile.startsWith(u"~/"_s) ? entry.identityFile : sshPath(entry.identityFile);
            text += u"    IdentityFile "_s + quoted(path) + u"\n    IdentitiesOnly yes\n"_s;
        }
        // Per instance, because providers hand the same address and port to the next customer.
        text += u"    UserKnownHostsFile "_s + quoted(sshPath(knownHostsDir() + u'/' + entry.alias))
            + u"\n    StrictHostKeyChecking accept-new\n"_s;
    }
    return text.toUtf8();
}

bool SshConfigWriter::makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, PrivateDir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool SshConfigWriter::writeEntries(const QList<HostEntry> &entries)
{
    m_error.clear();
    const QString sshDir = m_homeDir + u"/.ssh"_s;
    if (!QFileInfo::exists(sshDir) && !makePrivateDir(sshDir))
        return false;
    if (!makePrivateDir(managedDir()) || !makePrivateDir(knownHostsDir()))
        return false;

    const QByteArray content = render(entries);
    QFile current(managedConfigPath());
    const bool unchanged = current.open(QIODevice::ReadOnly) && current.readAll() == content;
    current.close();
    if (!unchanged) {
        QSaveFile file(managedConfigPath());
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFile)
            || file.write(content) != content.size() || !file.commit()) {
            m_error = tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(managedConfigPath()), file.errorString());
            return false;
        }
    }
    QFile::setPermissions(managedConfigPath(), PrivateFile);
    syncKnownHosts(entries);
    return true;
}

void SshConfigWriter::syncKnownHosts(const QList<HostEntry> &entries)
{
    QSet<QString> keep;
    for (const HostEntry &entry : entries) {
        keep.insert(entry.alias);
        keep.insert(entry.alias + u".old"_s); // ssh-keygen -R leaves one
        if (entry.instanceKey.isEmpty())
            continue;
        // The file starts with the instance it belongs to: when an alias passes to another
        // instance, the keys recorded for the previous one must not make ssh refuse the new one.
        const QByteArray owner =
            "# GPU Fleet: host keys of instance " + entry.instanceKey.simplified().toUtf8() + '\n';
        const QString path = knownHostsDir() + u'/' + entry.alias;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readLine() == owner)
            continue;
        file.close();
        QSaveFile fresh(path);
        if (!fresh.open(QIODevice::WriteOnly) || !fresh.setPermissions(PrivateFile)
            || fresh.write(owner) != owner.size() || !fresh.commit())
            qCWarning(lcFleet) << "cannot reset the known_hosts file of" << entry.alias;
    }
    QDir dir(knownHostsDir());
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : files) {
        if (!keep.contains(name) && !dir.remove(name))
            qCWarning(lcFleet) << "cannot remove stale known_hosts file" << name;
    }
}

QString SshConfigWriter::includeLine() const
{
    return u"Include "_s + quoted(sshPath(managedConfigPath()));
}

QByteArray SshConfigWriter::readUserConfig(bool *exists) const
{
    QFile file(userConfigPath());
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool SshConfigWriter::hasInclude() const
{
    bool exists = false;
    const QByteArray content = readUserConfig(&exists);
    return SshUserConfig(content, m_homeDir).includeLineOf(managedConfigPath()) > 0;
}

bool SshConfigWriter::writeUserConfig(const QByteArray &content, bool existed)
{
    // QSaveFile follows a symlinked ~/.ssh/config (dotfile managers) and keeps an existing mode.
    QSaveFile file(userConfigPath());
    const bool ok = file.open(QIODevice::WriteOnly) && (existed || file.setPermissions(PrivateFile))
        && file.write(content) == content.size() && file.commit();
    if (!ok)
        m_error =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(userConfigPath()), file.errorString());
    return ok;
}

bool SshConfigWriter::ensureInclude()
{
    m_error.clear();
    bool existed = false;
    const QByteArray content = readUserConfig(&existed);
    if (existed && !QFileInfo(userConfigPath()).isReadable()) {
        m_error = tr("Cannot read %1.").arg(QDir::toNativeSeparators(userConfigPath()));
        return false;
    }
    if (SshUserConfig(content, m_homeDir).includeLineOf(managedConfigPath()) > 0)
        return true;
    const QString sshDir = m_homeDir + u"/.ssh"_s;
    if (!QFileInfo::exists(sshDir) && !makePrivateDir(sshDir))
        return false;
    return writeUserConfig(SshUserConfig::withLineAtTop(content, includeLine().toUtf8()), existed);
}

bool SshConfigWriter::removeInclude()
{
    m_error.clear();
    bool existed = false;
    const QByteArray content = readUserConfig(&existed);
    const auto without = SshUserConfig::withoutLine(content, includeLine().toUtf8());
    if (!without)
        return true;
    return writeUserConfig(*without, existed);
}

QList<SshUserConfig::OverridingRule> SshConfigWriter::hostStarRulesAbove() const
{
    bool exists = false;
    const SshUserConfig config(readUserConfig(&exists), m_homeDir);
    const int line = config.includeLineOf(managedConfigPath());
    return line > 0 ? config.overridingRulesAbove(line) : QList<SshUserConfig::OverridingRule>{};
}

QStringList SshConfigWriter::vsCodeCommand(const QString &alias, const QString &remoteDir,
                                           const QStringList &searchPaths)
{
    if (alias.isEmpty() || alias != sanitise(alias))
        return {};
    const QString code = QStandardPaths::findExecutable(u"code"_s, searchPaths);
    if (code.isEmpty())
        return {};
    QStringList command{code, u"--remote"_s, u"ssh-remote+"_s + alias};
    if (!remoteDir.isEmpty())
        command.append(remoteDir);
    return command;
}

QString SshConfigWriter::vsCodeLink(const QString &alias, const QString &remoteDir)
{
    QString path = remoteDir.isEmpty() ? u"/"_s : remoteDir;
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    return u"vscode://vscode-remote/ssh-remote+"_s + alias + path;
}

QStringList SshConfigWriter::overrideWarnings() const
{
    QStringList warnings;
    for (const SshUserConfig::OverridingRule &rule : hostStarRulesAbove()) {
        warnings << tr("Warning: “%1” on line %2 of ~/.ssh/config sets %3 for every host, above the Include; "
                       "OpenSSH will use it instead of GPU Fleet's entries.")
                        .arg(rule.header.isEmpty() ? tr("(no Host line)") : rule.header)
                        .arg(rule.line)
                        .arg(rule.keywords.join(QStringLiteral(", ")));
    }
    return warnings;
}

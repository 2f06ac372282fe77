#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the user's own ~/.ssh/config the way OpenSSH does (keywords, "Keyword=value", quotes,
// Host/Match blocks) to find Include lines and the rules that apply to every host, and inserts or
// removes exactly one line without touching any other byte. Pure: never reads or writes files.
class SshUserConfig final
{
public:
    // A block that applies to every host and sets something our entries set too: OpenSSH keeps
    // the first value it sees, so such a block above our Include overrides our entries.
    struct OverridingRule
    {
        int line = 0;         // 1-based line of the block's header (of the first setting at the top)
        QString header;       // "Host *", "Match all", or empty for settings before any Host line
        QStringList keywords; // as spelled in the file: "HostName", "User", "Port", ...
    };

    // `homeDir` is the home OpenSSH expands "~" to; relative Include paths are under its ".ssh".
    SshUserConfig(const QByteArray &content, const QString &homeDir);

    // 1-based line of the first Include that reads `path` for every host (at the top level or in
    // a "Host *"/"Match all" block; globs and "~" resolved), or 0 when there is none.
    [[nodiscard]] int includeLineOf(const QString &path) const;
    // Rules applying to every host above `line` that set HostName, User, Port or UserKnownHostsFile.
    [[nodiscard]] QList<OverridingRule> overridingRulesAbove(int line) const;

    // `line` (without line break) put before everything else, after a UTF-8 byte order mark if
    // any, ending with the file's own line break (CRLF when its first line uses CRLF).
    [[nodiscard]] static QByteArray withLineAtTop(const QByteArray &content, const QByteArray &line);
    // The content without the first line that equals `line` (ignoring its line break), or nullopt
    // when there is no such line.
    [[nodiscard]] static std::optional<QByteArray> withoutLine(const QByteArray &content,
                                                               const QByteArray &line);

private:
    struct Directive
    {
        int line = 0;
        QString keyword;    // lower case
        QString spelling;   // as written
        QStringList args;   // unquoted, comments dropped
        bool forAll = true; // inside no block, or a block that applies to every host
        QString blockHeader;
        int blockLine = 0; // line of that Host/Match header, 0 at the top level
    };

    [[nodiscard]] QString resolveIncludePath(const QString &argument) const;

    QString m_homeDir;
    QList<Directive> m_directives;
};

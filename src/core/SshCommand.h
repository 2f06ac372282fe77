#pragma once

#include <QString>

#include <optional>

// An SSH destination (user, host, port) and its command line. Parses provider-supplied commands
// such as Novita's "ssh root@host -p 31234" in any argument order; never executes anything, and
// never yields a command line from a destination ssh or a shell could read as something else.
struct SshCommand
{
    QString user;
    QString host;
    int port = 22;

    // Accepts "ssh [options] [user@]host [-p port]" with options in any order, "-p22" and
    // "-o Port=22". Returns nullopt when there is no host, the port is not 1..65535 or the
    // destination is not isSafe().
    [[nodiscard]] static std::optional<SshCommand> parse(const QString &commandLine);
    /**
     * A non-empty host of letters, digits and ".-_:%[]", a user of letters, digits and "._-@+",
     * neither starting with '-' (ssh would take "-oProxyCommand=..." as an option and run it)
     * and nothing a shell would interpret when the command line is pasted. Provider text that
     * fails this never becomes a command line.
     */
    [[nodiscard]] bool isSafe() const;
    // "ssh user@host" or "ssh -p PORT user@host"; empty when !isSafe().
    [[nodiscard]] QString toString() const;
    // Argument list for QProcess (no shell involved); empty when !isSafe().
    [[nodiscard]] QStringList arguments() const;
};

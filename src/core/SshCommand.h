#pragma once

#include <QString>

#include <optional>

// An SSH destination (user, host, port) and its command line. Parses provider-supplied commands
// such as Novita's "ssh root@host -p 31234" in any argument order; never executes anything.
struct SshCommand
{
    QString user;
    QString host;
    int port = 22;

    // Accepts "ssh [options] [user@]host [-p port]" with options in any order, "-p22" and
    // "-o Port=22". Returns nullopt when there is no host or the port is not 1..65535.
    [[nodiscard]] static std::optional<SshCommand> parse(const QString &commandLine);
    // "ssh user@host" or "ssh -p PORT user@host".
    [[nodiscard]] QString toString() const;
    // Argument list for QProcess (no shell involved).
    [[nodiscard]] QStringList arguments() const;
};

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Small helpers shared by tests: fixture loading, OpenSSH's view of a config.
namespace TestSupport {
// Bytes of tests/data/<relativePath>; fails the calling test (empty result) when missing.
QByteArray fixture(const QString &relativePath);
// What OpenSSH itself makes of `alias` (`ssh -G -F <configPath> <alias>` with HOME=<home>), as
// keyword -> value; empty (with a warning) when ssh fails.
QHash<QString, QString> sshResolve(const QString &home, const QString &configPath, const QString &alias);
} // namespace TestSupport

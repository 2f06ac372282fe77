#pragma once

#include <QByteArray>
#include <QString>

// Small helpers shared by tests: fixture loading.
namespace TestSupport {
// Bytes of tests/data/<relativePath>; fails the calling test (empty result) when missing.
QByteArray fixture(const QString &relativePath);
} // namespace TestSupport

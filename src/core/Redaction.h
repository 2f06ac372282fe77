#pragma once

#include <QString>
#include <QStringList>

// Makes provider text safe to show or log: removes known secrets and anything that looks like
// a credential, strips HTML, collapses whitespace and shortens.
namespace Redaction {
[[nodiscard]] QString scrub(const QString &text, const QStringList &secrets = {});
// A short one-line excerpt of a raw response body (HTML tags removed) for error messages.
[[nodiscard]] QString excerpt(const QByteArray &body, const QStringList &secrets = {}, int maxChars = 160);
} // namespace Redaction

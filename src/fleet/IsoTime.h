#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

// ISO 8601 timestamps in the fleet's files (cache, usage history), read and written without
// QDateTime::fromString/toString on the common UTC form: tens of thousands of them are read at
// every start (docs/PERFORMANCE.md). Any other form goes through Qt, so nothing is lost.
namespace IsoTime {

// "2026-11-23T15:00:00.000Z" (or without milliseconds) as a UTC QDateTime; anything else as
// QDateTime::fromString(text, Qt::ISODateWithMs) reads it. Invalid for empty or bad text.
[[nodiscard]] QDateTime parse(QStringView text);
// Appends what toString(Qt::ISODateWithMs) gives, quoted as a JSON string.
void appendJson(QByteArray &out, const QDateTime &when);

} // namespace IsoTime

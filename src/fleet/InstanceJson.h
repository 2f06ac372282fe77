#pragma once

#include "core/Instance.h"

#include <QJsonObject>

// Instance <-> JSON for the on-disk cache. Never writes sshPassword or anything secret.
namespace InstanceJson {
QJsonObject toJson(const Instance &instance);
Instance fromJson(const QJsonObject &object);
// Appends toJson(instance) as compact JSON text, without building a QJsonObject: the cache of
// 10,000 instances is written in a fraction of the time and memory (docs/PERFORMANCE.md).
void appendJson(QByteArray &out, const Instance &instance);
// Appends a JSON string literal (quoted and escaped).
void appendString(QByteArray &out, QStringView text);
} // namespace InstanceJson

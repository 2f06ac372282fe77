#pragma once

#include "core/Instance.h"

#include <QJsonObject>

// Instance <-> JSON for the on-disk cache. Never writes sshPassword or anything secret.
namespace InstanceJson {
QJsonObject toJson(const Instance &instance);
Instance fromJson(const QJsonObject &object);
} // namespace InstanceJson

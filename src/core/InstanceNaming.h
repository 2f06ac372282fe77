#pragma once

#include <QDateTime>
#include <QString>

// Default instance names: "<gpu>-<short date>-<4 chars>", unique enough to find a new instance
// again by name (Novita and Nebula Block return no id or no idempotency) and readable in a list.
namespace InstanceNaming {
QString generate(const QString &gpuModel, const QDateTime &now = QDateTime::currentDateTime());
// Letters, digits and hyphens, 1..63 characters: accepted by every provider.
bool isValid(const QString &name);
} // namespace InstanceNaming

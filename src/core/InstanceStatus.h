#pragma once

#include <QMetaType>
#include <QString>

// The unified lifecycle every provider's raw status maps onto (providers/README.md, "Unified
// lifecycle mapping"). An unknown raw status is data, never an error: it maps to Unknown and the
// raw text is kept on the Instance.
enum class InstanceStatus
{
    Provisioning,
    Starting,
    Running,
    Stopping,
    Stopped,
    Deleting,
    Deleted,
    Error,
    Unknown
};

namespace InstanceStatuses {
// "provisioning", "running", ... (CLI and JSON output, cache).
QString name(InstanceStatus status);
InstanceStatus fromName(const QString &name);
// Translated label for people.
QString displayName(InstanceStatus status);
// The instance is on its way somewhere: poll fast.
bool isTransitional(InstanceStatus status);
// Still billing or about to: shown under the "active" filter.
bool isActive(InstanceStatus status);

InstanceStatus fromFal(const QString &raw);
// statusError is Novita's {state, message} object; non-empty and not running means error.
InstanceStatus fromNovita(const QString &raw, bool hasStatusError);
InstanceStatus fromNebulaBlock(const QString &raw);
} // namespace InstanceStatuses

Q_DECLARE_METATYPE(InstanceStatus)

#pragma once

#include "core/InstanceStatus.h"

#include <QColor>
#include <QIcon>

// Presentation of an instance status: a colour and a small drawn icon (a filled dot when settled,
// a ring while in transit) that read on light and dark themes alike. No models, no caching:
// callers that paint often keep the icons they need.
namespace StatusIcons {
QColor color(InstanceStatus status);
QIcon icon(InstanceStatus status);
// A dot of `color` for indicators that are not instance statuses (account health).
QIcon dot(const QColor &color, bool hollow = false);
} // namespace StatusIcons

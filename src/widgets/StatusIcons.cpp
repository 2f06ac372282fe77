#include "widgets/StatusIcons.h"

#include <QPainter>
#include <QPixmap>

namespace {
// Mid-lightness hues with a darker outline: visible on white and on near-black backgrounds.
QPixmap drawDot(const QColor &color, bool hollow, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.2;
    const QRectF rect(margin, margin, size - 2 * margin, size - 2 * margin);
    if (hollow) {
        painter.setPen(QPen(color, size * 0.14));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(rect.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05));
    } else {
        painter.setPen(QPen(color.darker(140), qMax(1.0, size / 16.0)));
        painter.setBrush(color);
        painter.drawEllipse(rect);
    }
    return pixmap;
}
} // namespace

QColor StatusIcons::color(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
        return QColor(0x2e, 0xa0, 0x43);
    case InstanceStatus::Provisioning:
    case InstanceStatus::Starting:
        return QColor(0x2f, 0x80, 0xed);
    case InstanceStatus::Stopping:
    case InstanceStatus::Deleting:
        return QColor(0xe0, 0x8e, 0x0b);
    case InstanceStatus::Stopped:
        return QColor(0x8c, 0x95, 0x9f);
    case InstanceStatus::Deleted:
        return QColor(0x6e, 0x76, 0x81);
    case InstanceStatus::Error:
        return QColor(0xe5, 0x48, 0x4d);
    case InstanceStatus::Unknown:
        break;
    }
    return QColor(0xa3, 0x71, 0xf7);
}

QIcon StatusIcons::dot(const QColor &color, bool hollow)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(drawDot(color, hollow, size));
    return icon;
}

QIcon StatusIcons::icon(InstanceStatus status)
{
    return dot(color(status), InstanceStatuses::isTransitional(status));
}

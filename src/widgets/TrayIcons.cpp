#include "widgets/TrayIcons.h"

#include <QPainter>
#include <QPixmap>

namespace {
const QColor Outline(0x23, 0x27, 0x2e);
const QColor Body(0xe4, 0xe7, 0xeb);
const QColor IdleBody(0xb8, 0xbe, 0xc6);

QPixmap draw(TrayIcons::Look look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax(1.0, s / 14.0);

    // The card: a rounded board with a fan, and the bracket tab at the left.
    const QRectF card(s * 0.06, s * 0.18, s * 0.84, s * 0.54);
    p.setPen(QPen(Outline, pen));
    p.setBrush(look == TrayIcons::Look::Idle ? IdleBody : Body);
    p.drawRoundedRect(card, s * 0.08, s * 0.08);
    const QRectF fan(card.left() + card.width() * 0.42, card.top() + card.height() * 0.14,
                     card.height() * 0.72, card.height() * 0.72);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(fan);
    p.drawLine(QPointF(fan.center().x(), fan.top() + pen), QPointF(fan.center().x(), fan.bottom() - pen));
    p.drawLine(QPointF(fan.left() + pen, fan.center().y()), QPointF(fan.right() - pen, fan.center().y()));
    // Gold contacts along the bottom edge.
    p.setPen(Qt::NoPen);
    p.setBrush(Outline);
    p.drawRect(QRectF(card.left() + s * 0.12, card.bottom(), s * 0.5, s * 0.08));

    if (look == TrayIcons::Look::Idle)
        return pixmap;
    // The state badge at the bottom right, with a dark rim so it stands out on any panel.
    const QRectF badge(s * 0.52, s * 0.52, s * 0.46, s * 0.46);
    switch (look) {
    case TrayIcons::Look::Running:
        p.setPen(QPen(Outline, pen));
        p.setBrush(QColor(0x2e, 0xa0, 0x43));
        p.drawEllipse(badge);
        break;
    case TrayIcons::Look::Transitioning:
        p.setPen(QPen(Outline, pen));
        p.setBrush(Body);
        p.drawEllipse(badge);
        p.setPen(QPen(QColor(0x2f, 0x80, 0xed), s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(badge.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08), 90 * 16, -270 * 16);
        break;
    case TrayIcons::Look::Error: {
        p.setPen(QPen(Outline, pen));
        p.setBrush(QColor(0xe5, 0x48, 0x4d));
        p.drawEllipse(badge);
        p.setPen(QPen(Qt::white, s * 0.08, Qt::SolidLine, Qt::RoundCap));
        const qreal x = badge.center().x();
        p.drawLine(QPointF(x, badge.top() + badge.height() * 0.22),
                   QPointF(x, badge.top() + badge.height() * 0.58));
        p.drawPoint(QPointF(x, badge.top() + badge.height() * 0.78));
        break;
    }
    case TrayIcons::Look::Idle:
        break;
    }
    return pixmap;
}
} // namespace

QIcon TrayIcons::icon(Look look)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(draw(look, size));
    return icon;
}

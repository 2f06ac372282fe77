#include "widgets/FormMessage.h"

#include <QLabel>
#include <QPalette>

namespace FormMessage {

void show(QLabel *label, const QString &text, Kind kind)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (kind == Kind::Error)
        palette.setColor(QPalette::WindowText, QColor(0xd0, 0x39, 0x3e));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace FormMessage

#include "widgets/InstanceStatusDelegate.h"

#include "models/InstanceTableModel.h"
#include "widgets/StatusIcons.h"

InstanceStatusDelegate::InstanceStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const QIcon &InstanceStatusDelegate::iconFor(InstanceStatus status) const
{
    auto it = m_icons.find(int(status));
    if (it == m_icons.end())
        it = m_icons.insert(int(status), StatusIcons::icon(status));
    return *it;
}

void InstanceStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == InstanceTableModel::StatusColumn) {
        const QVariant status = index.data(InstanceTableModel::StatusRole);
        if (status.isValid()) {
            option->icon = iconFor(InstanceStatus(status.toInt()));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
    if (index.data(InstanceTableModel::StaleRole).toBool()) {
        // The theme's own disabled text colour: readable in light and dark palettes alike.
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        option->font.setItalic(true);
    }
}

#include "widgets/InstanceTableView.h"

#include "core/InstanceStatus.h"
#include "models/InstanceTableModel.h"
#include "widgets/InstanceStatusDelegate.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

InstanceTableView::InstanceTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new InstanceStatusDelegate(this));
    QHeaderView *vertical = verticalHeader();
    vertical->hide();
    vertical->setSectionResizeMode(QHeaderView::Fixed); // no per-row size hints: fast with many rows
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
}

int InstanceTableView::statusColumnWidth() const
{
    // Wide enough for the longest status in the current language ("Wird bereitgestellt", "Provisioning"):
    // measured, since translations differ in length.
    int text = 0;
    for (int s = 0; s <= int(InstanceStatus::Unknown); ++s)
        text =
            std::max(text, fontMetrics().horizontalAdvance(InstanceStatuses::displayName(InstanceStatus(s))));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const int margins = 4 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 12;
    return std::max(115, text + icon + margins);
}

void InstanceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const QList<QPair<int, int>> widths = {
        {InstanceTableModel::StatusColumn, 115},   {InstanceTableModel::NameColumn, 160},
        {InstanceTableModel::ProviderColumn, 100}, {InstanceTableModel::AccountColumn, 100},
        {InstanceTableModel::GpuColumn, 150},      {InstanceTableModel::RegionColumn, 130},
        {InstanceTableModel::EndpointColumn, 160}, {InstanceTableModel::PriceColumn, 80},
        {InstanceTableModel::UptimeColumn, 90},
    };
    for (const auto &[column, width] : widths)
        horizontalHeader()->resizeSection(column, width);
    horizontalHeader()->resizeSection(InstanceTableModel::StatusColumn, statusColumnWidth());
    sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
}

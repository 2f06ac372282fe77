#include "widgets/InstanceTableView.h"

#include "models/InstanceTableModel.h"
#include "widgets/InstanceStatusDelegate.h"

#include <QHeaderView>

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
    sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
}

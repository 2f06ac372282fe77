#include "widgets/OfferingTable.h"

#include "models/InstanceFormat.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString cpuRam(const Offering &offering)
{
    if (offering.cpuCores <= 0 && offering.ramGb <= 0)
        return {};
    //: vCPUs and RAM of a product, e.g. "16 vCPU · 62 GB"
    return OfferingTable::tr("%1 vCPU · %2 GB").arg(offering.cpuCores).arg(offering.ramGb);
}
} // namespace

OfferingTable::OfferingTable(QWidget *parent)
    : QTableWidget(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    connect(this, &QTableWidget::itemSelectionChanged, this, &OfferingTable::currentOfferingChanged);
}

OfferingTable::~OfferingTable() = default;

void OfferingTable::setOfferings(Provider provider, const QList<Offering> &offerings)
{
    const auto previous = currentOffering();
    QSignalBlocker blocker(this);
    clear();
    setRowCount(0);
    m_offerings.clear();
    if (provider == Provider::NebulaBlock) {
        setColumnCount(5);
        setHorizontalHeaderLabels(
            {tr("GPU"), tr("Region"), tr("vCPU / RAM"), tr("Price per hour"), tr("Availability")});
    } else {
        setColumnCount(4);
        setHorizontalHeaderLabels(
            {tr("GPU"), tr("vCPU / RAM per GPU"), tr("Price per GPU-hour"), tr("Availability")});
    }
    for (const Offering &offering : offerings)
        addRow(provider, offering);
    // The product name takes what is left; the facts keep their natural width.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    bool selected = previous && selectOffering(previous->id);
    for (int row = 0; !selected && row < m_offerings.size(); ++row)
        selected = selectOffering(m_offerings.at(row).id);
    blocker.unblock();
    emit currentOfferingChanged();
}

void OfferingTable::addRow(Provider provider, const Offering &offering)
{
    const int row = rowCount();
    insertRow(row);
    QStringList cells{offering.name.isEmpty() ? offering.gpuModel : offering.name};
    if (provider == Provider::NebulaBlock)
        cells << offering.region;
    cells << cpuRam(offering);
    const QString price = InstanceFormat::price(offering.pricePerHour);
    cells << (price.isEmpty() ? tr("not published") : price);
    cells << availabilityText(provider, offering);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == cells.size() - 2) // the price
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setData(IdRole, offering.id);
        // Shown so the user knows it exists, but it cannot be picked.
        item->setFlags(offering.available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        if (!offering.available)
            item->setToolTip(tr("Not available right now"));
        setItem(row, column, item);
    }
    m_offerings.append(offering);
}

std::optional<Offering> OfferingTable::currentOffering() const
{
    const QList<QTableWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_offerings.size() || !m_offerings.at(row).available)
        return std::nullopt;
    return m_offerings.at(row);
}

bool OfferingTable::selectOffering(const QString &offeringId)
{
    const int row = rowOf(offeringId);
    if (row < 0 || !m_offerings.at(row).available)
        return false;
    selectRow(row);
    scrollToItem(item(row, 0));
    return true;
}

int OfferingTable::rowOf(const QString &offeringId) const
{
    for (int row = 0; row < m_offerings.size(); ++row) {
        if (m_offerings.at(row).id == offeringId)
            return row;
    }
    return -1;
}

QString OfferingTable::availabilityText(Provider provider, const Offering &offering)
{
    if (provider == Provider::NebulaBlock) {
        const QVariant stock = offering.extras.value(u"stock"_s);
        if (!offering.available)
            return tr("Out of stock");
        return stock.isValid() ? tr("%n in stock", nullptr, stock.toInt()) : tr("Available");
    }
    if (!offering.available)
        return tr("Sold out");
    const QString inventory = offering.extras.value(u"inventoryState"_s).toString().toLower();
    if (inventory == u"low"_s)
        return tr("Low stock");
    if (inventory == u"high"_s)
        return tr("Plenty");
    return tr("Available");
}

#include "models/InstanceFilterProxyModel.h"

#include "models/InstanceTableModel.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

quint32 providerBit(Provider provider)
{
    return 1u << int(provider);
}

bool containsWord(const QString &field, const QString &word)
{
    return field.contains(word, Qt::CaseInsensitive);
}

} // namespace

InstanceFilterProxyModel::InstanceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceTableModel::SortRole);
    setDynamicSortFilter(true);
}

InstanceFilterProxyModel::~InstanceFilterProxyModel() = default;

void InstanceFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_instances = qobject_cast<InstanceTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void InstanceFilterProxyModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_searchText)
        return;
    m_searchText = simplified;
    m_searchWords = simplified.isEmpty() ? QStringList() : simplified.split(u' ');
    filterChanged();
}

void InstanceFilterProxyModel::setProviderFilter(const QList<Provider> &providers)
{
    quint32 mask = 0;
    for (Provider provider : providers)
        mask |= providerBit(provider);
    if (mask == m_providerMask)
        return;
    m_providerMask = mask;
    filterChanged();
}

QList<Provider> InstanceFilterProxyModel::providerFilter() const
{
    QList<Provider> result;
    for (Provider provider : Providers::all()) {
        if (m_providerMask & providerBit(provider))
            result.append(provider);
    }
    return result;
}

void InstanceFilterProxyModel::setAccountFilter(const QStringList &accountIds)
{
    const QSet<QString> ids(accountIds.cbegin(), accountIds.cend());
    if (ids == m_accountIds)
        return;
    m_accountIds = ids;
    filterChanged();
}

QStringList InstanceFilterProxyModel::accountFilter() const
{
    QStringList result(m_accountIds.cbegin(), m_accountIds.cend());
    result.sort();
    return result;
}

void InstanceFilterProxyModel::setStatusGroup(StatusGroup group)
{
    if (group == m_statusGroup)
        return;
    m_statusGroup = group;
    filterChanged();
}

void InstanceFilterProxyModel::filterChanged()
{
    invalidateRowsFilter();
    emit filtersChanged();
}

bool InstanceFilterProxyModel::acceptsStatus(int status) const
{
    switch (m_statusGroup) {
    case StatusGroup::All:
        return true;
    case StatusGroup::Active:
        return InstanceStatuses::isActive(InstanceStatus(status));
    case StatusGroup::Stopped:
        return !InstanceStatuses::isActive(InstanceStatus(status));
    }
    return true;
}

bool InstanceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_instances && m_instances == sourceModel())
        return acceptsFast(sourceRow);
    return acceptsGeneric(sourceRow);
}

bool InstanceFilterProxyModel::acceptsFast(int sourceRow) const
{
    const Instance &instance = m_instances->instanceAt(sourceRow);
    if (!acceptsStatus(int(instance.status)))
        return false;
    if (m_providerMask && !(m_providerMask & providerBit(instance.provider)))
        return false;
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(instance.accountId))
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString &account = m_instances->accountDisplayAt(sourceRow);
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(), [&](const QString &word) {
        return containsWord(instance.name, word) || containsWord(instance.id, word)
            || containsWord(instance.publicIp, word) || containsWord(instance.gpuModel, word)
            || containsWord(account, word) || containsWord(instance.region, word);
    });
}

// Any other source (a model in tests, another proxy) is read through its roles and display text.
bool InstanceFilterProxyModel::acceptsGeneric(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0);
    if (!acceptsStatus(first.data(InstanceTableModel::StatusRole).toInt()))
        return false;
    if (m_providerMask) {
        const auto provider = Providers::fromId(first.data(InstanceTableModel::ProviderRole).toString());
        if (!provider || !(m_providerMask & providerBit(*provider)))
            return false;
    }
    if (!m_accountIds.isEmpty()
        && !m_accountIds.contains(first.data(InstanceTableModel::AccountIdRole).toString()))
        return false;
    if (m_searchWords.isEmpty())
        return true;
    static constexpr int SearchedColumns[] = {
        InstanceTableModel::NameColumn, InstanceTableModel::IdColumn,      InstanceTableModel::EndpointColumn,
        InstanceTableModel::GpuColumn,  InstanceTableModel::AccountColumn, InstanceTableModel::RegionColumn};
    QStringList fields;
    for (int column : SearchedColumns)
        fields.append(source->index(sourceRow, column).data().toString());
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(), [&fields](const QString &word) {
        return std::any_of(fields.cbegin(), fields.cend(),
                           [&word](const QString &field) { return containsWord(field, word); });
    });
}

bool InstanceFilterProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (!m_instances || m_instances != sourceModel() || sortRole() != InstanceTableModel::SortRole
        || sourceLeft.column() != sourceRight.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int column = sourceLeft.column();
    const int left = sourceLeft.row();
    const int right = sourceRight.row();
    const bool leftKnown = m_instances->hasSortValue(left, column);
    const bool rightKnown = m_instances->hasSortValue(right, column);
    if (leftKnown != rightKnown) {
        // Unknown prices and stopped rows' uptimes go last whichever way the column is sorted:
        // descending sorts compare with the arguments swapped.
        return sortOrder() == Qt::AscendingOrder ? leftKnown : rightKnown;
    }
    if (!leftKnown)
        return false;
    return m_instances->compareRows(left, right, column) < 0;
}

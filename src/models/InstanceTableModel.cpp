#include "models/InstanceTableModel.h"

#include "models/InstanceRow.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags InstanceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *Titles[ColumnCount] = {
        QT_TR_NOOP("Status"), QT_TR_NOOP("Name"),   QT_TR_NOOP("Provider"), QT_TR_NOOP("Account"),
        QT_TR_NOOP("GPU"),    QT_TR_NOOP("Region"), QT_TR_NOOP("Endpoint"), QT_TR_NOOP("Price"),
        QT_TR_NOOP("Uptime"), QT_TR_NOOP("ID")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(Titles[section]);
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows[size_t(index.row())];
    const Instance &instance = row.instance;
    switch (role) {
    case Qt::DisplayRole:
        return row.display(index.column(), accountDisplay(row), m_clock());
    case Qt::ToolTipRole:
        return row.toolTip(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == UptimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return row.sortValue(index.column(), accountDisplay(row), m_clock());
    case InstanceKeyRole:
        return row.key;
    case AccountIdRole:
        return instance.accountId;
    case ProviderRole:
        return Providers::id(instance.provider);
    case StatusRole:
        return int(instance.status);
    case StaleRole:
        return m_accounts.at(row.account).stale;
    case InstanceRole: {
        Instance withoutSecret = instance;
        withoutSecret.sshPassword.clear();
        return QVariant::fromValue(withoutSecret);
    }
    default:
        return {};
    }
}

const QString &InstanceTableModel::accountDisplay(const Row &row) const
{
    return m_accounts.at(row.account).display;
}

void InstanceTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

int InstanceTableModel::findAccount(const QString &accountId) const
{
    return m_accountIndexById.value(accountId, -1);
}

int InstanceTableModel::accountIndex(const QString &accountId)
{
    const int found = findAccount(accountId);
    if (found >= 0)
        return found;
    m_accounts.append(AccountInfo{accountId, {}, accountId, false, 0, {}});
    m_accountIndexById.insert(accountId, int(m_accounts.size()) - 1);
    return int(m_accounts.size()) - 1;
}

void InstanceTableModel::ensureIndex() const
{
    if (m_indexDirtyFrom < 0)
        return;
    for (size_t i = size_t(m_indexDirtyFrom); i < m_rows.size(); ++i)
        m_rows[i]->row = int(i);
    m_indexDirtyFrom = -1;
}

void InstanceTableModel::setAccountInstances(const QString &accountId, const QList<Instance> &instances)
{
    const int account = accountIndex(accountId);
    ensureIndex();
    const quint32 generation = ++m_generation;
    const qint64 now = m_clock();

    QHash<QString, Slot> &rowsById = m_accounts[account].rowsById;
    std::vector<Change> changes;
    std::vector<NewRow> added;
    int seen = 0;
    auto merge = [&](const Instance &incoming) {
        bool exact = false;
        const quint64 digest = InstanceRow::digest(incoming, &exact);
        const auto found = rowsById.find(incoming.id);
        if (found == rowsById.end()) {
            auto row = std::make_unique<Row>();
            row->instance = incoming;
            row->key = incoming.key();
            row->account = account;
            row->updateRunningSince(now);
            added.push_back({std::move(row), digest, exact});
            return;
        }
        Slot &slot = *found;
        if (slot.seen == generation)
            return; // listed twice: the first one wins
        slot.seen = generation;
        ++seen;
        // Equal digests: unchanged, without reading the old instance or even the row.
        if (exact && slot.exact && digest == slot.digest)
            return;
        slot.digest = digest;
        slot.exact = exact;
        Row &row = *slot.row;
        const quint32 columns = InstanceRow::changedColumns(row.instance, incoming);
        if (columns == 0)
            return; // equal data whose digest is inexact (opaque extras)
        row.instance = incoming;
        row.updateRunningSince(now);
        m_sortKeys[size_t(row.row)] = row.sortKey();
        changes.push_back({row.row, columns});
    };
    for (const Instance &given : instances) {
        // Parsers share the client's account id string: compare the pointer before the text.
        if (Q_LIKELY(given.accountId.constData() == accountId.constData() || given.accountId == accountId)) {
            merge(given);
            continue;
        }
        Instance normalised = given;
        normalised.accountId = accountId;
        merge(normalised);
    }

    emitChanges(changes);
    if (seen < m_accounts.at(account).rowCount) {
        std::vector<int> vanished;
        for (const Slot &slot : std::as_const(rowsById)) {
            if (slot.seen != generation)
                vanished.push_back(slot.row->row);
        }
        removeRowNumbers(vanished);
    }
    appendRows(added, generation);
}

void InstanceTableModel::emitChanges(const std::vector<Change> &changes)
{
    if (changes.empty())
        return;
    int first = changes.front().row;
    int last = first;
    quint32 columns = 0;
    for (const Change &change : changes) {
        first = std::min(first, change.row);
        last = std::max(last, change.row);
        columns |= change.columns;
    }
    // When most rows of the span changed, one signal is cheaper for every listener.
    if (changes.size() > 1 && changes.size() * 2 > size_t(last - first + 1)) {
        emit dataChanged(index(first, InstanceRow::firstColumn(columns)),
                         index(last, InstanceRow::lastColumn(columns)));
        return;
    }
    for (const Change &change : changes)
        emit dataChanged(index(change.row, InstanceRow::firstColumn(change.columns)),
                         index(change.row, InstanceRow::lastColumn(change.columns)));
}

template<typename Predicate>
void InstanceTableModel::removeRowsWhere(Predicate predicate)
{
    std::vector<int> rows;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (predicate(*m_rows[i]))
            rows.push_back(int(i));
    }
    removeRowNumbers(rows);
}

void InstanceTableModel::removeRowNumbers(std::vector<int> &rows)
{
    // Back to front so the row numbers still to be removed stay valid; contiguous rows go in one
    // signal. Row numbers after the removed ones are fixed once, later (ensureIndex()).
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (size_t i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        for (++i; i < rows.size() && rows[i] == first - 1; ++i)
            --first;
        beginRemoveRows({}, first, last);
        const auto begin = m_rows.begin() + first;
        const auto end = m_rows.begin() + last + 1;
        for (auto it = begin; it != end; ++it) {
            m_rowByKey.remove((*it)->key);
            AccountInfo &info = m_accounts[(*it)->account];
            info.rowsById.remove((*it)->instance.id);
            --info.rowCount;
        }
        m_rows.erase(begin, end);
        m_sortKeys.erase(m_sortKeys.begin() + first, m_sortKeys.begin() + last + 1);
        m_indexDirtyFrom = m_indexDirtyFrom < 0 ? first : std::min(m_indexDirtyFrom, first);
        endRemoveRows();
    }
}

void InstanceTableModel::appendRows(std::vector<NewRow> &added, quint32 generation)
{
    if (added.empty())
        return;
    ensureIndex();
    const int base = int(m_rows.size());
    int count = 0;
    for (NewRow &item : added) {
        Row *&slot = m_rowByKey[item.row->key];
        if (slot) {
            item.row.reset(); // listed twice: the first one wins
            continue;
        }
        slot = item.row.get();
        item.row->row = base + count++;
    }
    if (count == 0)
        return;
    beginInsertRows({}, base, base + count - 1);
    m_rows.reserve(m_rows.size() + size_t(count));
    m_sortKeys.reserve(m_rows.size() + size_t(count));
    for (NewRow &item : added) {
        if (!item.row)
            continue;
        AccountInfo &info = m_accounts[item.row->account];
        info.rowsById.insert(item.row->instance.id,
                             Slot{item.row.get(), item.digest, generation, item.exact});
        ++info.rowCount;
        m_sortKeys.push_back(item.row->sortKey());
        m_rows.push_back(std::move(item.row));
    }
    endInsertRows();
}

template<typename Predicate>
void InstanceTableModel::emitForRuns(Predicate predicate, int firstColumn, int lastColumn,
                                     const QList<int> &roles)
{
    const int count = int(m_rows.size());
    for (int first = 0; first < count; ++first) {
        if (!predicate(*m_rows[size_t(first)]))
            continue;
        int last = first;
        while (last + 1 < count && predicate(*m_rows[size_t(last + 1)]))
            ++last;
        emit dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
        first = last;
    }
}

void InstanceTableModel::removeAccount(const QString &accountId)
{
    const int account = findAccount(accountId);
    if (account < 0)
        return;
    removeRowsWhere([account](const Row &row) { return row.account == account; });
    ensureIndex();
    AccountInfo &info = m_accounts[account];
    info.label.clear();
    info.display = info.id;
    info.stale = false;
}

void InstanceTableModel::setAccountLabel(const QString &accountId, const QString &label)
{
    const int account = accountIndex(accountId);
    AccountInfo &info = m_accounts[account];
    if (info.label == label)
        return;
    info.label = label;
    info.display = label.isEmpty() ? info.id : label;
    emitForRuns([account](const Row &row) { return row.account == account; }, AccountColumn, AccountColumn,
                {});
}

QString InstanceTableModel::accountLabel(const QString &accountId) const
{
    const int account = findAccount(accountId);
    return account < 0 ? QString() : m_accounts.at(account).label;
}

void InstanceTableModel::setAccountStale(const QString &accountId, bool stale)
{
    const int account = accountIndex(accountId);
    if (m_accounts.at(account).stale == stale)
        return;
    m_accounts[account].stale = stale;
    emitForRuns([account](const Row &row) { return row.account == account; }, 0, ColumnCount - 1,
                {StaleRole});
}

bool InstanceTableModel::isAccountStale(const QString &accountId) const
{
    const int account = findAccount(accountId);
    return account >= 0 && m_accounts.at(account).stale;
}

void InstanceTableModel::refreshUptime()
{
    emitForRuns([](const Row &row) { return row.running; }, UptimeColumn, UptimeColumn,
                {Qt::DisplayRole, SortRole});
}

std::optional<Instance> InstanceTableModel::instance(const QString &key) const
{
    const Row *row = m_rowByKey.value(key);
    if (!row)
        return std::nullopt;
    return row->instance;
}

QStringList InstanceTableModel::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_rows.size()));
    for (const auto &row : m_rows)
        result.append(row->key);
    return result;
}

int InstanceTableModel::rowForKey(const QString &key) const
{
    const Row *row = m_rowByKey.value(key);
    if (!row)
        return -1;
    ensureIndex();
    // A row being inserted is in the index before it is in the table.
    return row->row < int(m_rows.size()) && m_rows[size_t(row->row)].get() == row ? row->row : -1;
}

QModelIndex InstanceTableModel::indexForKey(const QString &key, int column) const
{
    const int row = rowForKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

const Instance &InstanceTableModel::instanceAt(int row) const
{
    return m_rows[size_t(row)]->instance;
}

const QString &InstanceTableModel::accountDisplayAt(int row) const
{
    return accountDisplay(*m_rows[size_t(row)]);
}

bool InstanceTableModel::hasSortValue(int row, int column) const
{
    return InstanceRow::hasSortValue(m_sortKeys[size_t(row)], column);
}

int InstanceTableModel::compareRows(int left, int right, int column) const
{
    if (const auto byKey =
            InstanceRow::compareKeys(m_sortKeys[size_t(left)], m_sortKeys[size_t(right)], column))
        return *byKey;
    const Row &l = *m_rows[size_t(left)];
    const Row &r = *m_rows[size_t(right)];
    return InstanceRow::compare(l, accountDisplay(l), r, accountDisplay(r), column);
}

#pragma once

#include "core/Instance.h"
#include "models/InstanceRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// One row per Instance across all accounts, updated by diffing each account's fresh list so that
// only real changes are signalled (no resets). Presents plain values and raw sort keys; how rows
// look (icons, colours) belongs to widgets/. Secrets never leave it through data().
class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableModel)

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        ProviderColumn,
        AccountColumn,
        GpuColumn,
        RegionColumn,
        EndpointColumn,
        PriceColumn,
        UptimeColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Every role below answers on every column of a row.
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: double price (+inf = unknown), qint64 uptime
                                     // seconds (-1 = not running), int status, lower-cased text
        InstanceKeyRole,             // Instance::key(): "accountId/instanceId"
        AccountIdRole,
        ProviderRole, // Providers::id(): "fal", "novita", "nebulablock"
        StatusRole,   // int(InstanceStatus)
        StaleRole,    // bool: the account's last refresh failed, the row shows last-known data
        InstanceRole  // QVariant<Instance> with sshPassword cleared
    };
    Q_ENUM(Role)

    // Milliseconds since the epoch; injectable so tests control uptime.
    using Clock = std::function<qint64()>;

    explicit InstanceTableModel(QObject *parent = nullptr);
    ~InstanceTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    /**
     * Replaces the rows of one account by @p instances, signalling only the difference: one
     * rowsInserted for all new instances (appended), one dataChanged per changed row covering the
     * changed columns (one ranged dataChanged when most rows in the span changed), and
     * back-to-front rowsRemoved, contiguous rows coalesced. Rows of other accounts are untouched.
     * Instances whose accountId differs are taken as belonging to @p accountId. An empty list
     * means the account has no instances: after a failed refresh call setAccountStale() instead.
     */
    void setAccountInstances(const QString &accountId, const QList<Instance> &instances);
    // Removes the account's rows and forgets its label and stale flag.
    void removeAccount(const QString &accountId);
    void setAccountLabel(const QString &accountId, const QString &label);
    [[nodiscard]] QString accountLabel(const QString &accountId) const;
    // Marks the account's rows as showing last-known data (dataChanged with StaleRole only).
    void setAccountStale(const QString &accountId, bool stale);
    [[nodiscard]] bool isAccountStale(const QString &accountId) const;
    // Emits dataChanged for the uptime cells of running rows; the window calls it once a minute.
    void refreshUptime();
    void setClock(Clock clock);

    // The full instance, sshPassword included: only for the details pane's "show password".
    [[nodiscard]] std::optional<Instance> instance(const QString &key) const;
    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] int rowForKey(const QString &key) const;
    [[nodiscard]] QModelIndex indexForKey(const QString &key, int column = 0) const;

    // Allocation-free accessors for InstanceFilterProxyModel's filter and sort; row must be valid.
    [[nodiscard]] const Instance &instanceAt(int row) const;
    [[nodiscard]] const QString &accountDisplayAt(int row) const; // label, or the id without one
    // Whether the row has a value to sort @p column by (a price, an uptime).
    [[nodiscard]] bool hasSortValue(int row, int column) const;
    // <0, 0, >0 like QString::compare; agrees with SortRole.
    [[nodiscard]] int compareRows(int left, int right, int column) const;

private:
    using Row = InstanceRow;
    // What a merge needs to know about a row, kept in the account's index itself: an unchanged row
    // is recognised from the hash entry the lookup already read, without touching the row.
    struct Slot
    {
        Row *row = nullptr;
        quint64 digest = 0;
        quint32 seen = 0;   // merge generation that last listed it
        bool exact = false; // false: extras hold a type the digest cannot read
    };

    struct NewRow
    {
        std::unique_ptr<Row> row;
        quint64 digest = 0;
        bool exact = false;
    };

    struct AccountInfo
    {
        QString id;
        QString label;
        QString display; // label, or the id while there is none
        bool stale = false;
        int rowCount = 0;
        // Instance id -> row: merges look rows up by id without building "accountId/id" keys.
        QHash<QString, Slot> rowsById;
    };

    struct Change
    {
        int row;
        quint32 columns;
    };

    int accountIndex(const QString &accountId);
    [[nodiscard]] int findAccount(const QString &accountId) const;
    void ensureIndex() const;
    template<typename Predicate>
    void removeRowsWhere(Predicate predicate);
    void removeRowNumbers(std::vector<int> &rows);
    template<typename Predicate>
    void emitForRuns(Predicate predicate, int firstColumn, int lastColumn, const QList<int> &roles);
    void emitChanges(const std::vector<Change> &changes);
    void appendRows(std::vector<NewRow> &added, quint32 generation);
    [[nodiscard]] const QString &accountDisplay(const Row &row) const;

    std::vector<std::unique_ptr<Row>> m_rows;
    // Parallel to m_rows: sorting 10,000 rows by price or uptime then reads 240 KB in one block
    // instead of a cache line of every row's instance.
    std::vector<InstanceRow::SortKey> m_sortKeys;
    QHash<QString, Row *> m_rowByKey; // Row::row is its current row number
    QList<AccountInfo> m_accounts;    // entries are never reused, so Row::account stays valid
    QHash<QString, int> m_accountIndexById;
    // Row numbers from here on are stale after removals; fixed once, lazily, to stay O(n).
    mutable int m_indexDirtyFrom = -1;
    quint32 m_generation = 0;
    Clock m_clock;
};

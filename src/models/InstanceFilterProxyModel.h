#pragma once

#include "core/Provider.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

class InstanceTableModel;

// Filters the instance table by search text, provider, account and status group, and sorts it by
// the raw SortRole values (prices and uptimes numerically, unknown ones last in either order).
// Over an InstanceTableModel it reads rows directly, so filtering and sorting allocate nothing.
// Not final: tests subclass it to count filter calls.
class InstanceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceFilterProxyModel)

public:
    enum class StatusGroup
    {
        All,
        Active, // not stopped and not deleted: still billing or about to
        Stopped // stopped or deleted
    };
    Q_ENUM(StatusGroup)

    explicit InstanceFilterProxyModel(QObject *parent = nullptr);
    ~InstanceFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Whitespace-separated words; a row matches when every word is found, case-insensitively, in
    // its name, id, public IP, GPU model, account label or region.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    // Empty: every provider.
    void setProviderFilter(const QList<Provider> &providers);
    [[nodiscard]] QList<Provider> providerFilter() const;
    // Account ids; empty: every account.
    void setAccountFilter(const QStringList &accountIds);
    [[nodiscard]] QStringList accountFilter() const;
    void setStatusGroup(StatusGroup group);
    [[nodiscard]] StatusGroup statusGroup() const { return m_statusGroup; }

Q_SIGNALS:
    // Any filter changed (the "n of m shown" label listens).
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    [[nodiscard]] bool acceptsFast(int sourceRow) const;
    [[nodiscard]] bool acceptsGeneric(int sourceRow) const;
    [[nodiscard]] bool acceptsStatus(int status) const;
    void filterChanged();

    QPointer<InstanceTableModel> m_instances; // the source, when it is the instance table
    QString m_searchText;
    QStringList m_searchWords;
    quint32 m_providerMask = 0; // bit per Provider; 0 = all
    QSet<QString> m_accountIds;
    StatusGroup m_statusGroup = StatusGroup::All;
};

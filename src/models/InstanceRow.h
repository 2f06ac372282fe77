#pragma once

#include "core/Instance.h"

#include <QString>
#include <QVariant>

#include <optional>

// One row of InstanceTableModel: the instance with the bookkeeping the merge needs, and every
// per-column value derived from it (text, sort key, comparison, what changed). No signals: the
// model owns the rows and decides what to emit. Columns are InstanceTableModel::Column.
struct InstanceRow
{
    // What the numeric columns sort by, small enough to keep contiguous for all rows.
    struct SortKey
    {
        double price = 0;
        qint64 runningSinceMs = 0;
        int status = 0;
        int account = 0;
        bool hasPrice = false;
        bool running = false;
    };

    Instance instance; // the password too: the model's instance(key) hands it to the details pane
    QString key;
    int row = 0;     // current row number (the model fixes it up lazily after removals)
    int account = 0; // the model's account slot
    bool running = false;
    qint64 firstSeenRunningMs = 0; // when GPU Fleet saw it turn running; valid while running
    qint64 runningSinceMs = 0;     // startedAt, else firstSeenRunningMs; valid while running

    // Call after instance changed: tracks when it started running.
    void updateRunningSince(qint64 nowMs);
    // Whole seconds running, or -1 when not running.
    [[nodiscard]] qint64 uptimeSeconds(qint64 nowMs) const;

    [[nodiscard]] QVariant display(int column, const QString &accountDisplay, qint64 nowMs) const;
    [[nodiscard]] QVariant toolTip(int column) const;
    // InstanceTableModel::SortRole: see there.
    [[nodiscard]] QVariant sortValue(int column, const QString &accountDisplay, qint64 nowMs) const;
    [[nodiscard]] SortKey sortKey() const;
    // False for an unknown price and for the uptime of a row that is not running.
    [[nodiscard]] static bool hasSortValue(const SortKey &key, int column);
    // The order of two rows by their keys alone (status, price, uptime; accounts when equal),
    // or nullopt when the column needs the rows' text.
    [[nodiscard]] static std::optional<int> compareKeys(const SortKey &left, const SortKey &right,
                                                        int column);
    // <0, 0, >0, agreeing with sortValue(); allocation-free.
    [[nodiscard]] static int compare(const InstanceRow &left, const QString &leftAccount,
                                     const InstanceRow &right, const QString &rightAccount, int column);

    // InstanceDigest::compute(): equal digests let a merge skip a row without reading the old
    // instance's strings.
    [[nodiscard]] static quint64 digest(const Instance &instance, bool *exact);

    // Bit per column whose data differ between a and b; 0 when nothing the model shows changed
    // (any difference at all counts: extras and the password change the whole row).
    [[nodiscard]] static quint32 changedColumns(const Instance &a, const Instance &b);
    // The column span a non-zero changedColumns() mask covers.
    [[nodiscard]] static int firstColumn(quint32 mask);
    [[nodiscard]] static int lastColumn(quint32 mask);
};

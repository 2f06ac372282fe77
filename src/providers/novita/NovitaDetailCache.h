#pragma once

#include "core/Instance.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

// Remembers the detail (SSH host, port, password) of Novita instances together with the status
// each had when it was read, so a steady fleet is not asked for details on every poll. Holds the
// SSH password in memory only. No network.
class NovitaDetailCache final
{
public:
    // A detail without SSH details yet (just started) is read again after this long.
    static constexpr int IncompleteMaxAgeMs = 30 * 1000;

    // Forgets instances that are gone, or whose status changed since their detail was read (a
    // restart or migration changes the password). Call with a complete list.
    void retainListed(const QList<Instance> &listed);
    // A running instance whose detail is missing, stale or still incomplete.
    [[nodiscard]] bool needsDetail(const Instance &listed) const;
    void store(const QString &instanceId, const Instance &detail, const QString &status);
    void remove(const QString &instanceId) { m_entries.remove(instanceId); }
    [[nodiscard]] bool contains(const QString &instanceId) const { return m_entries.contains(instanceId); }
    // Copies the SSH details and connection extras into a running listed instance.
    void mergeInto(Instance &listed) const;

private:
    struct Entry
    {
        Instance detail;
        QString status;
        QElapsedTimer age;
    };
    QHash<QString, Entry> m_entries;
};

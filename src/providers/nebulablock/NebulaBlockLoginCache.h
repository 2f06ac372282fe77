#pragma once

#include "core/Instance.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QString>

// Remembers the SSH login (host, port, user, password and a few facts that do not change while an
// instance runs) learnt from each Nebula Block instance's detail, valid while the instance's raw
// status stays the same, so a steady fleet is not asked for details on every poll. A failed
// detail is asked for again only after a pause. Holds the SSH password in memory only. No network.
class NebulaBlockLoginCache final
{
public:
    // A failed detail request is tried again on a later poll, not on every one.
    static constexpr int RetryMs = 60000;

    // A running instance whose login is unknown, stale (its status changed) or due for a retry.
    [[nodiscard]] bool needsLogin(const Instance &listed) const;
    void remember(const Instance &detail);
    // The detail request for an instance listed with `status` failed: wait RetryMs before another.
    void rememberFailure(const QString &instanceId, const QString &status);
    // Forgets instances that are gone. Call with a complete list.
    void retainListed(const QSet<QString> &listedIds);
    void remove(const QString &instanceId) { m_entries.remove(instanceId); }
    // Copies the remembered login into a listed instance, without overwriting what it has.
    void mergeInto(Instance &instance) const;

private:
    struct Entry
    {
        QString status;
        bool fetched = false;
        Instance detail;
        QDeadlineTimer retryAfter; // after a failed detail request
    };
    QHash<QString, Entry> m_entries; // by instance id
};

#include "providers/novita/NovitaDetailCache.h"

using namespace Qt::Literals::StringLiterals;

void NovitaDetailCache::retainListed(const QList<Instance> &listed)
{
    QHash<QString, QString> statusById;
    for (const Instance &instance : listed)
        statusById.insert(instance.id, instance.providerStatus);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const auto status = statusById.constFind(it.key());
        if (status == statusById.constEnd() || *status != it->status)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

bool NovitaDetailCache::needsDetail(const Instance &listed) const
{
    if (listed.status != InstanceStatus::Running)
        return false;
    const auto entry = m_entries.constFind(listed.id);
    if (entry == m_entries.constEnd() || entry->status != listed.providerStatus)
        return true;
    // SSH may come up a little after "running": look again, but not on every poll.
    return !entry->detail.hasSshEndpoint() && entry->age.elapsed() >= IncompleteMaxAgeMs;
}

namespace {
// The extras mergeInto() copies; nothing else of a detail is kept.
const QStringList MergedExtras{u"sshReady"_s, u"webTerminalAddress"_s, u"jupyterAddress"_s, u"privateIp"_s,
                               u"freeStorageSize"_s};
} // namespace

void NovitaDetailCache::store(const QString &instanceId, const Instance &detail, const QString &status)
{
    Entry &entry = m_entries[instanceId];
    // Only what mergeInto() and needsDetail() read: a whole detail per running instance cost
    // ~2 KB each (docs/PERFORMANCE.md).
    entry.detail = detail.loginFacts(MergedExtras);
    entry.status = status;
    entry.age.start();
}

void NovitaDetailCache::mergeInto(Instance &listed) const
{
    const auto entry = m_entries.constFind(listed.id);
    if (listed.status != InstanceStatus::Running || entry == m_entries.constEnd())
        return;
    const Instance &detail = entry->detail;
    listed.sshUser = detail.sshUser;
    listed.sshHost = detail.sshHost;
    listed.sshPort = detail.sshPort;
    listed.publicIp = detail.publicIp;
    if (!detail.sshPassword.isEmpty())
        listed.sshPassword = detail.sshPassword;
    for (const QString &key : MergedExtras) {
        if (detail.extras.contains(key))
            listed.extras.insert(key, detail.extras.value(key));
    }
}

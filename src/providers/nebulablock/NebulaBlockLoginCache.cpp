#include "providers/nebulablock/NebulaBlockLoginCache.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// The detail's facts merged into listed rows: only those that do not change while it runs
// (running_time and total_cost would go stale).
const QStringList LoginExtras{u"lan_ipv4"_s, u"login_method"_s, u"exposed_ports"_s, u"start_time"_s};

} // namespace

bool NebulaBlockLoginCache::needsLogin(const Instance &listed) const
{
    if (listed.status != InstanceStatus::Running)
        return false;
    const auto cached = m_entries.constFind(listed.id);
    if (cached == m_entries.constEnd() || cached->status != listed.providerStatus)
        return true;
    return !cached->fetched && cached->retryAfter.hasExpired();
}

void NebulaBlockLoginCache::remember(const Instance &detail)
{
    Entry entry;
    entry.status = detail.providerStatus;
    entry.fetched = true;
    // Only what mergeInto() reads: a whole detail per running instance cost ~2 KB each.
    entry.detail = detail.loginFacts(LoginExtras);
    m_entries.insert(detail.id, entry);
}

void NebulaBlockLoginCache::rememberFailure(const QString &instanceId, const QString &status)
{
    Entry entry;
    entry.status = status;
    entry.retryAfter = QDeadlineTimer(RetryMs);
    m_entries.insert(instanceId, entry);
}

void NebulaBlockLoginCache::retainListed(const QSet<QString> &listedIds)
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = listedIds.contains(it.key()) ? std::next(it) : m_entries.erase(it);
}

void NebulaBlockLoginCache::mergeInto(Instance &instance) const
{
    const auto cached = m_entries.constFind(instance.id);
    if (cached == m_entries.constEnd() || !cached->fetched)
        return;
    const Instance &detail = cached->detail;
    if (instance.sshHost.isEmpty() && !detail.sshHost.isEmpty()) {
        instance.publicIp = detail.publicIp;
        instance.sshHost = detail.sshHost;
    }
    if (!instance.sshHost.isEmpty() && !detail.sshHost.isEmpty()) {
        instance.sshUser = detail.sshUser;
        instance.sshPort = detail.sshPort;
    }
    if (!detail.sshPassword.isEmpty())
        instance.sshPassword = detail.sshPassword;
    if (!instance.startedAt.isValid())
        instance.startedAt = detail.startedAt;
    for (const QString &key : LoginExtras) {
        if (detail.extras.contains(key) && !instance.extras.contains(key))
            instance.extras.insert(key, detail.extras.value(key));
    }
}

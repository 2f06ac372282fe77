#include "core/Instance.h"

#include "core/SshCommand.h"

QString Instance::sshCommand() const
{
    if (!hasSshEndpoint())
        return {};
    return SshCommand{sshUser, sshHost, sshPort}.toString();
}

Instance Instance::loginFacts(const QStringList &extraKeys) const
{
    Instance facts;
    facts.publicIp = publicIp;
    facts.sshUser = sshUser;
    facts.sshHost = sshHost;
    facts.sshPort = sshPort;
    facts.sshPassword = sshPassword;
    facts.startedAt = startedAt;
    for (const QString &key : extraKeys) {
        if (const auto it = extras.constFind(key); it != extras.cend())
            facts.extras.insert(key, *it);
    }
    return facts;
}

bool operator==(const Instance &a, const Instance &b)
{
    return a.provider == b.provider && a.accountId == b.accountId && a.id == b.id && a.name == b.name
        && a.gpuModel == b.gpuModel && a.gpuCount == b.gpuCount && a.region == b.region
        && a.status == b.status && a.providerStatus == b.providerStatus && a.statusMessage == b.statusMessage
        && a.publicIp == b.publicIp && a.sshUser == b.sshUser && a.sshHost == b.sshHost
        && a.sshPort == b.sshPort && a.sshPassword == b.sshPassword && a.pricePerHour == b.pricePerHour
        && a.createdAt == b.createdAt && a.startedAt == b.startedAt && a.extras == b.extras;
}

#include "app/DemoEnvironment.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DemoStepMs = 6000;

// Keys only the in-process simulator knows; fresh per run.
QString demoKey(const QString &what)
{
    return u"demo-"_s + what + u"-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

SimInstanceSeed seed(const QString &name, const QString &status, const QString &region, int gpus = 1)
{
    SimInstanceSeed result;
    result.name = name;
    result.rawStatus = status;
    result.region = region;
    result.gpuCount = gpus;
    return result;
}
} // namespace

DemoEnvironment::DemoEnvironment()
    : m_dir(QDir::tempPath() + u"/gpufleet-demo-XXXXXX"_s)
{
}

DemoEnvironment::~DemoEnvironment() = default;

PollIntervals DemoEnvironment::intervals()
{
    PollIntervals intervals;
    intervals.fastMs = 2000;
    intervals.slowMs = 8000;
    intervals.maxBackoffMs = 30000;
    intervals.busyWindowMs = 30000;
    return intervals;
}

bool DemoEnvironment::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QCoreApplication::translate("DemoEnvironment", "Could not create a temporary directory: %1")
                     .arg(m_dir.errorString());
        return false;
    }
    m_accounts = std::make_unique<AccountStore>(m_dir.filePath(u"gpufleet.conf"_s));
    if (!m_cloud.start()) {
        *error = QCoreApplication::translate("DemoEnvironment",
                                             "The simulated cloud could not listen on 127.0.0.1.");
        return false;
    }
    const QString falKey = demoKey(u"fal"_s);
    const QString falTeamKey = demoKey(u"fal-team"_s);
    const QString novitaKey = demoKey(u"novita"_s);
    const QString nebulaKey = demoKey(u"nebula"_s);
    // Slower than the simulator's default, so a newcomer watches instances provision and start.
    m_cloud.setStepMs(DemoStepMs);
    m_cloud.seedDemo(falKey, novitaKey, nebulaKey);
    m_cloud.addAccount(Provider::Fal, falTeamKey);
    m_cloud.addInstance(Provider::Fal, falTeamKey, seed(u"team-inference"_s, u"ready"_s, u"us-east"_s));
    m_cloud.addInstance(Provider::Fal, falTeamKey, seed(u"team-sweep"_s, u"pending"_s, u"us-west"_s, 2));

    addAccount(Provider::Fal, u"fal personal"_s, falKey);
    addAccount(Provider::Fal, u"fal team"_s, falTeamKey);
    addAccount(Provider::Novita, u"novita"_s, novitaKey);
    addAccount(Provider::NebulaBlock, u"nebula"_s, nebulaKey);
    return true;
}

void DemoEnvironment::addAccount(Provider provider, const QString &label, const QString &key)
{
    Account account;
    account.provider = provider;
    account.label = label;
    account.endpoint = m_cloud.baseUrl(provider);
    const AccountStore::AddResult added = m_accounts->addAccount(account);
    // In memory the write takes effect at once; only its report is deferred.
    m_secrets.writeSecret(added.account.id, key, nullptr, [](const SecretResult &) {});
}

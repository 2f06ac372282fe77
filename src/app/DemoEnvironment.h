#pragma once

#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "fleet/PollIntervals.h"
#include "simulator/SimulatedCloud.h"

#include <QTemporaryDir>

#include <memory>

// What --demo runs on: the simulated cloud in this process and four accounts pointing at it
// ("fal personal", "fal team", "novita", "nebula"), their settings in a temporary directory and
// their keys in memory. Never touches the user's settings, cache or keychain.
class DemoEnvironment final
{
public:
    DemoEnvironment();
    ~DemoEnvironment();
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

    // Starts the simulator and creates the accounts; false (and `error`) when it cannot listen.
    bool start(QString *error);

    [[nodiscard]] AccountStore &accounts() { return *m_accounts; }
    [[nodiscard]] InMemorySecretStore &secrets() { return m_secrets; }
    [[nodiscard]] SimulatedCloud &cloud() { return m_cloud; }
    // Files of this run (settings, cache); removed at exit.
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Fast enough that a newcomer sees instances move through their states.
    [[nodiscard]] static PollIntervals intervals();

private:
    void addAccount(Provider provider, const QString &label, const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    InMemorySecretStore m_secrets;
    SimulatedCloud m_cloud;
};

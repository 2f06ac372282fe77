#pragma once

#include "support/CliHarness.h"
#include "support/SimulatorProcess.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Shared setup of the CLI instance tests: a fast `gpufleet-sim` and a slow one (ten-minute
// lifecycle steps: nothing ever gets ready) with one fresh key per provider, accounts "<provider>"
// and "<provider>-slow" added through the CLI, an ed25519 key pair, and polling helpers.
class CliSimFixture final
{
public:
    CliSimFixture() = default;
    Q_DISABLE_COPY_MOVE(CliSimFixture)

    // Empty on success, else why the setup failed.
    [[nodiscard]] QString setUp();
    // Removes every account the fixture (or a test, in `extraLabels`) added.
    void tearDown(const QStringList &extraLabels = {});

    CliHarness &cli() { return m_cli; }
    [[nodiscard]] QString key(const QString &provider) const { return m_keys.value(provider); }
    [[nodiscard]] QStringList keys() const { return m_keys.values(); }
    [[nodiscard]] QString sshPublicKey() const { return m_sshKey; }
    [[nodiscard]] QString lastStatus() const { return m_lastStatus; }

    [[nodiscard]] QJsonObject showJson(const QString &account, const QString &id, int *exitCode = nullptr);
    // Polls `show --json` (one process after the other) until the unified status is `status`;
    // lastStatus() tells where it got stuck.
    [[nodiscard]] bool waitForStatus(const QString &account, const QString &id, const QString &status);
    [[nodiscard]] QString firstAvailableOffering(const QString &account);
    // `create --json`; the new instance's id, or empty (and a warning with the run) on failure.
    QString create(const QString &account, const QStringList &options);

private:
    CliHarness m_cli;
    SimulatorProcess m_sim;
    SimulatorProcess m_slowSim;
    QHash<QString, QString> m_keys; // provider id -> key
    QString m_sshKey;               // public key file
    QString m_lastStatus;
};

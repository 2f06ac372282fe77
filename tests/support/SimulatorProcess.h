#pragma once

#include "core/Provider.h"

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The `gpufleet-sim` tool as a child process: started on a free loopback port, its base URLs read
// from stdout, stopped (SIGTERM, then SIGKILL) when this object goes away.
class SimulatorProcess final
{
public:
    SimulatorProcess() = default;
    ~SimulatorProcess();
    Q_DISABLE_COPY_MOVE(SimulatorProcess)

    // Starts `gpufleet-sim --port 0 <arguments>` and waits for its three base URLs. On failure
    // returns false and `error()` says why.
    bool start(const QStringList &arguments);
    [[nodiscard]] QString baseUrl(Provider provider) const { return m_urls.value(Providers::id(provider)); }
    [[nodiscard]] QString error() const { return m_error; }
    // What the simulator wrote to stderr so far (every request with --verbose).
    [[nodiscard]] QString log();

private:
    QProcess m_process;
    QHash<QString, QString> m_urls; // provider id -> base URL
    QString m_error;
    QString m_log;
};

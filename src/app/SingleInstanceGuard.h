#pragma once

#include <QLocalSocket>
#include <QObject>
#include <QString>

class QLocalServer;

// Keeps the window to one per user: the first launch listens on a local socket, a later launch
// hands it "activate" and is told to exit, so only one poller ever runs. The GUI alone uses it;
// CLI subcommands never do.
class SingleInstanceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstanceGuard)

public:
    enum class Role
    {
        Primary,   // this process listens: carry on and show the window
        Secondary, // another instance got "activate": exit 0
        Failed     // neither worked (no socket possible): carry on without the guard
    };
    Q_ENUM(Role)

    static constexpr char ActivateMessage[] = "activate\n";
    static constexpr char ServerNameVariable[] = "GPUFLEET_INSTANCE_SERVER";

    // `serverName` empty = defaultServerName().
    explicit SingleInstanceGuard(const QString &serverName = {}, QObject *parent = nullptr);
    ~SingleInstanceGuard() override;

    // Per user and app id: "$XDG_RUNTIME_DIR/io.github.gpufleet.GpuFleet-<uid>.socket" (inside
    // the Flatpak's shared app folder under Flatpak), else "io.github.gpufleet.GpuFleet-<uid>" in
    // the temporary folder. $GPUFLEET_INSTANCE_SERVER overrides it (tests, parallel demos).
    [[nodiscard]] static QString defaultServerName();

    /**
     * Decides this process's role; call once, before the window exists. Blocks for at most
     * `timeoutMs` while talking to a running instance (no event loop is spun). A socket left by a
     * crashed instance is removed and taken over.
     */
    Role claim(int timeoutMs = 2000);
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] QString serverName() const { return m_serverName; }

signals:
    // Another launch asked for the window (emitted on the primary, once per launch).
    void activationRequested();

private:
    bool sendActivate(int timeoutMs, QLocalSocket::LocalSocketError *error) const;
    bool listen();
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    Role m_role = Role::Failed;
};

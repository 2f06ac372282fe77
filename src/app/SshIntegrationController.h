#pragma once

#include "fleet/SshConfigWriter.h"

#include <QObject>

#include <functional>

class MainWindow;
class SshConfigSync;

// The window's "Add to SSH config" and "Open in VS Code": makes sure the instance has its alias
// in the managed SSH config (asking first, when GPU Fleet does not manage it yet), then copies
// "ssh <alias>" or starts VS Code's Remote-SSH on it. Reports SshConfigSync's failures in the
// activity log and status bar.
class SshIntegrationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshIntegrationController)

public:
    // `sync` null (the demo): the actions explain that the user's SSH config is left alone.
    SshIntegrationController(MainWindow &window, SshConfigSync *sync, QObject *parent = nullptr);
    ~SshIntegrationController() override = default;

    void addToSshConfig(const QString &key);
    void openInVsCode(const QString &key);

    // Where VS Code Remote-SSH opens: the login user's home on the usual Linux images.
    [[nodiscard]] static QString remoteHome(const QString &user);

private:
    using EntryCallback = std::function<void(const SshConfigWriter::HostEntry &)>;
    // Runs `then` with the instance's entry once it is in the managed file and ~/.ssh/config
    // includes that file; asks the user first when GPU Fleet does not manage the config yet.
    void withManagedEntry(const QString &key, const QString &what, EntryCallback then);
    void continueManaged(const QString &key, const QString &what, const EntryCallback &then);
    // Empty, or a warning about "Host *" rules above the Include that override the entries.
    [[nodiscard]] QString overrideWarning() const;
    void report(const QString &what, const QString &message, bool error);

    MainWindow &m_window;
    SshConfigSync *m_sync;
};

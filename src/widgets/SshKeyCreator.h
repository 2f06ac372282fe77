#pragma once

#include "widgets/TerminalLauncher.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;

// The "create an SSH key" panel shown by SshKeyPicker when no key exists: the user confirms the
// path and runs `ssh-keygen -t ed25519`. Without a passphrase it runs as a process with `-N ""`
// (only when the user ticked that); with one, ssh-keygen asks in a terminal, never in a fake prompt.
class SshKeyCreator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshKeyCreator)

public:
    explicit SshKeyCreator(QWidget *parent = nullptr);
    ~SshKeyCreator() override;

    // The proposed private key path (the user may change it); "<dir>/id_ed25519" by default.
    void setDirectory(const QString &directory);
    // Read from QSettings terminal/command, for the passphrase case.
    void setTerminalCommand(const QString &command);
    // Test seams for the passphrase case: where the terminal is found and how it is started.
    [[nodiscard]] TerminalLauncher *terminalLauncher() const { return m_launcher; }
    void setStarter(TerminalLauncher::Starter starter) { m_starter = std::move(starter); }
    [[nodiscard]] QString message() const;

    // What the button does: refuses an existing path, then runs ssh-keygen.
    void create();

signals:
    // The new public key file, once ssh-keygen succeeded (no-passphrase case).
    void keyCreated(const QString &publicKeyPath);
    // ssh-keygen was opened in a terminal; the picker should offer a refresh.
    void keyCreationStartedInTerminal();

private:
    void runWithoutPassphrase(const QString &path);
    void runInTerminal(const QString &path);
    void onProcessFinished(const QString &path, int exitCode);
    void showMessage(const QString &text, bool error);

    QLineEdit *m_pathEdit;
    QCheckBox *m_noPassphraseCheck;
    QPushButton *m_createButton;
    QLabel *m_messageLabel;
    TerminalLauncher *m_launcher;
    TerminalLauncher::Starter m_starter;
    QProcess *m_process = nullptr;
};

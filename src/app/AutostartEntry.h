#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop) that starts GPU Fleet
// minimised to the tray at login. Writes and removes only that one file; Settings decides when.
class AutostartEntry final
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    static constexpr char MinimizedOption[] = "--minimized";

    // `configHome` empty = $XDG_CONFIG_HOME, else ~/.config (the host's one under Flatpak);
    // `command` empty = this executable (the AppImage file when run from one, `flatpak run
    // <app id>` under Flatpak).
    explicit AutostartEntry(const QString &configHome = {}, const QStringList &command = {});

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QStringList command() const { return m_command; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The file exists and is not switched off (Hidden=true, X-GNOME-Autostart-enabled=false).
    [[nodiscard]] bool isEnabled() const;
    // Writes (atomically) or removes the file. False, with errorString(), on failure.
    bool setEnabled(bool enabled);
    // The entry's text for `command` plus --minimized.
    [[nodiscard]] static QByteArray desktopEntry(const QStringList &command);
    // One Exec argument quoted as the Desktop Entry spec asks (before the string-value escaping).
    [[nodiscard]] static QString quoteExecArgument(const QString &argument);

private:
    QString m_filePath;
    QStringList m_command;
    QString m_error;
};

#include "app/AutostartEntry.h"

#include "app/AppIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString defaultConfigHome()
{
    // Flatpak points XDG_CONFIG_HOME into the sandbox, where no session looks for autostart
    // entries; the manifest grants xdg-config/autostart of the host instead.
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (qEnvironmentVariableIsEmpty("FLATPAK_ID") && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::homePath() + u"/.config"_s;
}

QStringList defaultCommand()
{
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    if (!flatpakId.isEmpty())
        return {u"flatpak"_s, u"run"_s, flatpakId};
    // An AppImage runs from a temporary mount; the file the user keeps is $APPIMAGE.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return {appImage};
    const QString self = QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    return self.isEmpty() ? QStringList() : QStringList{self};
}

// A string value as the Desktop Entry spec escapes it.
QString escapeValue(const QString &value)
{
    QString result;
    for (const QChar c : value) {
        if (c == u'\\')
            result += u"\\\\"_s;
        else if (c == u'\n')
            result += u"\\n"_s;
        else if (c == u'\t')
            result += u"\\t"_s;
        else if (c == u'\r')
            result += u"\\r"_s;
        else
            result += c;
    }
    return result;
}
} // namespace

AutostartEntry::AutostartEntry(const QString &configHome, const QStringList &command)
    : m_filePath((configHome.isEmpty() ? defaultConfigHome() : configHome) + u"/autostart/"_s
                 + QString::fromLatin1(AppIdentity::AppId) + u".desktop"_s)
    , m_command(command.isEmpty() ? defaultCommand() : command)
{
}

QString AutostartEntry::quoteExecArgument(const QString &argument)
{
    static const QString Reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString arg = argument;
    arg.replace(u'%', u"%%"_s); // field codes
    const bool needsQuotes =
        arg.isEmpty() || std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return Reserved.contains(c); });
    if (!needsQuotes)
        return arg;
    QString quoted = u"\""_s;
    for (const QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return quoted + u'"';
}

QByteArray AutostartEntry::desktopEntry(const QStringList &command)
{
    QStringList exec;
    for (const QString &argument : command)
        exec.append(quoteExecArgument(argument));
    exec.append(QString::fromLatin1(MinimizedOption));
    const QString text = u"[Desktop Entry]\n"
                         "Type=Application\n"
                         "Name=GPU Fleet\n"
                         "GenericName=GPU Instance Manager\n"
                         "Comment=Starts GPU Fleet minimised to the tray at login\n"
                         "Exec="_s
        + escapeValue(exec.join(u' ')) + u"\nIcon="_s + QString::fromLatin1(AppIdentity::AppId)
        + u"\nTerminal=false\n"
          "X-GNOME-Autostart-enabled=true\n"
          // Let the panel (and its tray) come up first on KDE.
          "X-KDE-autostart-after=panel\n"_s;
    return text.toUtf8();
}

bool AutostartEntry::isEnabled() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool inMainGroup = false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))
            return false;
    }
    return true;
}

bool AutostartEntry::setEnabled(bool enabled)
{
    m_error.clear();
    if (!enabled) {
        if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
            m_error = tr("Cannot remove %1.").arg(QDir::toNativeSeparators(m_filePath));
            return false;
        }
        return true;
    }
    if (m_command.isEmpty()) {
        m_error = tr("Cannot tell where GPU Fleet is installed.");
        return false;
    }
    const QString dir = QFileInfo(m_filePath).path();
    if (!QDir().mkpath(dir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QByteArray content = desktopEntry(m_command);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

#include "widgets/GeneralSettings.h"

#include "widgets/TerminalLauncher.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

int boundedMs(const QVariant &value, int fallback, int min, int max)
{
    bool ok = false;
    const int ms = value.toInt(&ok);
    return ok && ms > 0 ? std::clamp(ms, min, max) : fallback;
}
} // namespace

QStringList GeneralSettings::languages()
{
    return {u"en"_s, u"de"_s, u"zh_CN"_s};
}

GeneralSettings GeneralSettings::load(QSettings &settings)
{
    GeneralSettings s;
    const QString language = settings.value(key(LanguageKey)).toString();
    s.language = languages().contains(language) ? language : QString();
    s.startMinimized = settings.value(key(StartMinimizedKey), false).toBool();
    s.manageSshConfig = settings.value(key(ManageSshConfigKey), false).toBool();
    s.terminalCommand = settings.value(key(TerminalLauncher::SettingsKey)).toString();
    s.intervals.fastMs =
        boundedMs(settings.value(key(FastPollKey)), s.intervals.fastMs, MinFastPollMs, MaxFastPollMs);
    s.intervals.slowMs =
        boundedMs(settings.value(key(SlowPollKey)), s.intervals.slowMs, MinSlowPollMs, MaxSlowPollMs);
    // Slow never faster than fast: the monitor speeds up on activity, it does not slow down.
    s.intervals.slowMs = std::max(s.intervals.slowMs, s.intervals.fastMs);
    return s;
}

void GeneralSettings::save(QSettings &settings) const
{
    settings.setValue(key(LanguageKey), language);
    settings.setValue(key(StartMinimizedKey), startMinimized);
    settings.setValue(key(ManageSshConfigKey), manageSshConfig);
    const QString terminal = terminalCommand.trimmed();
    if (terminal.isEmpty())
        settings.remove(key(TerminalLauncher::SettingsKey));
    else
        settings.setValue(key(TerminalLauncher::SettingsKey), terminal);
    settings.setValue(key(FastPollKey), intervals.fastMs);
    settings.setValue(key(SlowPollKey), intervals.slowMs);
}

#include "fleet/NotificationSettings.h"

#include <QSettings>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
int hoursToMinutes(const QVariant &value, int fallback)
{
    bool ok = false;
    const double hours = value.toDouble(&ok);
    return ok && hours > 0 ? int(std::lround(hours * 60)) : fallback;
}
} // namespace

void NotificationSettings::setEnabled(Notification::Kind kind, bool enabled)
{
    disabled.removeAll(kind);
    if (!enabled)
        disabled.append(kind);
}

int NotificationSettings::stuckThresholdMinutes(Provider provider) const
{
    return stuckMinutes.value(provider, defaultStuckMinutes(provider));
}

int NotificationSettings::stillRunningThresholdMinutes(const QString &accountId) const
{
    return stillRunningMinutesByAccount.value(accountId, stillRunningMinutes);
}

int NotificationSettings::defaultStuckMinutes(Provider provider)
{
    return provider == Provider::Fal ? 15 : 20;
}

NotificationSettings NotificationSettings::load(QSettings &settings)
{
    NotificationSettings s;
    settings.beginGroup(u"notifications"_s);
    for (Notification::Kind kind : Notification::allKinds())
        s.setEnabled(kind, settings.value(Notification::kindId(kind), true).toBool());
    for (Provider provider : Providers::all()) {
        const int minutes = settings.value(u"stuckMinutes/"_s + Providers::id(provider), 0).toInt();
        if (minutes > 0)
            s.stuckMinutes.insert(provider, minutes);
    }
    s.stillRunningMinutes = hoursToMinutes(settings.value(u"stillRunningHours"_s), s.stillRunningMinutes);
    s.repeatMinutes = hoursToMinutes(settings.value(u"repeatHours"_s), s.repeatMinutes);
    settings.endGroup();

    settings.beginGroup(u"accounts"_s);
    const QStringList accounts = settings.childGroups();
    for (const QString &accountId : accounts) {
        const QVariant hours = settings.value(accountId + u"/stillRunningHours"_s);
        if (hours.isValid())
            s.stillRunningMinutesByAccount.insert(accountId, hoursToMinutes(hours, s.stillRunningMinutes));
    }
    settings.endGroup();
    return s;
}

void NotificationSettings::save(QSettings &settings) const
{
    settings.beginGroup(u"notifications"_s);
    for (Notification::Kind kind : Notification::allKinds())
        settings.setValue(Notification::kindId(kind), isEnabled(kind));
    for (auto it = stuckMinutes.cbegin(); it != stuckMinutes.cend(); ++it)
        settings.setValue(u"stuckMinutes/"_s + Providers::id(it.key()), it.value());
    settings.setValue(u"stillRunningHours"_s, stillRunningMinutes / 60.0);
    settings.setValue(u"repeatHours"_s, repeatMinutes / 60.0);
    settings.endGroup();
    // An override cleared in Settings must not come back at the next start.
    settings.beginGroup(u"accounts"_s);
    const QStringList accounts = settings.childGroups();
    settings.endGroup();
    for (const QString &accountId : accounts) {
        if (!stillRunningMinutesByAccount.contains(accountId))
            settings.remove(u"accounts/"_s + accountId + u"/stillRunningHours"_s);
    }
    for (auto it = stillRunningMinutesByAccount.cbegin(); it != stillRunningMinutesByAccount.cend(); ++it)
        settings.setValue(u"accounts/"_s + it.key() + u"/stillRunningHours"_s, it.value() / 60.0);
}

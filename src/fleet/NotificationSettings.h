#pragma once

#include "core/Notifier.h"
#include "core/Provider.h"

#include <QHash>
#include <QList>
#include <QMap>

class QSettings;

// What the user chose about notifications: kinds switched off and the thresholds for "stuck" and
// "still running". Stored in QSettings under notifications/… and accounts/<id>/stillRunningHours.
struct NotificationSettings
{
    QList<Notification::Kind> disabled;
    QMap<Provider, int> stuckMinutes; // missing = defaultStuckMinutes()
    int stillRunningMinutes = 4 * 60;
    QHash<QString, int> stillRunningMinutesByAccount; // account id -> minutes
    int repeatMinutes = 2 * 60;                       // "still running" again after this
    int snoozeMinutes = 60;

    [[nodiscard]] bool isEnabled(Notification::Kind kind) const { return !disabled.contains(kind); }
    void setEnabled(Notification::Kind kind, bool enabled);
    [[nodiscard]] int stuckThresholdMinutes(Provider provider) const;
    [[nodiscard]] int stillRunningThresholdMinutes(const QString &accountId) const;

    // fal 15 min, Novita and Nebula Block 20 min: how long provisioning normally may take.
    [[nodiscard]] static int defaultStuckMinutes(Provider provider);
    [[nodiscard]] static NotificationSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

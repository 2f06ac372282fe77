#include "core/InstanceStatus.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace InstanceStatuses {

QString name(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Provisioning:
        return u"provisioning"_s;
    case InstanceStatus::Starting:
        return u"starting"_s;
    case InstanceStatus::Running:
        return u"running"_s;
    case InstanceStatus::Stopping:
        return u"stopping"_s;
    case InstanceStatus::Stopped:
        return u"stopped"_s;
    case InstanceStatus::Deleting:
        return u"deleting"_s;
    case InstanceStatus::Deleted:
        return u"deleted"_s;
    case InstanceStatus::Error:
        return u"error"_s;
    case InstanceStatus::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

InstanceStatus fromName(const QString &name)
{
    for (int i = 0; i <= int(InstanceStatus::Unknown); ++i) {
        const auto status = InstanceStatus(i);
        if (InstanceStatuses::name(status) == name)
            return status;
    }
    return InstanceStatus::Unknown;
}

QString displayName(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Provisioning:
        return QCoreApplication::translate("InstanceStatus", "Provisioning");
    case InstanceStatus::Starting:
        return QCoreApplication::translate("InstanceStatus", "Starting");
    case InstanceStatus::Running:
        return QCoreApplication::translate("InstanceStatus", "Running");
    case InstanceStatus::Stopping:
        return QCoreApplication::translate("InstanceStatus", "Stopping");
    case InstanceStatus::Stopped:
        return QCoreApplication::translate("InstanceStatus", "Stopped");
    case InstanceStatus::Deleting:
        return QCoreApplication::translate("InstanceStatus", "Deleting");
    case InstanceStatus::Deleted:
        return QCoreApplication::translate("InstanceStatus", "Deleted");
    case InstanceStatus::Error:
        return QCoreApplication::translate("InstanceStatus", "Error");
    case InstanceStatus::Unknown:
        return QCoreApplication::translate("InstanceStatus", "Unknown");
    }
    return {};
}

bool isTransitional(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Provisioning:
    case InstanceStatus::Starting:
    case InstanceStatus::Stopping:
    case InstanceStatus::Deleting:
        return true;
    default:
        return false;
    }
}

bool isActive(InstanceStatus status)
{
    return status != InstanceStatus::Stopped && status != InstanceStatus::Deleted;
}

InstanceStatus fromFal(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s == u"init"_s || s == u"pending"_s || s == u"provisioning"_s)
        return InstanceStatus::Provisioning;
    if (s == u"ready"_s)
        return InstanceStatus::Running;
    if (s == u"stopped"_s)
        return InstanceStatus::Stopped;
    return InstanceStatus::Unknown;
}

InstanceStatus fromNovita(const QString &raw, bool hasStatusError)
{
    static const QHash<QString, InstanceStatus> table = {
        {u"tocreate"_s, InstanceStatus::Provisioning},  {u"creating"_s, InstanceStatus::Provisioning},
        {u"pulling"_s, InstanceStatus::Provisioning},   {u"toreset"_s, InstanceStatus::Provisioning},
        {u"resetting"_s, InstanceStatus::Provisioning}, {u"migrating"_s, InstanceStatus::Provisioning},
        {u"running"_s, InstanceStatus::Running},        {u"tostart"_s, InstanceStatus::Starting},
        {u"starting"_s, InstanceStatus::Starting},      {u"torestart"_s, InstanceStatus::Starting},
        {u"restarting"_s, InstanceStatus::Starting},    {u"tostop"_s, InstanceStatus::Stopping},
        {u"stopping"_s, InstanceStatus::Stopping},      {u"freezing"_s, InstanceStatus::Stopping},
        {u"exited"_s, InstanceStatus::Stopped},         {u"toremove"_s, InstanceStatus::Deleting},
        {u"removing"_s, InstanceStatus::Deleting},      {u"removed"_s, InstanceStatus::Deleted},
    };
    const QString s = raw.trimmed().toLower();
    const InstanceStatus mapped = table.value(s, InstanceStatus::Unknown);
    if (hasStatusError && mapped != InstanceStatus::Running)
        return InstanceStatus::Error;
    return mapped;
}

InstanceStatus fromNebulaBlock(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s.isEmpty())
        return InstanceStatus::Unknown;
    if (s == u"running"_s || s == u"active"_s)
        return InstanceStatus::Running;
    if (s.contains(u"error"_s) || s.contains(u"fail"_s))
        return InstanceStatus::Error;
    if (s == u"deleted"_s || s == u"terminated"_s)
        return InstanceStatus::Deleted;
    if (s.contains(u"delet"_s) || s.contains(u"terminat"_s))
        return InstanceStatus::Deleting;
    if (s == u"stopped"_s || s == u"shutoff"_s || s == u"shutdown"_s || s == u"powered off"_s || s == u"off"_s
        || s == u"exited"_s)
        return InstanceStatus::Stopped;
    if (s.contains(u"stopping"_s) || s.contains(u"shutting"_s) || s.contains(u"powering off"_s))
        return InstanceStatus::Stopping;
    if (s.contains(u"creat"_s) || s.contains(u"build"_s) || s.contains(u"pending"_s)
        || s.contains(u"provision"_s) || s.contains(u"deploy"_s) || s.contains(u"init"_s))
        return InstanceStatus::Provisioning;
    if (s.contains(u"start"_s) || s.contains(u"boot"_s) || s.contains(u"power on"_s)
        || s.contains(u"powering on"_s))
        return InstanceStatus::Starting;
    return InstanceStatus::Unknown;
}

} // namespace InstanceStatuses

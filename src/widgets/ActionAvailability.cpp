#include "widgets/ActionAvailability.h"

#include <algorithm>

namespace {
template<typename Predicate>
bool all(const QList<Instance> &selection, Predicate predicate)
{
    return !selection.isEmpty() && std::all_of(selection.cbegin(), selection.cend(), predicate);
}
} // namespace

bool ActionAvailability::canStart(const Instance &instance)
{
    return Providers::capabilities(instance.provider).canStart && instance.status == InstanceStatus::Stopped;
}

bool ActionAvailability::canStop(const Instance &instance)
{
    return Providers::capabilities(instance.provider).canStop
        && (instance.status == InstanceStatus::Running || instance.status == InstanceStatus::Starting);
}

bool ActionAvailability::canRestart(const Instance &instance)
{
    return Providers::capabilities(instance.provider).canRestart
        && instance.status == InstanceStatus::Running;
}

bool ActionAvailability::canDelete(const Instance &instance)
{
    return Providers::capabilities(instance.provider).canDelete && instance.status != InstanceStatus::Deleting
        && instance.status != InstanceStatus::Deleted;
}

ActionAvailability ActionAvailability::forSelection(const QList<Instance> &selection)
{
    ActionAvailability a;
    a.start = all(selection, &canStart);
    a.stop = all(selection, &canStop);
    a.restart = all(selection, &canRestart);
    a.remove = all(selection, &canDelete);
    a.copySsh = all(selection, [](const Instance &i) { return !i.sshCommand().isEmpty(); });
    a.copyIp =
        all(selection, [](const Instance &i) { return !i.publicIp.isEmpty() || !i.sshHost.isEmpty(); });
    a.details = selection.size() == 1;
    a.openTerminal = a.details && a.copySsh && selection.first().status == InstanceStatus::Running;
    return a;
}

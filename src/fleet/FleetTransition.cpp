#include "fleet/FleetTransition.h"

namespace TransitionDetector {

QList<FleetTransition> diff(const QHash<QString, Instance> &previous, const QList<Instance> &current,
                            const QSet<QString> &expectedKeys)
{
    QList<FleetTransition> transitions;
    QSet<QString> seen;
    seen.reserve(current.size());
    for (const Instance &instance : current) {
        const QString key = instance.key();
        seen.insert(key);
        const auto it = previous.constFind(key);
        if (it == previous.cend() || it->status == instance.status)
            continue;
        FleetTransition transition;
        transition.instance = instance;
        transition.previousStatus = it->status;
        transition.expected = expectedKeys.contains(key);
        switch (instance.status) {
        case InstanceStatus::Running:
            transition.kind = FleetTransition::Kind::BecameRunning;
            break;
        case InstanceStatus::Error:
            transition.kind = FleetTransition::Kind::Failed;
            break;
        case InstanceStatus::Stopped:
            transition.kind = FleetTransition::Kind::Stopped;
            break;
        case InstanceStatus::Deleted:
            transition.kind = FleetTransition::Kind::Vanished;
            break;
        default:
            continue;
        }
        transitions.append(transition);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (seen.contains(it.key()) || it->status == InstanceStatus::Deleted)
            continue;
        FleetTransition transition;
        transition.kind = FleetTransition::Kind::Vanished;
        transition.instance = it.value();
        transition.previousStatus = it->status;
        transition.expected = expectedKeys.contains(it.key()) || it->status == InstanceStatus::Deleting;
        transitions.append(transition);
    }
    return transitions;
}

} // namespace TransitionDetector

#pragma once

#include "core/Instance.h"

#include <QHash>
#include <QList>
#include <QSet>

// A change in an instance's life that someone should hear about (tray, notifications, history).
struct FleetTransition
{
    enum class Kind
    {
        BecameRunning,
        Failed,
        Stopped,
        Vanished
    };

    Kind kind = Kind::BecameRunning;
    Instance instance; // the new state (for Vanished: the last known state)
    InstanceStatus previousStatus = InstanceStatus::Unknown;
    bool expected = false; // the user asked for it (stop, delete) in GPU Fleet
};

// Compares two consecutive views of one account. Pure: no timers, no signals.
namespace TransitionDetector {
// `previous` is keyed by Instance::key(); `expectedKeys` are instances the user just acted on.
QList<FleetTransition> diff(const QHash<QString, Instance> &previous, const QList<Instance> &current,
                            const QSet<QString> &expectedKeys);
} // namespace TransitionDetector

Q_DECLARE_METATYPE(FleetTransition)

#pragma once

#include "core/Instance.h"

#include <QList>

// Which instance actions apply to a selection: an action is available only when the provider
// offers it and the status fits for EVERY selected instance (fal offers delete only). Pure.
struct ActionAvailability
{
    bool start = false;
    bool stop = false;
    bool restart = false;
    bool remove = false;
    bool copySsh = false;
    bool copyIp = false;
    bool openTerminal = false; // exactly one, running, reachable
    bool details = false;      // exactly one

    [[nodiscard]] static ActionAvailability forSelection(const QList<Instance> &selection);
    [[nodiscard]] static bool canStart(const Instance &instance);
    [[nodiscard]] static bool canStop(const Instance &instance);
    [[nodiscard]] static bool canRestart(const Instance &instance);
    [[nodiscard]] static bool canDelete(const Instance &instance);
};

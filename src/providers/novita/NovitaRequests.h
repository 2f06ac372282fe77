#pragma once

#include "core/InstanceSpec.h"

#include <QByteArray>
#include <QString>

// Builds Novita GPU Instance v1 request bodies and checks a create against the documented rules
// (novita.md §3) before anything is sent. Pure static functions: no network, no state.
class NovitaRequests final
{
public:
    static constexpr int MinGpus = 1;
    static constexpr int MaxGpus = 8;
    static constexpr int MinRootfsGb = 10; // smaller values are raised to this (docs)
    static constexpr int MaxRootfsGb = 6144;
    static constexpr int MaxImageChars = 500;
    static constexpr int MaxNameChars = 255;
    static constexpr int MaxPorts = 15;
    static constexpr int MaxEnvs = 100;

    // Empty when the spec may be sent; otherwise one translated sentence naming the problem.
    // `name` is the name that will be sent (the user's or a generated one).
    [[nodiscard]] static QString validateCreate(const InstanceSpec &spec, const QString &name);
    // "8888/http, 22/tcp" in canonical form, or empty with `error` set. Empty input is valid.
    [[nodiscard]] static QString normalisedPorts(const QString &ports, QString *error);
    // The disk actually requested: at least `minimumGb` (product minimum, else 10).
    [[nodiscard]] static int rootfsGb(int requestedGb, int minimumGb = MinRootfsGb);
    // A fresh "gpufleet-<8 hex>", unique enough to find a create again by name.
    [[nodiscard]] static QString generatedName();

    // POST /gpu/instance/create body; call validateCreate() first.
    [[nodiscard]] static QByteArray createBody(const InstanceSpec &spec, const QString &name, int rootfsGb);
    // {"instanceId": "..."} for start, stop, restart and delete.
    [[nodiscard]] static QByteArray actionBody(const QString &instanceId);
};

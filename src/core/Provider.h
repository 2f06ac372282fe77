#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// The three clouds GPU Fleet speaks to, their stable ids and what each API lets us do.
enum class Provider
{
    Fal,
    Novita,
    NebulaBlock
};

// Which actions a provider's API offers (fal has no start/stop/restart at all).
struct ProviderCapabilities
{
    bool canStart = false;
    bool canStop = false;
    bool canRestart = false;
    bool canDelete = true;
    bool hasCatalogue = false;    // products with prices come from the API
    bool needsUniqueName = false; // create returns no id / no idempotency: found again by name
};

namespace Providers {
// Stable machine ids: "fal", "novita", "nebulablock" (settings, CLI, JSON output).
QString id(Provider provider);
std::optional<Provider> fromId(const QString &id);
// Human names: "fal.ai", "Novita AI", "Nebula Block".
QString displayName(Provider provider);
QUrl defaultEndpoint(Provider provider);
QString defaultSshUser(Provider provider);
ProviderCapabilities capabilities(Provider provider);
QList<Provider> all();
} // namespace Providers

Q_DECLARE_METATYPE(Provider)

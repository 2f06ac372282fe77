#pragma once

#include "core/Offering.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Turns Nebula Block catalogue JSON (providers/nebulablock.md §3, §7) into pickers' values:
// products (region -> GPU family -> [product]), OS images (region -> [image]) and registered
// SSH keys. Pure static functions: no network, no state.
class NebulaBlockCatalogueParser final
{
    Q_DECLARE_TR_FUNCTIONS(NebulaBlockCatalogueParser)

public:
    NebulaBlockCatalogueParser() = delete;

    // One page of GET /ssh-keys.
    struct SshKeyPage
    {
        QList<CatalogueEntry> keys;
        QStringList ids;
        int rawCount = 0; // rows the server sent: the offset step
        int total = -1;   // data.total_ssh_keys; -1 when absent
    };

    // Price is for the whole product; available = is_available and stock > 0.
    [[nodiscard]] static ProviderError parseProducts(const QByteArray &body, QList<Offering> &offerings);
    [[nodiscard]] static ProviderError parseImages(const QByteArray &body, QList<CatalogueEntry> &images);
    // Entries: id (the int as text), name = key_name, extras key_data and create_time.
    [[nodiscard]] static ProviderError parseSshKeyPage(const QByteArray &body, SshKeyPage &page);
    // POST /ssh-keys: data is the new SshKey.
    [[nodiscard]] static ProviderError parseCreatedSshKey(const QByteArray &body, CatalogueEntry &key);
};

#pragma once

#include "core/InstanceSpec.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Builds and checks what GPU Fleet sends to Nebula Block: create and SSH key bodies, instance
// names and SSH public keys. Pure static functions; nothing here ever echoes a key back.
class NebulaBlockRequests final
{
    Q_DECLARE_TR_FUNCTIONS(NebulaBlockRequests)

public:
    NebulaBlockRequests() = delete;

    // "type base64" of an OpenSSH public key line (comment dropped), or empty when it is not one.
    [[nodiscard]] static QString normalizedPublicKey(const QString &line);
    // Product, image and one public key line are required; a private key is refused unquoted.
    [[nodiscard]] static ProviderError validateCreate(const InstanceSpec &spec);
    // "gpufleet-<8 hex>" for an unnamed instance: unique, because the name is how it is found.
    [[nodiscard]] static QString generatedName();
    // "gpufleet-<8 hex of the key's hash>": stable per key.
    [[nodiscard]] static QString sshKeyName(const QString &publicKey);
    // Instance ids go into URL paths: only characters that need no escaping.
    [[nodiscard]] static bool isSafeId(const QString &id);

    [[nodiscard]] static QByteArray sshKeyBody(const QString &publicKey);
    // {instance_name, product_id, image_id, ssh_key_id}; the key id goes as a JSON integer.
    [[nodiscard]] static QByteArray createBody(const QString &name, const InstanceSpec &spec,
                                               const QString &sshKeyId);
};

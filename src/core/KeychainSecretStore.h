#pragma once

#include "core/SecretStore.h"

namespace QKeychain {
class Job;
}

// SecretStore on the system keychain through QtKeychain (Secret Service on Linux): service
// "gpufleet", one entry per account id. Never falls back to a plain-text file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // For tests that must not collide with the real entries.
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
    ~KeychainSecretStore() override = default;

    static QString defaultServiceName();
    [[nodiscard]] QString serviceName() const { return m_serviceName; }

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback done) override;
    void deleteSecret(const QString &key, QObject *context, Callback done) override;

    // QtKeychain's error code (QKeychain::Error as int) to ours; public for the mapping test.
    static SecretError mapError(int keychainError);

private:
    void run(QKeychain::Job *job, const QString &operation, QObject *context, Callback done);

    QString m_serviceName;
};

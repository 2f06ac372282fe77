#pragma once

#include "core/SecretStore.h"

#include <QHash>

// SecretStore held in this process's memory only: for --demo, for tests, and for keys the user
// keeps "for this session only" when no keychain is available. Nothing is ever written to disk.
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)
    ~InMemorySecretStore() override = default;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback done) override;
    void deleteSecret(const QString &key, QObject *context, Callback done) override;

    // Test seam: while not None, every call fails with this error (e.g. Unavailable, Locked) and the
    // stored secrets stay untouched.
    void setSimulatedError(SecretError error) { m_simulatedError = error; }
    [[nodiscard]] SecretError simulatedError() const { return m_simulatedError; }

    // Synchronous views for tests and for "is a session key set?" checks.
    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }
    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }
    void remove(const QString &key) { m_secrets.remove(key); }
    void clear();

private:
    [[nodiscard]] SecretResult simulatedFailure() const;

    QHash<QString, QString> m_secrets;
    SecretError m_simulatedError = SecretError::None;
};

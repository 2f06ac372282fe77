#include "core/InMemorySecretStore.h"

using namespace Qt::Literals::StringLiterals;

void InMemorySecretStore::clear()
{
    m_secrets.clear();
}

SecretResult InMemorySecretStore::simulatedFailure() const
{
    return {m_simulatedError, {}, u"simulated keychain failure"_s};
}

// The change is applied at call time and only the report is deferred, so calls made in sequence
// see each other's effects in that order.
void InMemorySecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    if (m_simulatedError != SecretError::None) {
        result = simulatedFailure();
    } else if (auto it = m_secrets.constFind(key); it != m_secrets.cend()) {
        result.value = it.value();
    } else {
        result = {SecretError::NotFound, {}, u"no secret stored under this key"_s};
    }
    finishLater(context, result, std::move(done));
}

void InMemorySecretStore::writeSecret(const QString &key, const QString &value, QObject *context,
                                      Callback done)
{
    SecretResult result;
    if (m_simulatedError != SecretError::None)
        result = simulatedFailure();
    else if (key.isEmpty())
        result = {SecretError::Other, {}, u"empty keychain key"_s};
    else
        m_secrets.insert(key, value);
    finishLater(context, result, std::move(done));
}

void InMemorySecretStore::deleteSecret(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    if (m_simulatedError != SecretError::None) {
        result = simulatedFailure();
    } else {
        m_secrets.remove(key);
    }
    finishLater(context, result, std::move(done));
}

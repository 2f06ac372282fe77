#pragma once

#include "core/SecretResult.h"

#include <QObject>
#include <QString>

#include <functional>

// Where API keys are kept, keyed by account id. An interface so that the keychain can be swapped
// for memory (--demo, tests, session-only keys). Implementations never log or echo a secret.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(SecretStore)
    ~SecretStore() override = default;

    /**
     * `done` runs exactly once, asynchronously (never inside the call), in `context`'s thread, and is
     * dropped if `context` is destroyed first. A null `context` means the store itself.
     */
    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    // Deleting a key that does not exist succeeds.
    virtual void deleteSecret(const QString &key, QObject *context, Callback done) = 0;

protected:
    // Posts `done(result)` to `context` (or this store): queued even in the same thread, and Qt
    // discards the posted call if `context` is destroyed first.
    void finishLater(QObject *context, const SecretResult &result, Callback done)
    {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), result] { done(result); },
            Qt::QueuedConnection);
    }
};

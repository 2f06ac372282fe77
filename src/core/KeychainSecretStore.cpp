#include "core/KeychainSecretStore.h"

#include "core/Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

QString KeychainSecretStore::defaultServiceName()
{
    return u"gpufleet"_s;
}

SecretError KeychainSecretStore::mapError(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::AccessDenied:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // QtKeychain's libsecret backend reports SECRET_ERROR_IS_LOCKED, and only that, as AccessDenied.
        return SecretError::Locked;
#else
        return SecretError::AccessDenied;
#endif
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain 0.13 reports a missing Secret Service (no bus, nobody owning org.freedesktop.secrets)
    // and a missing default collection as OtherError; Nextcloud saw the same with KWallet.
    case QKeychain::OtherError:
        return SecretError::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError::Other;
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    run(job, u"read"_s, context, std::move(done));
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value, QObject *context,
                                      Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setTextData(value);
    run(job, u"write"_s, context, std::move(done));
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    run(job, u"delete"_s, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &operation, QObject *context, Callback done)
{
    // Jobs have no parent: the libsecret backend calls back into the job from GLib, so deleting a
    // running job with this store would leave it a dangling pointer. autoDelete frees it after finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings file
    if (job->key().isEmpty()) {
        // QtKeychain would store it under the service alone, shared by every caller.
        delete job;
        finishLater(context, {SecretError::Other, {}, u"empty keychain key"_s}, std::move(done));
        return;
    }
    const bool isDelete = qobject_cast<QKeychain::DeletePasswordJob *>(job) != nullptr;
    QPointer<QObject> receiver = context ? context : this;
    // Read the job where it finishes (it is deleteLater'd right after), then hand the result over
    // to the receiver's thread. start() is queued, so this never runs inside the caller's call.
    connect(
        job, &QKeychain::Job::finished, job,
        [job, operation, isDelete, receiver, done = std::move(done)] {
            SecretResult result;
            result.error = mapError(job->error());
            // Deleting what is not there is what the caller wanted.
            if (isDelete && result.error == SecretError::NotFound)
                result.error = SecretError::None;
            if (result.error == SecretError::None) {
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                    result.value = read->textData();
                qCDebug(lcKeychain) << "keychain" << operation << "of" << job->key() << "done";
            } else {
                // errorString() comes from the backend and names the problem, never the secret.
                result.message = job->errorString();
                if (result.error == SecretError::NotFound)
                    qCDebug(lcKeychain) << "keychain" << operation << "of" << job->key() << ": no entry";
                else
                    qCInfo(lcKeychain).noquote() << "keychain" << operation << "of" << job->key()
                                                 << "failed:" << int(job->error()) << result.message;
            }
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver.data(), [done, result] { done(result); }, Qt::AutoConnection);
        },
        Qt::DirectConnection);
    job->start();
}

#include "core/AccountService.h"

#include "core/Logging.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

QString AccountService::Result::userMessage() const
{
    if (accountError != AccountStore::Error::None)
        return AccountStore::errorMessage(accountError);
    return secret.userMessage();
}

AccountService::AccountService(AccountStore &accounts, SecretStore &keychain, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_keychain(keychain)
{
}

SecretStore &AccountService::storeFor(KeyStorage storage)
{
    return storage == KeyStorage::Keychain ? m_keychain : static_cast<SecretStore &>(m_sessionKeys);
}

void AccountService::finish(const QPointer<QObject> &receiver, const Result &result, const Callback &done)
{
    if (!receiver)
        return;
    QMetaObject::invokeMethod(
        receiver.data(), [done, result] { done(result); }, Qt::QueuedConnection);
}

void AccountService::addAccount(const Account &account, const QString &apiKey, KeyStorage storage,
                                QObject *context, Callback done)
{
    const QPointer<QObject> receiver = context ? context : this;
    Account candidate = account;
    if (candidate.id.isEmpty())
        candidate.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const AccountStore::Error error = m_accounts.validateNew(candidate);
        error != AccountStore::Error::None) {
        finish(receiver, Result{error, {}, {}}, done);
        return;
    }
    candidate.id = AccountStore::normalizedId(candidate.id);
    if (apiKey.isEmpty()) {
        const AccountStore::AddResult added = m_accounts.addAccount(candidate);
        finish(receiver, Result{added.error, {}, added.account.id}, done);
        return;
    }

    // The key goes first: an account that is visible but has lost its key is worse than none.
    SecretStore &keys = storeFor(storage);
    keys.writeSecret(candidate.id, apiKey, this,
                     [this, &keys, candidate, receiver, done = std::move(done)](const SecretResult &written) {
                         Result result;
                         result.accountId = candidate.id;
                         result.secret = written;
                         if (written.ok()) {
                             const AccountStore::AddResult added = m_accounts.addAccount(candidate);
                             result.accountError = added.error;
                             // Another add took the label meanwhile: take the orphaned key back.
                             if (added.error != AccountStore::Error::None)
                                 keys.deleteSecret(candidate.id, this, [](const SecretResult &) {});
                         }
                         finish(receiver, result, done);
                     });
}

void AccountService::setKey(const QString &accountId, const QString &apiKey, KeyStorage storage,
                            QObject *context, Callback done)
{
    const QPointer<QObject> receiver = context ? context : this;
    const std::optional<Account> account = m_accounts.byId(accountId);
    if (!account || apiKey.isEmpty()) {
        Result result;
        result.accountId = accountId;
        if (!account)
            result.accountError = AccountStore::Error::NotFound;
        else
            result.secret = {SecretError::Other, {}, u"empty API key"_s};
        finish(receiver, result, done);
        return;
    }
    const QString id = account->id;
    storeFor(storage).writeSecret(
        id, apiKey, this, [this, id, storage, receiver, done = std::move(done)](const SecretResult &written) {
            if (written.ok() && storage == KeyStorage::Keychain)
                m_sessionKeys.remove(id);
            Result result;
            result.accountId = id;
            result.secret = written;
            finish(receiver, result, done);
        });
}

void AccountService::readKey(const QString &accountId, QObject *context, SecretStore::Callback done)
{
    const QString id = AccountStore::normalizedId(accountId);
    if (m_sessionKeys.contains(id))
        m_sessionKeys.readSecret(id, context, std::move(done));
    else
        m_keychain.readSecret(id.isEmpty() ? accountId : id, context, std::move(done));
}

bool AccountService::hasSessionKey(const QString &accountId) const
{
    return m_sessionKeys.contains(AccountStore::normalizedId(accountId));
}

void AccountService::removeAccount(const QString &accountId, QObject *context, Callback done)
{
    const QPointer<QObject> receiver = context ? context : this;
    const std::optional<Account> account = m_accounts.byId(accountId);
    if (!account) {
        Result result;
        result.accountId = accountId;
        result.accountError = AccountStore::Error::NotFound;
        finish(receiver, result, done);
        return;
    }
    const QString id = account->id;
    m_keychain.deleteSecret(
        id, this, [this, id, receiver, done = std::move(done)](const SecretResult &deleted) {
            Result result;
            result.accountId = id;
            result.secret = deleted;
            if (deleted.ok()) {
                m_sessionKeys.remove(id);
                result.accountError = m_accounts.removeAccount(id);
            } else {
                qCInfo(lcKeychain) << "keeping account" << id << "because its key could not be deleted";
            }
            finish(receiver, result, done);
        });
}

#pragma once

#include "core/AccountStore.h"
#include "core/InMemorySecretStore.h"
#include "core/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

// Keeps an account's settings and its API key together: adding stores the key before the account
// appears, removing deletes the key before the account disappears. Also holds keys the user chose
// to keep for this session only (memory, never disk). The stores must outlive the service.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    enum class KeyStorage
    {
        Keychain,
        SessionOnly // in memory until the app quits: for when no keychain is available
    };

    struct Result
    {
        AccountStore::Error accountError = AccountStore::Error::None;
        SecretResult secret; // the key operation's outcome; error None if it succeeded or never ran
        QString accountId;

        [[nodiscard]] bool ok() const { return accountError == AccountStore::Error::None && secret.ok(); }
        // One translated sentence for the user; empty when ok().
        [[nodiscard]] QString userMessage() const;
    };
    using Callback = std::function<void(const Result &)>;

    AccountService(AccountStore &accounts, SecretStore &keychain, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountService)
    ~AccountService() override = default;

    [[nodiscard]] AccountStore &accounts() const { return m_accounts; }

    /**
     * Validates `account` (an id is assigned when empty), stores `apiKey`, then adds the account.
     * If the key cannot be stored nothing is added and `secret` says why (offer SessionOnly when it
     * is Unavailable). An empty `apiKey` adds the account without a key.
     * `done` runs once, asynchronously, in `context`'s thread, and is dropped if `context` dies first.
     */
    void addAccount(const Account &account, const QString &apiKey, KeyStorage storage, QObject *context,
                    Callback done);
    // Replaces the key of an existing account. Storing it in the keychain drops any session key.
    void setKey(const QString &accountId, const QString &apiKey, KeyStorage storage, QObject *context,
                Callback done);
    // The account's key: a session key if one is set, else the keychain's (NotFound = none stored).
    void readKey(const QString &accountId, QObject *context, SecretStore::Callback done);
    [[nodiscard]] bool hasSessionKey(const QString &accountId) const;
    /**
     * Deletes the key from the keychain, then the account. If the keychain cannot be reached the
     * account stays (so the key is not orphaned) and `secret` says why; to drop the settings anyway,
     * after asking the user, call AccountStore::removeAccount().
     */
    void removeAccount(const QString &accountId, QObject *context, Callback done);

private:
    SecretStore &storeFor(KeyStorage storage);
    void finish(const QPointer<QObject> &receiver, const Result &result, const Callback &done);

    AccountStore &m_accounts;
    SecretStore &m_keychain;
    InMemorySecretStore m_sessionKeys;
};

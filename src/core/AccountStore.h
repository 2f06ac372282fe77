#pragma once

#include "core/Account.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <optional>

// The accounts' non-secret fields (provider, label, endpoint, SSH user, enabled) in an INI file,
// under accounts/<uuid>/. Validates before it writes. Never sees an API key: AccountService pairs
// an account with its key in a SecretStore.
class AccountStore final : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        EmptyLabel,
        InvalidLabel,    // control characters or longer than maxLabelLength
        DuplicateLabel,  // labels are unique, compared case-insensitively
        InvalidEndpoint, // not https (or http to this machine), or carries user info
        InvalidSshUser,
        InvalidId, // not a UUID
        DuplicateId,
        ProviderChanged, // a key for one provider must never be sent to another
        NotFound,
        StorageFailed // the settings file could not be written
    };
    Q_ENUM(Error)

    // What addAccount stored: the account as normalised (trimmed label, assigned id).
    struct AddResult
    {
        Error error = Error::None;
        Account account;
    };

    static constexpr int maxLabelLength = 64;

    // The default file: <GenericConfigLocation>/gpufleet/gpufleet.conf.
    explicit AccountStore(QObject *parent = nullptr);
    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountStore)
    ~AccountStore() override = default;

    static QString defaultFilePath();
    [[nodiscard]] QString filePath() const { return m_settings.fileName(); }
    // One translated sentence for the user.
    static QString errorMessage(Error error);
    // The id in canonical form (lower case, no braces), or empty when `id` is not a UUID.
    static QString normalizedId(const QString &id);

    // Sorted by label (case-insensitive).
    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] std::optional<Account> byId(const QString &id) const;
    [[nodiscard]] std::optional<Account> byLabel(const QString &label) const; // case-insensitive

    // What addAccount would refuse, without storing anything. An empty id is fine (one is assigned).
    [[nodiscard]] Error validateNew(const Account &account) const;

    AddResult addAccount(const Account &account);
    // Replaces the stored fields of the account with the same id; the provider cannot change.
    Error updateAccount(const Account &account);
    Error renameAccount(const QString &id, const QString &label);
    Error setEnabled(const QString &id, bool enabled);
    // Removes the settings only; AccountService::removeAccount also deletes the key.
    Error removeAccount(const QString &id);

Q_SIGNALS:
    void accountAdded(const Account &account);
    void accountChanged(const Account &account);
    void accountRemoved(const QString &id);

private:
    void load();
    [[nodiscard]] Error validate(const Account &account, const QString &ownId) const;
    [[nodiscard]] qsizetype indexOf(const QString &id) const;
    Error write(const Account &account);
    static Account normalized(Account account);

    QSettings m_settings;
    QList<Account> m_accounts; // what the file held at load plus our own changes
};

#pragma once

#include "core/Account.h"
#include "core/SecretResult.h"
#include "providers/ProviderError.h"

#include <QObject>
#include <QTextStream>

#include <functional>
#include <optional>

class AccountStore;
class ProviderClient;
class QNetworkAccessManager;
class SecretStore;

// What every CLI command shares: the account store, the secret store, the network, the output
// streams and the one exit code. Exit codes: 0 ok, 1 provider/network/keychain failure,
// 2 usage or validation error (nothing was sent).
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    CliContext(AccountStore &accounts, SecretStore &secrets, QNetworkAccessManager *network, QTextStream &out,
               QTextStream &err, QObject *parent = nullptr);

    AccountStore &accounts() { return m_accounts; }
    SecretStore &secrets() { return m_secrets; }
    QNetworkAccessManager *network() { return m_network; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Finishes the command once: prints `message` (if any) to stderr and emits finished(code).
    void finish(int code, const QString &message = {});
    void usageError(const QString &message) { finish(UsageError, message); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // The account with this label, or a usage error (and nullopt) when there is none.
    std::optional<Account> requireAccount(const QString &label);
    // Reads the account's key from the secret store and builds its client (parented to this).
    // On a keychain failure it finishes with exit 1 and the keychain's advice.
    void withClient(const Account &account, std::function<void(ProviderClient *)> use);
    // A provider error as one line naming the account, with "not found" made explicit.
    static QString describe(const Account &account, const ProviderError &error,
                            const QString &instanceId = {});

signals:
    void finished(int exitCode);

private:
    AccountStore &m_accounts;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_finished = false;
};

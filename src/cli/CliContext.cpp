#include "cli/CliContext.h"

#include "core/AccountStore.h"
#include "core/SecretStore.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"

using namespace Qt::Literals::StringLiterals;

CliContext::CliContext(AccountStore &accounts, SecretStore &secrets, QNetworkAccessManager *network,
                       QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_network(network)
    , m_out(out)
    , m_err(err)
{
}

void CliContext::finish(int code, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!message.isEmpty())
        m_err << u"gpufleet: "_s << message << Qt::endl;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

std::optional<Account> CliContext::requireAccount(const QString &label)
{
    if (label.isEmpty()) {
        usageError(tr("--account LABEL is required"));
        return std::nullopt;
    }
    const auto account = m_accounts.byLabel(label);
    if (!account)
        usageError(tr("no account labelled \"%1\" (see: gpufleet account list)").arg(label));
    return account;
}

void CliContext::withClient(const Account &account, std::function<void(ProviderClient *)> use)
{
    m_secrets.readSecret(account.id, this, [this, account, use = std::move(use)](const SecretResult &result) {
        if (!result.ok()) {
            const QString why = result.error == SecretError::NotFound
                ? tr("no API key stored for account \"%1\"; remove and add the account again")
                      .arg(account.label)
                : result.userMessage();
            finish(Failure, tr("%1: %2").arg(account.label, why));
            return;
        }
        use(ProviderFactory::create(account, result.value, m_network, this));
    });
}

QString CliContext::describe(const Account &account, const ProviderError &error, const QString &instanceId)
{
    if (error.kind == ProviderError::Kind::NotFound && !instanceId.isEmpty())
        return tr("%1: instance %2 not found").arg(account.label, instanceId);
    return account.label + u": "_s + error.message();
}

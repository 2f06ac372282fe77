#include "cli/AccountCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "core/AccountStore.h"
#include "core/SecretStore.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// The store's sentences are written for the window; on the command line, name the option too.
QString optionFor(AccountStore::Error error)
{
    switch (error) {
    case AccountStore::Error::InvalidEndpoint:
        return u"--endpoint"_s;
    case AccountStore::Error::InvalidSshUser:
        return u"--ssh-user"_s;
    default:
        return u"--label"_s;
    }
}

// The first line of standard input. A key typed at a terminal is not echoed (it would stay on
// screen and in the scrollback): the prompt goes to stderr and echo is off for that one line.
QByteArray readKeyLine(QIODevice *input, QTextStream &err)
{
    constexpr qint64 MaxLine = 64 * 1024;
    if (!input)
        return {};
    const auto *file = qobject_cast<QFile *>(input);
    const int fd = file ? file->handle() : -1;
    if (fd < 0 || ::isatty(fd) == 0)
        return input->readLine(MaxLine);
    termios saved = {};
    const bool hideEcho = ::tcgetattr(fd, &saved) == 0;
    err << QCoreApplication::translate("AccountCommand", "API key (not shown): ");
    err.flush();
    if (hideEcho) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray line = input->readLine(MaxLine);
    if (hideEcho)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    err << Qt::endl;
    return line;
}
} // namespace

AccountCommand::AccountCommand(CliContext &context, QIODevice *input, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_input(input)
{
}

void AccountCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add"_s)
        add(rest);
    else if (verb == u"list"_s)
        list(rest);
    else if (verb == u"remove"_s)
        remove(rest);
    else
        m_context.usageError(tr("usage: gpufleet account add|list|remove ..."));
}

void AccountCommand::add(const QStringList &arguments)
{
    CliParser parser(u"account add"_s);
    parser.addValueOption(u"provider"_s, tr("fal, novita or nebulablock"));
    parser.addValueOption(u"label"_s, tr("a unique name for this account"));
    parser.addValueOption(u"endpoint"_s, tr("base URL instead of the provider's"));
    parser.addValueOption(u"ssh-user"_s, tr("SSH user instead of the provider's default"));
    parser.addFlag(u"no-verify"_s, tr("store the key without one test call"));
    if (!parser.parse(arguments, m_context, 0))
        return;

    const auto provider = Providers::fromId(parser.value(u"provider"_s));
    if (!provider)
        return m_context.usageError(tr("--provider must be fal, novita or nebulablock"));
    Account account;
    account.provider = *provider;
    account.label = parser.value(u"label"_s).trimmed();
    account.sshUser = parser.value(u"ssh-user"_s).trimmed();
    if (parser.isSet(u"endpoint"_s)) {
        account.endpoint = QUrl(parser.value(u"endpoint"_s).trimmed(), QUrl::StrictMode);
        if (!account.endpoint.isValid() || account.endpoint.host().isEmpty())
            return m_context.usageError(tr("--endpoint is not a valid URL"));
    }
    const AccountStore::Error invalid = m_context.accounts().validateNew(account);
    if (invalid != AccountStore::Error::None)
        return m_context.usageError(optionFor(invalid) + u": "_s + AccountStore::errorMessage(invalid));

    const QString apiKey = QString::fromUtf8(readKeyLine(m_input, m_context.err())).trimmed();
    if (apiKey.isEmpty())
        return m_context.usageError(tr("no API key on standard input (pipe it in: first line)"));

    auto store = [this, account, apiKey] {
        AccountStore::AddResult added = m_context.accounts().addAccount(account);
        if (added.error != AccountStore::Error::None)
            return m_context.finish(CliContext::Failure, AccountStore::errorMessage(added.error));
        m_context.secrets().writeSecret(
            added.account.id, apiKey, &m_context, [this, added](const SecretResult &r) {
                if (!r.ok()) {
                    // No key, no account: never leave an account that cannot work.
                    m_context.accounts().removeAccount(added.account.id);
                    return m_context.finish(CliContext::Failure, r.userMessage());
                }
                m_context.out() << tr("Added %1 account \"%2\".")
                                       .arg(Providers::displayName(added.account.provider),
                                            added.account.label)
                                << Qt::endl;
                m_context.finish(CliContext::Success);
            });
    };
    if (parser.isSet(u"no-verify"_s))
        return store();

    // One listing (normally one page) proves the key: a page size of 1 would page through
    // every instance one request at a time.
    ProviderClient *client = ProviderFactory::create(account, apiKey, m_context.network(), this);
    ProviderCall *call = client->listInstances();
    connect(call, &ProviderCall::finished, this,
            [this, account, store, client](const ProviderResult &result) {
                client->deleteLater();
                if (result.error.isError())
                    return m_context.finish(
                        CliContext::Failure,
                        tr("the key did not work, nothing was saved: %1").arg(result.error.message()));
                store();
            });
}

void AccountCommand::list(const QStringList &arguments)
{
    CliParser parser(u"account list"_s);
    parser.addFlag(u"json"_s, tr("machine-readable output"));
    if (!parser.parse(arguments, m_context, 0))
        return;
    const QList<Account> accounts = m_context.accounts().accounts();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Account &account : accounts)
            array.append(CliOutput::accountJson(account));
        m_context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (accounts.isEmpty()) {
        m_context.out() << tr("No accounts yet; add one with: gpufleet account add --provider ...")
                        << Qt::endl;
    } else {
        m_context.out() << CliOutput::accountTable(accounts);
    }
    m_context.finish(CliContext::Success);
}

void AccountCommand::remove(const QStringList &arguments)
{
    CliParser parser(u"account remove"_s);
    if (!parser.parse(arguments, m_context, 1))
        return;
    const auto account = m_context.requireAccount(parser.positional(0));
    if (!account)
        return;
    m_context.secrets().deleteSecret(account->id, &m_context, [this, account](const SecretResult &r) {
        if (!r.ok() && r.error != SecretError::NotFound)
            return m_context.finish(
                CliContext::Failure,
                tr("could not delete the key from the keychain, account kept: %1").arg(r.userMessage()));
        m_context.accounts().removeAccount(account->id);
        m_context.out() << tr("Removed account \"%1\" and its key.").arg(account->label) << Qt::endl;
        m_context.finish(CliContext::Success);
    });
}

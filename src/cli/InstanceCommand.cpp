#include "cli/InstanceCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "core/AccountStore.h"
#include "core/SecretStore.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The accounts answer in any order; results are kept per account so the output follows the
// account list (sorted by label) and is the same from one run to the next.
struct ListState
{
    struct Outcome
    {
        QList<Instance> instances;
        QString error; // empty = listed
    };

    QList<Account> accounts;
    QList<Outcome> outcomes;
    int pending = 0;
};

} // namespace

InstanceCommand::InstanceCommand(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void InstanceCommand::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list"_s)
        list(arguments);
    else if (command == u"show"_s)
        show(arguments, false);
    else if (command == u"ssh"_s)
        show(arguments, true);
    else
        offerings(arguments);
}

void InstanceCommand::list(const QStringList &arguments)
{
    CliParser parser(u"list"_s);
    parser.addValueOption(u"account"_s, tr("only this account"));
    parser.addFlag(u"json"_s, tr("machine-readable output"));
    if (!parser.parse(arguments, m_context, 0))
        return;
    QList<Account> accounts;
    if (parser.isSet(u"account"_s)) {
        const auto account = m_context.requireAccount(parser.value(u"account"_s));
        if (!account)
            return;
        accounts.append(*account);
    } else {
        for (const Account &account : m_context.accounts().accounts()) {
            if (account.enabled)
                accounts.append(account);
        }
    }
    const bool json = parser.isSet(u"json"_s);
    auto state = std::make_shared<ListState>();
    state->accounts = accounts;
    state->outcomes.resize(accounts.size());
    state->pending = int(accounts.size());
    auto print = [this, state, json] {
        QList<QPair<Instance, QString>> rows;
        QJsonArray errors;
        QStringList errorLines;
        for (qsizetype i = 0; i < state->accounts.size(); ++i) {
            const Account &account = state->accounts.at(i);
            const ListState::Outcome &outcome = state->outcomes.at(i);
            for (const Instance &instance : outcome.instances)
                rows.append({instance, account.label});
            if (!outcome.error.isEmpty()) {
                errors.append(CliOutput::errorJson(account.label, account.provider, outcome.error));
                errorLines.append(account.label + u": "_s + outcome.error);
            }
        }
        if (json) {
            QJsonArray array;
            for (const auto &[instance, label] : std::as_const(rows))
                array.append(CliOutput::instanceJson(instance, label));
            QJsonObject root;
            root.insert(u"instances"_s, array);
            root.insert(u"errors"_s, errors);
            m_context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        } else if (!rows.isEmpty()) {
            m_context.out() << CliOutput::instanceTable(rows);
        } else if (errorLines.isEmpty()) {
            m_context.out() << (state->accounts.isEmpty()
                                    ? tr("No accounts yet; add one with: gpufleet account add --provider ...")
                                    : tr("No instances."))
                            << Qt::endl;
        }
        m_context.out().flush();
        for (const QString &line : std::as_const(errorLines))
            m_context.err() << u"gpufleet: "_s << line << Qt::endl;
        m_context.finish(errorLines.isEmpty() ? CliContext::Success : CliContext::Failure);
    };
    if (accounts.isEmpty())
        return print();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        auto done = [state, i, print](const QList<Instance> &instances, const QString &error) {
            state->outcomes[i] = {instances, error};
            if (--state->pending == 0)
                print();
        };
        m_context.secrets().readSecret(account.id, this, [this, account, done](const SecretResult &r) {
            if (!r.ok())
                return done({},
                            r.error == SecretError::NotFound
                                ? tr("no API key stored; remove and add the account again")
                                : r.userMessage());
            ProviderClient *client = ProviderFactory::create(account, r.value, m_context.network(), this);
            connect(client->listInstances(), &ProviderCall::finished, this,
                    [done](const ProviderResult &result) {
                        // A listing that failed halfway shows nothing rather than a partial fleet.
                        if (result.error.isError())
                            return done({}, result.error.message());
                        done(result.instances, {});
                    });
        });
    }
}

void InstanceCommand::show(const QStringList &arguments, bool sshOnly)
{
    CliParser parser(sshOnly ? u"ssh"_s : u"show"_s);
    parser.addValueOption(u"account"_s, tr("the instance's account"));
    if (!sshOnly)
        parser.addFlag(u"json"_s, tr("machine-readable output"));
    if (!parser.parse(arguments, m_context, 1))
        return;
    const auto account = m_context.requireAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const QString id = parser.positional(0);
    const bool json = !sshOnly && parser.isSet(u"json"_s);
    m_context.withClient(*account, [this, account, id, json, sshOnly](ProviderClient *client) {
        connect(client->getInstance(id), &ProviderCall::finished, this,
                [this, account, id, json, sshOnly](const ProviderResult &result) {
                    if (result.error.isError())
                        return m_context.finish(CliContext::Failure,
                                                CliContext::describe(*account, result.error, id));
                    const Instance &instance = result.instance;
                    if (sshOnly) {
                        if (instance.sshCommand().isEmpty())
                            return m_context.finish(
                                CliContext::Failure,
                                tr("%1: instance %2 is not reachable over SSH yet (status: %3)")
                                    .arg(account->label, id, InstanceStatuses::name(instance.status)));
                        m_context.out() << instance.sshCommand() << Qt::endl;
                    } else if (json) {
                        m_context.out() << QString::fromUtf8(
                            QJsonDocument(CliOutput::instanceJson(instance, account->label)).toJson());
                    } else {
                        m_context.out() << CliOutput::instanceDetails(instance, account->label);
                    }
                    m_context.finish(CliContext::Success);
                });
    });
}

void InstanceCommand::offerings(const QStringList &arguments)
{
    CliParser parser(u"offerings"_s);
    parser.addValueOption(u"account"_s, tr("the account whose catalogue to list"));
    parser.addFlag(u"json"_s, tr("machine-readable output"));
    if (!parser.parse(arguments, m_context, 0))
        return;
    const auto account = m_context.requireAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const bool json = parser.isSet(u"json"_s);
    m_context.withClient(*account, [this, account, json](ProviderClient *client) {
        connect(client->listOfferings(), &ProviderCall::finished, this,
                [this, account, json](const ProviderResult &result) {
                    if (result.error.isError())
                        return m_context.finish(CliContext::Failure,
                                                CliContext::describe(*account, result.error));
                    if (json) {
                        QJsonArray array;
                        for (const Offering &offering : result.offerings)
                            array.append(CliOutput::offeringJson(offering));
                        m_context.out() << QString::fromUtf8(QJsonDocument(array).toJson());
                    } else {
                        m_context.out() << CliOutput::offeringTable(result.offerings);
                    }
                    m_context.finish(CliContext::Success);
                });
    });
}

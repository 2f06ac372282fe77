#include "cli/ActionCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "providers/ProviderClient.h"

using namespace Qt::Literals::StringLiterals;

ActionCommand::ActionCommand(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void ActionCommand::run(const QString &action, const QStringList &arguments)
{
    CliParser parser(action);
    parser.addValueOption(u"account"_s, tr("the instance's account"));
    const bool isDelete = action == u"delete"_s;
    if (isDelete)
        parser.addFlag(u"yes"_s, tr("really delete: the instance and its data are lost"));
    if (!parser.parse(arguments, m_context, 1))
        return;
    const auto account = m_context.requireAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const QString id = parser.positional(0);
    if (isDelete && !parser.isSet(u"yes"_s))
        return m_context.usageError(tr("delete needs --yes: instance %1 on %2 and all its data would be lost")
                                        .arg(id, account->label));

    const ProviderCapabilities caps = Providers::capabilities(account->provider);
    const bool supported = isDelete ? caps.canDelete
        : action == u"start"_s      ? caps.canStart
        : action == u"stop"_s       ? caps.canStop
                                    : caps.canRestart;
    if (!supported)
        return m_context.usageError(tr("%1 does not support %2; only delete stops its billing")
                                        .arg(Providers::displayName(account->provider), action));

    m_context.withClient(*account, [this, action, account, id](ProviderClient *client) {
        ProviderCall *call = action == u"start"_s ? client->startInstance(id)
            : action == u"stop"_s                 ? client->stopInstance(id)
            : action == u"restart"_s              ? client->restartInstance(id)
                                                  : client->deleteInstance(id);
        connect(
            call, &ProviderCall::finished, this, [this, action, account, id](const ProviderResult &result) {
                if (result.error.isError())
                    return m_context.finish(CliContext::Failure,
                                            CliContext::describe(*account, result.error, id));
                m_context.out() << tr("%1: %2 requested for %3").arg(account->label, action, id) << Qt::endl;
                m_context.finish(CliContext::Success);
            });
    });
}

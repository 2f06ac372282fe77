#include "cli/CliRunner.h"

#include "cli/AccountCommand.h"
#include "cli/ActionCommand.h"
#include "cli/CliContext.h"
#include "cli/CreateCommand.h"
#include "cli/InstanceCommand.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList &commands()
{
    static const QStringList names = {u"account"_s, u"list"_s, u"show"_s,    u"offerings"_s, u"create"_s,
                                      u"start"_s,   u"stop"_s, u"restart"_s, u"delete"_s,    u"ssh"_s};
    return names;
}
} // namespace

CliRunner::CliRunner(AccountStore &accounts, SecretStore &secrets, QNetworkAccessManager *network,
                     QIODevice *input, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_context(new CliContext(accounts, secrets, network, out, err, this))
    , m_input(input)
{
    connect(m_context, &CliContext::finished, this, &CliRunner::finished);
}

bool CliRunner::isCliCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && commands().contains(arguments.first());
}

QString CliRunner::usage()
{
    return uR"(Usage:
  gpufleet [--demo]                         open the window
  gpufleet account add --provider fal|novita|nebulablock --label LABEL [--endpoint URL] [--ssh-user USER] [--no-verify]
                                            (API key on standard input, first line)
  gpufleet account list [--json]
  gpufleet account remove LABEL
  gpufleet list [--account LABEL] [--json]
  gpufleet show --account LABEL ID [--json]
  gpufleet offerings --account LABEL [--json]
  gpufleet create --account LABEL --offering ID [--name NAME] [--ssh-key FILE.pub] [--gpus N]
                  [--image IMAGE] [--disk GB] [--sector SECTOR] [--json]
  gpufleet start|stop|restart --account LABEL ID
  gpufleet delete --account LABEL ID --yes
  gpufleet ssh --account LABEL ID
Exit codes: 0 success, 1 provider/network/keychain failure, 2 usage or validation error.
)"_s;
}

void CliRunner::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"account"_s)
        (new AccountCommand(*m_context, m_input, this))->run(rest);
    else if (command == u"create"_s)
        (new CreateCommand(*m_context, this))->run(rest);
    else if (command == u"start"_s || command == u"stop"_s || command == u"restart"_s
             || command == u"delete"_s)
        (new ActionCommand(*m_context, this))->run(command, rest);
    else if (commands().contains(command))
        (new InstanceCommand(*m_context, this))->run(command, rest);
    else
        m_context->usageError(usage());
}

#include "cli/CliParser.h"

#include "cli/CliContext.h"

using namespace Qt::Literals::StringLiterals;

CliParser::CliParser(const QString &command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CliParser::addValueOption(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description, u"value"_s));
    m_names.append(name);
}

void CliParser::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
    m_names.append(name);
}

bool CliParser::parse(const QStringList &arguments, CliContext &context, int positionalCount)
{
    QStringList withProgram = arguments;
    withProgram.prepend(u"gpufleet"_s);
    if (!m_parser.parse(withProgram)) {
        context.usageError(m_command + u": "_s + m_parser.errorText());
        return false;
    }
    if (m_parser.positionalArguments().size() != positionalCount) {
        context.usageError(tr("%1: expected %n argument(s), got %2", nullptr, positionalCount)
                               .arg(m_command)
                               .arg(m_parser.positionalArguments().size()));
        return false;
    }
    return true;
}

QStringList CliParser::setOptions() const
{
    QStringList set;
    for (const QString &name : m_names) {
        if (m_parser.isSet(name))
            set.append(name);
    }
    return set;
}

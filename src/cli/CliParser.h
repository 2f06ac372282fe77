#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class CliContext;

// QCommandLineParser for one subcommand: options are declared with their help text, parse()
// reports unknown options and a wrong number of positional arguments as usage errors (exit 2).
class CliParser final
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    explicit CliParser(const QString &command);

    void addValueOption(const QString &name, const QString &description);
    void addFlag(const QString &name, const QString &description);
    // False (and the context finished with a usage error) when the arguments do not fit.
    bool parse(const QStringList &arguments, CliContext &context, int positionalCount);

    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    [[nodiscard]] QStringList setOptions() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_names;
};

#include "core/SshCommand.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// ssh options that take a value; their argument must not be mistaken for the destination.
bool takesValue(QChar option)
{
    return QStringLiteral("BbcDEeFIiJLlmOopQRSWw").contains(option);
}

bool consistsOf(const QString &text, QStringView allowedPunctuation)
{
    return std::all_of(text.cbegin(), text.cend(), [allowedPunctuation](QChar c) {
        return c.isLetterOrNumber() || allowedPunctuation.contains(c);
    });
}

} // namespace

bool SshCommand::isSafe() const
{
    return !host.isEmpty() && !host.startsWith(QLatin1Char('-')) && !user.startsWith(QLatin1Char('-'))
        && consistsOf(host, u".-_:%[]") && consistsOf(user, u"._-@+");
}

std::optional<SshCommand> SshCommand::parse(const QString &commandLine)
{
    const QStringList tokens = commandLine.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    SshCommand result;
    bool havePort = false;
    int i = 0;
    if (!tokens.isEmpty() && (tokens.first() == u"ssh"_s || tokens.first().endsWith(u"/ssh"_s)))
        i = 1;
    for (; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (token.startsWith(QLatin1Char('-')) && token.size() >= 2) {
            const QChar option = token.at(1);
            QString value = token.mid(2);
            if (takesValue(option) && value.isEmpty()) {
                if (i + 1 >= tokens.size())
                    return std::nullopt;
                value = tokens.at(++i);
            }
            if (option == QLatin1Char('p')) {
                const auto port = parsePort(value);
                if (!port)
                    return std::nullopt;
                result.port = *port;
                havePort = true;
            } else if (option == QLatin1Char('l')) {
                result.user = value;
            } else if (option == QLatin1Char('o') && value.startsWith(u"Port="_s, Qt::CaseInsensitive)
                       && !havePort) {
                const auto port = parsePort(value.mid(5));
                if (!port)
                    return std::nullopt;
                result.port = *port;
            } else if (option == QLatin1Char('o') && value.startsWith(u"User="_s, Qt::CaseInsensitive)) {
                result.user = value.mid(5);
            }
            continue;
        }
        if (!result.host.isEmpty())
            continue; // a remote command after the destination
        QString destination = token;
        if (destination.startsWith(u"ssh://"_s)) {
            destination = destination.mid(6);
            const int colon = destination.lastIndexOf(QLatin1Char(':'));
            if (colon > 0 && !destination.contains(QLatin1Char(']'))) {
                const auto port = parsePort(destination.mid(colon + 1));
                if (!port)
                    return std::nullopt;
                result.port = *port;
                destination.truncate(colon);
            }
        }
        const int at = destination.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            result.user = destination.left(at);
            destination = destination.mid(at + 1);
        }
        result.host = destination;
    }
    if (!result.isSafe())
        return std::nullopt;
    return result;
}

QString SshCommand::toString() const
{
    if (!isSafe())
        return {};
    QStringList args = arguments();
    args.prepend(u"ssh"_s);
    return args.join(QLatin1Char(' '));
}

QStringList SshCommand::arguments() const
{
    if (!isSafe())
        return {};
    QStringList args;
    if (port != 22)
        args << u"-p"_s << QString::number(port);
    args << (user.isEmpty() ? host : user + QLatin1Char('@') + host);
    return args;
}

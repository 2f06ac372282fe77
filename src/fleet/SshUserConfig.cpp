#include "fleet/SshUserConfig.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

// Whitespace-separated arguments with "double" or 'single' quoted groups; an unquoted token
// starting with '#' starts a comment (OpenSSH's argv_split).
QStringList splitArguments(const QString &text)
{
    QStringList args;
    QString current;
    bool inToken = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c.isSpace()) {
            if (inToken)
                args.append(current);
            current.clear();
            inToken = false;
            continue;
        }
        if (!inToken && c == u'#')
            break;
        inToken = true;
        if (c == u'"' || c == u'\'')
            quote = c;
        else
            current += c;
    }
    if (inToken)
        args.append(current);
    return args;
}

bool hostPatternsMatchAll(const QStringList &patterns)
{
    return patterns.contains(u"*"_s);
}

bool matchCriteriaAll(const QStringList &criteria)
{
    return criteria.contains(u"all"_s, Qt::CaseInsensitive);
}

// Position just after the line break ending the line that starts at `from`, or the size.
qsizetype endOfLine(const QByteArray &content, qsizetype from)
{
    const qsizetype newline = content.indexOf('\n', from);
    return newline < 0 ? content.size() : newline + 1;
}

QByteArray withoutLineBreak(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}
} // namespace

SshUserConfig::SshUserConfig(const QByteArray &content, const QString &homeDir)
    : m_homeDir(homeDir)
{
    QByteArray body = content;
    if (body.startsWith(Utf8Bom))
        body.remove(0, 3);
    const QList<QByteArray> lines = body.split('\n');
    bool forAll = true;
    QString header;
    int headerLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(withoutLineBreak(lines.at(i))).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        qsizetype end = 0;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'=')
            ++end;
        qsizetype rest = end;
        while (rest < text.size() && text.at(rest).isSpace())
            ++rest;
        if (rest < text.size() && text.at(rest) == u'=')
            ++rest;

        Directive directive;
        directive.line = int(i) + 1;
        directive.spelling = text.left(end);
        directive.keyword = directive.spelling.toLower();
        directive.args = splitArguments(text.mid(rest));
        if (directive.keyword == u"host"_s || directive.keyword == u"match"_s) {
            forAll = directive.keyword == u"host"_s ? hostPatternsMatchAll(directive.args)
                                                    : matchCriteriaAll(directive.args);
            header = directive.spelling + u' ' + directive.args.join(u' ');
            headerLine = directive.line;
        }
        directive.forAll = forAll;
        directive.blockHeader = header;
        directive.blockLine = headerLine;
        m_directives.append(directive);
    }
}

QString SshUserConfig::resolveIncludePath(const QString &argument) const
{
    if (argument == u"~"_s)
        return m_homeDir;
    if (argument.startsWith(u"~/"_s))
        return QDir::cleanPath(m_homeDir + argument.mid(1));
    if (QDir::isAbsolutePath(argument))
        return QDir::cleanPath(argument);
    return QDir::cleanPath(m_homeDir + u"/.ssh/"_s + argument);
}

int SshUserConfig::includeLineOf(const QString &path) const
{
    const QString wanted = QDir::cleanPath(path);
    for (const Directive &directive : m_directives) {
        if (directive.keyword != u"include"_s || !directive.forAll)
            continue;
        for (const QString &argument : directive.args) {
            const QString resolved = resolveIncludePath(argument);
            const auto glob = QRegularExpression(QRegularExpression::wildcardToRegularExpression(resolved));
            if (resolved == wanted || glob.match(wanted).hasMatch())
                return directive.line;
        }
    }
    return 0;
}

QList<SshUserConfig::OverridingRule> SshUserConfig::overridingRulesAbove(int line) const
{
    static const QStringList Overridden = {u"hostname"_s, u"user"_s, u"port"_s, u"userknownhostsfile"_s};
    QList<OverridingRule> rules;
    QString currentHeader;
    for (const Directive &directive : m_directives) {
        if (directive.line >= line)
            break;
        if (!directive.forAll || !Overridden.contains(directive.keyword))
            continue;
        if (rules.isEmpty() || directive.blockHeader != currentHeader) {
            OverridingRule rule;
            rule.header = directive.blockHeader;
            rule.line = directive.blockLine > 0 ? directive.blockLine : directive.line;
            rules.append(rule);
            currentHeader = directive.blockHeader;
        }
        if (!rules.last().keywords.contains(directive.spelling, Qt::CaseInsensitive))
            rules.last().keywords.append(directive.spelling);
    }
    return rules;
}

QByteArray SshUserConfig::withLineAtTop(const QByteArray &content, const QByteArray &line)
{
    const qsizetype start = content.startsWith(Utf8Bom) ? 3 : 0;
    const qsizetype firstEnd = endOfLine(content, start);
    const bool crlf = firstEnd >= 2 && content.at(firstEnd - 1) == '\n' && content.at(firstEnd - 2) == '\r';
    QByteArray result = content.left(start);
    result += line;
    result += crlf ? "\r\n" : "\n";
    result += content.mid(start);
    return result;
}

std::optional<QByteArray> SshUserConfig::withoutLine(const QByteArray &content, const QByteArray &line)
{
    qsizetype start = content.startsWith(Utf8Bom) ? 3 : 0;
    while (start < content.size()) {
        const qsizetype end = endOfLine(content, start);
        if (withoutLineBreak(content.mid(start, end - start)) == line)
            return content.left(start) + content.mid(end);
        start = end;
    }
    return std::nullopt;
}

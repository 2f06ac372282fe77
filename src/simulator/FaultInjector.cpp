#include "simulator/FaultInjector.h"

#include "simulator/SimProviderApi.h"
#include "simulator/SimResponse.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype HugeBodyBytes = 40 * 1024 * 1024;

struct KindName
{
    SimFault::Kind kind;
    const char16_t *name;
};

constexpr KindName KindNames[] = {
    {SimFault::Kind::HttpError, u"httperror"},
    {SimFault::Kind::RateLimit, u"ratelimit"},
    {SimFault::Kind::Stall, u"stall"},
    {SimFault::Kind::ResetMidBody, u"resetmidbody"},
    {SimFault::Kind::TruncatedJson, u"truncatedjson"},
    {SimFault::Kind::MalformedJson, u"malformedjson"},
    {SimFault::Kind::WrongShape, u"wrongshape"},
    {SimFault::Kind::EmptyBody, u"emptybody"},
    {SimFault::Kind::HtmlErrorPage, u"htmlerrorpage"},
    {SimFault::Kind::HugeBody, u"hugebody"},
    {SimFault::Kind::RepeatCursor, u"repeatcursor"},
};

// Every container and scalar changes type, so a client that trusts shapes notices.
QJsonValue wrongShape(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = wrongShape(it.value());
        return object;
    }
    case QJsonValue::Array: {
        QJsonObject object;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            object.insert(QString::number(i), wrongShape(array.at(i)));
        return object;
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QJsonValue::Null;
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return u"null"_s;
    }
}
} // namespace

void FaultInjector::add(Provider provider, const SimFault &fault)
{
    m_faults[provider].append({fault, fault.count});
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<SimFault> FaultInjector::take(Provider provider, const QByteArray &method, const QString &path)
{
    auto it = m_faults.find(provider);
    if (it == m_faults.end())
        return std::nullopt;
    QList<Active> &faults = it.value();
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Active &active = faults[i];
        const SimFault &fault = active.fault;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathContains.isEmpty() && !path.contains(fault.pathContains))
            continue;
        if (fault.ratePercent < 100 && QRandomGenerator::global()->bounded(100) >= fault.ratePercent)
            continue;
        const SimFault taken = fault;
        if (active.remaining > 0 && --active.remaining == 0)
            faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool FaultInjector::refusesRequest(SimFault::Kind kind)
{
    return kind == SimFault::Kind::HttpError || kind == SimFault::Kind::RateLimit
        || kind == SimFault::Kind::HtmlErrorPage;
}

SimResponse FaultInjector::refusal(const SimFault &fault, const SimProviderApi &api)
{
    if (fault.kind == SimFault::Kind::HtmlErrorPage) {
        SimResponse page;
        page.status = 502;
        page.contentType = "text/html";
        page.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n";
        return page;
    }
    if (fault.kind == SimFault::Kind::RateLimit) {
        SimResponse limited = api.errorResponse(429, u"Rate limit exceeded"_s);
        if (fault.retryAfterSeconds >= 0)
            limited.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return limited;
    }
    const int status = fault.httpStatus >= 100 && fault.httpStatus <= 599 ? fault.httpStatus : 500;
    SimResponse error =
        api.errorResponse(status, status >= 500 ? u"An unexpected error occurred"_s : u"Simulated failure"_s);
    if (fault.retryAfterSeconds >= 0)
        error.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
    return error;
}

QString FaultInjector::firstPageQuery(Provider provider, const QString &query)
{
    QUrlQuery rewritten(query);
    if (provider == Provider::Novita) {
        for (const QString &name : {u"pageNum"_s, u"pageNumber"_s}) {
            rewritten.removeAllQueryItems(name);
            rewritten.addQueryItem(name, u"1"_s);
        }
    } else if (provider == Provider::NebulaBlock) {
        rewritten.removeAllQueryItems(u"offset"_s);
        rewritten.addQueryItem(u"offset"_s, u"0"_s);
    }
    return rewritten.query(QUrl::FullyEncoded);
}

void FaultInjector::mangle(SimFault::Kind kind, Provider provider, SimResponse &response)
{
    switch (kind) {
    case SimFault::Kind::TruncatedJson:
        response.body.truncate(response.body.size() / 2);
        break;
    case SimFault::Kind::MalformedJson:
        // "{" followed by anything that starts with "{" or is empty is never valid JSON.
        response.body.prepend('{');
        response.contentType = "application/json";
        break;
    case SimFault::Kind::WrongShape: {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const QJsonValue shaped = document.isArray() ? QJsonValue(QJsonObject{{u"0"_s, document.array()}})
                                                     : wrongShape(document.object());
        response.body = QJsonDocument(shaped.toObject()).toJson(QJsonDocument::Compact);
        response.contentType = "application/json";
        break;
    }
    case SimFault::Kind::EmptyBody:
        response.status = 200;
        response.body.clear();
        break;
    case SimFault::Kind::HugeBody: {
        QByteArray body;
        body.reserve(HugeBodyBytes + 16);
        body += "{\"padding\":\"";
        body += QByteArray(HugeBodyBytes, 'x');
        body += "\"}";
        response.status = 200;
        response.contentType = "application/json";
        response.body = body;
        break;
    }
    case SimFault::Kind::RepeatCursor:
        if (provider == Provider::Fal) {
            QJsonObject page = QJsonDocument::fromJson(response.body).object();
            if (page.contains(u"next_cursor"_s)) {
                page.insert(u"next_cursor"_s, QString::fromLatin1(QByteArray("2").toBase64()));
                page.insert(u"has_more"_s, true);
                response.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
            }
        }
        break;
    default:
        break;
    }
}

std::optional<SimFault::Kind> FaultInjector::kindFromName(const QString &name)
{
    QString key = name.toLower();
    key.remove(u'-');
    key.remove(u'_');
    for (const KindName &entry : KindNames) {
        if (key == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(SimFault::Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

#include "providers/nebulablock/NebulaBlockParser.h"

#include "providers/nebulablock/NebulaBlockJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultSshPort = 22;

using Json = NebulaBlockJson;

// exposed_ports is an undocumented format: a string, or maybe {"22": 30022} / ["22:30022"].
QString portsText(const QJsonValue &value)
{
    QStringList parts;
    if (value.isObject()) {
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts.append(it.key() + u':' + Json::text(it.value()));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            parts.append(Json::text(item));
    } else {
        return Json::text(value).trimmed();
    }
    return parts.join(u',');
}

std::optional<int> port(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 && value <= 65535 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

void NebulaBlockParser::readError(ProviderError &error, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return;
    Json::readEnvelopeText(document.object(), error);
    // Only a generic 4xx is refined: 401/403/404/429 and 5xx already say what happened.
    if (error.kind == ProviderError::Kind::Validation)
        error.kind = kindForMessage(error.reason + u' ' + error.providerMessage, error.kind);
}

ProviderError::Kind NebulaBlockParser::kindForMessage(const QString &text, ProviderError::Kind fallback)
{
    const QString s = text.toLower();
    const auto any = [&s](std::initializer_list<QString> words) {
        return std::any_of(words.begin(), words.end(),
                           [&s](const QString &word) { return s.contains(word); });
    };
    if (any({u"not found"_s, u"not_found"_s, u"does not exist"_s, u"doesn't exist"_s, u"not exist"_s,
             u"no such"_s}))
        return ProviderError::Kind::NotFound;
    if (any({u"invalid token"_s, u"invalid api key"_s, u"invalid_token"_s, u"unauthorized"_s,
             u"unauthorised"_s, u"token expired"_s, u"expired token"_s, u"unauthenticated"_s}))
        return ProviderError::Kind::Auth;
    if (any({u"forbidden"_s, u"permission"_s, u"tier"_s}))
        return ProviderError::Kind::Forbidden;
    if (any({u"too many requests"_s, u"rate limit"_s, u"rate_limit"_s}))
        return ProviderError::Kind::RateLimited;
    return fallback;
}

std::optional<Instance> NebulaBlockParser::parseInstance(const QJsonObject &object)
{
    Instance instance;
    instance.provider = Provider::NebulaBlock;
    instance.id = Json::text(object.value(u"id"_s)).trimmed();
    if (instance.id.isEmpty())
        return std::nullopt;
    instance.name = Json::firstText(object, {u"host_name"_s, u"instance_name"_s});
    instance.providerStatus = Json::text(object.value(u"status"_s)).trimmed();
    instance.status = InstanceStatuses::fromNebulaBlock(instance.providerStatus);
    instance.region = Json::text(object.value(u"region"_s)).trimmed();
    // The list example puts the model in gpu_type; products use gpu for the model.
    instance.gpuModel = Json::firstText(object, {u"gpu"_s, u"gpu_type"_s});
    instance.gpuCount = Json::integer(object.value(u"gpu_count"_s)).value_or(0);
    instance.publicIp = Json::text(object.value(u"public_ipv4"_s)).trimmed();
    instance.pricePerHour = parsePrice(object.value(u"price_per_hour"_s));

    for (const QString &key :
         {u"product_type"_s, u"cpu_cores"_s, u"ram"_s, u"disk_size"_s, u"ephemeral"_s, u"os"_s, u"lan_ipv4"_s,
          u"running_time"_s, u"total_cost"_s, u"start_time"_s, u"login_method"_s}) {
        const QVariant value = key == u"start_time"_s || key == u"total_cost"_s || key == u"lan_ipv4"_s
            ? QVariant(Json::text(object.value(key)).trimmed())
            : Json::fact(object.value(key));
        if (value.isValid() && !value.toString().isEmpty())
            instance.extras.insert(key, value);
    }
    const QString exposed = portsText(object.value(u"exposed_ports"_s));
    if (!exposed.isEmpty())
        instance.extras.insert(u"exposed_ports"_s, exposed);

    const QString startTime = Json::text(object.value(u"start_time"_s)).trimmed();
    instance.startedAt = parseStartTime(startTime);

    if (!instance.publicIp.isEmpty()) {
        instance.sshHost = instance.publicIp;
        instance.sshPort = sshPortFromExposedPorts(exposed);
        instance.sshUser = Json::firstText(object, {u"user_name"_s, u"vm_name"_s});
        if (instance.sshUser.isEmpty())
            instance.sshUser = Providers::defaultSshUser(Provider::NebulaBlock);
    }
    // Secret: lives on the value only; never logged or written anywhere.
    instance.sshPassword = Json::firstText(object, {u"password"_s, u"vm_password"_s});
    return instance;
}

ProviderError NebulaBlockParser::parseInstancePage(const QByteArray &body, InstancePage &page)
{
    page = InstancePage();
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    const QJsonValue data = root.value(u"data"_s);
    const std::optional<int> total = Json::integer(root.value(u"total_instance"_s));
    page.total = total && *total >= 0 ? *total : -1;
    if (data.isNull() || data.isUndefined()) {
        // An empty account may send no data at all; an unexplained {} must not empty the fleet.
        if (Json::isExplicitSuccess(root) || page.total == 0)
            return {};
        return Json::badResponse(tr("the instance list has no \"data\" array"));
    }
    if (!data.isArray())
        return Json::badResponse(tr("the instance list \"data\" is not an array"));

    const QJsonArray rows = data.toArray();
    page.rawCount = int(rows.size());
    for (const QJsonValue &row : rows) {
        if (!row.isObject())
            continue;
        const QJsonObject object = row.toObject();
        std::optional<Instance> instance = parseInstance(object);
        if (!instance)
            continue;
        page.ids.append(instance->id);
        if (!Json::firstText(object, {u"user_name"_s, u"vm_name"_s, u"password"_s, u"vm_password"_s})
                 .isEmpty())
            page.loginKnownIds.insert(instance->id);
        page.instances.append(std::move(*instance));
    }
    return {};
}

ProviderError NebulaBlockParser::parseInstanceDetail(const QByteArray &body, Instance &instance)
{
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    QJsonValue data = root.value(u"data"_s);
    if (data.isArray()) {
        const QJsonArray rows = data.toArray();
        data = rows.isEmpty() ? QJsonValue() : rows.first();
    }
    if (data.isNull() || data.isUndefined())
        return ProviderError::make(ProviderError::Kind::NotFound,
                                   Json::cleanMessage(Json::text(root.value(u"message"_s))));
    if (!data.isObject())
        return Json::badResponse(tr("the instance detail is not an object"));
    std::optional<Instance> parsed = parseInstance(data.toObject());
    if (!parsed)
        return Json::badResponse(tr("the instance has no id"));
    instance = std::move(*parsed);
    return {};
}

ProviderError NebulaBlockParser::parseAction(const QByteArray &body, QString &message)
{
    message.clear();
    if (body.trimmed().isEmpty())
        return {};
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    message = Json::cleanMessage(Json::text(root.value(u"message"_s)));
    return {};
}
int NebulaBlockParser::sshPortFromExposedPorts(const QString &exposedPorts)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    static const QRegularExpression protocol(u"/(tcp|udp)"_s, QRegularExpression::CaseInsensitiveOption);
    // Compiled once: fuzzing showed a long port list spending its time compiling this per token.
    static const QRegularExpression pair(u"[:=]"_s);
    const QStringList tokens = QString(exposedPorts).remove(protocol).split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (token.contains(u"->"_s)) {
            // Docker style "0.0.0.0:30022->22": public on the left, container on the right.
            const QString left = token.section(u"->"_s, 0, 0).section(u':', -1);
            if (port(token.section(u"->"_s, 1)) == DefaultSshPort && port(left))
                return *port(left);
            continue;
        }
        const QStringList parts = token.split(pair);
        if (parts.size() != 2)
            continue;
        const std::optional<int> first = port(parts.at(0));
        const std::optional<int> second = port(parts.at(1));
        if (!first || !second)
            continue;
        // The fixture's "22:30022" is container:public; "30022:22" (docker -p) is read too.
        if (*first == DefaultSshPort)
            return *second;
        if (*second == DefaultSshPort)
            return *first;
    }
    return DefaultSshPort;
}

QDateTime NebulaBlockParser::parseStartTime(const QString &text)
{
    static const QRegularExpression zoned(
        uR"(^([A-Za-z]{1,5})\s+(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$)"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const QRegularExpressionMatch match = zoned.match(trimmed); match.hasMatch()) {
        static const QHash<QString, int> offsets{
            {u"EST"_s, -5 * 3600}, {u"EDT"_s, -4 * 3600}, {u"UTC"_s, 0}, {u"GMT"_s, 0}, {u"Z"_s, 0}};
        const QString zone = match.captured(1).toUpper();
        if (!offsets.contains(zone))
            return {};
        const QDate date = QDate::fromString(match.captured(2), Qt::ISODate);
        QTime time = QTime::fromString(match.captured(3), u"HH:mm:ss"_s);
        if (!time.isValid())
            time = QTime::fromString(match.captured(3), u"HH:mm"_s);
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, QTimeZone(offsets.value(zone))).toUTC();
    }
    // ISO 8601 only with an explicit zone: a bare local time would be guessed wrong.
    static const QRegularExpression isoZone(uR"((Z|[+-]\d{2}:?\d{2})$)"_s);
    if (isoZone.match(trimmed).hasMatch()) {
        const QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (iso.isValid())
            return iso.toUTC();
    }
    return {};
}

std::optional<double> NebulaBlockParser::parsePrice(const QJsonValue &value)
{
    std::optional<double> price = Json::number(value);
    if (!price && value.isString()) {
        QString s = value.toString().trimmed();
        if (s.startsWith(u'$'))
            s = s.mid(1);
        if (s.endsWith(u"USD"_s, Qt::CaseInsensitive))
            s.chop(3);
        bool ok = false;
        const double parsed = s.trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            price = parsed;
    }
    if (!price || *price < 0)
        return std::nullopt;
    return price;
}

#include "simulator/FalApi.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 100;
constexpr qint64 IdempotencyWindowSecs = 10 * 60;

const QString Type1x = u"gpu_1x_h100_sxm5"_s;
const QString Type8x = u"gpu_8x_h100_sxm5"_s;
const QString Nickname = u"simulator"_s;

QString errorType(int status)
{
    switch (status) {
    case 400:
    case 405:
    case 422:
        return u"validation_error"_s;
    case 401:
    case 403:
        return u"authorization_error"_s;
    case 404:
        return u"not_found"_s;
    case 429:
        return u"rate_limited"_s;
    case 501:
        return u"not_implemented"_s;
    default:
        return u"server_error"_s;
    }
}
} // namespace

FalApi::FalApi(SimContext *context, QObject *parent)
    : SimProviderApi(Provider::Fal, context, parent)
{
}

QString FalApi::basePath() const
{
    return u"/v1"_s;
}

SimResponse FalApi::errorResponse(int status, const QString &message) const
{
    const QJsonObject error{
        {u"type"_s, errorType(status)},
        {u"message"_s, message},
        {u"request_id"_s, QString(u"req_sim_"_s + randomToken(12, u"0123456789abcdef"_s))}};
    return SimResponse::json(status, QJsonObject{{u"error"_s, error}});
}

QString FalApi::addInstance(const QString &apiKey, const SimInstanceSeed &seed)
{
    SimInstance instance;
    instance.id = newId();
    instance.name = seed.name;
    instance.gpuCount = seed.gpuCount >= 8 ? 8 : 1;
    instance.offeringId = !seed.offeringId.isEmpty() ? seed.offeringId
        : instance.gpuCount == 8                     ? Type8x
                                                     : Type1x;
    instance.region = seed.region.isEmpty() ? randomRegion() : seed.region;
    if (instance.offeringId == Type8x)
        instance.spec.insert(u"sector"_s, u"sector_2"_s);
    instance.status = seed.rawStatus.isEmpty() ? u"ready"_s : seed.rawStatus;
    return insert(apiKey, instance).id;
}

QByteArray FalApi::authScheme() const
{
    return "Key";
}

SimResponse FalApi::unauthorized() const
{
    return errorResponse(401, u"Authentication required"_s);
}

SimResponse FalApi::route(const QString &apiKey, const SimRequest &request, const QString &subPath)
{
    const QString collection = u"/compute/instances"_s;
    if (subPath == collection || subPath == collection + u'/') {
        if (request.method == "GET")
            return list(apiKey, QUrlQuery(request.query));
        if (request.method == "POST")
            return create(apiKey, request);
        return errorResponse(405, u"Method not allowed"_s);
    }
    if (!subPath.startsWith(collection + u'/'))
        return errorResponse(404, u"Resource not found"_s);
    const QString id = subPath.mid(collection.size() + 1);
    if (id.isEmpty() || id.contains(u'/'))
        return errorResponse(404, u"Resource not found"_s);
    const SimInstance *instance = find(apiKey, id);
    if (request.method == "GET") {
        if (!instance)
            return errorResponse(404, u"Resource not found"_s);
        return SimResponse::json(200, toJson(*instance));
    }
    if (request.method == "DELETE") {
        if (!instance)
            return errorResponse(404, u"Resource not found"_s);
        removeInstance(apiKey, id);
        return SimResponse::empty(204);
    }
    return errorResponse(405, u"Method not allowed"_s);
}

QString FalApi::nextStatus(const QString &rawStatus) const
{
    if (rawStatus == u"init")
        return u"pending"_s;
    if (rawStatus == u"pending")
        return u"provisioning"_s;
    if (rawStatus == u"provisioning")
        return u"ready"_s;
    return {};
}

bool FalApi::isRunningStatus(const QString &rawStatus) const
{
    return rawStatus == u"ready";
}

SimResponse FalApi::list(const QString &apiKey, const QUrlQuery &query)
{
    int limit = DefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        const std::optional<int> requested = queryInt(query, u"limit"_s);
        if (!requested || *requested < 1)
            return errorResponse(400, u"limit must be an integer >= 1"_s);
        limit = std::min(*requested, MaxLimit);
    }
    int page = 1;
    if (query.hasQueryItem(u"cursor"_s)) {
        const QByteArray raw = query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded).toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        page = decoded ? decoded.decoded.toInt(&ok) : 0;
        if (!ok || page < 1)
            return errorResponse(400, u"Invalid cursor"_s);
    }
    const Tenant *account = tenant(apiKey);
    const qsizetype total = account ? account->instances.size() : 0;
    const qsizetype first = qsizetype(page - 1) * limit;
    QJsonArray instances;
    for (qsizetype i = first; i < std::min(total, first + limit); ++i)
        instances.append(toJson(account->instances.at(i)));
    const bool hasMore = first + limit < total;
    const QJsonValue next = hasMore ? QJsonValue(QString::fromLatin1(QByteArray::number(page + 1).toBase64()))
                                    : QJsonValue(QJsonValue::Null);
    return SimResponse::json(
        200, QJsonObject{{u"instances"_s, instances}, {u"next_cursor"_s, next}, {u"has_more"_s, hasMore}});
}

SimResponse FalApi::create(const QString &apiKey, const SimRequest &request)
{
    QHash<QByteArray, CachedCreate> &cache = m_idempotency[apiKey];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    cache.removeIf(
        [&now](const auto &entry) { return entry.value().at.secsTo(now) > IdempotencyWindowSecs; });
    if (!request.idempotencyKey.isEmpty()) {
        auto cached = cache.constFind(request.idempotencyKey);
        if (cached != cache.cend()) {
            SimResponse replay;
            replay.status = 201;
            replay.body = cached->body;
            return replay;
        }
    }

    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return errorResponse(400, u"Invalid request parameters: body must be a JSON object"_s);
    const QString type = body->value(u"instance_type"_s).toString();
    if (type != Type1x && type != Type8x)
        return errorResponse(400, u"instance_type must be one of gpu_1x_h100_sxm5, gpu_8x_h100_sxm5"_s);
    const QJsonValue sshKey = body->value(u"ssh_key"_s);
    if (!sshKey.isString() || sshKey.toString().trimmed().isEmpty())
        return errorResponse(400, u"ssh_key is required"_s);
    const QJsonValue sector = body->value(u"sector"_s);
    if (!sector.isUndefined() && !sector.isNull()) {
        static const QStringList sectors{u"sector_1"_s, u"sector_2"_s, u"sector_3"_s};
        if (!sectors.contains(sector.toString()))
            return errorResponse(400, u"sector must be one of sector_1, sector_2, sector_3"_s);
        if (type != Type8x)
            return errorResponse(400, u"sector is only valid with instance_type gpu_8x_h100_sxm5"_s);
    }

    SimInstance instance;
    instance.id = newId();
    instance.offeringId = type;
    instance.gpuCount = type == Type8x ? 8 : 1;
    instance.region = randomRegion();
    if (sector.isString())
        instance.spec.insert(u"sector"_s, sector.toString());
    instance.status = u"provisioning"_s;
    const SimResponse created = SimResponse::json(201, toJson(insert(apiKey, instance)));
    if (!request.idempotencyKey.isEmpty())
        cache.insert(request.idempotencyKey, {now, created.body});
    return created;
}

QJsonObject FalApi::toJson(const SimInstance &instance) const
{
    QJsonObject json{{u"id"_s, instance.id},
                     {u"instance_type"_s, instance.offeringId},
                     {u"region"_s, instance.region},
                     {u"status"_s, instance.status},
                     {u"creator_user_nickname"_s, Nickname}};
    if (instance.spec.contains(u"sector"_s))
        json.insert(u"sector"_s, instance.spec.value(u"sector"_s));
    // fal documents the ip only once the instance is ready; a stopped one keeps the one it had.
    if (instance.status == u"ready" || instance.status == u"stopped")
        json.insert(u"ip"_s, instance.ip);
    return json;
}

QString FalApi::newId()
{
    return u"inst_"_s + randomToken(10, u"abcdefghijklmnopqrstuvwxyz0123456789"_s);
}

QString FalApi::randomRegion()
{
    static const QStringList regions{u"us-west"_s, u"us-central"_s, u"us-east"_s, u"eu-north"_s,
                                     u"eu-west"_s};
    return regions.at(QRandomGenerator::global()->bounded(int(regions.size())));
}

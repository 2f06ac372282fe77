#include "simulator/NovitaApi.h"

#include "simulator/SimContext.h"
#include "simulator/SshGreeter.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultPageSize = 10;
constexpr int MinRootfs = 10;
constexpr int MaxRootfs = 6144;
const QString HexDigits = u"0123456789abcdef"_s;
const QString PasswordChars = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!_-"_s;

QString reasonFor(int status)
{
    switch (status) {
    case 400:
        return u"REQUEST"_s;
    case 401:
        return u"UNAUTHORIZED"_s;
    case 403:
        return u"FORBIDDEN"_s;
    case 404:
        return u"RESOURCE_NOT_FOUND"_s;
    case 429:
        return u"RATE_LIMIT_EXCEEDED"_s;
    default:
        return u"UNKNOWN"_s;
    }
}
} // namespace

NovitaApi::NovitaApi(SimContext *context, QObject *parent)
    : SimProviderApi(Provider::Novita, context, parent)
{
}

QString NovitaApi::basePath() const
{
    return u"/gpu-instance/openapi/v1"_s;
}

SimResponse NovitaApi::errorResponse(int status, const QString &message) const
{
    return error(status, reasonFor(status), message);
}

QString NovitaApi::addInstance(const QString &apiKey, const SimInstanceSeed &seed)
{
    const QJsonObject product = m_catalogue.product(seed.offeringId)
                                    .value_or(m_catalogue.product(u"4090.16c62g"_s).value_or(QJsonObject()));
    const QString cluster =
        m_catalogue.cluster(seed.region) ? seed.region : m_catalogue.defaultClusterFor(product);
    SimInstance instance = makeInstance(product, cluster, std::clamp(seed.gpuCount, 1, 8));
    instance.name = seed.name;
    instance.spec.insert(u"imageUrl"_s, u"nvcr.io/nvidia/pytorch:24.05-py3"_s);
    instance.status = seed.rawStatus.isEmpty() ? u"running"_s : seed.rawStatus;
    return insert(apiKey, instance).id;
}

QByteArray NovitaApi::authScheme() const
{
    return "Bearer";
}

SimResponse NovitaApi::unauthorized() const
{
    return error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
}

SimResponse NovitaApi::route(const QString &apiKey, const SimRequest &request, const QString &subPath)
{
    const QUrlQuery query(request.query);
    if (request.method == "GET") {
        if (subPath == u"/gpu/instances")
            return list(apiKey, query);
        if (subPath == u"/gpu/instance")
            return get(apiKey, query);
        if (subPath == u"/products")
            return SimResponse::json(200, QJsonObject{{u"data"_s, m_catalogue.products(query)}});
        if (subPath == u"/clusters")
            return SimResponse::json(200, QJsonObject{{u"data"_s, m_catalogue.clusters()}});
    }
    if (request.method == "POST") {
        if (subPath == u"/gpu/instance/create")
            return create(apiKey, request.body);
        static const QStringList verbs{u"start"_s, u"stop"_s, u"restart"_s, u"delete"_s};
        const QString prefix = u"/gpu/instance/"_s;
        if (subPath.startsWith(prefix) && verbs.contains(subPath.mid(prefix.size())))
            return action(apiKey, subPath.mid(prefix.size()), request.body);
    }
    return error(404, u"NOT_FOUND"_s, u"no such endpoint"_s);
}

QString NovitaApi::nextStatus(const QString &rawStatus) const
{
    static const QHash<QString, QString> next{
        {u"toCreate"_s, u"creating"_s}, {u"creating"_s, u"pulling"_s},     {u"pulling"_s, u"running"_s},
        {u"toStart"_s, u"starting"_s},  {u"starting"_s, u"running"_s},     {u"toStop"_s, u"stopping"_s},
        {u"stopping"_s, u"exited"_s},   {u"toRestart"_s, u"restarting"_s}, {u"restarting"_s, u"running"_s},
        {u"toRemove"_s, u"removing"_s}, {u"removing"_s, u"removed"_s},     {u"toReset"_s, u"resetting"_s},
        {u"resetting"_s, u"running"_s}, {u"migrating"_s, u"running"_s},
    };
    return next.value(rawStatus);
}

bool NovitaApi::vanishesAfter(const QString &rawStatus) const
{
    return rawStatus == u"removed";
}

bool NovitaApi::isRunningStatus(const QString &rawStatus) const
{
    return rawStatus == u"running";
}

void NovitaApi::openGreeter(SimInstance &instance)
{
    // Novita SSH goes through a proxy port, so the greeter takes any free loopback port and that
    // port is what sshCommand names.
    auto *greeter = new SshGreeter(this);
    if (!greeter->open(u"127.0.0.1"_s, 0)) {
        delete greeter;
        return;
    }
    instance.greeter = greeter;
    instance.sshPort = greeter->serverPort();
}

SimResponse NovitaApi::list(const QString &apiKey, const QUrlQuery &query)
{
    const std::optional<int> size = queryInt(query, u"pageSize"_s);
    const std::optional<int> num =
        query.hasQueryItem(u"pageNum"_s) ? queryInt(query, u"pageNum"_s) : queryInt(query, u"pageNumber"_s);
    const bool pageGiven = query.hasQueryItem(u"pageNum"_s) || query.hasQueryItem(u"pageNumber"_s);
    if ((query.hasQueryItem(u"pageSize"_s) && (!size || *size < 0)) || (pageGiven && (!num || *num < 0)))
        return error(400, u"VALIDATOR_PARAM"_s, u"pageSize and pageNum must be integers >= 0"_s);
    const int pageSize = size.value_or(0) > 0 ? *size : DefaultPageSize;
    const int page = std::max(1, num.value_or(1));
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const QString productName = query.queryItemValue(u"productName"_s, QUrl::FullyDecoded);
    const QString status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);

    QList<const SimInstance *> matching;
    if (const Tenant *account = tenant(apiKey)) {
        for (const SimInstance &instance : account->instances) {
            const QString product = instance.spec.value(u"productName"_s).toString();
            if ((name.isEmpty() || instance.name.contains(name, Qt::CaseInsensitive))
                && (productName.isEmpty() || product.contains(productName, Qt::CaseInsensitive))
                && (status.isEmpty() || instance.status == status))
                matching.append(&instance);
        }
    }
    QJsonArray instances;
    const qsizetype first = qsizetype(page - 1) * pageSize;
    for (qsizetype i = first; i < std::min(matching.size(), first + pageSize); ++i)
        instances.append(toJson(*matching.at(i), false));
    return SimResponse::json(200, QJsonObject{{u"instances"_s, instances}, {u"total"_s, matching.size()}});
}

SimResponse NovitaApi::get(const QString &apiKey, const QUrlQuery &query)
{
    const QString id = query.queryItemValue(u"instanceId"_s, QUrl::FullyDecoded);
    if (id.isEmpty())
        return error(400, u"VALIDATOR_PARAM"_s, u"instanceId is required"_s);
    const SimInstance *instance = find(apiKey, id);
    if (!instance)
        return notFound();
    return SimResponse::json(200, toJson(*instance, true));
}

SimResponse NovitaApi::create(const QString &apiKey, const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    if (!request)
        return error(400, u"VALIDATOR_PARAM"_s, u"request body must be a JSON object"_s);
    const QString productId = request->value(u"productId"_s).toString();
    if (productId.isEmpty())
        return error(400, u"VALIDATOR_PARAM"_s, u"productId is required"_s);
    const std::optional<QJsonObject> product = m_catalogue.product(productId);
    if (!product)
        return error(400, u"VALIDATOR_PARAM"_s, u"product not found"_s);
    const std::optional<qint64> gpuNum = toInteger(request->value(u"gpuNum"_s));
    if (!gpuNum || *gpuNum < 1 || *gpuNum > 8)
        return error(400, u"VALIDATOR_PARAM"_s, u"gpuNum must be in range [1, 8]"_s);
    const std::optional<qint64> rootfs = toInteger(request->value(u"rootfsSize"_s));
    if (!rootfs || *rootfs < MinRootfs || *rootfs > MaxRootfs)
        return error(400, u"VALIDATOR_PARAM"_s, u"rootfsSize must be in range [10, 6144]"_s);
    const QString imageUrl = request->value(u"imageUrl"_s).toString();
    if (imageUrl.isEmpty() || imageUrl.size() > 500)
        return error(400, u"VALIDATOR_PARAM"_s, u"imageUrl is required (1-500 characters)"_s);
    const QString kind = request->value(u"kind"_s).toString();
    if (kind != u"gpu" && kind != u"cpu")
        return error(400, u"VALIDATOR_PARAM"_s, u"kind must be gpu or cpu"_s);
    const QString name = request->value(u"name"_s).toString();
    if (name.size() > 255)
        return error(400, u"VALIDATOR_PARAM"_s, u"name must be at most 255 characters"_s);
    const QString billing = request->value(u"billingMode"_s).toString();
    if (!billing.isEmpty() && billing != u"onDemand" && billing != u"monthly" && billing != u"spot")
        return error(400, u"UNSUPPORTED_BILLING_MODE"_s, u"unsupported billing mode"_s);
    QString cluster = request->value(u"clusterId"_s).toString();
    if (!cluster.isEmpty() && !m_catalogue.cluster(cluster))
        return error(400, u"VALIDATOR_PARAM"_s, u"cluster not found"_s);
    if (!product->value(u"availableDeploy"_s).toBool()
        || (!cluster.isEmpty() && !m_catalogue.offers(*product, cluster)))
        return error(400, u"INSUFFICIENT_RESOURCE"_s, u"insufficient resources for product "_s + productId);
    if (cluster.isEmpty())
        cluster = m_catalogue.defaultClusterFor(*product);

    SimInstance instance = makeInstance(*product, cluster, int(*gpuNum));
    instance.name = name;
    for (const QString &field : {u"imageUrl"_s, u"imageAuthId"_s, u"command"_s, u"entrypoint"_s, u"envs"_s,
                                 u"ports"_s, u"kind"_s, u"billingMode"_s})
        if (request->contains(field))
            instance.spec.insert(field, request->value(field));
    instance.spec.insert(u"rootfsSize"_s, *rootfs);
    instance.status = u"toCreate"_s;
    return SimResponse::json(200, QJsonObject{{u"id"_s, insert(apiKey, instance).id}});
}

SimResponse NovitaApi::action(const QString &apiKey, const QString &verb, const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    const QString id = request ? request->value(u"instanceId"_s).toString() : QString();
    if (id.isEmpty())
        return error(400, u"VALIDATOR_PARAM"_s, u"instanceId is required"_s);
    const SimInstance *instance = find(apiKey, id);
    if (!instance)
        return notFound();
    const QString status = instance->status;
    QString next;
    if (verb == u"start" && status == u"exited")
        next = u"toStart"_s;
    else if (verb == u"stop" && status == u"running")
        next = u"toStop"_s;
    else if (verb == u"restart" && status == u"running")
        next = u"toRestart"_s;
    else if (verb == u"delete" && status != u"toRemove" && status != u"removing" && status != u"removed")
        next = u"toRemove"_s;
    if (next.isEmpty())
        return error(400, u"CONFLICT"_s, u"instance is not in a state that allows this operation"_s);
    changeStatus(apiKey, id, next, true);
    return SimResponse::json(200, QJsonObject());
}

SimResponse NovitaApi::error(int status, const QString &reason, const QString &message) const
{
    return SimResponse::json(status,
                             QJsonObject{{u"code"_s, status},
                                         {u"reason"_s, reason},
                                         {u"message"_s, message},
                                         {u"metadata"_s, QJsonObject()}});
}

SimResponse NovitaApi::notFound() const
{
    return error(context()->novitaNotFoundStatus, u"RESOURCE_NOT_FOUND"_s, u"instance not found"_s);
}

SimInstance NovitaApi::makeInstance(const QJsonObject &product, const QString &clusterId, int gpuCount)
{
    SimInstance instance;
    instance.id = randomToken(16, HexDigits);
    instance.offeringId = product.value(u"id"_s).toString();
    instance.region = clusterId;
    instance.gpuCount = gpuCount;
    instance.password = randomToken(16, PasswordChars);
    // Without greeters the port is only a plausible number nobody listens on.
    instance.sshPort = quint16(30000 + QRandomGenerator::global()->bounded(10000));
    instance.spec.insert(u"productName"_s, product.value(u"name"_s));
    instance.spec.insert(u"cpuPerGpu"_s, product.value(u"cpuPerGpu"_s));
    instance.spec.insert(u"memoryPerGpu"_s, product.value(u"memoryPerGpu"_s));
    instance.spec.insert(u"clusterName"_s,
                         m_catalogue.cluster(clusterId).value_or(QJsonObject()).value(u"name"_s));
    instance.spec.insert(u"kind"_s, u"gpu"_s);
    instance.spec.insert(u"billingMode"_s, u"onDemand"_s);
    instance.spec.insert(u"rootfsSize"_s, 60);
    return instance;
}

QJsonObject NovitaApi::toJson(const SimInstance &instance, bool detail) const
{
    const QJsonObject &spec = instance.spec;
    const int rootfs = spec.value(u"rootfsSize"_s).toInt();
    const bool running = instance.status == u"running";
    QJsonObject json{
        {u"id"_s, instance.id},
        {u"name"_s, instance.name},
        {u"clusterId"_s, instance.region},
        {u"clusterName"_s, spec.value(u"clusterName"_s)},
        {u"status"_s, instance.status},
        {u"imageUrl"_s, spec.value(u"imageUrl"_s).toString()},
        {u"imageAuthId"_s, spec.value(u"imageAuthId"_s).toString()},
        {u"command"_s, spec.value(u"command"_s).toString()},
        {u"entrypoint"_s, spec.value(u"entrypoint"_s).toString()},
        {u"cpuNum"_s, QString::number(spec.value(u"cpuPerGpu"_s).toInt() * instance.gpuCount)},
        {u"memory"_s, QString::number(spec.value(u"memoryPerGpu"_s).toInt() * instance.gpuCount)},
        {u"gpuNum"_s, QString::number(instance.gpuCount)},
        {u"productId"_s, instance.offeringId},
        {u"productName"_s, spec.value(u"productName"_s)},
        {u"rootfsSize"_s, rootfs},
        {u"statusError"_s,
         QJsonObject{{u"state"_s, instance.errorState}, {u"message"_s, instance.errorMessage}}},
        {u"envs"_s, spec.value(u"envs"_s).isArray() ? spec.value(u"envs"_s) : QJsonValue(QJsonArray())},
        {u"kind"_s, spec.value(u"kind"_s)},
        {u"billingMode"_s, spec.value(u"billingMode"_s).toString(u"onDemand"_s)},
        {u"endTime"_s, u"-1"_s},
        {u"spotStatus"_s, QString()},
        {u"spotReclaimTime"_s, u"0"_s},
    };
    QJsonObject sshPortMapping{{u"port"_s, 22}, {u"type"_s, u"tcp"_s}};
    if (!detail) {
        json.insert(u"portMappings"_s, QJsonArray{sshPortMapping});
        json.insert(u"volumeMounts"_s,
                    QJsonArray{QJsonObject{{u"type"_s, u"local"_s},
                                           {u"size"_s, QString::number(rootfs)},
                                           {u"id"_s, QString()},
                                           {u"mountPath"_s, u"/"_s}}});
        return json;
    }
    const QString port = QString::number(instance.sshPort);
    sshPortMapping.insert(u"endpoint"_s, running ? u"127.0.0.1:"_s + port : QString());
    json.insert(u"portMappings"_s, QJsonArray{sshPortMapping});
    json.insert(
        u"volumeMounts"_s,
        QJsonArray{QJsonObject{
            {u"type"_s, u"local"_s}, {u"size"_s, rootfs}, {u"id"_s, QString()}, {u"mountPath"_s, u"/"_s}}});
    json.insert(u"network"_s, QJsonObject{{u"id"_s, QString()}, {u"ip"_s, instance.ip}});
    json.insert(u"node"_s, QJsonArray{QJsonObject{{u"maxRootfsSize"_s, MaxRootfs}}});
    json.insert(u"jobs"_s, QJsonArray());
    json.insert(u"connectComponentSSH"_s,
                QJsonObject{{u"sshCommand"_s, running ? u"ssh root@127.0.0.1 -p "_s + port : QString()},
                            {u"password"_s, running ? instance.password : QString()},
                            {u"isRunning"_s, running}});
    json.insert(
        u"connectComponentWebTerminal"_s,
        QJsonObject{{u"address"_s, running ? u"http://127.0.0.1/webterminal/"_s + instance.id : QString()},
                    {u"username"_s, u"root"_s},
                    {u"password"_s, running ? instance.password : QString()},
                    {u"isRunning"_s, running}});
    json.insert(u"connectComponentLog"_s,
                QJsonObject{{u"systemLogAddress"_s, QString()},
                            {u"instanceLogAddress"_s, QString()},
                            {u"isRunning"_s, running}});
    json.insert(u"freeStorageSize"_s, rootfs);
    json.insert(u"keepDataDay"_s, 7);
    return json;
}

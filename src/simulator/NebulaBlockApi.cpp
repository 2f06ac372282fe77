#include "simulator/NebulaBlockApi.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultLimit = 100;
const QString Running = u"Running"_s;
const QString InstancePath = u"/computing/instance/"_s;
const QString PasswordChars = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!_-"_s;

QString estTime(const QDateTime &time)
{
    return u"EST "_s + time.toTimeZone(QTimeZone(-5 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
} // namespace

NebulaBlockApi::NebulaBlockApi(SimContext *context, QObject *parent)
    : SimProviderApi(Provider::NebulaBlock, context, parent)
{
}

QString NebulaBlockApi::basePath() const
{
    return u"/api/v1"_s;
}

SimResponse NebulaBlockApi::errorResponse(int status, const QString &message) const
{
    return SimResponse::json(
        status,
        QJsonObject{{u"data"_s, QJsonValue::Null}, {u"message"_s, message}, {u"status"_s, u"failed"_s}});
}

QString NebulaBlockApi::addInstance(const QString &apiKey, const SimInstanceSeed &seed)
{
    const QJsonObject product =
        m_catalogue.product(seed.offeringId).value_or(*m_catalogue.product(m_catalogue.defaultProductId()));
    SimInstance instance = makeInstance(product, m_catalogue.imageFor(product), seed.name);
    if (!seed.region.isEmpty())
        instance.region = seed.region;
    instance.status = seed.rawStatus.isEmpty() ? Running : seed.rawStatus;
    return insert(apiKey, instance).id;
}

qint64 NebulaBlockApi::addSshKey(const QString &apiKey, const QString &name, const QString &publicKey)
{
    addAccount(apiKey);
    return m_sshKeys[apiKey].add(name, publicKey);
}

QByteArray NebulaBlockApi::authScheme() const
{
    return "Bearer";
}

SimResponse NebulaBlockApi::unauthorized() const
{
    return SimResponse::json(401,
                             QJsonObject{{u"message"_s, u"Invalid token"_s}, {u"status"_s, u"failed"_s}});
}

SimResponse NebulaBlockApi::route(const QString &apiKey, const SimRequest &request, const QString &subPath)
{
    const QUrlQuery query(request.query);
    const QByteArray &method = request.method;
    if (subPath == u"/ssh-keys" || subPath.startsWith(u"/ssh-keys/"))
        return m_sshKeys[apiKey].handle(method, subPath, query, request.body);
    if (method == "GET" && subPath == u"/computing/products")
        return SimResponse::json(200,
                                 QJsonObject{{u"data"_s, m_catalogue.productsByRegion()},
                                             {u"message"_s, u"All products retrieved successfully"_s},
                                             {u"status"_s, u"success"_s}});
    if (method == "GET" && subPath == u"/computing/images")
        return SimResponse::json(200,
                                 QJsonObject{{u"data"_s, m_catalogue.imagesByRegion()},
                                             {u"message"_s, u"All OS retrieved successfully"_s},
                                             {u"status"_s, u"success"_s}});
    if (method == "GET" && subPath == u"/computing/instances")
        return list(apiKey, query, false);
    if (method == "GET" && subPath == u"/computing/deleted-instances")
        return list(apiKey, query, true);
    if (method == "POST" && subPath == u"/computing/instance")
        return create(apiKey, request.body);
    if (subPath.startsWith(InstancePath))
        return instanceCall(apiKey, method, subPath.mid(InstancePath.size()));
    return errorResponse(404, u"Not found"_s);
}

QString NebulaBlockApi::nextStatus(const QString &rawStatus) const
{
    if (rawStatus == u"Creating" || rawStatus == u"Starting" || rawStatus == u"Rebooting")
        return Running;
    if (rawStatus == u"Stopping")
        return u"Stopped"_s;
    return {};
}

bool NebulaBlockApi::vanishesAfter(const QString &rawStatus) const
{
    return rawStatus == u"Deleting";
}

bool NebulaBlockApi::isRunningStatus(const QString &rawStatus) const
{
    return rawStatus == Running;
}

void NebulaBlockApi::aboutToErase(const QString &apiKey, const SimInstance &instance)
{
    SimInstance gone = instance;
    gone.status = u"Deleted"_s;
    m_deleted[apiKey].append(toJson(gone, false));
}

SimResponse NebulaBlockApi::list(const QString &apiKey, const QUrlQuery &query, bool deleted)
{
    const std::optional<int> limitValue = queryInt(query, u"limit"_s);
    const std::optional<int> offsetValue = queryInt(query, u"offset"_s);
    if ((query.hasQueryItem(u"limit"_s) && (!limitValue || *limitValue < 0))
        || (query.hasQueryItem(u"offset"_s) && (!offsetValue || *offsetValue < 0)))
        return errorResponse(400, u"limit and offset must be non-negative integers"_s);
    const qsizetype limit = limitValue.value_or(DefaultLimit);
    const qsizetype offset = offsetValue.value_or(0);

    QJsonArray all;
    if (deleted) {
        all = m_deleted.value(apiKey);
    } else if (const Tenant *account = tenant(apiKey)) {
        for (const SimInstance &instance : account->instances)
            all.append(toJson(instance, false));
    }
    QJsonArray page;
    for (qsizetype i = offset; i < std::min(all.size(), offset + limit); ++i)
        page.append(all.at(i));
    return SimResponse::json(200,
                             QJsonObject{{u"data"_s, page},
                                         {u"total_instance"_s, all.size()},
                                         {u"message"_s,
                                          deleted ? u"All deleted instances retrieved successfully"_s
                                                  : u"All instances retrieved successfully"_s},
                                         {u"status"_s, u"success"_s}});
}

SimResponse NebulaBlockApi::create(const QString &apiKey, const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    if (!request)
        return errorResponse(400, u"Invalid request body"_s);
    const QString name = request->value(u"instance_name"_s).toString().trimmed();
    if (name.isEmpty())
        return errorResponse(400, u"instance_name is required"_s);
    // Older docs typed the ids as numbers; accept either.
    const QJsonValue productValue = request->value(u"product_id"_s);
    const QJsonValue imageValue = request->value(u"image_id"_s);
    const QString productId =
        productValue.isDouble() ? QString::number(productValue.toInteger()) : productValue.toString();
    const QString imageId =
        imageValue.isDouble() ? QString::number(imageValue.toInteger()) : imageValue.toString();
    const std::optional<QJsonObject> product = m_catalogue.product(productId);
    if (!product)
        return errorResponse(400, u"Product not found"_s);
    const std::optional<QJsonObject> image = m_catalogue.image(imageId);
    if (!image)
        return errorResponse(400, u"Image not found"_s);
    if (image->value(u"region"_s) != product->value(u"region"_s)
        || image->value(u"dc_id"_s) != product->value(u"dc_id"_s))
        return errorResponse(400, u"image_id and product_id must be from the same data center and region"_s);
    const std::optional<qint64> keyId = toInteger(request->value(u"ssh_key_id"_s));
    if (!keyId || !m_sshKeys[apiKey].contains(*keyId))
        return errorResponse(400, u"SSH key not found"_s);
    if (!product->value(u"is_available"_s).toBool())
        return errorResponse(400, u"Product is out of stock"_s);

    SimInstance instance = makeInstance(*product, *image, name);
    instance.spec.insert(u"ssh_key_id"_s, *keyId);
    instance.status = u"Creating"_s;
    insert(apiKey, instance);
    return success(u"Instances created successfully"_s);
}

SimResponse NebulaBlockApi::instanceCall(const QString &apiKey, const QByteArray &method,
                                         const QString &subPath)
{
    const QString id = subPath.section(u'/', 0, 0);
    const QString verb = subPath.section(u'/', 1);
    const SimInstance *instance = find(apiKey, id);
    if (!instance)
        return errorResponse(404, u"Instance not found"_s);
    const QString status = instance->status;
    if (verb.isEmpty() && method == "GET")
        return SimResponse::json(200,
                                 QJsonObject{{u"data"_s, QJsonArray{toJson(*instance, true)}},
                                             {u"message"_s, u"Get instance detail successfully"_s},
                                             {u"status"_s, u"success"_s}});
    if (verb.isEmpty() && method == "DELETE") {
        removeInstance(apiKey, id);
        return success(u"Instances deleted successfully"_s);
    }
    if (method != "GET")
        return errorResponse(405, u"Method not allowed"_s);
    if (verb == u"start") {
        if (status != u"Stopped")
            return errorResponse(400, u"Instance is not stopped"_s);
        changeStatus(apiKey, id, u"Starting"_s, true);
        return success(u"Instances started successfully"_s);
    }
    if (verb == u"stop") {
        if (status != Running)
            return errorResponse(400, u"Instance is not running"_s);
        changeStatus(apiKey, id, u"Stopped"_s, true);
        return success(u"Instances stopped successfully"_s);
    }
    if (verb == u"reboot") {
        if (status != Running)
            return errorResponse(400, u"Instance is not running"_s);
        changeStatus(apiKey, id, u"Rebooting"_s, true);
        return success(u"Instances rebooted successfully"_s);
    }
    return errorResponse(404, u"Not found"_s);
}

SimResponse NebulaBlockApi::success(const QString &message)
{
    return SimResponse::json(200, QJsonObject{{u"message"_s, message}, {u"status"_s, u"success"_s}});
}

SimInstance NebulaBlockApi::makeInstance(const QJsonObject &product, const QJsonObject &image,
                                         const QString &name)
{
    SimInstance instance;
    instance.id = randomToken(3, u"0123456789abcdef"_s) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    instance.name = name;
    instance.offeringId = product.value(u"id"_s).toString();
    instance.region = product.value(u"region"_s).toString();
    instance.gpuCount = product.value(u"gpu_count"_s).toInt(1);
    instance.password = randomToken(14, PasswordChars);
    instance.spec = product;
    instance.spec.insert(u"os"_s, image.value(u"os_name"_s));
    const QString lan = u"10.0."_s + QString::number(QRandomGenerator::global()->bounded(1, 255)) + u'.'
        + QString::number(QRandomGenerator::global()->bounded(2, 255));
    instance.spec.insert(u"lan_ipv4"_s, lan);
    return instance;
}

QJsonObject NebulaBlockApi::toJson(const SimInstance &instance, bool detail) const
{
    const QJsonObject &spec = instance.spec;
    const bool container = spec.value(u"product_type"_s).toString() == u"Container";
    QJsonObject json{{u"id"_s, instance.id},
                     {u"region"_s, instance.region},
                     {u"product_type"_s, spec.value(u"product_type"_s)},
                     {u"host_name"_s, instance.name},
                     {u"cpu_cores"_s, spec.value(u"cpu"_s)},
                     {u"ram"_s, spec.value(u"ram"_s)},
                     {u"gpu"_s, spec.value(u"gpu"_s)},
                     {u"gpu_type"_s, spec.value(u"gpu"_s)},
                     {u"gpu_count"_s, instance.gpuCount},
                     {u"disk_size"_s, spec.value(u"disk_size"_s)},
                     {u"ephemeral"_s, spec.value(u"ephemeral"_s)},
                     {u"public_ipv4"_s, instance.status == u"Creating" ? QString() : instance.ip},
                     {u"price_per_hour"_s, spec.value(u"price_per_hour"_s)},
                     {u"os"_s, spec.value(u"os"_s)},
                     {u"status"_s, instance.status}};
    if (!detail)
        return json;
    const QDateTime started = instance.startedAt.isValid() ? instance.startedAt : instance.createdAt;
    const double hours = started.msecsTo(QDateTime::currentDateTimeUtc()) / 3600000.0;
    json.insert(u"lan_ipv4"_s, spec.value(u"lan_ipv4"_s));
    json.insert(u"login_method"_s, container ? u"password"_s : QString());
    json.insert(u"exposed_ports"_s, container ? u"22:30022,8888:30888"_s : QString());
    json.insert(u"user_name"_s, container ? u"root"_s : u"ubuntu"_s);
    json.insert(u"password"_s, instance.password);
    if (container) {
        // The documented example names these vm_name/vm_password: serve both spellings.
        json.insert(u"vm_name"_s, u"root"_s);
        json.insert(u"vm_password"_s, instance.password);
    }
    json.insert(u"start_time"_s, estTime(started));
    json.insert(u"running_time"_s, QString(QString::number(hours, 'f', 4) + u" hours"_s));
    json.insert(
        u"total_cost"_s,
        QString(u"$"_s + QString::number(hours * spec.value(u"price_per_hour"_s).toDouble(), 'f', 4)));
    return json;
}

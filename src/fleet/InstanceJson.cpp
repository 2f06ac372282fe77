#include "fleet/InstanceJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace InstanceJson {

QJsonObject toJson(const Instance &instance)
{
    QJsonObject o;
    o.insert(u"provider"_s, Providers::id(instance.provider));
    o.insert(u"accountId"_s, instance.accountId);
    o.insert(u"id"_s, instance.id);
    o.insert(u"name"_s, instance.name);
    o.insert(u"gpuModel"_s, instance.gpuModel);
    o.insert(u"gpuCount"_s, instance.gpuCount);
    o.insert(u"region"_s, instance.region);
    o.insert(u"status"_s, InstanceStatuses::name(instance.status));
    o.insert(u"providerStatus"_s, instance.providerStatus);
    o.insert(u"statusMessage"_s, instance.statusMessage);
    o.insert(u"publicIp"_s, instance.publicIp);
    o.insert(u"sshUser"_s, instance.sshUser);
    o.insert(u"sshHost"_s, instance.sshHost);
    o.insert(u"sshPort"_s, instance.sshPort);
    o.insert(u"pricePerHour"_s, instance.pricePerHour ? QJsonValue(*instance.pricePerHour) : QJsonValue());
    if (instance.createdAt.isValid())
        o.insert(u"createdAt"_s, instance.createdAt.toString(Qt::ISODateWithMs));
    if (instance.startedAt.isValid())
        o.insert(u"startedAt"_s, instance.startedAt.toString(Qt::ISODateWithMs));
    o.insert(u"extras"_s, QJsonObject::fromVariantMap(instance.extras));
    return o;
}

Instance fromJson(const QJsonObject &o)
{
    Instance instance;
    instance.provider = Providers::fromId(o.value(u"provider"_s).toString()).value_or(Provider::Fal);
    instance.accountId = o.value(u"accountId"_s).toString();
    instance.id = o.value(u"id"_s).toString();
    instance.name = o.value(u"name"_s).toString();
    instance.gpuModel = o.value(u"gpuModel"_s).toString();
    instance.gpuCount = o.value(u"gpuCount"_s).toInt();
    instance.region = o.value(u"region"_s).toString();
    instance.status = InstanceStatuses::fromName(o.value(u"status"_s).toString());
    instance.providerStatus = o.value(u"providerStatus"_s).toString();
    instance.statusMessage = o.value(u"statusMessage"_s).toString();
    instance.publicIp = o.value(u"publicIp"_s).toString();
    instance.sshUser = o.value(u"sshUser"_s).toString();
    instance.sshHost = o.value(u"sshHost"_s).toString();
    instance.sshPort = o.value(u"sshPort"_s).toInt();
    if (o.value(u"pricePerHour"_s).isDouble())
        instance.pricePerHour = o.value(u"pricePerHour"_s).toDouble();
    instance.createdAt = QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    instance.startedAt = QDateTime::fromString(o.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    instance.extras = o.value(u"extras"_s).toObject().toVariantMap();
    return instance;
}

} // namespace InstanceJson

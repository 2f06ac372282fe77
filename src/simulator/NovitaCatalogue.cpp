#include "simulator/NovitaCatalogue.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject makeProduct(const QString &id, const QString &name, int cpu, int memory, bool available,
                        const QJsonArray &regions, const QString &price, const QString &inventory)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"cpuPerGpu"_s, cpu},
        {u"memoryPerGpu"_s, memory},
        {u"diskPerGpu"_s, 6144},
        {u"availableDeploy"_s, available},
        {u"minRootFS"_s, 10},
        {u"maxRootFS"_s, 6144},
        {u"minLocalStorage"_s, 0},
        {u"maxLocalStorage"_s, 0},
        {u"regions"_s, regions},
        {u"price"_s, price},
        {u"monthlyPrice"_s, QJsonArray{QJsonObject{{u"price"_s, price.toLongLong() * 600}, {u"month"_s, 1}}}},
        {u"billingMethods"_s, QJsonArray{u"onDemand"_s, u"spot"_s, u"monthly"_s}},
        {u"spotPrice"_s, QString::number(price.toLongLong() / 2)},
        {u"inventoryState"_s, inventory}};
}

QJsonObject makeCluster(const QString &id, const QString &name, const QJsonArray &gpus, bool storage)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"availableGpuType"_s, gpus},
                       {u"supportNetworkStorage"_s, storage},
                       {u"supportInstanceNetwork"_s, storage}};
}
} // namespace

NovitaCatalogue::NovitaCatalogue()
{
    const QString california = u"US-CA-06 (California)"_s;
    const QString britain = u"EU-GB-01 (United Kingdom)"_s;
    const QString singapore = u"AS-SG-02 (Singapore)"_s;
    m_clusters = QJsonArray{
        makeCluster(u"us-ca-06"_s, california,
                    QJsonArray{u"RTX 4090 24GB"_s, u"A100 SXM 80GB"_s, u"H100 SXM 80GB"_s, u"L40S 48GB"_s},
                    true),
        makeCluster(u"eu-gb-01"_s, britain, QJsonArray{u"RTX 4090 24GB"_s, u"L40S 48GB"_s}, false),
        makeCluster(u"as-sg-02"_s, singapore, QJsonArray{u"L40S 48GB"_s}, false),
    };
    m_products = QJsonArray{
        makeProduct(u"4090.16c62g"_s, u"RTX 4090 24GB"_s, 16, 62, true, QJsonArray{california, britain},
                    u"35000"_s, u"normal"_s),
        makeProduct(u"A100-80GB.14c240g"_s, u"A100 SXM 80GB"_s, 14, 240, true, QJsonArray{california},
                    u"139000"_s, u"low"_s),
        makeProduct(u"L40S-48GB.16c96g"_s, u"L40S 48GB"_s, 16, 96, true, QJsonArray{}, u"69000"_s, u"high"_s),
        makeProduct(u"H100-80GB.16c200g"_s, u"H100 SXM 80GB"_s, 16, 200, false, QJsonArray{california},
                    u"189000"_s, u"none"_s),
    };
}

QJsonArray NovitaCatalogue::products(const QUrlQuery &filters) const
{
    const QString name = filters.queryItemValue(u"productName"_s, QUrl::FullyDecoded);
    const QString clusterId = filters.queryItemValue(u"clusterId"_s, QUrl::FullyDecoded);
    const QString billing = filters.queryItemValue(u"billingMethod"_s, QUrl::FullyDecoded);
    QJsonArray result;
    for (const QJsonValue &value : m_products) {
        const QJsonObject item = value.toObject();
        if (!name.isEmpty() && !item.value(u"name"_s).toString().contains(name, Qt::CaseInsensitive))
            continue;
        if (!clusterId.isEmpty() && !offers(item, clusterId))
            continue;
        if (!billing.isEmpty() && !item.value(u"billingMethods"_s).toArray().contains(billing))
            continue;
        result.append(item);
    }
    return result;
}

std::optional<QJsonObject> NovitaCatalogue::product(const QString &id) const
{
    for (const QJsonValue &value : m_products) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> NovitaCatalogue::cluster(const QString &id) const
{
    for (const QJsonValue &value : m_clusters) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

QString NovitaCatalogue::defaultClusterFor(const QJsonObject &product) const
{
    for (const QJsonValue &value : m_clusters) {
        const QString id = value.toObject().value(u"id"_s).toString();
        if (offers(product, id))
            return id;
    }
    return m_clusters.first().toObject().value(u"id"_s).toString();
}

bool NovitaCatalogue::offers(const QJsonObject &product, const QString &clusterId) const
{
    const std::optional<QJsonObject> found = cluster(clusterId);
    if (!found)
        return false;
    const QJsonArray regions = product.value(u"regions"_s).toArray();
    return regions.isEmpty() || regions.contains(found->value(u"name"_s));
}

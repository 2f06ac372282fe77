#include "simulator/NebulaCatalogue.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {
struct ProductSpec
{
    const char16_t *id;
    int dcId;
    const char16_t *type;
    const char16_t *region;
    double price;
    int cpu;
    int ram;
    const char16_t *gpu;
    const char16_t *family;
    int gpuCount;
    int disk;
    int ephemeral;
    int stock;
};

QJsonObject toJson(const ProductSpec &spec)
{
    return QJsonObject{{u"id"_s, QString::fromUtf16(spec.id)},
                       {u"dc_id"_s, spec.dcId},
                       {u"product_type"_s, QString::fromUtf16(spec.type)},
                       {u"region"_s, QString::fromUtf16(spec.region)},
                       {u"price_per_hour"_s, spec.price},
                       {u"cpu"_s, spec.cpu},
                       {u"ram"_s, spec.ram},
                       {u"gpu"_s, QString::fromUtf16(spec.gpu)},
                       {u"gpu_type"_s, QString::fromUtf16(spec.family)},
                       {u"gpu_count"_s, spec.gpuCount},
                       {u"disk_size"_s, spec.disk},
                       {u"ephemeral"_s, spec.ephemeral},
                       {u"stock"_s, spec.stock},
                       {u"cycle"_s, u"hourly"_s},
                       {u"is_available"_s, spec.stock > 0}};
}

QJsonObject makeImage(const QString &id, int dcId, const QString &name, const QString &region)
{
    return QJsonObject{{u"id"_s, id},
                       {u"dc_id"_s, dcId},
                       {u"os_name"_s, name},
                       {u"os_type"_s, u"Ubuntu"_s},
                       {u"region"_s, region}};
}
} // namespace

NebulaCatalogue::NebulaCatalogue()
{
    static const ProductSpec products[] = {
        {u"fcp66d566c43a9501001256", 1, u"Container", u"CANADA", 1.0, 24, 200, u"H100-80G-SXM", u"H100", 1,
         200, 1500, 12},
        {u"expde8da3529-f08d-4f86-8456-04094d19fbc4", 2, u"Virtual Machine", u"CANADA", 2.627, 28, 180,
         u"H100-80G-PCIe", u"H100", 1, 100, 750, 0},
        {u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd", 2, u"Virtual Machine", u"CANADA", 0.697, 28, 58,
         u"RTX-A6000", u"RTX", 1, 100, 0, 5},
        {u"expd4b024f34-c9f3-4c41-ade4-4b56bbe3c64b", 2, u"Virtual Machine", u"NORWAY", 1.867, 28, 120,
         u"A100-80G-PCIe", u"A100", 1, 100, 750, 3},
        {u"expd9a1c6e55-2b7f-4e0a-9c3d-5e8f7a6b4c21", 2, u"Virtual Machine", u"NORWAY", 14.4, 224, 1600,
         u"H100-80G-SXM", u"H100", 8, 800, 6000, 2},
    };
    for (const ProductSpec &spec : products)
        m_products.append(toJson(spec));
    m_images = QJsonArray{
        makeImage(u"fcp66d566c93a95010012"_s, 1, u"Ubuntu Server 22.04 LTS"_s, u"CANADA"_s),
        makeImage(u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s, 2,
                  u"Ubuntu Server 22.04 LTS R535 CUDA 12.2"_s, u"CANADA"_s),
        makeImage(u"exos60da1d80-a58b-4ff3-8a33-b566b65f3e6e"_s, 2,
                  u"Ubuntu Server 22.04 LTS R535 CUDA 12.2"_s, u"NORWAY"_s),
    };
}

QJsonObject NebulaCatalogue::productsByRegion() const
{
    QJsonObject regions;
    for (const QJsonValue &value : m_products) {
        const QJsonObject product = value.toObject();
        const QString region = product.value(u"region"_s).toString();
        const QString family = product.value(u"gpu_type"_s).toString();
        QJsonObject families = regions.value(region).toObject();
        QJsonArray list = families.value(family).toArray();
        list.append(product);
        families.insert(family, list);
        regions.insert(region, families);
    }
    return regions;
}

QJsonObject NebulaCatalogue::imagesByRegion() const
{
    QJsonObject regions;
    for (const QJsonValue &value : m_images) {
        const QString region = value.toObject().value(u"region"_s).toString();
        QJsonArray list = regions.value(region).toArray();
        list.append(value);
        regions.insert(region, list);
    }
    return regions;
}

std::optional<QJsonObject> NebulaCatalogue::product(const QString &id) const
{
    for (const QJsonValue &value : m_products) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> NebulaCatalogue::image(const QString &id) const
{
    for (const QJsonValue &value : m_images) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

QJsonObject NebulaCatalogue::imageFor(const QJsonObject &product) const
{
    for (const QJsonValue &value : m_images) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(u"region"_s) == product.value(u"region"_s)
            && candidate.value(u"dc_id"_s) == product.value(u"dc_id"_s))
            return candidate;
    }
    return m_images.first().toObject();
}

QString NebulaCatalogue::defaultProductId() const
{
    return u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s;
}

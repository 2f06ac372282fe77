#include "providers/nebulablock/NebulaBlockCatalogueParser.h"

#include "providers/nebulablock/NebulaBlockJson.h"
#include "providers/nebulablock/NebulaBlockParser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

using Json = NebulaBlockJson;

CatalogueEntry sshKeyEntry(const QJsonObject &object)
{
    CatalogueEntry key;
    key.id = Json::text(object.value(u"id"_s)).trimmed();
    key.name = Json::text(object.value(u"key_name"_s)).trimmed();
    key.extras.insert(u"key_data"_s, Json::text(object.value(u"key_data"_s)).trimmed());
    const QString created = Json::text(object.value(u"create_time"_s)).trimmed();
    if (!created.isEmpty())
        key.extras.insert(u"create_time"_s, created);
    return key;
}

} // namespace

ProviderError NebulaBlockCatalogueParser::parseProducts(const QByteArray &body, QList<Offering> &offerings)
{
    offerings.clear();
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    const QJsonValue data = root.value(u"data"_s);
    if (!data.isObject())
        return Json::badResponse(tr("the product list \"data\" is not a region map"));

    const QJsonObject regions = data.toObject();
    for (auto region = regions.begin(); region != regions.end(); ++region) {
        // Documented as region -> GPU family -> [product]; a flat region -> [product] is read too.
        QList<QJsonArray> groups;
        if (region.value().isArray())
            groups.append(region.value().toArray());
        const QJsonObject families = region.value().toObject();
        for (auto family = families.begin(); family != families.end(); ++family)
            groups.append(family.value().toArray());
        for (const QJsonArray &group : std::as_const(groups)) {
            for (const QJsonValue &row : group) {
                const QJsonObject product = row.toObject();
                Offering offering;
                offering.id = Json::text(product.value(u"id"_s)).trimmed();
                if (offering.id.isEmpty())
                    continue;
                offering.gpuModel = Json::firstText(product, {u"gpu"_s, u"gpu_type"_s});
                offering.gpuCount = Json::integer(product.value(u"gpu_count"_s)).value_or(1);
                offering.pricePerHour = NebulaBlockParser::parsePrice(product.value(u"price_per_hour"_s));
                const std::optional<int> stock = Json::integer(product.value(u"stock"_s));
                offering.available =
                    Json::flag(product.value(u"is_available"_s)).value_or(true) && stock.value_or(1) > 0;
                offering.region = Json::firstText(product, {u"region"_s});
                if (offering.region.isEmpty())
                    offering.region = region.key();
                offering.cpuCores = Json::integer(product.value(u"cpu"_s)).value_or(0);
                offering.ramGb = Json::integer(product.value(u"ram"_s)).value_or(0);
                const QString type = Json::text(product.value(u"product_type"_s)).trimmed();
                offering.name = offering.gpuCount > 1
                    ? u"%1x %2"_s.arg(offering.gpuCount).arg(offering.gpuModel)
                    : offering.gpuModel;
                if (!type.isEmpty())
                    offering.name += u" ("_s + type + u')';
                for (const QString &key : {u"dc_id"_s, u"stock"_s, u"product_type"_s, u"disk_size"_s,
                                           u"ephemeral"_s, u"gpu_type"_s, u"cycle"_s}) {
                    const QVariant value = Json::fact(product.value(key));
                    if (value.isValid())
                        offering.extras.insert(key, value);
                }
                offerings.append(offering);
            }
        }
    }
    return {};
}

ProviderError NebulaBlockCatalogueParser::parseImages(const QByteArray &body, QList<CatalogueEntry> &images)
{
    images.clear();
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    const QJsonValue data = root.value(u"data"_s);
    QList<QPair<QString, QJsonArray>> groups;
    if (data.isArray()) {
        groups.append({QString(), data.toArray()});
    } else if (data.isObject()) {
        const QJsonObject regions = data.toObject();
        for (auto it = regions.begin(); it != regions.end(); ++it)
            groups.append({it.key(), it.value().toArray()});
    } else {
        return Json::badResponse(tr("the image list \"data\" is not a region map"));
    }
    for (const auto &group : std::as_const(groups)) {
        for (const QJsonValue &row : group.second) {
            const QJsonObject object = row.toObject();
            CatalogueEntry image;
            image.id = Json::text(object.value(u"id"_s)).trimmed();
            if (image.id.isEmpty())
                continue;
            image.name = Json::firstText(object, {u"os_name"_s});
            image.region = Json::firstText(object, {u"region"_s});
            if (image.region.isEmpty())
                image.region = group.first;
            for (const QString &key : {u"dc_id"_s, u"os_type"_s}) {
                const QVariant value = Json::fact(object.value(key));
                if (value.isValid())
                    image.extras.insert(key, value);
            }
            images.append(image);
        }
    }
    return {};
}

ProviderError NebulaBlockCatalogueParser::parseSshKeyPage(const QByteArray &body, SshKeyPage &page)
{
    page = SshKeyPage();
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    const QJsonValue data = root.value(u"data"_s);
    QJsonValue rows;
    std::optional<int> total;
    if (data.isObject()) {
        rows = data.toObject().value(u"ssh_keys"_s);
        total = Json::integer(data.toObject().value(u"total_ssh_keys"_s));
    } else if (data.isArray()) {
        rows = data;
    } else if (!(data.isNull() || data.isUndefined()) || !Json::isExplicitSuccess(root)) {
        return Json::badResponse(tr("the SSH key list has no \"data\" object"));
    }
    if (!total)
        total = Json::integer(root.value(u"total_ssh_keys"_s));
    page.total = total && *total >= 0 ? *total : -1;
    if (rows.isNull() || rows.isUndefined())
        return {};
    if (!rows.isArray())
        return Json::badResponse(tr("the SSH key list \"ssh_keys\" is not an array"));
    const QJsonArray keys = rows.toArray();
    page.rawCount = int(keys.size());
    for (const QJsonValue &row : keys) {
        const CatalogueEntry key = sshKeyEntry(row.toObject());
        if (key.id.isEmpty())
            continue;
        page.ids.append(key.id);
        page.keys.append(key);
    }
    return {};
}

ProviderError NebulaBlockCatalogueParser::parseCreatedSshKey(const QByteArray &body, CatalogueEntry &key)
{
    QJsonObject root;
    if (const ProviderError error = Json::parseBody(body, root); error.isError())
        return error;
    const QJsonValue data = root.value(u"data"_s);
    key = sshKeyEntry(data.isArray() ? data.toArray().at(0).toObject() : data.toObject());
    if (key.id.isEmpty())
        return Json::badResponse(tr("the new SSH key has no id"));
    return {};
}

#include "providers/novita/NovitaCatalogueParser.h"

#include "providers/novita/NovitaJson.h"
#include "providers/novita/NovitaParser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

using Json = NovitaJson;

// Prices are integers in 1/100,000 USD per hour (novita.md §5).
constexpr double PriceUnitsPerUsd = 100000.0;

} // namespace

ProviderError NovitaCatalogueParser::parseProducts(const QByteArray &body, QList<Offering> &offerings)
{
    offerings.clear();
    QJsonArray rows;
    if (ProviderError error = NovitaParser::parseList(body, u"data"_s, rows); error.isError())
        return error;
    for (const QJsonValue &row : std::as_const(rows)) {
        const QJsonObject p = row.toObject();
        Offering offering;
        offering.id = Json::text(p.value(u"id"_s)).trimmed();
        if (offering.id.isEmpty())
            continue;
        offering.name = Json::text(p.value(u"name"_s)).trimmed();
        offering.gpuModel = offering.name.isEmpty() ? offering.id : offering.name;
        offering.gpuCount = 1; // products are priced and sized per GPU
        offering.pricePerHour = priceFromUnits(p.value(u"price"_s));
        const QString inventory = Json::text(p.value(u"inventoryState"_s)).trimmed();
        offering.available = Json::boolean(p.value(u"availableDeploy"_s), true)
            && inventory.compare(u"none"_s, Qt::CaseInsensitive) != 0;
        offering.cpuCores = Json::integer(p.value(u"cpuPerGpu"_s));
        offering.ramGb = Json::integer(p.value(u"memoryPerGpu"_s));
        offering.minDiskGb = Json::integer(p.value(u"minRootFS"_s));
        offering.maxDiskGb = Json::integer(p.value(u"maxRootFS"_s));
        const QStringList regions = Json::strings(p.value(u"regions"_s));
        if (regions.size() == 1)
            offering.region = regions.first();
        offering.extras.insert(u"regions"_s, regions);
        if (!inventory.isEmpty())
            offering.extras.insert(u"inventoryState"_s, inventory);
        offering.extras.insert(u"billingMethods"_s, Json::strings(p.value(u"billingMethods"_s)));
        NovitaParser::putInt(offering.extras, u"diskPerGpu"_s, p.value(u"diskPerGpu"_s));
        if (const auto spot = priceFromUnits(p.value(u"spotPrice"_s)))
            offering.extras.insert(u"spotPricePerHour"_s, *spot);
        offerings.append(offering);
    }
    return {};
}

ProviderError NovitaCatalogueParser::parseClusters(const QByteArray &body, QList<CatalogueEntry> &clusters)
{
    clusters.clear();
    QJsonArray rows;
    if (ProviderError error = NovitaParser::parseList(body, u"data"_s, rows); error.isError())
        return error;
    for (const QJsonValue &row : std::as_const(rows)) {
        const QJsonObject c = row.toObject();
        CatalogueEntry entry;
        entry.id = Json::text(c.value(u"id"_s)).trimmed();
        if (entry.id.isEmpty())
            continue;
        entry.name = Json::text(c.value(u"name"_s)).trimmed();
        entry.region = entry.name.isEmpty() ? entry.id : entry.name;
        entry.extras.insert(u"availableGpuType"_s, Json::strings(c.value(u"availableGpuType"_s)));
        entry.extras.insert(u"supportNetworkStorage"_s,
                            Json::boolean(c.value(u"supportNetworkStorage"_s), false));
        entry.extras.insert(u"supportInstanceNetwork"_s,
                            Json::boolean(c.value(u"supportInstanceNetwork"_s), false));
        clusters.append(entry);
    }
    return {};
}

std::optional<double> NovitaCatalogueParser::priceFromUnits(const QJsonValue &value)
{
    const auto units = Json::number(value);
    if (!units || *units <= 0)
        return std::nullopt;
    return *units / PriceUnitsPerUsd;
}

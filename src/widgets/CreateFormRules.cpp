#include "widgets/CreateFormRules.h"

#include "core/InstanceNaming.h"
#include "core/SshKeyInspector.h"
#include "models/InstanceFormat.h"
#include "providers/novita/NovitaRequests.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QList<QPair<QString, QString>> CreateFormRules::parseEnvs(const QString &text, QString *error)
{
    static const QRegularExpression validKey(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QList<QPair<QString, QString>> envs;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals).trimmed();
        if (equals <= 0 || !validKey.match(key).hasMatch()) {
            if (error)
                *error = tr("Environment line %1 is not KEY=VALUE (KEY: letters, digits, _).").arg(i + 1);
            return {};
        }
        envs.append({key, line.mid(equals + 1)});
    }
    if (envs.size() > NovitaRequests::MaxEnvs) {
        if (error)
            *error = tr("At most %1 environment variables are allowed.").arg(NovitaRequests::MaxEnvs);
        return {};
    }
    return envs;
}

QString CreateFormRules::envText(const QList<QPair<QString, QString>> &envs)
{
    QStringList lines;
    for (const auto &env : envs)
        lines.append(env.first + u'=' + env.second);
    return lines.join(u'\n');
}

QString CreateFormRules::nameProblem(const QString &name, bool required)
{
    if (name.trimmed().isEmpty())
        return required ? tr("Enter a name: it is how the new instance is found again.") : QString();
    if (!InstanceNaming::isValid(name.trimmed()))
        return tr("The name may contain only letters, digits and hyphens (at most 63, starting with a "
                  "letter or digit).");
    return {};
}

QString CreateFormRules::portsProblem(const QString &ports)
{
    QString error;
    (void)NovitaRequests::normalisedPorts(ports, &error);
    return error;
}

QList<CatalogueEntry> CreateFormRules::imagesFor(const Offering &product, const QList<CatalogueEntry> &images)
{
    const QString dcId = product.extras.value(u"dc_id"_s).toString();
    QList<CatalogueEntry> fitting;
    for (const CatalogueEntry &image : images) {
        if (image.region.compare(product.region, Qt::CaseInsensitive) != 0)
            continue;
        // An image of another data centre in the same region fails to boot on this product.
        if (!dcId.isEmpty() && image.extras.value(u"dc_id"_s).toString() != dcId)
            continue;
        fitting.append(image);
    }
    return fitting;
}

QList<CatalogueEntry> CreateFormRules::clustersFor(const Offering &product,
                                                   const QList<CatalogueEntry> &clusters)
{
    QList<CatalogueEntry> fitting;
    for (const CatalogueEntry &cluster : clusters) {
        const QStringList gpus = cluster.extras.value(u"availableGpuType"_s).toStringList();
        if (gpus.isEmpty() || gpus.contains(product.name, Qt::CaseInsensitive))
            fitting.append(cluster);
    }
    return fitting;
}

std::optional<CatalogueEntry> CreateFormRules::registeredKey(const QString &publicKeyLine,
                                                             const QList<CatalogueEntry> &keys)
{
    const SshKeyInspector::Result wanted = SshKeyInspector::parse(publicKeyLine);
    if (!wanted.ok())
        return std::nullopt;
    for (const CatalogueEntry &entry : keys) {
        // A different comment is still the same key (the client matches the same way).
        const SshKeyInspector::Result key =
            SshKeyInspector::parse(entry.extras.value(u"key_data"_s).toString());
        if (key.ok() && key.key.type == wanted.key.type && key.key.blob == wanted.key.blob)
            return entry;
    }
    return std::nullopt;
}

QString CreateFormRules::nebulaKeyNote(const QString &publicKeyLine, const QList<CatalogueEntry> &keys)
{
    if (publicKeyLine.isEmpty())
        return {};
    if (const auto registered = registeredKey(publicKeyLine, keys))
        return tr("Already registered with Nebula Block as “%1”.").arg(registered->name);
    return tr("This key will be registered with Nebula Block when the instance is created.");
}

QString CreateFormRules::falPriceKey(const QString &instanceType)
{
    return u"prices/fal/"_s + instanceType;
}

QString CreateFormRules::priceText(Provider provider, const std::optional<Offering> &offering, int gpuCount,
                                   std::optional<double> falUserPrice)
{
    if (!offering)
        return tr("Price: choose a product");
    switch (provider) {
    case Provider::Fal:
        if (falUserPrice && *falUserPrice > 0)
            return tr("Price: %1 (your price)").arg(InstanceFormat::price(falUserPrice));
        return tr("Price: not published by fal");
    case Provider::Novita:
        if (!offering->pricePerHour)
            return tr("Price: not published");
        //: total per hour, then GPUs × price per GPU-hour
        return tr("Price: %1 (%2 × %3)")
            .arg(InstanceFormat::price(*offering->pricePerHour * gpuCount))
            .arg(gpuCount)
            .arg(InstanceFormat::price(offering->pricePerHour));
    case Provider::NebulaBlock:
        if (!offering->pricePerHour)
            return tr("Price: not published");
        return tr("Price: %1").arg(InstanceFormat::price(offering->pricePerHour));
    }
    return {};
}

#include "cli/CliOutput.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace CliOutput {

QJsonObject instanceJson(const Instance &instance, const QString &accountLabel)
{
    QJsonObject o;
    o.insert(u"account"_s, accountLabel);
    o.insert(u"provider"_s, Providers::id(instance.provider));
    o.insert(u"id"_s, instance.id);
    o.insert(u"name"_s, instance.name);
    o.insert(u"status"_s, InstanceStatuses::name(instance.status));
    o.insert(u"providerStatus"_s, instance.providerStatus);
    o.insert(u"statusMessage"_s, instance.statusMessage);
    o.insert(u"gpuModel"_s, instance.gpuModel);
    o.insert(u"gpuCount"_s, instance.gpuCount);
    o.insert(u"region"_s, instance.region);
    o.insert(u"publicIp"_s, instance.publicIp);
    o.insert(u"sshCommand"_s, instance.sshCommand());
    o.insert(u"pricePerHour"_s, instance.pricePerHour ? QJsonValue(*instance.pricePerHour) : QJsonValue());
    return o;
}

QJsonObject offeringJson(const Offering &offering)
{
    QJsonObject o;
    o.insert(u"id"_s, offering.id);
    o.insert(u"name"_s, offering.name);
    o.insert(u"gpuModel"_s, offering.gpuModel);
    o.insert(u"gpuCount"_s, offering.gpuCount);
    o.insert(u"pricePerHour"_s, offering.pricePerHour ? QJsonValue(*offering.pricePerHour) : QJsonValue());
    o.insert(u"available"_s, offering.available);
    return o;
}

QJsonObject accountJson(const Account &account)
{
    QJsonObject o;
    o.insert(u"label"_s, account.label);
    o.insert(u"provider"_s, Providers::id(account.provider));
    o.insert(u"endpoint"_s, account.effectiveEndpoint().toString());
    o.insert(u"enabled"_s, account.enabled);
    return o;
}

QJsonObject errorJson(const QString &accountLabel, Provider provider, const QString &message)
{
    QJsonObject o;
    o.insert(u"account"_s, accountLabel);
    o.insert(u"provider"_s, Providers::id(provider));
    o.insert(u"message"_s, message);
    return o;
}

QString formatPrice(const std::optional<double> &pricePerHour)
{
    if (!pricePerHour)
        return u"-"_s;
    return u"$"_s + QString::number(*pricePerHour, 'f', 2) + u"/h"_s;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &cell : header)
        widths.append(int(cell.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], qMax(1, int(row.at(i).size())));
    }
    // An explicit QString: with QT_USE_QSTRINGBUILDER an `auto` return would be a builder that
    // still refers to the lambda's local `out`.
    auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            // An empty cell would read as a shifted column; "-" keeps the rows scannable.
            const QString cell = cells.at(i).isEmpty() ? u"-"_s : cells.at(i);
            const bool last = i == cells.size() - 1;
            out += last ? cell : cell.leftJustified(widths.value(i) + 2);
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString instanceTable(const QList<QPair<Instance, QString>> &instancesWithLabels)
{
    QList<QStringList> rows;
    for (const auto &[instance, label] : instancesWithLabels) {
        const QString gpu = instance.gpuCount > 0
            ? instance.gpuModel + u" x"_s + QString::number(instance.gpuCount)
            : instance.gpuModel;
        rows.append({label, Providers::id(instance.provider), instance.id,
                     instance.name.isEmpty() ? u"-"_s : instance.name,
                     InstanceStatuses::name(instance.status), gpu, instance.region,
                     instance.publicIp.isEmpty() ? u"-"_s : instance.publicIp,
                     formatPrice(instance.pricePerHour)});
    }
    return table({u"ACCOUNT"_s, u"PROVIDER"_s, u"ID"_s, u"NAME"_s, u"STATUS"_s, u"GPU"_s, u"REGION"_s,
                  u"IP"_s, u"PRICE"_s},
                 rows);
}

QString instanceDetails(const Instance &instance, const QString &accountLabel)
{
    QList<QStringList> rows = {
        {u"Account"_s, accountLabel},
        {u"Provider"_s, Providers::displayName(instance.provider)},
        {u"ID"_s, instance.id},
        {u"Name"_s, instance.name},
        {u"Status"_s, InstanceStatuses::name(instance.status) + u" ("_s + instance.providerStatus + u")"_s},
        {u"Message"_s, instance.statusMessage},
        {u"GPU"_s, instance.gpuModel + u" x"_s + QString::number(instance.gpuCount)},
        {u"Region"_s, instance.region},
        {u"Public IP"_s, instance.publicIp},
        {u"SSH"_s, instance.sshCommand()},
        {u"Price"_s, formatPrice(instance.pricePerHour)},
    };
    QString out;
    for (const QStringList &row : rows) {
        const QString value = row.at(1).isEmpty() ? u"-"_s : row.at(1);
        out += QString(row.at(0) + u":"_s).leftJustified(12) + value + QLatin1Char('\n');
    }
    return out;
}

QString offeringTable(const QList<Offering> &offerings)
{
    QList<QStringList> rows;
    for (const Offering &offering : offerings) {
        rows.append({offering.id, offering.name,
                     offering.gpuModel + u" x"_s + QString::number(offering.gpuCount),
                     offering.region.isEmpty() ? u"-"_s : offering.region, formatPrice(offering.pricePerHour),
                     offering.available ? u"yes"_s : u"no"_s});
    }
    return table({u"ID"_s, u"NAME"_s, u"GPU"_s, u"REGION"_s, u"PRICE"_s, u"AVAILABLE"_s}, rows);
}

QString accountTable(const QList<Account> &accounts)
{
    QList<QStringList> rows;
    for (const Account &account : accounts) {
        rows.append({account.label, Providers::id(account.provider), account.effectiveEndpoint().toString(),
                     account.enabled ? u"yes"_s : u"no"_s});
    }
    return table({u"LABEL"_s, u"PROVIDER"_s, u"ENDPOINT"_s, u"ENABLED"_s}, rows);
}

} // namespace CliOutput

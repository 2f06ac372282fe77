#include "providers/novita/NovitaRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Ports Novita reserves for its own SSH proxy (novita.md §3).
constexpr int FirstReservedPort = 2222;
constexpr int LastReservedPort = 2224;
constexpr int MaxEnvKeyChars = 511;
constexpr int MaxEnvValueChars = 4095;

QString tr(const char *text)
{
    return QCoreApplication::translate("NovitaRequests", text);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QString NovitaRequests::validateCreate(const InstanceSpec &spec, const QString &name)
{
    if (spec.offeringId.trimmed().isEmpty())
        return tr("Choose a product.");
    if (spec.offeringId.size() > 255)
        return tr("The product id is too long.");
    if (spec.gpuCount < MinGpus || spec.gpuCount > MaxGpus)
        return tr("The GPU count must be between %1 and %2.").arg(MinGpus).arg(MaxGpus);
    if (spec.diskGb < 0 || spec.diskGb > MaxRootfsGb)
        return tr("The disk size must be between %1 and %2 GB.").arg(MinRootfsGb).arg(MaxRootfsGb);
    const QString image = spec.image.trimmed();
    if (image.isEmpty())
        return tr("Enter a container image.");
    if (image.size() > MaxImageChars || hasControlCharacters(image))
        return tr("The container image must be at most %1 characters on one line.").arg(MaxImageChars);
    if (name.trimmed().isEmpty())
        return tr("Enter a name.");
    if (name.size() > MaxNameChars || hasControlCharacters(name))
        return tr("The name must be at most %1 characters on one line.").arg(MaxNameChars);
    QString portError;
    (void)normalisedPorts(spec.ports, &portError);
    if (!portError.isEmpty())
        return portError;
    if (spec.envs.size() > MaxEnvs)
        return tr("At most %1 environment variables are allowed.").arg(MaxEnvs);
    for (const auto &env : spec.envs) {
        if (env.first.trimmed().isEmpty() || env.first.size() > MaxEnvKeyChars)
            return tr("Environment variable names must be 1 to %1 characters.").arg(MaxEnvKeyChars);
        if (env.second.size() > MaxEnvValueChars)
            return tr("Environment variable values must be at most %1 characters.").arg(MaxEnvValueChars);
    }
    return {};
}

QString NovitaRequests::normalisedPorts(const QString &ports, QString *error)
{
    if (error)
        error->clear();
    QStringList result;
    QSet<int> seen;
    const QStringList items = ports.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const QStringList parts = item.split(u'/');
        bool ok = false;
        const int port = parts.value(0).trimmed().toInt(&ok);
        const QString protocol = parts.value(1).trimmed().toLower();
        QString problem;
        if (parts.size() != 2 || !ok || (protocol != u"tcp"_s && protocol != u"http"_s))
            problem = tr("Ports are written as port/protocol with protocol tcp or http, e.g. \"8888/http, "
                         "22/tcp\" (\"%1\" is not).")
                          .arg(item);
        else if (port < 1 || port > 65535)
            problem = tr("Port %1 is outside 1 to 65535.").arg(port);
        else if (port >= FirstReservedPort && port <= LastReservedPort)
            problem =
                tr("Ports %1 to %2 are reserved by Novita.").arg(FirstReservedPort).arg(LastReservedPort);
        else if (seen.contains(port))
            problem = tr("Port %1 is listed twice.").arg(port);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
        seen.insert(port);
        result.append(QString::number(port) + u'/' + protocol);
    }
    if (result.size() > MaxPorts) {
        if (error)
            *error = tr("At most %1 ports can be exposed.").arg(MaxPorts);
        return {};
    }
    return result.join(u", "_s);
}

int NovitaRequests::rootfsGb(int requestedGb, int minimumGb)
{
    return qMax(requestedGb, qMax(MinRootfsGb, minimumGb));
}

QString NovitaRequests::generatedName()
{
    return u"gpufleet-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QByteArray NovitaRequests::createBody(const InstanceSpec &spec, const QString &name, int rootfsGb)
{
    QJsonObject body{
        {u"name"_s, name},
        {u"productId"_s, spec.offeringId.trimmed()},
        {u"gpuNum"_s, spec.gpuCount},
        {u"rootfsSize"_s, rootfsGb},
        {u"imageUrl"_s, spec.image.trimmed()},
        {u"kind"_s, u"gpu"_s},
    };
    if (!spec.clusterId.trimmed().isEmpty())
        body.insert(u"clusterId"_s, spec.clusterId.trimmed());
    const QString ports = normalisedPorts(spec.ports, nullptr);
    if (!ports.isEmpty())
        body.insert(u"ports"_s, ports);
    QJsonArray envs;
    for (const auto &env : spec.envs)
        envs.append(QJsonObject{{u"key"_s, env.first.trimmed()}, {u"value"_s, env.second}});
    body.insert(u"envs"_s, envs);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray NovitaRequests::actionBody(const QString &instanceId)
{
    return QJsonDocument(QJsonObject{{u"instanceId"_s, instanceId}}).toJson(QJsonDocument::Compact);
}

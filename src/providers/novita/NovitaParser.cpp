#include "providers/novita/NovitaParser.h"

#include "core/SshCommand.h"
#include "providers/novita/NovitaJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

using Json = NovitaJson;

QString tr(const char *text)
{
    return QCoreApplication::translate("NovitaParser", text);
}

ProviderError badResponse(const QString &detail)
{
    return ProviderError::make(ProviderError::Kind::BadResponse, detail);
}

void putText(QVariantMap &extras, const QString &key, const QJsonValue &value)
{
    const QString s = Json::text(value).trimmed();
    if (!s.isEmpty())
        extras.insert(key, s);
}

constexpr auto putInt = &NovitaParser::putInt;

// A body that is a JSON object; anything else is BadResponse.
ProviderError parseObject(const QByteArray &body, QJsonObject &object)
{
    if (body.trimmed().isEmpty())
        return badResponse(QCoreApplication::translate("NovitaParser", "empty response"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badResponse(QCoreApplication::translate("NovitaParser", "malformed JSON"));
    if (!document.isObject())
        return badResponse(QCoreApplication::translate("NovitaParser", "expected a JSON object"));
    object = document.object();
    return {};
}

// An error object served with HTTP 200 must not read as "no instances".
bool looksLikeError(const QJsonObject &object)
{
    if (!Json::text(object.value(u"reason"_s)).trimmed().isEmpty())
        return true;
    const QJsonValue error = object.value(u"error"_s);
    if (error.isObject() || (error.isString() && !error.toString().trimmed().isEmpty()))
        return true;
    return Json::integer(object.value(u"code"_s)) != 0 && object.value(u"message"_s).isString();
}

ProviderError errorInBody(const QByteArray &body)
{
    ProviderError error = badResponse({});
    NovitaParser::readError(error, body);
    return error;
}

// The list under `key`: absent or null is empty (Go and protojson omit empty lists); any other
// non-array is a wrong shape.
ProviderError arrayField(const QByteArray &body, const QJsonObject &object, const QString &key,
                         QJsonArray &out)
{
    const QJsonValue value = object.value(key);
    if (value.isArray()) {
        out = value.toArray();
        return {};
    }
    if (looksLikeError(object))
        return errorInBody(body);
    if (value.isUndefined() || value.isNull())
        return {};
    return badResponse(QCoreApplication::translate("NovitaParser", "unexpected type of \"%1\"").arg(key));
}

QString portMappingsText(const QJsonValue &value)
{
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject mapping = item.toObject();
        const int port = Json::integer(mapping.value(u"port"_s));
        if (port <= 0)
            continue;
        const QString type = Json::text(mapping.value(u"type"_s)).trimmed();
        parts.append(type.isEmpty() ? QString::number(port) : QString::number(port) + u'/' + type);
    }
    return parts.join(u", "_s);
}

Instance instanceFrom(const QJsonObject &o)
{
    Instance instance;
    instance.provider = Provider::Novita;
    instance.id = Json::text(o.value(u"id"_s)).trimmed();
    instance.name = Json::text(o.value(u"name"_s));
    instance.providerStatus = Json::text(o.value(u"status"_s)).trimmed();

    QString errorMessage;
    QString errorState;
    const QJsonValue statusError = o.value(u"statusError"_s);
    if (statusError.isObject()) {
        errorMessage = Json::text(statusError.toObject().value(u"message"_s)).trimmed();
        errorState = Json::text(statusError.toObject().value(u"state"_s)).trimmed();
    } else {
        errorMessage = Json::text(statusError).trimmed();
    }
    const bool hasStatusError = !errorMessage.isEmpty() || !errorState.isEmpty();
    instance.status = InstanceStatuses::fromNovita(instance.providerStatus, hasStatusError);
    instance.statusMessage = errorMessage.isEmpty() ? errorState : errorMessage;

    const QString spotStatus = Json::text(o.value(u"spotStatus"_s)).trimmed().toLower();
    if (spotStatus == u"terminated"_s && instance.status != InstanceStatus::Deleted
        && instance.status != InstanceStatus::Deleting && instance.status != InstanceStatus::Error) {
        instance.status = InstanceStatus::Stopped;
        if (instance.statusMessage.isEmpty())
            instance.statusMessage =
                QCoreApplication::translate("NovitaParser", "Spot instance was reclaimed");
    } else if ((spotStatus == u"notified"_s || spotStatus == u"reclaiming"_s)
               && instance.statusMessage.isEmpty()) {
        instance.statusMessage =
            QCoreApplication::translate("NovitaParser", "Spot instance is about to be reclaimed");
    }

    instance.gpuModel = Json::text(o.value(u"productName"_s)).trimmed();
    instance.gpuCount = qMax(0, Json::integer(o.value(u"gpuNum"_s)));
    const QString clusterName = Json::text(o.value(u"clusterName"_s)).trimmed();
    const QString clusterId = Json::text(o.value(u"clusterId"_s)).trimmed();
    instance.region = clusterName.isEmpty() ? clusterId : clusterName;
    instance.sshPassword = Json::text(o.value(u"sshPassword"_s)); // undocumented, secret

    QVariantMap &extras = instance.extras;
    putText(extras, u"clusterId"_s, o.value(u"clusterId"_s));
    putText(extras, u"clusterName"_s, o.value(u"clusterName"_s));
    putText(extras, u"imageUrl"_s, o.value(u"imageUrl"_s));
    putText(extras, u"productId"_s, o.value(u"productId"_s));
    putText(extras, u"productName"_s, o.value(u"productName"_s));
    putInt(extras, u"rootfsSize"_s, o.value(u"rootfsSize"_s));
    putText(extras, u"billingMode"_s, o.value(u"billingMode"_s));
    putInt(extras, u"cpuNum"_s, o.value(u"cpuNum"_s));
    putInt(extras, u"memory"_s, o.value(u"memory"_s));
    putText(extras, u"spotStatus"_s, o.value(u"spotStatus"_s));
    const QString ports = portMappingsText(o.value(u"portMappings"_s));
    if (!ports.isEmpty())
        extras.insert(u"portMappings"_s, ports);
    return instance;
}

// "host:port", "tcp://host:port" or "[v6]:port" from a port mapping's endpoint.
bool hostPort(const QString &endpoint, QString &host, int &port)
{
    QString value = endpoint.trimmed();
    if (value.isEmpty())
        return false;
    if (!value.contains(u"://"_s))
        value.prepend(u"tcp://"_s);
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() < 1)
        return false;
    host = url.host();
    port = url.port();
    return true;
}

} // namespace

ProviderError NovitaParser::parseList(const QByteArray &body, const QString &key, QJsonArray &rows)
{
    QJsonObject object;
    if (ProviderError error = parseObject(body, object); error.isError())
        return error;
    return arrayField(body, object, key, rows);
}

void NovitaParser::putInt(QVariantMap &extras, const QString &key, const QJsonValue &value)
{
    if (const auto n = Json::number(value))
        extras.insert(key, int(std::llround(*n)));
    else
        putText(extras, key, value);
}

ProviderError NovitaParser::parseInstancePage(const QByteArray &body, InstancePage &page)
{
    page = {};
    QJsonObject object;
    if (ProviderError error = parseObject(body, object); error.isError())
        return error;
    QJsonArray rows;
    if (ProviderError error = arrayField(body, object, u"instances"_s, rows); error.isError())
        return error;
    const QJsonValue total = object.value(u"total"_s);
    if (const auto n = Json::number(total); n && *n >= 0)
        page.total = Json::integer(total, std::numeric_limits<int>::max());
    page.rowCount = int(rows.size());
    for (const QJsonValue &row : std::as_const(rows)) {
        if (!row.isObject())
            continue;
        Instance instance = instanceFrom(row.toObject());
        if (instance.id.isEmpty())
            continue;
        page.ids.append(instance.id);
        page.instances.append(instance);
    }
    return {};
}

ProviderError NovitaParser::parseInstanceDetail(const QByteArray &body, Instance &instance)
{
    QJsonObject o;
    if (ProviderError error = parseObject(body, o); error.isError())
        return error;
    if (looksLikeError(o) && !o.contains(u"id"_s))
        return errorInBody(body);
    instance = instanceFrom(o);
    if (instance.id.isEmpty())
        return badResponse(tr("instance without an id"));

    const QJsonObject ssh = o.value(u"connectComponentSSH"_s).toObject();
    const QString command = Json::text(ssh.value(u"sshCommand"_s)).trimmed();
    if (const auto parsed = command.isEmpty() ? std::nullopt : SshCommand::parse(command); parsed) {
        instance.sshUser = parsed->user;
        instance.sshHost = parsed->host;
        instance.sshPort = parsed->port;
    } else {
        // Unconfirmed fallback (novita.md §7): the public endpoint of the port-22 mapping.
        const QJsonArray mappings = o.value(u"portMappings"_s).toArray();
        for (const QJsonValue &item : mappings) {
            const QJsonObject mapping = item.toObject();
            QString host;
            int port = 0;
            if (Json::integer(mapping.value(u"port"_s)) == 22
                && hostPort(Json::text(mapping.value(u"endpoint"_s)), host, port)) {
                instance.sshHost = host;
                instance.sshPort = port;
                break;
            }
        }
    }
    const QString password = Json::text(ssh.value(u"password"_s));
    if (!password.isEmpty())
        instance.sshPassword = password;
    instance.publicIp = instance.sshHost;

    QVariantMap &extras = instance.extras;
    if (ssh.contains(u"isRunning"_s))
        extras.insert(u"sshReady"_s, Json::boolean(ssh.value(u"isRunning"_s), false));
    putText(extras, u"webTerminalAddress"_s,
            o.value(u"connectComponentWebTerminal"_s).toObject().value(u"address"_s));
    putText(extras, u"jupyterAddress"_s,
            o.value(u"connectComponentJupyter"_s).toObject().value(u"address"_s));
    putText(extras, u"privateIp"_s, o.value(u"network"_s).toObject().value(u"ip"_s));
    putInt(extras, u"freeStorageSize"_s, o.value(u"freeStorageSize"_s));
    return {};
}

ProviderError NovitaParser::parseCreated(const QByteArray &body, QString &instanceId)
{
    instanceId.clear();
    QJsonObject object;
    if (ProviderError error = parseObject(body, object); error.isError())
        return error;
    for (const QString &key : {u"id"_s, u"instanceId"_s}) {
        instanceId = Json::text(object.value(key)).trimmed();
        if (!instanceId.isEmpty())
            return {};
    }
    // Tolerate an envelope some gateways add.
    const QJsonObject data = object.value(u"data"_s).toObject();
    for (const QString &key : {u"id"_s, u"instanceId"_s}) {
        instanceId = Json::text(data.value(key)).trimmed();
        if (!instanceId.isEmpty())
            return {};
    }
    if (looksLikeError(object))
        return errorInBody(body);
    return badResponse(tr("no instance id in the create response"));
}

ProviderError NovitaParser::parseActionResult(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && looksLikeError(document.object()))
        return errorInBody(body);
    return {};
}

void NovitaParser::readError(ProviderError &error, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return; // HTML or text from a gateway: the transport shows an excerpt
    const QJsonObject object = document.object();
    QString reason = Json::text(object.value(u"reason"_s)).trimmed();
    QString message = Json::text(object.value(u"message"_s)).trimmed();
    const QJsonValue nested = object.value(u"error"_s);
    if (nested.isObject()) {
        const QJsonObject inner = nested.toObject();
        if (message.isEmpty())
            message = Json::text(inner.value(u"message"_s)).trimmed();
        if (reason.isEmpty())
            reason = Json::text(inner.value(u"reason"_s)).trimmed();
        if (reason.isEmpty())
            reason = Json::text(inner.value(u"type"_s)).trimmed();
    } else if (nested.isString() && message.isEmpty()) {
        message = nested.toString().trimmed();
    }
    if (!reason.isEmpty()) {
        error.reason = reason;
        error.kind = kindForReason(reason, error.kind);
    }
    if (!message.isEmpty())
        error.providerMessage = message;
}

ProviderError::Kind NovitaParser::kindForReason(const QString &reason, ProviderError::Kind fallback)
{
    const QString r = reason.trimmed().toUpper();
    // RESOURCE_NOT_FOUND arrives as HTTP 400 (error table) or 404 (what clients observe).
    if (r == u"RESOURCE_NOT_FOUND"_s)
        return ProviderError::Kind::NotFound;
    if (r == u"CONFLICT"_s)
        return ProviderError::Kind::Conflict;
    if (r == u"UNAUTHORIZED"_s)
        return ProviderError::Kind::Auth;
    if (r == u"FORBIDDEN"_s)
        return ProviderError::Kind::Forbidden;
    if (r == u"RATE_LIMIT_EXCEEDED"_s)
        return ProviderError::Kind::RateLimited;
    if (r == u"UNKNOWN"_s)
        return ProviderError::Kind::Server;
    return fallback;
}

#include "providers/fal/FalParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SshPort = 22;
constexpr qint64 MaxExactInteger = 9007199254740992LL; // 2^53: doubles are exact below this

// Strings as sent, numbers as their decimal text (ids and cursors are sometimes numeric);
// null, bool, arrays and objects carry no usable text.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number)
            && std::fabs(number) < double(MaxExactInteger))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

std::optional<bool> flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"true"_s || s == u"1"_s || s == u"yes"_s)
            return true;
        if (s == u"false"_s || s == u"0"_s || s == u"no"_s)
            return false;
    }
    return std::nullopt;
}

ProviderError badResponse(const QString &why)
{
    return ProviderError::make(ProviderError::Kind::BadResponse, why);
}

ProviderError parseObject(const QByteArray &body, QJsonObject &object)
{
    if (body.trimmed().isEmpty())
        return badResponse(FalParser::tr("empty response body"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badResponse(FalParser::tr("malformed JSON at offset %1").arg(parseError.offset));
    if (!document.isObject())
        return badResponse(FalParser::tr("expected a JSON object"));
    object = document.object();
    return {};
}

ProviderError invalid(const QString &why)
{
    return ProviderError::make(ProviderError::Kind::Validation, why);
}

const QStringList &sectors()
{
    static const QStringList list{u"sector_1"_s, u"sector_2"_s, u"sector_3"_s};
    return list;
}

} // namespace

std::optional<Instance> FalParser::parseInstance(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Instance instance;
    instance.provider = Provider::Fal;
    instance.id = text(object.value(u"id"_s)).trimmed();
    if (instance.id.isEmpty())
        return std::nullopt;

    const QString type = text(object.value(u"instance_type"_s)).trimmed();
    const auto gpu = gpuForType(type);
    instance.gpuModel = gpu.first;
    instance.gpuCount = gpu.second;
    instance.region = text(object.value(u"region"_s)).trimmed();
    instance.providerStatus = text(object.value(u"status"_s));
    instance.status = InstanceStatuses::fromFal(instance.providerStatus);
    instance.publicIp = text(object.value(u"ip"_s)).trimmed();
    // fal documents the ip as meaningful only once ready; an early ip would refuse connections.
    if (instance.status == InstanceStatus::Running && !instance.publicIp.isEmpty()) {
        instance.sshHost = instance.publicIp;
        instance.sshPort = SshPort;
        instance.sshUser = Providers::defaultSshUser(Provider::Fal);
    }

    const QString sector = text(object.value(u"sector"_s)).trimmed();
    const QString creator = text(object.value(u"creator_user_nickname"_s)).trimmed();
    if (!type.isEmpty())
        instance.extras.insert(u"instance_type"_s, type);
    if (!sector.isEmpty())
        instance.extras.insert(u"sector"_s, sector);
    if (!creator.isEmpty())
        instance.extras.insert(u"creator_user_nickname"_s, creator);
    return instance;
}

ProviderError FalParser::parseListPage(const QByteArray &body, Page &page)
{
    page = Page();
    QJsonObject object;
    if (const ProviderError error = parseObject(body, object); error.isError())
        return error;
    const QJsonValue instances = object.value(u"instances"_s);
    if (!instances.isArray())
        return badResponse(tr("the instance list has no \"instances\" array"));

    const QJsonArray rows = instances.toArray();
    page.instances.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        if (std::optional<Instance> instance = parseInstance(row))
            page.instances.append(std::move(*instance));
        else
            ++page.skippedRows;
    }
    // Opaque: passed back exactly as received.
    page.nextCursor = text(object.value(u"next_cursor"_s));
    page.hasMore = flag(object.value(u"has_more"_s)).value_or(!page.nextCursor.isEmpty());
    return {};
}

ProviderError FalParser::parseInstanceBody(const QByteArray &body, Instance &instance)
{
    QJsonObject object;
    if (const ProviderError error = parseObject(body, object); error.isError())
        return error;
    std::optional<Instance> parsed = parseInstance(object);
    if (!parsed)
        return badResponse(tr("the instance has no id"));
    instance = std::move(*parsed);
    return {};
}

void FalParser::readError(ProviderError &error, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return;
    const QJsonValue envelope = document.object().value(u"error"_s);
    if (!envelope.isObject())
        return;
    const QJsonObject details = envelope.toObject();
    // A machine code, shown in logs and JSON output: anything else is not worth keeping.
    static const QRegularExpression code(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    QString type = text(details.value(u"type"_s)).trimmed();
    if (!code.match(type).hasMatch())
        type.clear();
    error.reason = type;
    error.providerMessage = text(details.value(u"message"_s)).trimmed();

    const QString lowered = type.toLower();
    if (lowered == u"not_found"_s)
        error.kind = ProviderError::Kind::NotFound;
    else if (lowered == u"authorization_error"_s)
        error.kind = error.httpStatus == 403 ? ProviderError::Kind::Forbidden : ProviderError::Kind::Auth;
    else if (lowered == u"rate_limited"_s)
        error.kind = ProviderError::Kind::RateLimited;
    else if (lowered == u"validation_error"_s)
        error.kind = ProviderError::Kind::Validation;
    else if (lowered == u"not_implemented"_s)
        error.kind = ProviderError::Kind::Unsupported;
    else if (lowered == u"server_error"_s)
        error.kind = ProviderError::Kind::Server;
    // Any other type: the kind the HTTP status gave stays.
}

QList<Offering> FalParser::offerings()
{
    // fal.md §7 (Compute introduction): per-type CPU, RAM, VRAM and local SSD.
    Offering one;
    one.id = Type1x;
    one.name = u"1x H100 SXM"_s;
    one.gpuModel = gpuForType(Type1x).first;
    one.gpuCount = 1;
    one.cpuCores = 16;
    one.ramGb = 200;
    one.extras.insert(u"vram_gb"_s, 80);
    one.extras.insert(u"disk_gb"_s, 1000);

    Offering eight;
    eight.id = Type8x;
    eight.name = u"8x H100 SXM"_s;
    eight.gpuModel = gpuForType(Type8x).first;
    eight.gpuCount = 8;
    eight.cpuCores = 128;
    eight.ramGb = 1600;
    eight.extras.insert(u"vram_gb"_s, 640);
    eight.extras.insert(u"disk_gb"_s, 8000);
    eight.extras.insert(u"sectors"_s, sectors());
    return {one, eight};
}

bool FalParser::isInstanceType(const QString &type)
{
    return type == Type1x || type == Type8x;
}

QPair<QString, int> FalParser::gpuForType(const QString &type)
{
    const QString lowered = type.trimmed().toLower();
    if (lowered == Type1x)
        return {u"H100 SXM5"_s, 1};
    if (lowered == Type8x)
        return {u"H100 SXM5"_s, 8};
    return {type.trimmed(), 0};
}

ProviderError FalParser::validateCreate(const InstanceSpec &spec)
{
    const QString type = spec.offeringId.trimmed().toLower();
    if (!isInstanceType(type))
        return invalid(tr("Unknown fal instance type; use %1 or %2").arg(Type1x, Type8x));

    const QString key = spec.sshPublicKey.trimmed();
    if (key.isEmpty())
        return invalid(tr("An SSH public key is required"));
    // Checked first and reported without quoting: a pasted private key must go nowhere.
    if (key.contains(u"PRIVATE KEY"_s, Qt::CaseInsensitive))
        return invalid(tr("That is a private key; paste the public key (the .pub file) instead"));
    if (key.contains(u'\n') || key.contains(u'\r'))
        return invalid(tr("Paste exactly one SSH public key line"));
    static const QRegularExpression whitespace(u"\\s+"_s);
    const bool knownPrefix =
        key.startsWith(u"ssh-"_s) || key.startsWith(u"ecdsa-sha2-"_s) || key.startsWith(u"sk-"_s);
    if (!knownPrefix || key.split(whitespace, Qt::SkipEmptyParts).size() < 2)
        return invalid(tr("Not an OpenSSH public key line; paste the contents of the .pub file"));

    const QString sector = spec.sector.trimmed().toLower();
    if (!sector.isEmpty()) {
        if (type != Type8x)
            return invalid(tr("A sector can only be chosen for %1").arg(Type8x));
        if (!sectors().contains(sector))
            return invalid(tr("The sector must be sector_1, sector_2 or sector_3"));
    }
    return {};
}

QByteArray FalParser::createBody(const InstanceSpec &spec)
{
    QJsonObject body;
    body.insert(u"instance_type"_s, spec.offeringId.trimmed().toLower());
    body.insert(u"ssh_key"_s, spec.sshPublicKey.trimmed());
    const QString sector = spec.sector.trimmed().toLower();
    if (!sector.isEmpty())
        body.insert(u"sector"_s, sector);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

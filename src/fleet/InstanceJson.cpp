#include "fleet/InstanceJson.h"

#include "fleet/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

void appendNumber(QByteArray &out, double value)
{
    // JSON has no NaN or infinity; QJsonDocument writes them as null too.
    if (!qIsFinite(value))
        out += "null";
    else
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        InstanceJson::appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        out += QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Object:
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

// The common extras (text, numbers, flags) directly; anything else as QJsonObject would write it.
void appendVariant(QByteArray &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        InstanceJson::appendString(out, value.toString());
        break;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
        appendNumber(out, value.toDouble());
        break;
    default:
        appendValue(out, QJsonValue::fromVariant(value));
        break;
    }
}

// "name":value pairs of one object, comma-separated.
struct ObjectWriter
{
    QByteArray &out;
    bool first = true;

    void key(const char *name)
    {
        out += first ? "\"" : ",\"";
        first = false;
        out += name;
        out += "\":";
    }
    void text(const char *name, const QString &value)
    {
        key(name);
        InstanceJson::appendString(out, value);
    }
    void number(const char *name, qint64 value)
    {
        key(name);
        out += QByteArray::number(value);
    }
};

} // namespace

namespace InstanceJson {

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    // Plain ASCII (ids, names, addresses: nearly everything) is copied straight into place.
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') {
            plain = false;
            break;
        }
        *to++ = char(u);
    }
    if (plain) {
        out += '"';
        return;
    }
    out.truncate(start);
    const QByteArray utf8 = text.toUtf8();
    // Runs that need no escaping (nearly everything) are appended whole.
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 0xf];
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

void appendJson(QByteArray &out, const Instance &instance)
{
    out += '{';
    ObjectWriter object{out};
    object.text("provider", Providers::id(instance.provider));
    object.text("accountId", instance.accountId);
    object.text("id", instance.id);
    object.text("name", instance.name);
    object.text("gpuModel", instance.gpuModel);
    object.number("gpuCount", instance.gpuCount);
    object.text("region", instance.region);
    object.text("status", InstanceStatuses::name(instance.status));
    object.text("providerStatus", instance.providerStatus);
    object.text("statusMessage", instance.statusMessage);
    object.text("publicIp", instance.publicIp);
    object.text("sshUser", instance.sshUser);
    object.text("sshHost", instance.sshHost);
    object.number("sshPort", instance.sshPort);
    object.key("pricePerHour");
    if (instance.pricePerHour)
        appendNumber(out, *instance.pricePerHour);
    else
        out += "null";
    if (instance.createdAt.isValid()) {
        object.key("createdAt");
        IsoTime::appendJson(out, instance.createdAt);
    }
    if (instance.startedAt.isValid()) {
        object.key("startedAt");
        IsoTime::appendJson(out, instance.startedAt);
    }
    object.key("extras");
    out += '{';
    for (auto it = instance.extras.cbegin(); it != instance.extras.cend(); ++it) {
        if (it != instance.extras.cbegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendVariant(out, it.value());
    }
    out += "}}";
}

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
    instance.createdAt = IsoTime::parse(o.value(u"createdAt"_s).toString());
    instance.startedAt = IsoTime::parse(o.value(u"startedAt"_s).toString());
    instance.extras = o.value(u"extras"_s).toObject().toVariantMap();
    return instance;
}

} // namespace InstanceJson

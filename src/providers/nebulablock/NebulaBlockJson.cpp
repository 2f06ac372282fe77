#include "providers/nebulablock/NebulaBlockJson.h"

#include "core/Redaction.h"
#include "providers/nebulablock/NebulaBlockParser.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxMessageChars = 300;
constexpr qint64 MaxExactInteger = 9007199254740992LL; // 2^53: doubles are exact below this
constexpr double MaxInt = 2e9;

} // namespace

QString NebulaBlockJson::text(const QJsonValue &value)
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

QString NebulaBlockJson::firstText(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        const QString value = text(object.value(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

std::optional<double> NebulaBlockJson::number(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

std::optional<int> NebulaBlockJson::integer(const QJsonValue &value)
{
    const std::optional<double> parsed = number(value);
    if (!parsed || std::fabs(*parsed) > MaxInt)
        return std::nullopt;
    return int(std::lround(*parsed));
}

std::optional<bool> NebulaBlockJson::flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString s = value.toString().trimmed().toLower();
    if (s == u"true"_s || s == u"1"_s || s == u"yes"_s)
        return true;
    if (s == u"false"_s || s == u"0"_s || s == u"no"_s)
        return false;
    return std::nullopt;
}

QVariant NebulaBlockJson::fact(const QJsonValue &value)
{
    if (const std::optional<double> parsed = number(value)) {
        if (*parsed == std::floor(*parsed) && std::fabs(*parsed) < MaxInt)
            return int(*parsed);
        return *parsed;
    }
    const QString s = text(value).trimmed();
    return s.isEmpty() ? QVariant() : QVariant(s);
}

ProviderError NebulaBlockJson::parseBody(const QByteArray &body, QJsonObject &root)
{
    if (body.trimmed().isEmpty())
        return badResponse(tr("empty response body"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badResponse(tr("malformed JSON at offset %1").arg(parseError.offset));
    if (!document.isObject())
        return badResponse(tr("expected a JSON object"));
    root = document.object();
    return envelopeError(body);
}

ProviderError NebulaBlockJson::envelopeError(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    const QString status = text(root.value(u"status"_s)).trimmed().toLower();
    if (status != u"failed"_s && status != u"error"_s && status != u"fail"_s)
        return {};
    ProviderError error;
    readEnvelopeText(root, error);
    error.kind = NebulaBlockParser::kindForMessage(error.reason + u' ' + error.providerMessage,
                                                   ProviderError::Kind::Validation);
    return error;
}

bool NebulaBlockJson::isExplicitSuccess(const QJsonObject &root)
{
    return text(root.value(u"status"_s)).trimmed().compare(u"success"_s, Qt::CaseInsensitive) == 0;
}

void NebulaBlockJson::readEnvelopeText(const QJsonObject &root, ProviderError &error)
{
    const QJsonValue legacy = root.value(u"error"_s);
    QString message = text(root.value(u"message"_s)).trimmed();
    if (legacy.isObject()) {
        const QJsonObject details = legacy.toObject();
        error.reason = text(details.value(u"code"_s)).trimmed();
        if (message.isEmpty())
            message = text(details.value(u"message"_s)).trimmed();
    } else if (message.isEmpty()) {
        message = text(legacy).trimmed();
    }
    error.providerMessage = cleanMessage(message);
}

QString NebulaBlockJson::cleanMessage(const QString &message)
{
    // Redaction knows ak_ keys and auth headers; a JWT access token is the other credential.
    static const QRegularExpression jwt(uR"(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"_s);
    QString clean = Redaction::scrub(message).simplified();
    clean.replace(jwt, u"***"_s);
    if (clean.size() > MaxMessageChars)
        clean = clean.left(MaxMessageChars - 1) + QChar(0x2026);
    return clean;
}

ProviderError NebulaBlockJson::badResponse(const QString &why)
{
    return ProviderError::make(ProviderError::Kind::BadResponse, why);
}

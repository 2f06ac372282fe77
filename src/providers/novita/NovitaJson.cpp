#include "providers/novita/NovitaJson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

std::optional<double> NovitaJson::number(const QJsonValue &value)
{
    double result = 0;
    if (value.isDouble()) {
        result = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        result = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(result))
        return std::nullopt;
    return result;
}

int NovitaJson::integer(const QJsonValue &value, int fallback)
{
    const auto n = number(value);
    if (!n || *n < double(std::numeric_limits<int>::min()) || *n > double(std::numeric_limits<int>::max()))
        return fallback;
    return int(std::llround(*n));
}

QString NovitaJson::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

bool NovitaJson::boolean(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"true"_s || s == u"1"_s)
            return true;
        if (s == u"false"_s || s == u"0"_s)
            return false;
    }
    return fallback;
}

QStringList NovitaJson::strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString s = text(item).trimmed();
        if (!s.isEmpty())
            result.append(s);
    }
    return result;
}

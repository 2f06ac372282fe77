#pragma once

#include "providers/nebulablock/NebulaBlockParser.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Helpers shared by the Nebula Block parser tests (tst_nebulablockparser_*.cpp).
namespace NebulaBlockParserFixture {

using namespace Qt::Literals::StringLiterals;

inline QByteArray fixture(const QString &name)
{
    const QByteArray body = TestSupport::fixture(u"nebulablock/"_s + name);
    if (body.isEmpty())
        qWarning("missing fixture %s", qPrintable(name));
    return body;
}

inline Instance instanceFrom(const QByteArray &json)
{
    return NebulaBlockParser::parseInstance(QJsonDocument::fromJson(json).object()).value_or(Instance());
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace NebulaBlockParserFixture

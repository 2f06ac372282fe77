#pragma once

#include "providers/novita/NovitaParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Helpers shared by the NovitaParser tests (tst_novitaparser_list, tst_novitaparser_endpoints).
namespace NovitaParserTesting {

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;
// The (fake) root password in get_running.json; named so verbose test output never shows it.
inline const QString FixturePassword = u"Xq7!fake-pass-0001"_s;

// Kinds as names: readable in failure output, and no metatype needed for data columns.
inline QString k(Kind kind)
{
    return ProviderError::kindName(kind);
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A one-row list page around `row`.
inline QByteArray page(const QJsonObject &row, const QJsonValue &total = 1)
{
    QJsonObject body{{u"instances"_s, QJsonArray{row}}};
    if (!total.isUndefined())
        body.insert(u"total"_s, total);
    return json(body);
}

inline Instance parseOne(const QByteArray &body)
{
    NovitaParser::InstancePage result;
    const ProviderError error = NovitaParser::parseInstancePage(body, result);
    if (error.isError() || result.instances.size() != 1)
        return {};
    return result.instances.first();
}

} // namespace NovitaParserTesting

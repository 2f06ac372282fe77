#pragma once

#include "providers/ProviderError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Lenient readers for Nebula Block JSON values and its {data, message, status} envelope: numbers
// that arrive as strings, ids that arrive as numbers, provider text made safe to show. Pure.
class NebulaBlockJson final
{
    Q_DECLARE_TR_FUNCTIONS(NebulaBlockJson)

public:
    NebulaBlockJson() = delete;

    // Strings as sent; integral numbers without a fraction (SSH key ids are ints); else empty.
    [[nodiscard]] static QString text(const QJsonValue &value);
    // The first non-empty trimmed text among `keys` (documented name first, then alternatives).
    [[nodiscard]] static QString firstText(const QJsonObject &object, std::initializer_list<QString> keys);
    // Numbers or numeric strings ("28"); std::nullopt for anything else.
    [[nodiscard]] static std::optional<double> number(const QJsonValue &value);
    [[nodiscard]] static std::optional<int> integer(const QJsonValue &value);
    [[nodiscard]] static std::optional<bool> flag(const QJsonValue &value);
    // A detail for extras: numbers as int/double whether sent as 28 or "28", else trimmed text.
    [[nodiscard]] static QVariant fact(const QJsonValue &value);

    /**
     * Parses a body that must be a JSON object and checks its envelope: BadResponse for empty,
     * malformed or non-object bodies; the provider's failure for status "failed"/"error".
     */
    [[nodiscard]] static ProviderError parseBody(const QByteArray &body, QJsonObject &root);
    // A failure envelope in any body; Kind::None when the body is no JSON object or not failed.
    [[nodiscard]] static ProviderError envelopeError(const QByteArray &body);
    // status is literally "success" (lets an absent data mean "nothing" only when explicit).
    [[nodiscard]] static bool isExplicitSuccess(const QJsonObject &root);
    // Fills reason and providerMessage from {message} or the legacy {error:{code,message}}.
    static void readEnvelopeText(const QJsonObject &root, ProviderError &error);
    // Provider text for people: credentials removed, one line, at most 300 characters.
    [[nodiscard]] static QString cleanMessage(const QString &message);
    [[nodiscard]] static ProviderError badResponse(const QString &why);
};

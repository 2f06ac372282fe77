#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Lenient readers for Novita JSON, which sends many numbers as strings (novita.md §1): a number
// or a numeric string reads as a number, a number reads as text. Pure static functions.
class NovitaJson final
{
public:
    // A finite number from a JSON number or numeric string.
    [[nodiscard]] static std::optional<double> number(const QJsonValue &value);
    // Rounded to int; `fallback` when absent, unreadable or out of range.
    [[nodiscard]] static int integer(const QJsonValue &value, int fallback = 0);
    // Strings as they are, integral numbers without a decimal point, booleans as true/false.
    [[nodiscard]] static QString text(const QJsonValue &value);
    // true/false, 1/0 as numbers or strings; `fallback` otherwise.
    [[nodiscard]] static bool boolean(const QJsonValue &value, bool fallback);
    // The non-empty texts of an array.
    [[nodiscard]] static QStringList strings(const QJsonValue &value);
};

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer the simulator is about to send: status, headers and body bytes.
struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Retry-After, ...)

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse json(int status, const QJsonArray &array);
    static SimResponse empty(int status);
    // True when the body is meant to be JSON (what the JSON-mangling faults work on).
    [[nodiscard]] bool isJson() const { return contentType.startsWith("application/json"); }
};

#pragma once

#include "core/Instance.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Turns Novita GPU Instance v1 instance, create and action bodies (novita.md) into GPU Fleet
// values; catalogue bodies are NovitaCatalogueParser's. Pure static functions: bytes in, values
// or a ProviderError out; no network, no state. Lenient about numbers sent as strings, missing
// optional fields and unknown fields; strict about shapes that would silently empty a fleet (an
// error object where a list should be).
class NovitaParser final
{
public:
    struct InstancePage
    {
        QList<Instance> instances; // rows with an id, in server order
        QStringList ids;           // ids of those rows, to spot a server repeating a page
        int rowCount = 0;          // rows the server sent, with or without an id
        int total = -1;            // `total`, or -1 when absent
    };

    // `GET /gpu/instances` → one page. Statuses, extras and the (secret) list `sshPassword`.
    [[nodiscard]] static ProviderError parseInstancePage(const QByteArray &body, InstancePage &page);
    // `GET /gpu/instance` → one instance with SSH details from connectComponentSSH.
    [[nodiscard]] static ProviderError parseInstanceDetail(const QByteArray &body, Instance &instance);
    // `POST /gpu/instance/create` → the new instance id (`id`, or `instanceId`).
    [[nodiscard]] static ProviderError parseCreated(const QByteArray &body, QString &instanceId);

    // A start/stop/restart/delete 2xx body: empty, {} or any other object is success; only an
    // error object (reason, error, non-zero code with message) fails.
    [[nodiscard]] static ProviderError parseActionResult(const QByteArray &body);

    // HttpTransport::ErrorReader: reads kratos-style {code, reason, message, metadata}, or
    // {error: {message}} / {error: "..."} / {message}, and refines the kind from the reason.
    static void readError(ProviderError &error, const QByteArray &body);
    // Kind for a Novita error reason; `fallback` (from the HTTP status) for reasons not listed.
    [[nodiscard]] static ProviderError::Kind kindForReason(const QString &reason,
                                                           ProviderError::Kind fallback);

    // Shared with NovitaCatalogueParser. The list under `key` of a JSON object body: absent or
    // null is empty; an error object, or another shape, fails.
    [[nodiscard]] static ProviderError parseList(const QByteArray &body, const QString &key,
                                                 QJsonArray &rows);
    // A number as an int, else non-empty text, under `key`.
    static void putInt(QVariantMap &extras, const QString &key, const QJsonValue &value);
};

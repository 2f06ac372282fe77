#pragma once

#include "core/Provider.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// Plain values shared by the simulated cloud's public API (SimulatedCloud.h) and its per-provider
// handlers. Nothing here touches the network.

struct SimulatorOptions
{
    quint16 port = 0;             // 0 = any free port (each provider's port when portPerProvider)
    bool portPerProvider = false; // one listening port per provider instead of one shared port
    double speed = 1.0;           // > 1 = faster lifecycle (step time is divided by it)
    int latencyMs = 0;            // added before every answer (timers, never blocking)
    bool sshGreeters = true;      // running instances get a loopback port answering "SSH-2.0-..."
};

// A misbehaviour applied to requests of one provider whose path contains pathContains (empty =
// all). HttpError, RateLimit and HtmlErrorPage refuse the request before the API sees it; every
// other kind lets the API handle it (state changes happen) and then loses or mangles the answer,
// like a real network failing after the server did the work.
struct SimFault
{
    enum class Kind
    {
        HttpError,     // httpStatus + the provider's own error body
        RateLimit,     // 429 + provider body; Retry-After when retryAfterSeconds >= 0
        Stall,         // never answer (the connection is held until the cloud is destroyed)
        ResetMidBody,  // headers + half the body (no body: nothing), then the connection drops
        TruncatedJson, // a complete HTTP answer whose JSON body is cut in half
        MalformedJson, // a complete HTTP answer whose body is not JSON
        WrongShape,    // arrays become objects, numbers strings, strings null, bools numbers
        EmptyBody,     // 200 with an empty body
        HtmlErrorPage, // 502 text/html gateway page
        HugeBody,      // 200 with a 40 MiB JSON body
        RepeatCursor   // fal: next_cursor never changes; Novita/Nebula: always the first page
    };
    Kind kind = Kind::HttpError;
    int httpStatus = 500;
    int retryAfterSeconds = -1; // -1 = no Retry-After header
    QString pathContains;       // matched against the full request path; empty = any
    QByteArray method;          // empty = any
    int count = -1;             // requests affected, -1 = until cleared
    int ratePercent = 100;      // chance that a matching request is affected
};

// One request as the simulator received it (recorded in arrival order).
struct SimRequest
{
    Provider provider = Provider::Fal;
    QByteArray method;
    QString path;  // full path, e.g. /v1/compute/instances
    QString query; // without '?'
    QByteArray authorization;
    QByteArray idempotencyKey;
    QByteArray body;
};

// An instance put into the cloud directly (tests, --demo). rawStatus uses the provider's own
// vocabulary; a transitional status continues along the provider's lifecycle.
struct SimInstanceSeed
{
    QString name;
    QString rawStatus;  // empty = the provider's running status
    QString offeringId; // fal instance_type, Novita productId, Nebula product id; empty = a default
    int gpuCount = 1;   // fal: 8 = the 8x type; Novita gpuNum; Nebula: the product decides
    QString region;     // fal region, Novita clusterId, Nebula region (the product's when empty)
};

Q_DECLARE_METATYPE(SimRequest)
Q_DECLARE_METATYPE(SimFault)
Q_DECLARE_METATYPE(SimFault::Kind)

#pragma once

#include <QMetaType>
#include <QString>

// Why a provider call failed, in a form fit to show a user. Never carries the API key, headers or
// request bodies; `providerMessage` is the provider's own text, already scrubbed and shortened.
struct ProviderError
{
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Auth,      // 401: key wrong or revoked
        Forbidden, // 403: key lacks scope/tier
        NotFound,
        RateLimited,
        Validation,       // 400: the request was refused as invalid
        Conflict,         // wrong state for the action
        Server,           // 5xx
        BadResponse,      // unparseable or wrong-shaped body, or too large
        InsecureEndpoint, // refused before sending: plain HTTP to a non-loopback host
        Unsupported,      // the provider has no such operation
        Cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason;          // provider's machine code: fal error.type, Novita reason, ...
    QString providerMessage; // provider's own human text (sanitised)
    int retryAfterMs = -1;   // from Retry-After / x-ratelimit-reset, when given

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // One translated line for people: what went wrong, plus the provider's words when useful.
    [[nodiscard]] QString message() const;
    // "network", "timeout", "auth", ... (logs and JSON output).
    [[nodiscard]] static QString kindName(Kind kind);

    static ProviderError make(Kind kind, const QString &providerMessage = {}, int httpStatus = 0);
    // Maps an HTTP status to a kind (401 auth, 403 forbidden, 404 not found, 409 conflict,
    // 429 rate limited, 4xx validation, 5xx server).
    static Kind kindForHttpStatus(int status);
};

Q_DECLARE_METATYPE(ProviderError)

#pragma once

#include "providers/ProviderError.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // appended to the account's base URL, e.g. "/compute/instances"
    QUrlQuery query;
    QByteArray body;           // JSON, or empty
    QByteArray idempotencyKey; // sent as Idempotency-Key when set
    // May be sent again after a network error, timeout, 5xx or 429. True for reads; for a
    // create only when an idempotency key makes the repeat harmless.
    bool retryable = false;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    ProviderError error;                   // set for network failures and non-2xx statuses
    int attempts = 0;
};

// One request in flight, with its retries. Emits finished() exactly once, never synchronously,
// then deletes itself. abort() ends it with Kind::Cancelled.
class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    ~HttpCall() override;
    void abort();

signals:
    void finished(const HttpResponse &response);

private:
    friend class HttpTransport;
    explicit HttpCall(QObject *parent);
    void complete(const HttpResponse &response);

    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    bool m_done = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
    int m_attempt = 0;
};

// The one way provider clients talk HTTP. Adds the account's Authorization header (only to the
// account's own endpoint, only over HTTPS or to loopback), JSON headers and a User-Agent, sets
// a timeout and the same-origin redirect policy, retries what may be retried, caps response
// size and maps every failure to ProviderError. Knows nothing of any provider's JSON except
// through the ErrorReader the client installs.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    // Fills reason/providerMessage (and may refine kind) from a failed response's body.
    using ErrorReader = std::function<void(ProviderError &error, const QByteArray &body)>;

    HttpTransport(QNetworkAccessManager *network, const QUrl &baseUrl, const QByteArray &authorization,
                  QObject *parent = nullptr);
    ~HttpTransport() override;

    void setErrorReader(ErrorReader reader) { m_errorReader = std::move(reader); }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // First retry after about baseMs, doubling with jitter, never more than maxMs. A 429 whose
    // Retry-After is longer than maxMs is not waited out: it fails with retryAfterMs set.
    void setBackoff(int baseMs, int maxMs);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    [[nodiscard]] const QUrl &baseUrl() const { return m_baseUrl; }
    // Total HTTP requests sent (attempts included); for polling-cost checks.
    [[nodiscard]] int requestCount() const { return m_requestCount; }

    HttpCall *send(const HttpRequest &request);
    // Removes this account's key (and anything key-like) from provider text, e.g. a "failed"
    // message inside a 200 body that the transport did not treat as an error.
    [[nodiscard]] QString scrub(const QString &text) const;

    static QByteArray userAgent();
    // Parses Retry-After (seconds or HTTP date) and x-ratelimit-reset; -1 when absent.
    static int retryAfterMs(const QHash<QByteArray, QByteArray> &headers);

private:
    void start(HttpCall *call, const HttpRequest &request);
    void onReplyFinished(HttpCall *call, const HttpRequest &request, QNetworkReply *reply);
    [[nodiscard]] int backoffDelay(int attempt) const;
    [[nodiscard]] QUrl urlFor(const HttpRequest &request) const;
    [[nodiscard]] QString apiKey() const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    ErrorReader m_errorReader;
    int m_timeoutMs = 20000;
    int m_maxAttempts = 4;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 8000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    int m_requestCount = 0;
};

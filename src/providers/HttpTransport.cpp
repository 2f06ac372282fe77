#include "providers/HttpTransport.h"

#include "core/EndpointPolicy.h"
#include "core/Logging.h"
#include "core/Redaction.h"
#include "providers/SendOnceBody.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt 6.4 finishes a reply without error when the connection closes before Content-Length bytes
// arrived (seen with tests/support ScriptedHttpServer's resetMidBody). Compressed bodies are
// skipped: Qt has already inflated them, so their size says nothing.
bool isTruncated(const HttpResponse &response)
{
    if (response.headers.contains("content-encoding"))
        return false;
    bool ok = false;
    const qint64 expected = response.headers.value("content-length").trimmed().toLongLong(&ok);
    return ok && response.body.size() < expected;
}

} // namespace

HttpCall::HttpCall(QObject *parent)
    : QObject(parent)
{
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished with Cancelled
        return;
    }
    HttpResponse response;
    response.error = ProviderError::make(ProviderError::Kind::Cancelled);
    complete(response);
}

void HttpCall::complete(const HttpResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    // Always from the event loop, so callers can connect after send() returns.
    QMetaObject::invokeMethod(
        this,
        [this, response] {
            emit finished(response);
            deleteLater();
        },
        Qt::QueuedConnection);
}

HttpTransport::HttpTransport(QNetworkAccessManager *network, const QUrl &baseUrl,
                             const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_authorization(authorization)
{
}

HttpTransport::~HttpTransport() = default; // calls are children: their destructors abort replies

void HttpTransport::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = qMax(1, baseMs);
    m_backoffMaxMs = qMax(m_backoffBaseMs, maxMs);
}

QString HttpTransport::apiKey() const
{
    return QString::fromLatin1(m_authorization.mid(m_authorization.indexOf(' ') + 1));
}

QString HttpTransport::scrub(const QString &text) const
{
    return Redaction::scrub(text, {apiKey()});
}

QByteArray HttpTransport::userAgent()
{
    return QByteArrayLiteral("GPUFleet/" GPUFLEET_VERSION " (Qt ") + QByteArray(qVersion()) + ')';
}

int HttpTransport::retryAfterMs(const QHash<QByteArray, QByteArray> &headers)
{
    const QByteArray retryAfter = headers.value("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = retryAfter.toDouble(&ok);
        if (ok && seconds >= 0)
            return int(qMin(seconds, 86400.0) * 1000);
        // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser rejects; it means +0000.
        QByteArray date = retryAfter;
        if (date.endsWith(" GMT"))
            date.replace(date.size() - 3, 3, "+0000");
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        if (when.isValid())
            return int(
                qBound<qint64>(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(when), qint64(86400000)));
    }
    const QByteArray reset = headers.value("x-ratelimit-reset").trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const double seconds = reset.toDouble(&ok);
        // Some servers send an epoch timestamp instead of a delay. Bounded while still a double:
        // converting an absurd value (1e300, inf) to an integer first is undefined (found by
        // fuzzing, tests/fuzz/regressions/redaction).
        if (ok && seconds > 1e9)
            return int(
                qBound(0.0, seconds * 1000.0 - double(QDateTime::currentMSecsSinceEpoch()), 86400000.0));
        if (ok && seconds >= 0)
            return int(qMin(seconds, 86400.0) * 1000);
    }
    return -1;
}

int HttpTransport::backoffDelay(int attempt) const
{
    const qint64 exponential = qint64(m_backoffBaseMs) << qMin(attempt - 1, 16);
    const int capped = int(qMin<qint64>(exponential, m_backoffMaxMs));
    // Full jitter in the upper half keeps many accounts from retrying in lockstep.
    return capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
}

QUrl HttpTransport::urlFor(const HttpRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

HttpCall *HttpTransport::send(const HttpRequest &request)
{
    auto *call = new HttpCall(this);
    start(call, request);
    return call;
}

void HttpTransport::start(HttpCall *call, const HttpRequest &request)
{
    const QUrl url = urlFor(request);
    if (!EndpointPolicy::mayCarryCredentials(url)) {
        qCWarning(lcHttp) << "refused to send credentials to" << url.scheme() << url.host();
        HttpResponse response;
        response.error = ProviderError::make(ProviderError::Kind::InsecureEndpoint);
        call->complete(response);
        return;
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("Content-Type", "application/json");
    networkRequest.setRawHeader("User-Agent", userAgent());
    if (!request.idempotencyKey.isEmpty())
        networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey);
    networkRequest.setTransferTimeout(m_timeoutMs);
    // Qt's default, stated so it stays: over HTTPS, HTTP/2 carries every account of a provider on
    // one multiplexed connection instead of queueing them on 6 HTTP/1.1 ones (docs/PERFORMANCE.md).
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Qt's default policy forwards our raw Authorization header to another origin on redirect.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);

    ++call->m_attempt;
    ++m_requestCount;
    QNetworkReply *reply = nullptr;
    if (request.retryable) {
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        // Unbuffered, so Qt reads the body through SendOnceBody and cannot repeat the write.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new SendOnceBody(request.body);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    call->m_reply = reply;
    qCDebug(lcHttp) << request.method << url.path() << "attempt" << call->m_attempt;
    connect(reply, &QNetworkReply::downloadProgress, call, [this, call, reply](qint64 received, qint64) {
        if (received > m_maxBodyBytes && !call->m_tooLarge) {
            call->m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, call,
            [this, call, request, reply] { onReplyFinished(call, request, reply); });
}

void HttpTransport::onReplyFinished(HttpCall *call, const HttpRequest &request, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply = nullptr;

    HttpResponse response;
    response.attempts = call->m_attempt;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    const QStringList secrets{apiKey()};

    const QNetworkReply::NetworkError netError = reply->error();
    if (call->m_tooLarge) {
        response.error = ProviderError::make(
            ProviderError::Kind::BadResponse,
            tr("response larger than %1; not read").arg(QLocale().formattedDataSize(m_maxBodyBytes)));
        call->complete(response);
        return;
    }
    if (call->m_aborted) {
        response.error = ProviderError::make(ProviderError::Kind::Cancelled);
        call->complete(response);
        return;
    }
    if (reply->isOpen())
        response.body = reply->readAll();

    if (response.status == 0 || netError == QNetworkReply::InsecureRedirectError
        || netError == QNetworkReply::TooManyRedirectsError) {
        switch (netError) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            response.error = ProviderError::make(ProviderError::Kind::Timeout);
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            response.error = ProviderError::make(ProviderError::Kind::Network,
                                                 tr("redirect to another host refused"), response.status);
            break;
        case QNetworkReply::ContentReSendError:
            // SendOnceBody stopped Qt from repeating a write on a new connection.
            response.error = ProviderError::make(
                ProviderError::Kind::Network,
                tr("the connection closed before the provider answered; the request was not sent again"));
            break;
        default:
            response.error = ProviderError::make(ProviderError::Kind::Network,
                                                 Redaction::scrub(reply->errorString(), secrets));
            break;
        }
    } else if (response.status >= 300 || response.status < 200) {
        ProviderError error;
        error.kind = ProviderError::kindForHttpStatus(response.status);
        error.httpStatus = response.status;
        error.retryAfterMs = retryAfterMs(response.headers);
        if (m_errorReader)
            m_errorReader(error, response.body);
        error.reason = Redaction::scrub(error.reason, secrets);
        error.providerMessage = Redaction::scrub(error.providerMessage, secrets);
        if (error.providerMessage.isEmpty())
            error.providerMessage = Redaction::excerpt(response.body, secrets);
        if (error.providerMessage.size() > 300)
            error.providerMessage = error.providerMessage.left(299) + QChar(0x2026);
        response.error = error;
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        // 2xx, then the body stopped arriving for longer than the transfer timeout (we did not
        // abort: that is handled above).
        response.error = ProviderError::make(ProviderError::Kind::Timeout, {}, response.status);
    } else if (netError != QNetworkReply::NoError) {
        // 2xx but the transfer broke (connection reset mid-body).
        response.error = ProviderError::make(
            ProviderError::Kind::Network, Redaction::scrub(reply->errorString(), secrets), response.status);
    } else if (isTruncated(response)) {
        response.error = ProviderError::make(ProviderError::Kind::Network,
                                             tr("the connection closed before the whole response arrived"),
                                             response.status);
    }

    const ProviderError::Kind kind = response.error.kind;
    // A refused redirect would only be refused again.
    const bool redirectRefused =
        netError == QNetworkReply::InsecureRedirectError || netError == QNetworkReply::TooManyRedirectsError;
    const bool transient = !redirectRefused
        && (kind == ProviderError::Kind::Network || kind == ProviderError::Kind::Timeout
            || kind == ProviderError::Kind::Server || kind == ProviderError::Kind::RateLimited);
    if (request.retryable && transient && call->m_attempt < m_maxAttempts) {
        int delay = backoffDelay(call->m_attempt);
        if (kind == ProviderError::Kind::RateLimited && response.error.retryAfterMs >= 0)
            delay = response.error.retryAfterMs;
        if (delay <= m_backoffMaxMs) {
            qCDebug(lcHttp) << "retrying" << request.path << "after" << delay
                            << "ms:" << ProviderError::kindName(kind);
            if (!call->m_retryTimer) {
                call->m_retryTimer = new QTimer(call);
                call->m_retryTimer->setSingleShot(true);
            }
            call->m_retryTimer->disconnect();
            connect(call->m_retryTimer, &QTimer::timeout, call,
                    [this, call, request] { start(call, request); });
            call->m_retryTimer->start(delay);
            return;
        }
    }
    if (response.error.isError())
        qCDebug(lcHttp) << request.method << request.path << "failed:" << ProviderError::kindName(kind)
                        << response.status;
    call->complete(response);
}

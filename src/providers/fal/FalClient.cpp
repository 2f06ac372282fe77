#include "providers/fal/FalClient.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/OffThreadParse.h"
#include "providers/StringPool.h"
#include "providers/fal/FalParser.h"

#include <QHash>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString InstancesPath = u"/compute/instances"_s;

ProviderError badResponse(const QString &why)
{
    return ProviderError::make(ProviderError::Kind::BadResponse, why);
}

// Header-safe: visible ASCII only, so a pasted value cannot smuggle a line break into the request.
bool isHeaderToken(const QString &value)
{
    if (value.isEmpty() || value.size() > 255)
        return false;
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

// Everything a multi-page list carries from one page to the next.
struct FalClient::ListState
{
    QList<Instance> instances;
    QHash<QString, qsizetype> indexById;
    QSet<QString> cursors;
    int pages = 0;
};

FalClient::FalClient(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
                     QObject *parent)
    : ProviderClient(account, network, QByteArrayLiteral("Key ") + apiKey.trimmed().toUtf8(), parent)
{
    m_transport->setErrorReader(&FalParser::readError);
}

FalClient::~FalClient() = default; // the transport (a child) aborts whatever is still in flight

ProviderCall *FalClient::listInstances()
{
    ProviderCall *call = newCall();
    fetchPage(call, std::make_shared<ListState>(), {});
    return call;
}

void FalClient::fetchPage(ProviderCall *call, const std::shared_ptr<ListState> &state, const QString &cursor)
{
    HttpRequest request;
    request.path = InstancesPath;
    request.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    // Encoded here: QUrlQuery would leave '+' alone, which servers read back as a space.
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    request.retryable = true;

    HttpCall *http = m_transport->send(request);
    call->track(http);
    connect(http, &HttpCall::finished, call,
            [this, call, state](const HttpResponse &response) { onPageFinished(call, state, response); });
}

void FalClient::onPageFinished(ProviderCall *call, const std::shared_ptr<ListState> &state,
                               const HttpResponse &response)
{
    if (call->isFinished())
        return;
    if (response.error.isError()) {
        call->fail(response.error);
        return;
    }
    // Parsed on a worker thread: a page of thousands of instances would stall the GUI.
    OffThreadParse::run<FalParser::Page>(
        call, response.body,
        [](const QByteArray &body, FalParser::Page &page) {
            const ProviderError error = FalParser::parseListPage(body, page);
            StringPool().share(page.instances);
            return error;
        },
        [this, call, state, status = response.status](ProviderError error, FalParser::Page &page) {
            if (call->isFinished())
                return;
            if (error.isError()) {
                error.httpStatus = status;
                call->fail(error);
                return;
            }
            onPageParsed(call, state, page);
        });
}

void FalClient::onPageParsed(ProviderCall *call, const std::shared_ptr<ListState> &state,
                             FalParser::Page &page)
{
    ++state->pages;
    if (page.skippedRows > 0)
        qCDebug(lcFal) << "list page" << state->pages << "skipped" << page.skippedRows
                       << "rows without an id";

    // Pages can overlap when instances come and go mid-listing: the later row wins.
    for (Instance &instance : page.instances) {
        applyAccount(instance);
        const auto found = state->indexById.constFind(instance.id);
        if (found != state->indexById.constEnd()) {
            state->instances[*found] = std::move(instance);
        } else {
            state->indexById.insert(instance.id, state->instances.size());
            state->instances.append(std::move(instance));
        }
    }

    if (!page.hasMore && page.nextCursor.isEmpty()) {
        qCDebug(lcFal) << "listed" << state->instances.size() << "instances in" << state->pages << "pages";
        ProviderResult result;
        result.instances = state->instances;
        result.pages = state->pages;
        call->finish(result);
        return;
    }
    // Without a fresh cursor the next request would fetch a page already seen, forever.
    if (page.nextCursor.isEmpty()) {
        call->fail(badResponse(tr("the provider reported more instances but sent no cursor")));
        return;
    }
    if (state->cursors.contains(page.nextCursor)) {
        qCWarning(lcFal) << "list cursor repeated after" << state->pages << "pages";
        call->fail(badResponse(tr("the provider repeated a page cursor; the list was not completed")));
        return;
    }
    if (state->pages >= MaxPages) {
        call->fail(badResponse(tr("the instance list has more than %1 pages").arg(MaxPages)));
        return;
    }
    state->cursors.insert(page.nextCursor);
    fetchPage(call, state, page.nextCursor);
}

ProviderCall *FalClient::getInstance(const QString &instanceId)
{
    HttpRequest request;
    request.path = instancePath(instanceId);
    if (request.path.isEmpty())
        return failed(ProviderError::make(ProviderError::Kind::Validation, tr("invalid instance id")));
    request.retryable = true;
    return sendForInstance(request);
}

ProviderCall *FalClient::createInstance(const InstanceSpec &spec)
{
    if (const ProviderError error = FalParser::validateCreate(spec); error.isError())
        return failed(error);
    const QString idempotencyKey = spec.idempotencyKey.trimmed();
    if (!idempotencyKey.isEmpty() && !isHeaderToken(idempotencyKey))
        return failed(ProviderError::make(ProviderError::Kind::Validation, tr("invalid idempotency key")));

    HttpRequest request;
    request.method = "POST";
    request.path = InstancesPath;
    request.body = FalParser::createBody(spec);
    request.idempotencyKey = idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                                                      : idempotencyKey.toLatin1();
    // fal answers a repeat of the same Idempotency-Key from its cache for 10 minutes, so a retry
    // after a timeout or 5xx cannot create a second instance.
    request.retryable = true;
    return sendForInstance(request);
}

ProviderCall *FalClient::sendForInstance(const HttpRequest &request)
{
    ProviderCall *call = newCall();
    HttpCall *http = m_transport->send(request);
    call->track(http);
    connect(http, &HttpCall::finished, call, [this, call](const HttpResponse &response) {
        if (response.error.isError()) {
            call->fail(response.error);
            return;
        }
        ProviderResult result;
        ProviderError error = FalParser::parseInstanceBody(response.body, result.instance);
        if (error.isError()) {
            error.httpStatus = response.status;
            call->fail(error);
            return;
        }
        applyAccount(result.instance);
        call->finish(result);
    });
    return call;
}

ProviderCall *FalClient::deleteInstance(const QString &instanceId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = instancePath(instanceId);
    if (request.path.isEmpty())
        return failed(ProviderError::make(ProviderError::Kind::Validation, tr("invalid instance id")));
    // Never repeated: a lost 204 followed by a retry's 404 would read as a failure.
    request.retryable = false;

    ProviderCall *call = newCall();
    HttpCall *http = m_transport->send(request);
    call->track(http);
    connect(http, &HttpCall::finished, call, [call](const HttpResponse &response) {
        if (response.error.isError()) {
            call->fail(response.error);
            return;
        }
        call->finish(ProviderResult());
    });
    return call;
}

ProviderCall *FalClient::listOfferings()
{
    ProviderCall *call = newCall();
    ProviderResult result;
    result.offerings = FalParser::offerings();
    call->finish(result); // delivered from the event loop like every other result
    return call;
}

QString FalClient::instancePath(const QString &instanceId)
{
    const QString id = instanceId.trimmed();
    // "." and ".." would be resolved as path segments and address another resource.
    if (id.isEmpty() || id == u"."_s || id == u".."_s)
        return {};
    return InstancesPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

#include "providers/nebulablock/NebulaBlockClient.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/OffThreadParse.h"
#include "providers/StringPool.h"
#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockCreation.h"
#include "providers/nebulablock/NebulaBlockJson.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "providers/nebulablock/NebulaBlockRequests.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A failed detail request is tried again on a later poll, not on every one.
constexpr int LoginRetryMs = 60000;

// The detail's facts merged into listed rows: only those that do not change while it runs
// (running_time and total_cost would go stale).
const QStringList LoginExtras{u"lan_ipv4"_s, u"login_method"_s, u"exposed_ports"_s, u"start_time"_s};

HttpRequest request(const QByteArray &method, const QString &path, bool retryable)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.retryable = retryable;
    return request;
}

ProviderError invalidId()
{
    return ProviderError::make(
        ProviderError::Kind::Validation,
        NebulaBlockClient::tr("The instance id is empty or contains unexpected characters"));
}

} // namespace

struct NebulaBlockClient::PageState
{
    QString path;
    PageReader reader;
    PagesDone done;
    int offset = 0;
    int pages = 0;
    QSet<QString> seenIds;
};

NebulaBlockClient::NebulaBlockClient(const Account &account, const QString &apiKey,
                                     QNetworkAccessManager *network, QObject *parent)
    : ProviderClient(account, network, QByteArray("Bearer " + apiKey.trimmed().toUtf8()), parent)
{
    m_transport->setErrorReader(&NebulaBlockParser::readError);
}

NebulaBlockClient::~NebulaBlockClient() = default;

void NebulaBlockClient::setCreateLookup(int attempts, int delayMs)
{
    m_lookupAttempts = qMax(1, attempts);
    m_lookupDelayMs = qMax(0, delayMs);
}

void NebulaBlockClient::send(ProviderCall *call, const HttpRequest &request, Handler handler)
{
    HttpCall *http = m_transport->send(request);
    call->track(http);
    // The call tracks only its latest request; parallel detail reads end with it too.
    connect(call, &QObject::destroyed, http, &HttpCall::abort);
    connect(http, &HttpCall::finished, call,
            [call, handler = std::move(handler)](const HttpResponse &response) {
                if (call->isFinished())
                    return; // aborted: the call already reported Cancelled
                // Nebula Block signals failure in the body; HTTP 200 proves nothing (nebulablock.md §9).
                const ProviderError error =
                    response.error.isError() ? response.error : NebulaBlockJson::envelopeError(response.body);
                handler(response, error);
            });
}

void NebulaBlockClient::fetchPages(ProviderCall *call, const QString &path, PageReader reader, PagesDone done)
{
    auto state = std::make_shared<PageState>();
    state->path = path;
    state->reader = std::move(reader);
    state->done = std::move(done);
    fetchPage(call, state);
}

void NebulaBlockClient::fetchPage(ProviderCall *call, const std::shared_ptr<PageState> &state)
{
    HttpRequest page = request("GET", state->path, true);
    page.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    page.query.addQueryItem(u"offset"_s, QString::number(state->offset));
    HttpCall *http = m_transport->send(page);
    call->track(http);
    connect(http, &HttpCall::finished, call, [this, call, state](const HttpResponse &response) {
        if (call->isFinished())
            return; // aborted: the call already reported Cancelled
        if (response.error.isError()) {
            state->done(response.error, state->pages);
            return;
        }
        // The envelope check and the page's parse run on a worker thread: a page of thousands of
        // instances would stall the GUI. One page at a time, so the reader has its state alone.
        const PageReader reader = state->reader;
        OffThreadParse::run<PageRead>(
            call, response.body,
            [reader](const QByteArray &body, PageRead &read) {
                // Nebula Block signals failure in the body; HTTP 200 proves nothing (nebulablock.md §9).
                if (const ProviderError error = NebulaBlockJson::envelopeError(body); error.isError())
                    return error;
                return reader(body, read.ids, read.rawCount, read.total);
            },
            [this, call, state](const ProviderError &error, const PageRead &read) {
                if (!call->isFinished())
                    onPageRead(call, state, error, read);
            });
    });
}

void NebulaBlockClient::onPageRead(ProviderCall *call, const std::shared_ptr<PageState> &state,
                                   const ProviderError &error, const PageRead &read)
{
    if (error.isError()) {
        state->done(error, state->pages);
        return;
    }
    ++state->pages;
    if (read.rawCount == 0) {
        state->done({}, state->pages);
        return;
    }
    // A server that ignores offset sends the same rows forever.
    bool anyNew = read.ids.isEmpty();
    for (const QString &id : read.ids)
        anyNew = anyNew || !state->seenIds.contains(id);
    for (const QString &id : read.ids)
        state->seenIds.insert(id);
    if (!anyNew) {
        state->done(NebulaBlockJson::badResponse(
                        tr("the server sent the same page again at offset %1").arg(state->offset)),
                    state->pages);
        return;
    }
    // Step by what actually arrived: the server may have sent fewer or more than asked.
    state->offset += read.rawCount;
    if (read.total >= 0 && state->offset >= read.total) {
        state->done({}, state->pages);
        return;
    }
    if (state->pages >= MaxPages) {
        state->done(NebulaBlockJson::badResponse(tr("more than %1 pages").arg(MaxPages)), state->pages);
        return;
    }
    fetchPage(call, state);
}

void NebulaBlockClient::fetchAllInstances(ProviderCall *call, InstancesDone done)
{
    auto instances = std::make_shared<QList<Instance>>();
    auto loginKnown = std::make_shared<QSet<QString>>();
    auto seen = std::make_shared<QSet<QString>>();
    const PageReader reader = [instances, loginKnown, seen](const QByteArray &body, QStringList &ids,
                                                            int &rawCount, int &total) {
        NebulaBlockParser::InstancePage page;
        if (const ProviderError error = NebulaBlockParser::parseInstancePage(body, page); error.isError())
            return error;
        StringPool().share(page.instances);
        ids = page.ids;
        rawCount = page.rawCount;
        total = page.total;
        for (Instance &instance : page.instances) {
            if (!seen->contains(instance.id)) { // rows shift between pages when the fleet changes
                seen->insert(instance.id);
                instances->append(std::move(instance));
            }
        }
        loginKnown->unite(page.loginKnownIds);
        return ProviderError();
    };
    fetchPages(call, u"/computing/instances"_s, reader,
               [instances, loginKnown, done = std::move(done)](const ProviderError &error, int pages) {
                   done(error, *instances, *loginKnown, pages);
               });
}

void NebulaBlockClient::fetchAllSshKeys(ProviderCall *call, KeysDone done)
{
    auto keys = std::make_shared<QList<CatalogueEntry>>();
    auto seen = std::make_shared<QSet<QString>>();
    const PageReader reader = [keys, seen](const QByteArray &body, QStringList &ids, int &rawCount,
                                           int &total) {
        NebulaBlockCatalogueParser::SshKeyPage page;
        if (const ProviderError error = NebulaBlockCatalogueParser::parseSshKeyPage(body, page);
            error.isError())
            return error;
        ids = page.ids;
        rawCount = page.rawCount;
        total = page.total;
        for (const CatalogueEntry &key : std::as_const(page.keys)) {
            if (!seen->contains(key.id)) {
                seen->insert(key.id);
                keys->append(key);
            }
        }
        return ProviderError();
    };
    fetchPages(call, u"/ssh-keys"_s, reader,
               [keys, done = std::move(done)](const ProviderError &error, int) { done(error, *keys); });
}

ProviderCall *NebulaBlockClient::listInstances()
{
    ProviderCall *call = newCall();
    fetchAllInstances(call,
                      [this, call](const ProviderError &error, const QList<Instance> &instances,
                                   const QSet<QString> &loginKnownIds, int pages) {
                          if (error.isError()) {
                              call->fail(error);
                              return;
                          }
                          auto result = std::make_shared<ProviderResult>();
                          result->instances = instances;
                          result->pages = pages;
                          QSet<QString> listed;
                          QStringList pending;
                          for (const Instance &instance : instances) {
                              listed.insert(instance.id);
                              if (!loginKnownIds.contains(instance.id) && needsLogin(instance)
                                  && pending.size() < m_maxDetailFetches)
                                  pending.append(instance.id);
                          }
                          for (auto it = m_logins.begin(); it != m_logins.end();)
                              it = listed.contains(it.key()) ? std::next(it) : m_logins.erase(it);
                          fetchLogins(call, result, pending);
                      });
    return call;
}

bool NebulaBlockClient::needsLogin(const Instance &instance) const
{
    if (instance.status != InstanceStatus::Running || !NebulaBlockRequests::isSafeId(instance.id))
        return false;
    const auto cached = m_logins.constFind(instance.id);
    if (cached == m_logins.constEnd() || cached->status != instance.providerStatus)
        return true;
    return !cached->fetched && cached->retryAfter.hasExpired();
}

void NebulaBlockClient::fetchLogins(ProviderCall *call, const std::shared_ptr<ProviderResult> &result,
                                    const QStringList &pendingIds)
{
    if (pendingIds.isEmpty()) {
        for (Instance &instance : result->instances) {
            mergeLogin(instance);
            applyAccount(instance);
        }
        call->finish(*result);
        return;
    }
    // All at once (at most m_maxDetailFetches): one after the other they added a round trip each
    // to the poll (docs/PERFORMANCE.md, bench_refreshfanout).
    auto unanswered = std::make_shared<qsizetype>(pendingIds.size());
    for (const QString &id : pendingIds) {
        // Not retried: a slow detail must not hold up the list; it is tried again on a later poll.
        send(call, request("GET", u"/computing/instance/"_s + id, false),
             [this, call, result, id, unanswered](const HttpResponse &response, const ProviderError &error) {
                 Instance detail;
                 ProviderError failure = error;
                 if (!failure.isError())
                     failure = NebulaBlockParser::parseInstanceDetail(response.body, detail);
                 if (!failure.isError() && detail.id == id) {
                     rememberLogin(detail);
                 } else {
                     qCDebug(lcNebula) << "instance detail for the SSH login failed:"
                                       << ProviderError::kindName(failure.kind);
                     CachedLogin entry;
                     for (const Instance &instance : std::as_const(result->instances)) {
                         if (instance.id == id)
                             entry.status = instance.providerStatus;
                     }
                     entry.retryAfter = QDeadlineTimer(LoginRetryMs);
                     m_logins.insert(id, entry);
                 }
                 if (--*unanswered == 0)
                     fetchLogins(call, result, {});
             });
    }
}

void NebulaBlockClient::rememberLogin(const Instance &detail)
{
    CachedLogin entry;
    entry.status = detail.providerStatus;
    entry.fetched = true;
    // Only what mergeLogin() reads: a whole detail per running instance cost ~2 KB each.
    entry.detail = detail.loginFacts(LoginExtras);
    m_logins.insert(detail.id, entry);
}

void NebulaBlockClient::mergeLogin(Instance &instance) const
{
    const auto cached = m_logins.constFind(instance.id);
    if (cached == m_logins.constEnd() || !cached->fetched)
        return;
    const Instance &detail = cached->detail;
    if (instance.sshHost.isEmpty() && !detail.sshHost.isEmpty()) {
        instance.publicIp = detail.publicIp;
        instance.sshHost = detail.sshHost;
    }
    if (!instance.sshHost.isEmpty() && !detail.sshHost.isEmpty()) {
        instance.sshUser = detail.sshUser;
        instance.sshPort = detail.sshPort;
    }
    if (!detail.sshPassword.isEmpty())
        instance.sshPassword = detail.sshPassword;
    if (!instance.startedAt.isValid())
        instance.startedAt = detail.startedAt;
    for (const QString &key : LoginExtras) {
        if (detail.extras.contains(key) && !instance.extras.contains(key))
            instance.extras.insert(key, detail.extras.value(key));
    }
}

ProviderCall *NebulaBlockClient::getInstance(const QString &instanceId)
{
    if (!NebulaBlockRequests::isSafeId(instanceId))
        return failed(invalidId());
    ProviderCall *call = newCall();
    send(call, request("GET", u"/computing/instance/"_s + instanceId, true),
         [this, call](const HttpResponse &response, const ProviderError &error) {
             ProviderResult result;
             result.error = error;
             if (!result.error.isError())
                 result.error = NebulaBlockParser::parseInstanceDetail(response.body, result.instance);
             if (result.error.isError()) {
                 call->fail(result.error);
                 return;
             }
             rememberLogin(result.instance);
             applyAccount(result.instance);
             call->finish(result);
         });
    return call;
}

ProviderCall *NebulaBlockClient::action(const QByteArray &method, const QString &instanceId,
                                        const QString &suffix)
{
    if (!NebulaBlockRequests::isSafeId(instanceId))
        return failed(invalidId());
    ProviderCall *call = newCall();
    // start/stop/reboot are GETs that change state, and delete is permanent: never sent twice.
    send(call, request(method, u"/computing/instance/"_s + instanceId + suffix, false),
         [this, call, method, instanceId](const HttpResponse &response, const ProviderError &error) {
             ProviderResult result;
             result.error = error;
             if (!result.error.isError())
                 result.error = NebulaBlockParser::parseAction(response.body, result.message);
             if (result.error.isError()) {
                 call->fail(result.error);
                 return;
             }
             if (method == "DELETE")
                 m_logins.remove(instanceId);
             result.instance.id = instanceId;
             applyAccount(result.instance);
             call->finish(result);
         });
    return call;
}

ProviderCall *NebulaBlockClient::deleteInstance(const QString &instanceId)
{
    return action("DELETE", instanceId, {});
}

ProviderCall *NebulaBlockClient::startInstance(const QString &instanceId)
{
    return action("GET", instanceId, u"/start"_s);
}

ProviderCall *NebulaBlockClient::stopInstance(const QString &instanceId)
{
    return action("GET", instanceId, u"/stop"_s);
}

ProviderCall *NebulaBlockClient::restartInstance(const QString &instanceId)
{
    return action("GET", instanceId, u"/reboot"_s);
}

ProviderCall *NebulaBlockClient::listOfferings()
{
    ProviderCall *call = newCall();
    send(call, request("GET", u"/computing/products"_s, true),
         [call](const HttpResponse &response, const ProviderError &error) {
             ProviderResult result;
             result.error = error;
             if (!result.error.isError())
                 result.error = NebulaBlockCatalogueParser::parseProducts(response.body, result.offerings);
             call->finish(result);
         });
    return call;
}

ProviderCall *NebulaBlockClient::listImages()
{
    ProviderCall *call = newCall();
    send(call, request("GET", u"/computing/images"_s, true),
         [call](const HttpResponse &response, const ProviderError &error) {
             ProviderResult result;
             result.error = error;
             if (!result.error.isError())
                 result.error = NebulaBlockCatalogueParser::parseImages(response.body, result.entries);
             call->finish(result);
         });
    return call;
}

ProviderCall *NebulaBlockClient::listSshKeys()
{
    ProviderCall *call = newCall();
    fetchAllSshKeys(call, [call](const ProviderError &error, const QList<CatalogueEntry> &keys) {
        ProviderResult result;
        result.error = error;
        if (!error.isError())
            result.entries = keys;
        call->finish(result);
    });
    return call;
}

ProviderCall *NebulaBlockClient::createInstance(const InstanceSpec &spec)
{
    if (const ProviderError error = NebulaBlockRequests::validateCreate(spec); error.isError())
        return failed(error);
    ProviderCall *call = newCall();
    auto *creation = new NebulaBlockCreation(this, call, spec);
    creation->start();
    return call;
}

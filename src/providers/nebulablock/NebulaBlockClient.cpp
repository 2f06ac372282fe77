#include "providers/nebulablock/NebulaBlockClient.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/StringPool.h"
#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockCreation.h"
#include "providers/nebulablock/NebulaBlockJson.h"
#include "providers/nebulablock/NebulaBlockPager.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "providers/nebulablock/NebulaBlockRequests.h"

using namespace Qt::Literals::StringLiterals;

namespace {

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
    NebulaBlockPager::start(
        call, m_transport, m_pageSize, u"/computing/instances"_s, reader,
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
    NebulaBlockPager::start(
        call, m_transport, m_pageSize, u"/ssh-keys"_s, reader,
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
                              if (!loginKnownIds.contains(instance.id)
                                  && NebulaBlockRequests::isSafeId(instance.id)
                                  && m_logins.needsLogin(instance) && pending.size() < m_maxDetailFetches)
                                  pending.append(instance.id);
                          }
                          m_logins.retainListed(listed);
                          fetchLogins(call, result, pending);
                      });
    return call;
}

void NebulaBlockClient::fetchLogins(ProviderCall *call, const std::shared_ptr<ProviderResult> &result,
                                    const QStringList &pendingIds)
{
    if (pendingIds.isEmpty()) {
        for (Instance &instance : result->instances) {
            m_logins.mergeInto(instance);
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
                     m_logins.remember(detail);
                 } else {
                     qCDebug(lcNebula) << "instance detail for the SSH login failed:"
                                       << ProviderError::kindName(failure.kind);
                     QString status;
                     for (const Instance &instance : std::as_const(result->instances)) {
                         if (instance.id == id)
                             status = instance.providerStatus;
                     }
                     m_logins.rememberFailure(id, status);
                 }
                 if (--*unanswered == 0)
                     fetchLogins(call, result, {});
             });
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
             m_logins.remember(result.instance);
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

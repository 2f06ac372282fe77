#include "providers/novita/NovitaClient.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/novita/NovitaCatalogueParser.h"
#include "providers/novita/NovitaInstancePager.h"
#include "providers/novita/NovitaParser.h"
#include "providers/novita/NovitaRequests.h"

using namespace Qt::Literals::StringLiterals;

namespace {

HttpRequest detailRequest(const QString &instanceId, bool retryable)
{
    HttpRequest request;
    request.path = u"/gpu/instance"_s;
    request.query.addQueryItem(u"instanceId"_s, instanceId);
    request.retryable = retryable;
    return request;
}

} // namespace

struct NovitaClient::ListState
{
    QList<Instance> instances;
    int pages = 0;
    int next = 0;     // next instance to consider for a detail call
    int inFlight = 0; // detail calls sent and not answered yet
};

NovitaClient::NovitaClient(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
                           QObject *parent)
    : ProviderClient(account, network, "Bearer " + apiKey.trimmed().toUtf8(), parent)
{
    m_transport->setErrorReader(&NovitaParser::readError);
}

NovitaClient::~NovitaClient() = default;

void NovitaClient::send(ProviderCall *call, const HttpRequest &request,
                        std::function<void(const HttpResponse &response)> done)
{
    HttpCall *http = m_transport->send(request);
    call->track(http);
    // The call tracks only its latest request; parallel detail reads end with it too.
    connect(call, &QObject::destroyed, http, &HttpCall::abort);
    connect(http, &HttpCall::finished, call, [call, done = std::move(done)](const HttpResponse &response) {
        if (!call->isFinished()) // aborted meanwhile
            done(response);
    });
}

void NovitaClient::listPages(ProviderCall *call, const QUrlQuery &filter, PagesDone done)
{
    NovitaInstancePager::start(
        call,
        [this](ProviderCall *pageCall, const HttpRequest &request,
               std::function<void(const HttpResponse &response)> pageDone) {
            send(pageCall, request, std::move(pageDone));
        },
        m_pageSize, filter, std::move(done));
}

ProviderCall *NovitaClient::listInstances()
{
    ProviderCall *call = newCall();
    listPages(call, {},
              [this, call](const ProviderError &error, const QList<Instance> &instances, int pages) {
                  if (error.isError()) {
                      call->fail(error);
                      return;
                  }
                  auto state = std::make_shared<ListState>();
                  state->instances = instances;
                  state->pages = pages;
                  // SSH details are reliable only on the detail call (novita.md §2.2); list items lack them.
                  m_details.retainListed(instances);
                  ensureProducts(call, [this, call, state] { fetchDetails(call, state); });
              });
    return call;
}

void NovitaClient::ensureProducts(ProviderCall *call, std::function<void()> next)
{
    if (!m_products.wantsRefresh()) {
        next();
        return;
    }
    HttpRequest request;
    request.path = u"/products"_s;
    request.retryable = false; // prices are optional here: a failure must not hold up the list
    send(call, request, [this, next = std::move(next)](const HttpResponse &response) {
        QList<Offering> offerings;
        ProviderError error = response.error;
        if (!error.isError())
            error = NovitaCatalogueParser::parseProducts(response.body, offerings);
        if (error.isError()) {
            qCWarning(lcNovita) << "products unavailable; listing without prices:"
                                << ProviderError::kindName(error.kind) << error.httpStatus;
            m_products.markFailed();
        } else {
            m_products.store(offerings);
        }
        next();
    });
}

void NovitaClient::fetchDetails(ProviderCall *call, const std::shared_ptr<ListState> &state)
{
    // A few at a time: one after the other, a first refresh of hundreds of running instances took
    // a round trip each (docs/PERFORMANCE.md, bench_refreshfanout).
    while (state->inFlight < MaxParallelDetails) {
        while (state->next < state->instances.size()
               && !m_details.needsDetail(state->instances.at(state->next)))
            ++state->next;
        if (state->next >= state->instances.size())
            break;
        const Instance listed = state->instances.at(state->next++);
        ++state->inFlight;
        // Not retried inside a poll: a failed detail is simply asked for again on the next one.
        send(call, detailRequest(listed.id, false),
             [this, call, state, listed](const HttpResponse &response) {
                 --state->inFlight;
                 Instance detail;
                 ProviderError error = response.error;
                 if (!error.isError())
                     error = NovitaParser::parseInstanceDetail(response.body, detail);
                 if (!error.isError()) {
                     m_details.store(listed.id, detail, listed.providerStatus);
                 } else if (error.kind == ProviderError::Kind::NotFound) {
                     // Deleted between the list and this call: shown as listed, without SSH details.
                     m_details.remove(listed.id);
                     qCDebug(lcNovita) << "instance vanished before its detail was read";
                 } else {
                     qCWarning(lcNovita) << "instance detail failed:" << ProviderError::kindName(error.kind)
                                         << error.httpStatus;
                 }
                 fetchDetails(call, state);
             });
    }
    if (state->inFlight == 0 && state->next >= state->instances.size())
        finishList(call, state);
}

void NovitaClient::finishList(ProviderCall *call, const std::shared_ptr<ListState> &state)
{
    QSet<QString> ids;
    for (Instance &instance : state->instances) {
        ids.insert(instance.id);
        m_details.mergeInto(instance);
        finalise(instance);
    }
    m_knownIds = ids;
    qCDebug(lcNovita) << "listed" << state->instances.size() << "instances in" << state->pages << "pages";
    ProviderResult result;
    result.instances = state->instances;
    result.pages = state->pages;
    call->finish(result);
}

ProviderCall *NovitaClient::getInstance(const QString &instanceId)
{
    if (instanceId.trimmed().isEmpty())
        return failed(ProviderError::make(ProviderError::Kind::Validation, tr("no instance id")));
    ProviderCall *call = newCall();
    send(call, detailRequest(instanceId.trimmed(), true), [this, call](const HttpResponse &response) {
        if (response.error.isError()) {
            call->fail(response.error);
            return;
        }
        ProviderResult result;
        if (const ProviderError error = NovitaParser::parseInstanceDetail(response.body, result.instance);
            error.isError()) {
            call->fail(error);
            return;
        }
        m_details.store(result.instance.id, result.instance, result.instance.providerStatus);
        // The price comes from the product list, as in a listing, so show and list agree.
        ensureProducts(call, [this, call, result]() mutable {
            finalise(result.instance);
            call->finish(result);
        });
    });
    return call;
}

ProviderCall *NovitaClient::createInstance(const InstanceSpec &spec)
{
    // Novita has no idempotency key: a unique name is how an ambiguous create is found again.
    const QString name =
        spec.name.trimmed().isEmpty() ? NovitaRequests::generatedName() : spec.name.trimmed();
    if (const QString problem = NovitaRequests::validateCreate(spec, name); !problem.isEmpty())
        return failed(ProviderError::make(ProviderError::Kind::Validation, problem));
    const Offering product = m_products.product(spec.offeringId.trimmed());
    const int rootfs = NovitaRequests::rootfsGb(spec.diskGb, product.minDiskGb);

    HttpRequest request;
    request.method = "POST";
    request.path = u"/gpu/instance/create"_s;
    request.body = NovitaRequests::createBody(spec, name, rootfs);
    request.retryable = false;

    Instance expected;
    expected.provider = Provider::Novita;
    expected.name = name;
    expected.gpuCount = spec.gpuCount;
    expected.status = InstanceStatus::Provisioning;
    expected.region = spec.clusterId.trimmed();
    expected.extras.insert(u"productId"_s, spec.offeringId.trimmed());
    expected.extras.insert(u"imageUrl"_s, spec.image.trimmed());
    expected.extras.insert(u"rootfsSize"_s, rootfs);

    // Instances listed before this create are not it, even if a user-chosen name repeats. Taken
    // now: a poll while the create is in flight may already list the new instance.
    const QSet<QString> before = m_knownIds;
    ProviderCall *call = newCall();
    send(call, request, [this, call, expected, before](const HttpResponse &response) {
        ProviderError error = response.error;
        if (!error.isError()) {
            QString id;
            error = NovitaParser::parseCreated(response.body, id);
            if (!error.isError()) {
                ProviderResult result;
                result.instance = expected;
                result.instance.id = id;
                finalise(result.instance);
                qCInfo(lcNovita) << "created instance" << id;
                call->finish(result);
                return;
            }
        }
        const ProviderError::Kind kind = error.kind;
        // The request may have reached the server: look before reporting a failure.
        if (kind == ProviderError::Kind::Timeout || kind == ProviderError::Kind::Network
            || kind == ProviderError::Kind::Server || kind == ProviderError::Kind::BadResponse) {
            lookUpCreated(call, expected, before, error);
            return;
        }
        call->fail(error);
    });
    return call;
}

void NovitaClient::lookUpCreated(ProviderCall *call, const Instance &expected, const QSet<QString> &before,
                                 const ProviderError &original)
{
    qCInfo(lcNovita) << "create outcome unclear (" << ProviderError::kindName(original.kind)
                     << "); looking the instance up by name";
    QUrlQuery filter;
    filter.addQueryItem(u"name"_s, expected.name);
    listPages(call, filter,
              [this, call, expected, original, before](const ProviderError &error,
                                                       const QList<Instance> &instances, int pages) {
                  if (!error.isError()) {
                      for (const Instance &candidate : instances) {
                          // The name filter is fuzzy; only an exact match is ours.
                          if (candidate.name != expected.name || before.contains(candidate.id))
                              continue;
                          ProviderResult result;
                          result.instance = candidate;
                          result.pages = pages;
                          finalise(result.instance);
                          qCInfo(lcNovita) << "found the created instance" << candidate.id;
                          call->finish(result);
                          return;
                      }
                  } else {
                      qCWarning(lcNovita)
                          << "lookup after create failed:" << ProviderError::kindName(error.kind);
                  }
                  call->fail(original);
              });
}

ProviderCall *NovitaClient::action(const QString &path, const QString &instanceId, InstanceStatus expected)
{
    const QString id = instanceId.trimmed();
    if (id.isEmpty())
        return failed(ProviderError::make(ProviderError::Kind::Validation, tr("no instance id")));
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = NovitaRequests::actionBody(id);
    request.retryable = false;
    ProviderCall *call = newCall();
    send(call, request, [this, call, id, expected](const HttpResponse &response) {
        ProviderError error = response.error;
        if (!error.isError())
            error = NovitaParser::parseActionResult(response.body);
        if (error.isError()) {
            call->fail(error);
            return;
        }
        // The SSH password may change across a start or restart; read the detail again.
        m_details.remove(id);
        ProviderResult result;
        result.instance.id = id;
        result.instance.status = expected;
        finalise(result.instance);
        call->finish(result);
    });
    return call;
}

ProviderCall *NovitaClient::startInstance(const QString &instanceId)
{
    return action(u"/gpu/instance/start"_s, instanceId, InstanceStatus::Starting);
}

ProviderCall *NovitaClient::stopInstance(const QString &instanceId)
{
    return action(u"/gpu/instance/stop"_s, instanceId, InstanceStatus::Stopping);
}

ProviderCall *NovitaClient::restartInstance(const QString &instanceId)
{
    return action(u"/gpu/instance/restart"_s, instanceId, InstanceStatus::Starting);
}

ProviderCall *NovitaClient::deleteInstance(const QString &instanceId)
{
    return action(u"/gpu/instance/delete"_s, instanceId, InstanceStatus::Deleting);
}

ProviderCall *NovitaClient::listOfferings()
{
    ProviderCall *call = newCall();
    HttpRequest request;
    request.path = u"/products"_s;
    request.retryable = true;
    send(call, request, [this, call](const HttpResponse &response) {
        ProviderResult result;
        ProviderError error = response.error;
        if (!error.isError())
            error = NovitaCatalogueParser::parseProducts(response.body, result.offerings);
        if (error.isError()) {
            call->fail(error);
            return;
        }
        m_products.store(result.offerings);
        call->finish(result);
    });
    return call;
}

ProviderCall *NovitaClient::listClusters()
{
    ProviderCall *call = newCall();
    HttpRequest request;
    request.path = u"/clusters"_s;
    request.retryable = true;
    send(call, request, [call](const HttpResponse &response) {
        ProviderResult result;
        ProviderError error = response.error;
        if (!error.isError())
            error = NovitaCatalogueParser::parseClusters(response.body, result.entries);
        if (error.isError())
            call->fail(error);
        else
            call->finish(result);
    });
    return call;
}

void NovitaClient::finalise(Instance &instance) const
{
    m_products.annotate(instance);
    applyAccount(instance);
    // The user comes from sshCommand; the port-22 fallback carries none.
    if (!instance.sshHost.isEmpty() && instance.sshUser.isEmpty())
        instance.sshUser = m_account.effectiveSshUser();
}

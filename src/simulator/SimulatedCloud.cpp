#include "simulator/SimulatedCloud.h"

#include "core/Logging.h"
#include "simulator/FalApi.h"
#include "simulator/FaultInjector.h"
#include "simulator/NebulaBlockApi.h"
#include "simulator/NovitaApi.h"
#include "simulator/SimContext.h"
#include "simulator/SimDemoData.h"
#include "simulator/SimExchange.h"
#include "simulator/SimHttpServer.h"
#include "simulator/SimResponse.h"
#include "simulator/SshGreeter.h"

#include <QTcpServer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype MaxRecordedRequests = 200000;
} // namespace

SimulatedCloud::SimulatedCloud(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<SimContext>())
    , m_faults(std::make_unique<FaultInjector>())
{
    qRegisterMetaType<SimRequest>();
    m_server = new SimHttpServer(
        [this](const std::shared_ptr<SimExchange> &exchange) { onExchange(exchange); }, this);
    m_fal = new FalApi(m_context.get(), this);
    m_novita = new NovitaApi(m_context.get(), this);
    m_nebula = new NebulaBlockApi(m_context.get(), this);
}

SimulatedCloud::~SimulatedCloud()
{
    // The APIs and the server use m_context: they go before the members do.
    m_stalled.clear();
    delete m_server;
    delete m_fal;
    delete m_novita;
    delete m_nebula;
}

bool SimulatedCloud::start(const SimulatorOptions &options)
{
    m_options = options;
    m_context->speed = options.speed;
    m_context->sshGreeters = options.sshGreeters;
    const int listeners = options.portPerProvider ? 3 : 1;
    for (int i = 0; i < listeners; ++i) {
        auto *tcp = new QTcpServer(m_server);
        const quint16 wanted = options.port == 0 ? 0 : quint16(options.port + i);
        if (!tcp->listen(QHostAddress::LocalHost, wanted)) {
            qCWarning(lcSimulator) << "cannot listen on 127.0.0.1 port" << wanted << tcp->errorString();
            delete tcp;
            const auto servers = m_server->servers();
            qDeleteAll(servers);
            m_ports.clear();
            return false;
        }
        m_server->bind(tcp);
        m_ports.append(tcp->serverPort());
    }
    qCDebug(lcSimulator) << "simulated cloud listening on 127.0.0.1 ports" << m_ports;
    return true;
}

bool SimulatedCloud::isListening() const
{
    return !m_ports.isEmpty();
}

QUrl SimulatedCloud::baseUrl(Provider provider) const
{
    if (!isListening())
        return {};
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port(provider)) + api(provider)->basePath());
}

quint16 SimulatedCloud::port(Provider provider) const
{
    if (m_ports.isEmpty())
        return 0;
    return m_ports.size() == 1 ? m_ports.first() : m_ports.value(int(provider));
}

void SimulatedCloud::addAccount(Provider provider, const QString &apiKey)
{
    api(provider)->addAccount(apiKey);
}

void SimulatedCloud::revokeAccount(Provider provider, const QString &apiKey)
{
    api(provider)->revokeAccount(apiKey);
}

void SimulatedCloud::setAccountForbidden(Provider provider, const QString &apiKey, bool forbidden)
{
    api(provider)->setForbidden(apiKey, forbidden);
}

QString SimulatedCloud::addInstance(Provider provider, const QString &apiKey, const SimInstanceSeed &seed)
{
    api(provider)->addAccount(apiKey);
    return api(provider)->addInstance(apiKey, seed);
}

void SimulatedCloud::setInstanceStatus(Provider provider, const QString &apiKey, const QString &id,
                                       const QString &rawStatus)
{
    api(provider)->setStatus(apiKey, id, rawStatus);
}

void SimulatedCloud::setNovitaStatusError(const QString &apiKey, const QString &id, const QString &state,
                                          const QString &message)
{
    m_novita->setStatusError(apiKey, id, state, message);
}

void SimulatedCloud::removeInstance(Provider provider, const QString &apiKey, const QString &id)
{
    api(provider)->removeInstance(apiKey, id);
}

QList<QString> SimulatedCloud::instanceIds(Provider provider, const QString &apiKey) const
{
    return api(provider)->instanceIds(apiKey);
}

QString SimulatedCloud::instanceStatus(Provider provider, const QString &apiKey, const QString &id) const
{
    const SimInstance *instance = api(provider)->instance(apiKey, id);
    return instance ? instance->status : QString();
}

QString SimulatedCloud::instanceIp(Provider provider, const QString &apiKey, const QString &id) const
{
    const SimInstance *instance = api(provider)->instance(apiKey, id);
    return instance ? instance->ip : QString();
}

quint16 SimulatedCloud::instanceSshPort(Provider provider, const QString &apiKey, const QString &id) const
{
    const SimInstance *instance = api(provider)->instance(apiKey, id);
    return instance && instance->greeter ? instance->greeter->serverPort() : 0;
}

qint64 SimulatedCloud::addNebulaSshKey(const QString &apiKey, const QString &name, const QString &publicKey)
{
    return m_nebula->addSshKey(apiKey, name, publicKey);
}

void SimulatedCloud::setStepMs(int ms)
{
    m_context->stepMs = std::max(1, ms);
}

void SimulatedCloud::setSpeed(double speed)
{
    m_context->speed = speed;
}

void SimulatedCloud::setLatencyMs(int ms)
{
    m_options.latencyMs = std::max(0, ms);
}

void SimulatedCloud::addFault(Provider provider, const SimFault &fault)
{
    m_faults->add(provider, fault);
}

void SimulatedCloud::clearFaults()
{
    m_faults->clear();
}

void SimulatedCloud::setNovitaNotFoundStatus(int httpStatus)
{
    m_context->novitaNotFoundStatus = httpStatus;
}

QList<SimRequest> SimulatedCloud::requests() const
{
    return m_requests;
}

void SimulatedCloud::clearRequests()
{
    m_requests.clear();
}

int SimulatedCloud::countRequests(Provider provider, const QByteArray &method,
                                  const QString &pathContains) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const SimRequest &request) {
        return request.provider == provider && (method.isEmpty() || request.method == method)
            && request.path.contains(pathContains);
    }));
}

void SimulatedCloud::onExchange(const std::shared_ptr<SimExchange> &exchange)
{
    SimProviderApi *target = nullptr;
    for (SimProviderApi *candidate :
         {static_cast<SimProviderApi *>(m_fal), static_cast<SimProviderApi *>(m_novita),
          static_cast<SimProviderApi *>(m_nebula)}) {
        const QString base = candidate->basePath();
        const bool pathMatches = exchange->path == base || exchange->path.startsWith(base + u'/');
        if (pathMatches && (m_ports.size() == 1 || exchange->localPort() == port(candidate->provider())))
            target = candidate;
    }
    if (!target) {
        qCDebug(lcSimulator) << exchange->method << exchange->path << "-> 404 (no such API)";
        exchange->send(
            SimResponse::json(404, QJsonObject{{u"message"_s, u"No simulated API at this path"_s}}));
        return;
    }

    SimRequest request{target->provider(),
                       exchange->method,
                       exchange->path,
                       exchange->query,
                       exchange->header("authorization"),
                       exchange->header("idempotency-key"),
                       exchange->body};
    m_requests.append(request);
    if (m_requests.size() > MaxRecordedRequests)
        m_requests.removeFirst(); // a long gpufleet-sim session must not grow without bound
    const QString subPath = request.path.mid(target->basePath().size());
    const std::optional<SimFault> fault = m_faults->take(request.provider, request.method, request.path);

    SimResponse response;
    if (fault && FaultInjector::refusesRequest(fault->kind)) {
        response = FaultInjector::refusal(*fault, *target);
    } else {
        SimRequest routed = request;
        if (fault && fault->kind == SimFault::Kind::RepeatCursor)
            routed.query = FaultInjector::firstPageQuery(request.provider, request.query);
        response = target->handle(routed, subPath);
        if (fault)
            FaultInjector::mangle(fault->kind, request.provider, response);
    }
    if (fault && fault->kind == SimFault::Kind::Stall) {
        qCDebug(lcSimulator) << request.method << request.path << "-> stalled";
        m_stalled.append(exchange);
        emit requestHandled(request, 0);
        return;
    }
    const bool reset = fault && fault->kind == SimFault::Kind::ResetMidBody;
    if (m_options.latencyMs <= 0) {
        deliver(exchange, request, response, reset);
        return;
    }
    QTimer::singleShot(m_options.latencyMs, this, [this, exchange, request, response, reset] {
        deliver(exchange, request, response, reset);
    });
}

void SimulatedCloud::deliver(const std::shared_ptr<SimExchange> &exchange, const SimRequest &request,
                             const SimResponse &response, bool resetMidBody)
{
    qCDebug(lcSimulator) << request.method << request.path << "->" << response.status
                         << (resetMidBody ? "(reset mid-body)" : "");
    if (resetMidBody)
        exchange->sendHalfThenDrop(response);
    else
        exchange->send(response);
    emit requestHandled(request, resetMidBody ? 0 : response.status);
}

SimProviderApi *SimulatedCloud::api(Provider provider) const
{
    switch (provider) {
    case Provider::Fal:
        return m_fal;
    case Provider::Novita:
        return m_novita;
    case Provider::NebulaBlock:
        return m_nebula;
    }
    return m_fal;
}

void SimulatedCloud::seedDemo(const QString &falKey, const QString &novitaKey, const QString &nebulaKey)
{
    SimDemoData::seed(*this, falKey, novitaKey, nebulaKey);
}

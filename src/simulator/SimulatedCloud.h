#pragma once

#include "simulator/SimTypes.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class FalApi;
class FaultInjector;
class NebulaBlockApi;
class NovitaApi;
class SimContext;
class SimExchange;
class SimHttpServer;
class SimProviderApi;
struct SimResponse;

/**
 * The three provider APIs (fal Compute, Novita GPU instance v1, Nebula Block) served over real
 * HTTP on 127.0.0.1, with tenants (API keys), stateful instances that move through each provider's
 * lifecycle on timers, fault injection and a request log. Used by tests, --demo, benchmarks and
 * the gpufleet-sim tool. One port serves all three (told apart by their base paths) unless
 * portPerProvider is set. Never listens on anything but loopback.
 */
class SimulatedCloud final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedCloud)

public:
    explicit SimulatedCloud(QObject *parent = nullptr);
    ~SimulatedCloud() override;

    // Listens on 127.0.0.1 and applies options (speed, latency and greeters overwrite earlier
    // setSpeed/setLatencyMs calls). false + qCWarning when it cannot listen. Call once.
    bool start(const SimulatorOptions &options = {});
    [[nodiscard]] bool isListening() const;
    // e.g. http://127.0.0.1:PORT/v1 for fal, .../gpu-instance/openapi/v1, .../api/v1.
    [[nodiscard]] QUrl baseUrl(Provider provider) const;
    [[nodiscard]] quint16 port(Provider provider) const;

    // A tenant: its own instances; any other key gets 401.
    void addAccount(Provider provider, const QString &apiKey);
    // Later requests with it get 401 (its instances are kept).
    void revokeAccount(Provider provider, const QString &apiKey);
    // Later requests with it get 403 (fal: a key without the ADMIN scope), false lifts it.
    void setAccountForbidden(Provider provider, const QString &apiKey, bool forbidden);

    // Returns the new instance id (adds the account when unknown).
    QString addInstance(Provider provider, const QString &apiKey, const SimInstanceSeed &seed);
    // Sets a raw status and freezes it: no automatic lifecycle step follows.
    void setInstanceStatus(Provider provider, const QString &apiKey, const QString &id,
                           const QString &rawStatus);
    // Novita only: a non-empty statusError {state, message} (e.g. an image pull failure).
    void setNovitaStatusError(const QString &apiKey, const QString &id, const QString &state,
                              const QString &message);
    // The instance vanishes (Nebula: moves to the deleted list).
    void removeInstance(Provider provider, const QString &apiKey, const QString &id);
    [[nodiscard]] QList<QString> instanceIds(Provider provider, const QString &apiKey) const;
    [[nodiscard]] QString instanceStatus(Provider provider, const QString &apiKey, const QString &id) const;
    // Loopback address (127.0.0.x) of an instance; SSH greeter port (0 = none).
    [[nodiscard]] QString instanceIp(Provider provider, const QString &apiKey, const QString &id) const;
    [[nodiscard]] quint16 instanceSshPort(Provider provider, const QString &apiKey, const QString &id) const;
    // Nebula Block: registers an SSH key for the tenant (create needs its id); returns the id.
    qint64 addNebulaSshKey(const QString &apiKey, const QString &name, const QString &publicKey);

    // Time per lifecycle step before speed scaling (default 3000).
    void setStepMs(int ms);
    void setSpeed(double speed);
    void setLatencyMs(int ms);

    void addFault(Provider provider, const SimFault &fault);
    void clearFaults();

    // HTTP status for Novita's "instance not found": 400 (docs, default) or 404.
    void setNovitaNotFoundStatus(int httpStatus);

    [[nodiscard]] QList<SimRequest> requests() const;
    void clearRequests();
    [[nodiscard]] int countRequests(Provider provider, const QByteArray &method,
                                    const QString &pathContains) const;

    // Tenants with these keys and ~12 instances in mixed states, some of them transitioning.
    void seedDemo(const QString &falKey, const QString &novitaKey, const QString &nebulaKey);

signals:
    // Once per answered request; httpStatus 0 = no complete answer (stall, reset).
    void requestHandled(const SimRequest &request, int httpStatus);

private:
    void onExchange(const std::shared_ptr<SimExchange> &exchange);
    void deliver(const std::shared_ptr<SimExchange> &exchange, const SimRequest &request,
                 const SimResponse &response, bool resetMidBody);
    [[nodiscard]] SimProviderApi *api(Provider provider) const;

    std::unique_ptr<SimContext> m_context;
    std::unique_ptr<FaultInjector> m_faults;
    SimHttpServer *m_server = nullptr;
    FalApi *m_fal = nullptr;
    NovitaApi *m_novita = nullptr;
    NebulaBlockApi *m_nebula = nullptr;
    SimulatorOptions m_options;
    QList<quint16> m_ports; // one, or one per provider in Provider order
    QList<SimRequest> m_requests;
    QList<std::shared_ptr<SimExchange>> m_stalled;
};

#pragma once

#include "core/Provider.h"
#include "simulator/SimInstance.h"
#include "simulator/SimResponse.h"
#include "simulator/SimTypes.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <optional>

class SimContext;

/**
 * What the three simulated provider APIs share: tenants (API keys) with their instances, the
 * Authorization check, status changes with their side effects (loopback address, SSH greeter)
 * and timed lifecycle steps. A subclass adds its routes, bodies and status vocabulary. Never
 * touches sockets: it maps a request to a SimResponse.
 */
class SimProviderApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimProviderApi)

public:
    SimProviderApi(Provider provider, SimContext *context, QObject *parent = nullptr);
    ~SimProviderApi() override;

    [[nodiscard]] Provider provider() const { return m_provider; }
    // The real base path, e.g. "/v1" for fal.
    [[nodiscard]] virtual QString basePath() const = 0;

    // Checks the Authorization header, then answers; subPath is the path below basePath().
    SimResponse handle(const SimRequest &request, const QString &subPath);
    // The provider's error body for an HTTP status (faults use it too).
    [[nodiscard]] virtual SimResponse errorResponse(int status, const QString &message) const = 0;

    void addAccount(const QString &apiKey);
    void revokeAccount(const QString &apiKey);
    void setForbidden(const QString &apiKey, bool forbidden);

    virtual QString addInstance(const QString &apiKey, const SimInstanceSeed &seed) = 0;
    // Sets a raw status without any automatic step after it.
    void setStatus(const QString &apiKey, const QString &id, const QString &rawStatus);
    virtual void removeInstance(const QString &apiKey, const QString &id);
    [[nodiscard]] QList<QString> instanceIds(const QString &apiKey) const;
    [[nodiscard]] const SimInstance *instance(const QString &apiKey, const QString &id) const;
    // Novita's statusError; harmless elsewhere.
    void setStatusError(const QString &apiKey, const QString &id, const QString &state,
                        const QString &message);

protected:
    struct Tenant
    {
        QList<SimInstance> instances; // creation order
        bool revoked = false;
        bool forbidden = false;
    };

    // "Key" (fal) or "Bearer".
    [[nodiscard]] virtual QByteArray authScheme() const = 0;
    [[nodiscard]] virtual SimResponse unauthorized() const = 0;
    virtual SimResponse route(const QString &apiKey, const SimRequest &request, const QString &subPath) = 0;
    // The status that follows rawStatus on its own after one step; empty = it stays.
    [[nodiscard]] virtual QString nextStatus(const QString &rawStatus) const = 0;
    // The instance disappears one step after reaching rawStatus (Novita "removed").
    [[nodiscard]] virtual bool vanishesAfter(const QString &rawStatus) const;
    [[nodiscard]] virtual bool isRunningStatus(const QString &rawStatus) const = 0;
    // Called when an instance becomes running with greeters on. Default: <ip>:22 if allowed.
    virtual void openGreeter(SimInstance &instance);
    // Called before an instance is erased (Nebula keeps it in its deleted list).
    virtual void aboutToErase(const QString &apiKey, const SimInstance &instance);

    [[nodiscard]] Tenant *tenant(const QString &apiKey);
    [[nodiscard]] const Tenant *tenant(const QString &apiKey) const;
    [[nodiscard]] SimInstance *find(const QString &apiKey, const QString &id);
    // Assigns a loopback address and creation time, applies the status and follows its lifecycle.
    SimInstance &insert(const QString &apiKey, SimInstance instance);
    // New raw status; follow = keep stepping along nextStatus() on timers.
    void changeStatus(const QString &apiKey, const QString &id, const QString &rawStatus, bool follow);
    void erase(const QString &apiKey, const QString &id);
    [[nodiscard]] SimContext *context() const { return m_context; }

    static std::optional<QJsonObject> parseObject(const QByteArray &body);
    // A JSON number or a string holding one.
    static std::optional<qint64> toInteger(const QJsonValue &value);
    static std::optional<int> queryInt(const QUrlQuery &query, const QString &name);
    static QString randomToken(int length, const QString &alphabet);

private:
    void scheduleStep(const QString &apiKey, const QString &id, quint64 generation);
    void closeGreeter(SimInstance &instance);

    Provider m_provider;
    SimContext *m_context;
    QHash<QString, Tenant> m_tenants;
};

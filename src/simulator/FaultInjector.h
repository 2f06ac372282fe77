#pragma once

#include "core/Provider.h"
#include "simulator/SimTypes.h"

#include <QHash>
#include <QList>

#include <optional>

class SimProviderApi;
struct SimResponse;

/**
 * The active SimFaults per provider and what each one does to an answer. take() picks the fault
 * (if any) for one request and counts it down; the static helpers build refusals and mangle the
 * answers the APIs produced. Holds no sockets: Stall and ResetMidBody are carried out by
 * SimulatedCloud.
 */
class FaultInjector final
{
public:
    void add(Provider provider, const SimFault &fault);
    void clear();
    // The first matching fault, honouring ratePercent; counts it down and drops it at zero.
    std::optional<SimFault> take(Provider provider, const QByteArray &method, const QString &path);

    // HttpError, RateLimit and HtmlErrorPage answer instead of the API.
    [[nodiscard]] static bool refusesRequest(SimFault::Kind kind);
    [[nodiscard]] static SimResponse refusal(const SimFault &fault, const SimProviderApi &api);
    // RepeatCursor for page-number/offset APIs: the query rewritten to ask for the first page.
    [[nodiscard]] static QString firstPageQuery(Provider provider, const QString &query);
    // TruncatedJson, MalformedJson, WrongShape, EmptyBody, HugeBody and fal's RepeatCursor.
    static void mangle(SimFault::Kind kind, Provider provider, SimResponse &response);

    // "httperror", "rate-limit", "ResetMidBody", ... (case, '-' and '_' ignored).
    [[nodiscard]] static std::optional<SimFault::Kind> kindFromName(const QString &name);
    [[nodiscard]] static QString kindName(SimFault::Kind kind);

private:
    struct Active
    {
        SimFault fault;
        int remaining = -1;
    };
    QHash<Provider, QList<Active>> m_faults;
};

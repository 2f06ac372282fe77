#pragma once

#include "core/Instance.h"
#include "providers/ProviderError.h"
#include "providers/novita/NovitaParser.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

class ProviderCall;
struct HttpRequest;
struct HttpResponse;

// Walks every page of Novita's `GET /gpu/instances` (novita.md §2.1) for one call: asks page
// after page until the rows reach `total` (or a short page when there is none), keeps the first
// copy of an instance that shifts between pages, and gives up on a server that repeats a page or
// never ends. Sends through the client, so its requests are tracked and aborted with the call.
class NovitaInstancePager final : public std::enable_shared_from_this<NovitaInstancePager>
{
public:
    using Send = std::function<void(ProviderCall *call, const HttpRequest &request,
                                    std::function<void(const HttpResponse &response)> done)>;
    using Done = std::function<void(const ProviderError &error, const QList<Instance> &instances, int pages)>;

    // Starts a walk that keeps itself alive until `done`, which is not called once `call` has
    // finished (aborted) meanwhile.
    static void start(ProviderCall *call, Send send, int pageSize, const QUrlQuery &filter, Done done);

private:
    NovitaInstancePager(ProviderCall *call, Send send, int pageSize, const QUrlQuery &filter, Done done);

    void requestPage();
    void onPageParsed(const NovitaParser::InstancePage &page);

    ProviderCall *m_call;
    Send m_send;
    int m_pageSize;
    QUrlQuery m_filter;
    Done m_done;
    int m_page = 1;
    int m_pages = 0;
    int m_rows = 0;
    QStringList m_previousIds;
    QList<Instance> m_instances;
    QSet<QString> m_seen;
};

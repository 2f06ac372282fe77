#include "providers/novita/NovitaInstancePager.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/OffThreadParse.h"
#include "providers/ProviderClient.h"
#include "providers/StringPool.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

NovitaInstancePager::NovitaInstancePager(ProviderCall *call, Send send, int pageSize, const QUrlQuery &filter,
                                         Done done)
    : m_call(call)
    , m_send(std::move(send))
    , m_pageSize(pageSize)
    , m_filter(filter)
    , m_done(std::move(done))
{
}

void NovitaInstancePager::start(ProviderCall *call, Send send, int pageSize, const QUrlQuery &filter,
                                Done done)
{
    const std::shared_ptr<NovitaInstancePager> walk(
        new NovitaInstancePager(call, std::move(send), pageSize, filter, std::move(done)));
    walk->requestPage();
}

void NovitaInstancePager::requestPage()
{
    HttpRequest request;
    request.path = u"/gpu/instances"_s;
    request.query = m_filter;
    const QString page = QString::number(m_page);
    request.query.addQueryItem(u"pageSize"_s, QString::number(m_pageSize));
    // The docs say pageNum; Novita's own MCP server sends pageNumber (novita.md §2.1).
    request.query.addQueryItem(u"pageNum"_s, page);
    request.query.addQueryItem(u"pageNumber"_s, page);
    request.retryable = true;
    m_send(m_call, request, [walk = shared_from_this()](const HttpResponse &response) {
        if (response.error.isError()) {
            walk->m_done(response.error, {}, walk->m_pages);
            return;
        }
        // Parsed on a worker thread: a page of thousands of instances would stall the GUI.
        OffThreadParse::run<NovitaParser::InstancePage>(
            walk->m_call, response.body,
            [](const QByteArray &body, NovitaParser::InstancePage &page) {
                const ProviderError error = NovitaParser::parseInstancePage(body, page);
                StringPool().share(page.instances);
                return error;
            },
            [walk](const ProviderError &error, const NovitaParser::InstancePage &page) {
                if (walk->m_call->isFinished())
                    return;
                if (error.isError())
                    walk->m_done(error, {}, walk->m_pages);
                else
                    walk->onPageParsed(page);
            });
    });
}

void NovitaInstancePager::onPageParsed(const NovitaParser::InstancePage &page)
{
    ++m_pages;
    if (page.rowCount == 0) {
        m_done({}, m_instances, m_pages);
        return;
    }
    if (!page.ids.isEmpty() && page.ids == m_previousIds) {
        qCWarning(lcNovita) << "page" << m_page << "repeats the previous page; giving up";
        // The walk's messages were NovitaClient's: their context keeps the translations.
        m_done(ProviderError::make(ProviderError::Kind::BadResponse,
                                   QCoreApplication::translate(
                                       "NovitaClient", "the provider sent the same page of instances twice")),
               {}, m_pages);
        return;
    }
    for (const Instance &instance : std::as_const(page.instances)) {
        if (!m_seen.contains(instance.id)) { // an instance may shift pages between requests
            m_seen.insert(instance.id);
            m_instances.append(instance);
        }
    }
    // Count what came back: servers may ignore or cap pageSize.
    m_rows += page.rowCount;
    const bool complete = page.total >= 0 ? m_rows >= page.total : page.rowCount < m_pageSize;
    if (complete) {
        m_done({}, m_instances, m_pages);
        return;
    }
    if (m_pages >= ProviderClient::MaxPages) {
        m_done(ProviderError::make(
                   ProviderError::Kind::BadResponse,
                   QCoreApplication::translate("NovitaClient", "the instance list did not end after %1 pages")
                       .arg(ProviderClient::MaxPages)),
               {}, m_pages);
        return;
    }
    m_previousIds = page.ids;
    ++m_page;
    requestPage();
}

#include "providers/nebulablock/NebulaBlockPager.h"

#include "providers/HttpTransport.h"
#include "providers/OffThreadParse.h"
#include "providers/ProviderClient.h"
#include "providers/nebulablock/NebulaBlockJson.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

NebulaBlockPager::NebulaBlockPager(ProviderCall *call, HttpTransport *transport, int pageSize,
                                   const QString &path, PageReader reader, Done done)
    : m_call(call)
    , m_transport(transport)
    , m_pageSize(pageSize)
    , m_path(path)
    , m_reader(std::move(reader))
    , m_done(std::move(done))
{
}

void NebulaBlockPager::start(ProviderCall *call, HttpTransport *transport, int pageSize, const QString &path,
                             PageReader reader, Done done)
{
    const std::shared_ptr<NebulaBlockPager> walk(
        new NebulaBlockPager(call, transport, pageSize, path, std::move(reader), std::move(done)));
    walk->requestPage();
}

void NebulaBlockPager::requestPage()
{
    HttpRequest page;
    page.method = "GET";
    page.path = m_path;
    page.retryable = true;
    page.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    page.query.addQueryItem(u"offset"_s, QString::number(m_offset));
    HttpCall *http = m_transport->send(page);
    m_call->track(http);
    QObject::connect(
        http, &HttpCall::finished, m_call, [walk = shared_from_this()](const HttpResponse &response) {
            if (walk->m_call->isFinished())
                return; // aborted: the call already reported Cancelled
            if (response.error.isError()) {
                walk->m_done(response.error, walk->m_pages);
                return;
            }
            // The envelope check and the page's parse run on a worker thread: a page of thousands of
            // instances would stall the GUI. One page at a time, so the reader has its state alone.
            const PageReader reader = walk->m_reader;
            OffThreadParse::run<PageRead>(
                walk->m_call, response.body,
                [reader](const QByteArray &body, PageRead &read) {
                    // Nebula Block signals failure in the body; HTTP 200 proves nothing (nebulablock.md §9).
                    if (const ProviderError error = NebulaBlockJson::envelopeError(body); error.isError())
                        return error;
                    return reader(body, read.ids, read.rawCount, read.total);
                },
                [walk](const ProviderError &error, const PageRead &read) {
                    if (!walk->m_call->isFinished())
                        walk->onPageRead(error, read);
                });
        });
}

void NebulaBlockPager::onPageRead(const ProviderError &error, const PageRead &read)
{
    if (error.isError()) {
        m_done(error, m_pages);
        return;
    }
    ++m_pages;
    if (read.rawCount == 0) {
        m_done({}, m_pages);
        return;
    }
    // A server that ignores offset sends the same rows forever.
    bool anyNew = read.ids.isEmpty();
    for (const QString &id : read.ids)
        anyNew = anyNew || !m_seenIds.contains(id);
    for (const QString &id : read.ids)
        m_seenIds.insert(id);
    // The walk's messages were NebulaBlockClient's: their context keeps the translations.
    if (!anyNew) {
        m_done(NebulaBlockJson::badResponse(
                   QCoreApplication::translate("NebulaBlockClient",
                                               "the server sent the same page again at offset %1")
                       .arg(m_offset)),
               m_pages);
        return;
    }
    // Step by what actually arrived: the server may have sent fewer or more than asked.
    m_offset += read.rawCount;
    if (read.total >= 0 && m_offset >= read.total) {
        m_done({}, m_pages);
        return;
    }
    if (m_pages >= ProviderClient::MaxPages) {
        m_done(NebulaBlockJson::badResponse(
                   QCoreApplication::translate("NebulaBlockClient", "more than %1 pages")
                       .arg(ProviderClient::MaxPages)),
               m_pages);
        return;
    }
    requestPage();
}

#pragma once

#include "providers/ProviderError.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class HttpTransport;
class ProviderCall;

// Walks every page of a Nebula Block limit/offset list (instances, SSH keys) for one call: steps
// the offset by the rows that actually arrived, ends at `total` or an empty page, and gives up on
// a server that ignores the offset or never ends. Each page's envelope check and parse run on a
// worker thread, one page at a time.
class NebulaBlockPager final : public std::enable_shared_from_this<NebulaBlockPager>
{
public:
    // Appends one parsed page's rows; reports its ids, raw row count and total (or -1). Runs on a
    // worker thread, one page at a time: it may touch only state of its own listing.
    using PageReader =
        std::function<ProviderError(const QByteArray &body, QStringList &ids, int &rawCount, int &total)>;
    using Done = std::function<void(const ProviderError &error, int pages)>;

    // Starts a walk of `path` that keeps itself alive until `done`, which is not called once
    // `call` has finished (aborted) meanwhile.
    static void start(ProviderCall *call, HttpTransport *transport, int pageSize, const QString &path,
                      PageReader reader, Done done);

private:
    // What a PageReader reported about one page.
    struct PageRead
    {
        QStringList ids;
        int rawCount = 0;
        int total = -1;
    };

    NebulaBlockPager(ProviderCall *call, HttpTransport *transport, int pageSize, const QString &path,
                     PageReader reader, Done done);

    void requestPage();
    void onPageRead(const ProviderError &error, const PageRead &read);

    ProviderCall *m_call;
    HttpTransport *m_transport;
    int m_pageSize;
    QString m_path;
    PageReader m_reader;
    Done m_done;
    int m_offset = 0;
    int m_pages = 0;
    QSet<QString> m_seenIds;
};

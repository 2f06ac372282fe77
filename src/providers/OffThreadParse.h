#pragma once

#include "providers/ProviderError.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

// Parses a response body on Qt's global thread pool, so a list page of thousands of instances
// (~15 ms per 1,000 rows, docs/PERFORMANCE.md) never stalls the thread that owns the clients,
// usually the GUI's. The parse function may touch nothing another thread uses meanwhile: the
// providers' static XxxParser functions, or state that belongs to one listing alone.
namespace OffThreadParse {

/**
 * Runs `parse(body, page)` (returning a ProviderError) on a worker thread, then
 * `done(error, page)` in `context`'s thread, from its event loop, never inside this call. Nothing
 * is delivered if `context` is destroyed first.
 */
template<typename Page, typename Parse, typename Done>
void run(QObject *context, const QByteArray &body, Parse parse, Done done)
{
    using Parsed = std::pair<ProviderError, Page>;
    // A child of the context: it dies with it, and with it the delivery.
    auto *watcher = new QFutureWatcher<Parsed>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::move(done)]() mutable {
                         Parsed parsed = watcher->result();
                         watcher->deleteLater();
                         done(parsed.first, parsed.second);
                     });
    watcher->setFuture(QtConcurrent::run([body, parse = std::move(parse)] {
        Parsed parsed;
        parsed.first = parse(body, parsed.second);
        return parsed;
    }));
}

} // namespace OffThreadParse

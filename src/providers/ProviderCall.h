#pragma once

#include "core/Instance.h"
#include "core/Offering.h"
#include "providers/ProviderError.h"

#include <QList>
#include <QObject>
#include <QPointer>

class HttpCall;

// What a provider operation produced. Only the fields that fit the operation are filled.
struct ProviderResult
{
    ProviderError error;
    QList<Instance> instances; // list
    Instance instance;         // get, create (create: at least id and name)
    QList<Offering> offerings;
    QList<CatalogueEntry> entries; // images, clusters, SSH keys
    QString message;               // provider's success text, if any
    int pages = 0;                 // list pages fetched
};

// The handle for one provider operation, which may span several HTTP requests (pages, lookups).
// Emits finished() exactly once and never synchronously, then deletes itself. abort() cancels
// the request in flight and finishes with Kind::Cancelled.
class ProviderCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderCall)

public:
    explicit ProviderCall(QObject *parent = nullptr);

    void abort();
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // For clients: the HTTP request currently in flight, so abort() can reach it.
    void track(HttpCall *call);
    void finish(const ProviderResult &result);
    void fail(const ProviderError &error);

signals:
    void finished(const ProviderResult &result);

private:
    QPointer<HttpCall> m_current;
    bool m_finished = false;
};

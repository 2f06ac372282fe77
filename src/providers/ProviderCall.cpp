#include "providers/ProviderCall.h"

#include "providers/HttpTransport.h"

ProviderCall::ProviderCall(QObject *parent)
    : QObject(parent)
{
}

void ProviderCall::abort()
{
    if (m_finished)
        return;
    if (m_current)
        m_current->abort();
    fail(ProviderError::make(ProviderError::Kind::Cancelled));
}

void ProviderCall::track(HttpCall *call)
{
    m_current = call;
}

void ProviderCall::finish(const ProviderResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            emit finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ProviderCall::fail(const ProviderError &error)
{
    ProviderResult result;
    result.error = error;
    finish(result);
}

#include "providers/novita/NovitaProductCache.h"

using namespace Qt::Literals::StringLiterals;

bool NovitaProductCache::wantsRefresh() const
{
    if (m_failedAt.isValid() && m_failedAt.elapsed() < RetryMs)
        return false;
    return m_products.isEmpty() || !m_age.isValid() || m_age.elapsed() >= MaxAgeMs;
}

void NovitaProductCache::store(const QList<Offering> &products)
{
    m_products.clear();
    for (const Offering &product : products)
        m_products.insert(product.id, product);
    m_age.start();
    m_failedAt.invalidate();
}

void NovitaProductCache::annotate(Instance &instance) const
{
    const auto product = m_products.constFind(instance.extras.value(u"productId"_s).toString());
    if (product == m_products.constEnd())
        return;
    if (instance.gpuModel.isEmpty())
        instance.gpuModel = product->gpuModel;
    // Products are priced per GPU-hour; an instance pays for each of its GPUs.
    if (product->pricePerHour)
        instance.pricePerHour = *product->pricePerHour * qMax(1, instance.gpuCount);
}

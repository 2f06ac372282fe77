#pragma once

#include "core/Instance.h"
#include "core/Offering.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

// The Novita product list a client keeps to price instances and name their GPUs: re-read when
// older than MaxAgeMs, and after a failed read not before RetryMs. No network.
class NovitaProductCache final
{
public:
    static constexpr int MaxAgeMs = 10 * 60 * 1000;
    static constexpr int RetryMs = 60 * 1000;

    // Empty, too old, and not resting after a failure.
    [[nodiscard]] bool wantsRefresh() const;
    void store(const QList<Offering> &products);
    void markFailed() { m_failedAt.start(); }
    // The product, or a default Offering (no id) when unknown.
    [[nodiscard]] Offering product(const QString &productId) const { return m_products.value(productId); }
    // GPU name when the instance lacks one, and price = product price per GPU-hour × GPUs.
    void annotate(Instance &instance) const;

private:
    QHash<QString, Offering> m_products;
    QElapsedTimer m_age;
    QElapsedTimer m_failedAt;
};

#pragma once

#include "core/Offering.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <optional>

// Turns Novita catalogue bodies (novita.md §5) into the create dialog's values: products priced
// per GPU-hour in USD and clusters. Pure static functions: no network, no state. Envelope and
// error handling are NovitaParser's, so a catalogue and an instance list fail alike.
class NovitaCatalogueParser final
{
public:
    NovitaCatalogueParser() = delete;

    // `GET /products` → offerings priced per GPU-hour in USD.
    [[nodiscard]] static ProviderError parseProducts(const QByteArray &body, QList<Offering> &offerings);
    // `GET /clusters` → clusters for the create dialog.
    [[nodiscard]] static ProviderError parseClusters(const QByteArray &body, QList<CatalogueEntry> &clusters);
    // Novita prices are integers in 1/100,000 USD per hour ("35000" = 0.35); nullopt when absent,
    // unreadable or not positive.
    [[nodiscard]] static std::optional<double> priceFromUnits(const QJsonValue &value);
};

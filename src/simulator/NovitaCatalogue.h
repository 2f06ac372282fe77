#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

// The simulated Novita products (prices as strings in 1/100,000 USD per GPU-hour, one without
// capacity) and clusters, with the filters GET /products accepts. Fixed data, no state.
class NovitaCatalogue final
{
public:
    NovitaCatalogue();

    // GET /products honouring productName (contains), clusterId and billingMethod.
    [[nodiscard]] QJsonArray products(const QUrlQuery &filters) const;
    [[nodiscard]] QJsonArray clusters() const { return m_clusters; }
    [[nodiscard]] std::optional<QJsonObject> product(const QString &id) const;
    [[nodiscard]] std::optional<QJsonObject> cluster(const QString &id) const;
    // A cluster offering the product (empty regions = every cluster).
    [[nodiscard]] QString defaultClusterFor(const QJsonObject &product) const;
    [[nodiscard]] bool offers(const QJsonObject &product, const QString &clusterId) const;

private:
    QJsonArray m_products;
    QJsonArray m_clusters;
};

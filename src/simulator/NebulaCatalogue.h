#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The simulated Nebula Block products (region -> GPU family -> [product], each with a dc_id) and
// OS images (region -> [image]). Creating an instance needs a product and an image from the same
// region and data centre. Fixed data, no state.
class NebulaCatalogue final
{
public:
    NebulaCatalogue();

    [[nodiscard]] QJsonObject productsByRegion() const;
    [[nodiscard]] QJsonObject imagesByRegion() const;
    [[nodiscard]] std::optional<QJsonObject> product(const QString &id) const;
    [[nodiscard]] std::optional<QJsonObject> image(const QString &id) const;
    // An image usable with the product (same region and dc_id).
    [[nodiscard]] QJsonObject imageFor(const QJsonObject &product) const;
    [[nodiscard]] QString defaultProductId() const;

private:
    QJsonArray m_products; // flat; grouped on output
    QJsonArray m_images;
};

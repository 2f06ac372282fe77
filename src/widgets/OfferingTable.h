#pragma once

#include "core/Offering.h"
#include "core/Provider.h"

#include <QTableWidget>

#include <optional>

// The product list of the create dialog (Novita and Nebula Block): GPU, CPU/RAM, price per hour
// and availability, one row per product. Unavailable products are shown but cannot be chosen.
class OfferingTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferingTable)

public:
    explicit OfferingTable(QWidget *parent = nullptr);
    ~OfferingTable() override;

    // Keeps the chosen product when it is still there and available, else takes the first
    // available one.
    void setOfferings(Provider provider, const QList<Offering> &offerings);
    [[nodiscard]] std::optional<Offering> currentOffering() const;
    // false when the product is unknown or unavailable.
    bool selectOffering(const QString &offeringId);
    [[nodiscard]] int rowOf(const QString &offeringId) const;

    // "Available", "Low stock", "Sold out", "3 in stock", ...
    [[nodiscard]] static QString availabilityText(Provider provider, const Offering &offering);

signals:
    void currentOfferingChanged();

private:
    void addRow(Provider provider, const Offering &offering);

    QList<Offering> m_offerings; // in row order
};

#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

// Something that can be created: a fal instance type, a Novita product, a Nebula Block product.
struct Offering
{
    QString id;
    QString name;
    QString gpuModel;
    int gpuCount = 1;                   // GPUs per unit (Novita products are per GPU: 1)
    std::optional<double> pricePerHour; // USD per hour for one unit
    bool available = true;
    QString region;
    int cpuCores = 0;
    int ramGb = 0;
    int minDiskGb = 0;
    int maxDiskGb = 0;
    QVariantMap extras; // dc_id, stock, inventoryState, regions, ...
};

// An image, a cluster or an SSH key from a provider catalogue, for pickers.
struct CatalogueEntry
{
    QString id;
    QString name;
    QString region;
    QVariantMap extras; // dc_id, os_type, key_data, ...
};

Q_DECLARE_METATYPE(Offering)
Q_DECLARE_METATYPE(CatalogueEntry)

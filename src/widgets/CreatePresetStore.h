#pragma once

#include "core/InstanceSpec.h"
#include "core/Provider.h"

#include <QStringList>

#include <optional>

class QSettings;

// Named create-dialog presets per provider in QSettings (presets/<provider>/<name>/...): the
// product, sizes, image, cluster, ports, environment and SSH public key of a choice. Never the
// instance name (each create needs a fresh unique one) and never anything secret.
class CreatePresetStore final
{
public:
    explicit CreatePresetStore(QSettings &settings);

    // Sorted case-insensitively.
    [[nodiscard]] QStringList names(Provider provider) const;
    [[nodiscard]] std::optional<InstanceSpec> load(Provider provider, const QString &name) const;
    // false for an empty name.
    bool save(Provider provider, const QString &name, const InstanceSpec &spec);
    void remove(Provider provider, const QString &name);

private:
    [[nodiscard]] static QString group(Provider provider, const QString &name);

    QSettings &m_settings;
};

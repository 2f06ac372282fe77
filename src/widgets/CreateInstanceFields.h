#pragma once

#include "core/InstanceSpec.h"
#include "core/Offering.h"
#include "core/Provider.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Ui {
class CreateInstanceDialog;
}
class QComboBox;
class QObject;

// The provider-specific fields of ui/CreateInstanceDialog.ui: which rows each provider shows,
// filling the pickers from the catalogue, reading them into an InstanceSpec, writing a preset back
// and naming the first missing or invalid value. Keeps no state besides the form it works on.
class CreateInstanceFields final
{
    Q_DECLARE_TR_FUNCTIONS(CreateInstanceFields)

public:
    explicit CreateInstanceFields(Ui::CreateInstanceDialog &ui);

    // Defaults and looks the .ui cannot say (CUDA image, disk size, bold price, hidden messages).
    void setUp();
    // Calls `edited` whenever a free-form field changes (image, OS image, name, ports, env).
    void onEdited(QObject *context, const std::function<void()> &edited);
    void showFor(Provider provider);
    // Everything but Cancel, while a create is under way (values stay as they are).
    void setEditable(bool editable);
    // fal: the instance types and the sectors the 8× type names.
    void fillInstanceTypes(const QList<Offering> &offerings);
    // Novita: "Any cluster" plus the clusters that offer the product's GPU.
    void fillClusters(const Offering &product, const QList<CatalogueEntry> &clusters);
    // Nebula Block: the OS images of the product's region and dc_id.
    void fillImages(const Offering &product, const QList<CatalogueEntry> &images);

    // Fields that follow the product: the sector rule (fal), disk bounds and clusters (Novita),
    // OS images (Nebula Block).
    void adaptTo(Provider provider, const std::optional<Offering> &offering,
                 const QList<CatalogueEntry> &clusters, const QList<CatalogueEntry> &images);
    // The offering chosen in the provider's picker, looked up in `offerings` for fal.
    [[nodiscard]] std::optional<Offering> currentOffering(Provider provider,
                                                          const QList<Offering> &offerings) const;
    bool selectOffering(Provider provider, const QString &offeringId);

    [[nodiscard]] InstanceSpec read(Provider provider, const std::optional<Offering> &offering) const;
    // Everything but the offering and the SSH key (the caller selects those first).
    void write(Provider provider, const InstanceSpec &spec);
    // The first thing that stops a create, or empty.
    [[nodiscard]] QString problem(Provider provider, const std::optional<Offering> &offering) const;

    // Selects the item whose data is `value`; false (selection unchanged) when there is none.
    static bool selectData(QComboBox *combo, const QString &value);

private:
    Ui::CreateInstanceDialog &m_ui;
};

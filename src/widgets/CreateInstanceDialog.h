#pragma once

#include "core/Account.h"
#include "core/InstanceSpec.h"
#include "core/Offering.h"
#include "widgets/CreateCatalogue.h"
#include "widgets/CreateInstanceFields.h"
#include "widgets/CreatePresetStore.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

namespace Ui {
class CreateInstanceDialog;
}
class QSettings;
class SshKeyPicker;

// The form that turns the user's choice into one InstanceSpec: account first, then the fields of
// that account's provider, the price per hour, inline validation and presets. A form, not a
// controller: it gets its catalogue through setters and never calls a client itself.
class CreateInstanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateInstanceDialog)

public:
    static constexpr char LastAccountSetting[] = "create/lastAccount";

    // `settings` (presets, fal prices, last account and key) must outlive the dialog.
    explicit CreateInstanceDialog(QSettings &settings, QWidget *parent = nullptr);
    ~CreateInstanceDialog() override;

    // Lists the enabled ones as "label (Provider)" and selects the one used last.
    void setAccounts(const QList<Account> &accounts);
    bool selectAccount(const QString &accountId);
    [[nodiscard]] QString currentAccountId() const;

    // Catalogue of one account; data for an account not shown is kept for when it is chosen.
    void setOfferings(const QString &accountId, const QList<Offering> &offerings);
    void setClusters(const QString &accountId, const QList<CatalogueEntry> &clusters);
    void setImages(const QString &accountId, const QList<CatalogueEntry> &images);
    void setRegisteredSshKeys(const QString &accountId, const QList<CatalogueEntry> &keys);
    void setLoading(const QString &accountId, bool loading);
    // The catalogue could not be loaded (empty clears it); Retry asks again.
    void setError(const QString &accountId, const QString &message);

    // While busy nothing can be edited or sent again; the values stay as they are.
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The create failed: shows the provider's message and leaves the form as it was.
    void showError(const QString &message);

    // Why Create is disabled; empty when the form may be sent.
    [[nodiscard]] QString validationMessage() const;
    // The form as a spec (no idempotency key: Create adds a fresh one per press).
    [[nodiscard]] InstanceSpec currentSpec() const;
    [[nodiscard]] std::optional<Offering> currentOffering() const;
    [[nodiscard]] SshKeyPicker *sshKeyPicker() const;

    [[nodiscard]] QStringList presetNames() const;
    bool savePreset(const QString &name);
    // Applied at once, or when the account's products arrive.
    bool applyPreset(const QString &name);
    void deletePreset(const QString &name);

signals:
    void catalogueRequested(const QString &accountId);
    // Once per press of Create; the dialog is busy until setBusy(false), showError() or accept().
    void createRequested(const QString &accountId, const InstanceSpec &spec);

private:
    [[nodiscard]] std::optional<Provider> currentProvider() const;
    [[nodiscard]] const CreateCatalogue &currentCatalogue() const;
    void onAccountChanged();
    void refreshOfferings();
    void onOfferingChanged();
    void updateCatalogueStatus();
    void updateKeyNote();
    void updatePrice();
    void validate();
    void onCreateClicked();
    void regenerateName();
    void onFalPriceChanged(double price);
    void refreshPresets(const QString &select = {});
    void applyPendingPreset();
    void applySpec(const InstanceSpec &spec);

    std::unique_ptr<Ui::CreateInstanceDialog> m_ui;
    CreateInstanceFields m_fields;
    QSettings &m_settings;
    CreatePresetStore m_presets;
    QList<Account> m_accounts;
    QHash<QString, CreateCatalogue> m_catalogues;
    std::optional<InstanceSpec> m_pendingPreset; // waits for the products it names
    bool m_busy = false;
    bool m_nameEdited = false;  // the user typed a name: a product change keeps it
    QString m_namedForOffering; // the product the shown generated name was made for
    bool m_updating = false;    // filling widgets from code: no re-validation per step
};

#pragma once

#include "core/Account.h"
#include "core/InstanceSpec.h"

#include <QList>
#include <QObject>

class AccountStore;
class CreateInstanceDialog;
class FleetMonitor;

// Connects a CreateInstanceDialog to the accounts' clients: loads the catalogue the form asks for
// (products; Novita clusters; Nebula Block images and registered keys) and sends its create
// through FleetMonitor, so the new instance shows at once and its account polls fast. Closes the
// dialog on success; on failure it shows the provider's message and leaves the form as it was.
class CreateInstanceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateInstanceController)

public:
    CreateInstanceController(FleetMonitor &fleet, AccountStore &accounts, QObject *parent = nullptr);
    ~CreateInstanceController() override;

    // Fills `dialog` (not owned) with the accounts that can create and serves it until it is
    // destroyed. Call before dialog->open().
    void attach(CreateInstanceDialog *dialog);
    // Enabled accounts that have a client (their key could be read).
    [[nodiscard]] QList<Account> creatableAccounts() const;

signals:
    // A create the provider accepted (the instance is in FleetMonitor already).
    void created(const QString &accountId, const QString &instanceName);
    // A create the provider refused or that failed (also shown in the dialog while it is open).
    void createFailed(const QString &accountId, const QString &message);

private:
    void loadCatalogue(CreateInstanceDialog *dialog, const QString &accountId);
    void create(CreateInstanceDialog *dialog, const QString &accountId, const InstanceSpec &spec);

    FleetMonitor &m_fleet;
    AccountStore &m_accounts;
};

#include "app/CreateInstanceController.h"

#include "core/AccountStore.h"
#include "core/Logging.h"
#include "fleet/FleetMonitor.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"
#include "widgets/CreateInstanceDialog.h"

#include <QPointer>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

CreateInstanceController::CreateInstanceController(FleetMonitor &fleet, AccountStore &accounts,
                                                   QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_accounts(accounts)
{
}

CreateInstanceController::~CreateInstanceController() = default;

QList<Account> CreateInstanceController::creatableAccounts() const
{
    QList<Account> accounts;
    const QList<Account> all = m_accounts.accounts();
    for (const Account &account : all) {
        if (account.enabled && m_fleet.client(account.id))
            accounts.append(account);
    }
    return accounts;
}

void CreateInstanceController::attach(CreateInstanceDialog *dialog)
{
    connect(dialog, &CreateInstanceDialog::catalogueRequested, this,
            [this, dialog](const QString &accountId) { loadCatalogue(dialog, accountId); });
    connect(dialog, &CreateInstanceDialog::createRequested, this,
            [this, dialog](const QString &accountId, const InstanceSpec &spec) {
                create(dialog, accountId, spec);
            });
    dialog->setAccounts(creatableAccounts());
}

void CreateInstanceController::loadCatalogue(CreateInstanceDialog *dialog, const QString &accountId)
{
    ProviderClient *client = m_fleet.client(accountId);
    if (!client) {
        dialog->setLoading(accountId, false);
        dialog->setError(accountId, tr("this account has no connection (is its API key stored?)"));
        return;
    }
    using Apply = std::function<void(CreateInstanceDialog *, const ProviderResult &)>;
    QList<std::pair<ProviderCall *, Apply>> calls;
    calls.append({client->listOfferings(), [accountId](CreateInstanceDialog *d, const ProviderResult &r) {
                      d->setOfferings(accountId, r.offerings);
                  }});
    if (client->provider() == Provider::Novita) {
        calls.append({client->listClusters(), [accountId](CreateInstanceDialog *d, const ProviderResult &r) {
                          d->setClusters(accountId, r.entries);
                      }});
    }
    if (client->provider() == Provider::NebulaBlock) {
        calls.append({client->listImages(), [accountId](CreateInstanceDialog *d, const ProviderResult &r) {
                          d->setImages(accountId, r.entries);
                      }});
        calls.append({client->listSshKeys(), [accountId](CreateInstanceDialog *d, const ProviderResult &r) {
                          d->setRegisteredSshKeys(accountId, r.entries);
                      }});
    }

    dialog->setLoading(accountId, true);
    // Loading ends when the last list answers; the first failure is the one shown.
    auto pending = std::make_shared<int>(int(calls.size()));
    auto failure = std::make_shared<QString>();
    for (const auto &[call, apply] : std::as_const(calls)) {
        // The dialog is the context: a list answering after it closed is dropped.
        connect(call, &ProviderCall::finished, dialog,
                [dialog, accountId, apply = apply, pending, failure](const ProviderResult &result) {
                    if (result.error.isError()) {
                        if (failure->isEmpty())
                            *failure = result.error.message();
                    } else {
                        apply(dialog, result);
                    }
                    if (--*pending == 0) {
                        dialog->setLoading(accountId, false);
                        if (!failure->isEmpty())
                            dialog->setError(accountId, *failure);
                    }
                });
    }
}

void CreateInstanceController::create(CreateInstanceDialog *dialog, const QString &accountId,
                                      const InstanceSpec &spec)
{
    ProviderCall *call = m_fleet.create(accountId, spec);
    if (!call) {
        dialog->showError(tr("this account has no connection (is its API key stored?)"));
        return;
    }
    dialog->setBusy(true);
    qCInfo(lcUi) << "create requested for account" << accountId;
    const QPointer<CreateInstanceDialog> guard(dialog);
    // Not the dialog as context: the result must still be seen if the dialog was closed meanwhile.
    connect(call, &ProviderCall::finished, this, [this, guard, accountId](const ProviderResult &result) {
        if (result.error.isError()) {
            qCWarning(lcUi) << "create failed:" << ProviderError::kindName(result.error.kind);
            emit createFailed(accountId, result.error.message());
            if (guard)
                guard->showError(result.error.message());
            return;
        }
        emit created(accountId, result.instance.displayName());
        if (guard)
            guard->accept();
    });
}

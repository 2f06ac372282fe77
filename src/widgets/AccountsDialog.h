#pragma once

#include "core/AccountService.h"
#include "widgets/ConnectionTester.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccountsDialog;
}
class ConfirmationPrompt;
class QListWidgetItem;

// Lists the accounts and edits them: add, edit, remove, enable or disable, and "Test connection".
// The API key typed here goes straight to the SecretStore through AccountService, never to the
// settings; without a keychain it offers to keep the key for this session only (in memory).
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(AccountService &service, ConnectionTester::ClientFactory clientFactory,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Asked before removing an account; not owned. Without one, removal is not confirmed.
    void setConfirmationPrompt(ConfirmationPrompt *prompt) { m_prompt = prompt; }
    // The id of the account shown in the form; empty while adding a new one.
    [[nodiscard]] QString currentAccountId() const { return m_editingId; }
    void selectAccount(const QString &accountId);
    void startNewAccount();
    [[nodiscard]] QString message() const;

signals:
    // An account got a new API key (stored in the keychain or for the session): rebuild its client.
    void keyChanged(const QString &accountId);
    // A save, removal or test finished (tests wait for it).
    void operationFinished(bool ok);

private:
    enum class Pending
    {
        None,
        Add,
        SetKey
    };

    void reloadList();
    void loadAccount(const QString &accountId);
    [[nodiscard]] Account formAccount() const;
    void save();
    void storeKey(AccountService::KeyStorage storage);
    void onKeyStored(const AccountService::Result &result, AccountService::KeyStorage storage);
    void removeCurrent();
    void testConnection();
    void onItemChanged(QListWidgetItem *item);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountService &m_service;
    ConnectionTester m_tester;
    QPointer<ConfirmationPrompt> m_prompt;
    QString m_editingId;
    // What waits for "keep for this session only" after the keychain refused the key.
    Pending m_pending = Pending::None;
    Account m_pendingAccount;
    bool m_reloading = false;
};

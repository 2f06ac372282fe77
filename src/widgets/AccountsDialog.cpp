#include "widgets/AccountsDialog.h"

#include "ui_AccountsDialog.h"
#include "widgets/ConfirmationPrompt.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

bool offersSessionOnly(SecretError error)
{
    // NotFound never comes from a write; every other failure means the keychain is not usable now.
    return error != SecretError::None && error != SecretError::NotFound;
}
} // namespace

AccountsDialog::AccountsDialog(AccountService &service, ConnectionTester::ClientFactory clientFactory,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_service(service)
    , m_tester(std::move(clientFactory))
{
    m_ui->setupUi(this);
    for (Provider provider : Providers::all())
        m_ui->providerCombo->addItem(Providers::displayName(provider), int(provider));
    m_ui->sessionOnlyButton->hide();
    m_ui->messageLabel->clear();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::startNewAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            [this] { storeKey(AccountService::KeyStorage::SessionOnly); });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        const Provider provider = Provider(m_ui->providerCombo->currentData().toInt());
        m_ui->endpointEdit->setPlaceholderText(Providers::defaultEndpoint(provider).toString());
        m_ui->sshUserEdit->setPlaceholderText(Providers::defaultSshUser(provider));
    });
    connect(m_ui->accountList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_reloading && item)
            loadAccount(item->data(IdRole).toString());
    });
    connect(m_ui->accountList, &QListWidget::itemChanged, this, &AccountsDialog::onItemChanged);
    connect(&m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &text) {
        setBusy(false);
        showMessage(text, !ok);
        emit operationFinished(ok);
    });
    AccountStore *store = &m_service.accounts();
    connect(store, &AccountStore::accountAdded, this, &AccountsDialog::reloadList);
    connect(store, &AccountStore::accountChanged, this, &AccountsDialog::reloadList);
    connect(store, &AccountStore::accountRemoved, this, &AccountsDialog::reloadList);

    reloadList();
    if (m_ui->accountList->count() > 0)
        selectAccount(m_ui->accountList->item(0)->data(IdRole).toString());
    else
        startNewAccount();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::message() const
{
    return m_ui->messageLabel->text();
}

void AccountsDialog::reloadList()
{
    m_reloading = true;
    m_ui->accountList->clear();
    for (const Account &account : m_service.accounts().accounts()) {
        QString text = account.label + u" — "_s + Providers::displayName(account.provider);
        if (m_service.hasSessionKey(account.id))
            text += u" "_s + tr("(key for this session only)");
        auto *item = new QListWidgetItem(text, m_ui->accountList);
        item->setData(IdRole, account.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(account.enabled ? Qt::Checked : Qt::Unchecked);
        if (account.id == m_editingId)
            m_ui->accountList->setCurrentItem(item);
    }
    m_reloading = false;
    m_ui->removeButton->setEnabled(!m_editingId.isEmpty());
}

void AccountsDialog::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_ui->accountList->count(); ++row) {
        QListWidgetItem *item = m_ui->accountList->item(row);
        if (item->data(IdRole).toString() == accountId) {
            m_ui->accountList->setCurrentItem(item);
            loadAccount(accountId);
            return;
        }
    }
}

void AccountsDialog::loadAccount(const QString &accountId)
{
    const auto account = m_service.accounts().byId(accountId);
    if (!account)
        return;
    m_editingId = account->id;
    m_pending = Pending::None;
    m_ui->sessionOnlyButton->hide();
    m_ui->messageLabel->clear();
    m_ui->accountGroup->setTitle(tr("Account “%1”").arg(account->label));
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(int(account->provider)));
    m_ui->providerCombo->setEnabled(false); // a key for one provider must never go to another
    m_ui->labelEdit->setText(account->label);
    m_ui->endpointEdit->setText(account->endpoint.toString());
    m_ui->sshUserEdit->setText(account->sshUser);
    m_ui->enabledCheck->setChecked(account->enabled);
    m_ui->apiKeyEdit->clear();
    m_ui->apiKeyEdit->setPlaceholderText(m_service.hasSessionKey(account->id)
                                             ? tr("Kept for this session only; type a new key to replace it")
                                             : tr("Stored in the keychain; type a new key to replace it"));
    m_ui->removeButton->setEnabled(true);
}

void AccountsDialog::startNewAccount()
{
    m_editingId.clear();
    m_pending = Pending::None;
    m_ui->accountList->setCurrentItem(nullptr);
    m_ui->accountList->clearSelection();
    m_ui->sessionOnlyButton->hide();
    m_ui->messageLabel->clear();
    m_ui->accountGroup->setTitle(tr("New account"));
    m_ui->providerCombo->setEnabled(true);
    m_ui->labelEdit->clear();
    m_ui->endpointEdit->clear();
    m_ui->sshUserEdit->clear();
    m_ui->enabledCheck->setChecked(true);
    m_ui->apiKeyEdit->clear();
    m_ui->apiKeyEdit->setPlaceholderText(tr("Paste the provider's API key"));
    m_ui->removeButton->setEnabled(false);
    m_ui->labelEdit->setFocus();
}

Account AccountsDialog::formAccount() const
{
    Account account;
    if (!m_editingId.isEmpty()) {
        if (const auto stored = m_service.accounts().byId(m_editingId))
            account = *stored;
    }
    account.provider = Provider(m_ui->providerCombo->currentData().toInt());
    account.label = m_ui->labelEdit->text().trimmed();
    account.endpoint = QUrl(m_ui->endpointEdit->text().trimmed(), QUrl::StrictMode);
    account.sshUser = m_ui->sshUserEdit->text().trimmed();
    account.enabled = m_ui->enabledCheck->isChecked();
    return account;
}

void AccountsDialog::save()
{
    const Account account = formAccount();
    const bool hasKey = !m_ui->apiKeyEdit->text().isEmpty();
    if (m_editingId.isEmpty()) {
        if (const AccountStore::Error error = m_service.accounts().validateNew(account);
            error != AccountStore::Error::None) {
            showMessage(AccountStore::errorMessage(error), true);
            emit operationFinished(false);
            return;
        }
        if (!hasKey) {
            showMessage(tr("Enter the account's API key."), true);
            emit operationFinished(false);
            return;
        }
        m_pending = Pending::Add;
    } else {
        if (const AccountStore::Error error = m_service.accounts().updateAccount(account);
            error != AccountStore::Error::None) {
            showMessage(AccountStore::errorMessage(error), true);
            emit operationFinished(false);
            return;
        }
        if (!hasKey) {
            showMessage(tr("Saved."), false);
            emit operationFinished(true);
            return;
        }
        m_pending = Pending::SetKey;
    }
    m_pendingAccount = account;
    storeKey(AccountService::KeyStorage::Keychain);
}

void AccountsDialog::storeKey(AccountService::KeyStorage storage)
{
    // The key is read from the field right here and handed over; the dialog keeps no copy.
    const QString key = m_ui->apiKeyEdit->text();
    const auto done = [this, storage](const AccountService::Result &result) { onKeyStored(result, storage); };
    setBusy(true);
    if (m_pending == Pending::Add)
        m_service.addAccount(m_pendingAccount, key, storage, this, done);
    else if (m_pending == Pending::SetKey)
        m_service.setKey(m_pendingAccount.id, key, storage, this, done);
    else
        setBusy(false);
}

void AccountsDialog::onKeyStored(const AccountService::Result &result, AccountService::KeyStorage storage)
{
    setBusy(false);
    if (!result.ok()) {
        QString text = result.userMessage();
        const bool offer =
            result.accountError == AccountStore::Error::None && offersSessionOnly(result.secret.error);
        if (offer) {
            text += u"\n"_s
                + tr("You can keep the key for this session only: it stays in memory and is forgotten when "
                     "GPU Fleet quits. It is never written to disk.");
        }
        m_ui->sessionOnlyButton->setVisible(offer);
        showMessage(text, true);
        emit operationFinished(false);
        return;
    }
    m_pending = Pending::None;
    m_ui->sessionOnlyButton->hide();
    m_ui->apiKeyEdit->clear();
    m_editingId = result.accountId;
    reloadList();
    selectAccount(result.accountId);
    showMessage(storage == AccountService::KeyStorage::Keychain
                    ? tr("Saved. The API key is in the keychain.")
                    : tr("Saved. The API key is kept for this session only."),
                false);
    emit keyChanged(result.accountId);
    emit operationFinished(true);
}

void AccountsDialog::removeCurrent()
{
    const auto account = m_service.accounts().byId(m_editingId);
    if (!account)
        return;
    const QString id = account->id;
    const auto remove = [this, id](bool yes) {
        if (!yes)
            return;
        setBusy(true);
        m_service.removeAccount(id, this, [this](const AccountService::Result &result) {
            setBusy(false);
            if (!result.ok()) {
                showMessage(result.userMessage(), true);
                emit operationFinished(false);
                return;
            }
            startNewAccount();
            reloadList();
            showMessage(tr("Account removed."), false);
            emit operationFinished(true);
        });
    };
    if (!m_prompt) {
        remove(true);
        return;
    }
    ConfirmationPrompt::Question question;
    question.title = tr("Remove Account");
    question.text = tr("Remove the account “%1”?").arg(account->label);
    question.informativeText = tr("Its API key is deleted from the keychain and GPU Fleet stops showing its "
                                  "instances. The instances themselves keep running at %1 and keep billing.")
                                   .arg(Providers::displayName(account->provider));
    question.acceptLabel = tr("Remove");
    m_prompt->ask(this, question, this, remove);
}

void AccountsDialog::testConnection()
{
    const Account account = formAccount();
    const QString typed = m_ui->apiKeyEdit->text();
    setBusy(true);
    showMessage(tr("Testing the connection…"), false);
    if (!typed.isEmpty() || m_editingId.isEmpty()) {
        m_tester.test(account, typed);
        return;
    }
    m_service.readKey(m_editingId, this, [this, account](const SecretResult &result) {
        if (!result.ok()) {
            setBusy(false);
            showMessage(result.userMessage(), true);
            emit operationFinished(false);
            return;
        }
        m_tester.test(account, result.value);
    });
}

void AccountsDialog::onItemChanged(QListWidgetItem *item)
{
    if (m_reloading || !item)
        return;
    const QString id = item->data(IdRole).toString();
    const bool enabled = item->checkState() == Qt::Checked;
    const AccountStore::Error error = m_service.accounts().setEnabled(id, enabled);
    if (error != AccountStore::Error::None)
        showMessage(AccountStore::errorMessage(error), true);
    if (id == m_editingId)
        m_ui->enabledCheck->setChecked(enabled);
}

void AccountsDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("error", error);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xd0, 0x39, 0x3e));
    m_ui->messageLabel->setPalette(palette);
}

void AccountsDialog::setBusy(bool busy)
{
    m_ui->saveButton->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
    m_ui->sessionOnlyButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_editingId.isEmpty());
}

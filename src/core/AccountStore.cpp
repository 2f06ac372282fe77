#include "core/AccountStore.h"

#include "core/EndpointPolicy.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString accountsGroup = u"accounts"_s;

QString groupOf(const QString &id)
{
    return accountsGroup + u'/' + id;
}

bool isValidSshUser(const QString &user)
{
    // POSIX-ish login names only: the value ends up in a command line the user copies.
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"_s);
    return pattern.match(user).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

AccountStore::AccountStore(QObject *parent)
    : AccountStore(defaultFilePath(), parent)
{
}

AccountStore::AccountStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    load();
}

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/gpufleet/gpufleet.conf"_s;
}

QString AccountStore::normalizedId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QString AccountStore::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::EmptyLabel:
        return QCoreApplication::translate("AccountStore", "Give the account a name.");
    case Error::InvalidLabel:
        return QCoreApplication::translate("AccountStore",
                                           "Use a shorter account name (at most %1 characters) without "
                                           "line breaks or control characters.")
            .arg(maxLabelLength);
    case Error::DuplicateLabel:
        return QCoreApplication::translate("AccountStore",
                                           "Another account already has this name: choose a different one.");
    case Error::InvalidEndpoint:
        return QCoreApplication::translate("AccountStore",
                                           "Enter an https:// endpoint address (plain http:// only for this "
                                           "computer), without a user name or password in it.");
    case Error::InvalidSshUser:
        return QCoreApplication::translate(
            "AccountStore", "Enter an SSH user name made of letters, digits, '.', '-' or '_'.");
    case Error::InvalidId:
        return QCoreApplication::translate("AccountStore", "The account id is not a valid UUID.");
    case Error::DuplicateId:
        return QCoreApplication::translate("AccountStore", "An account with this id already exists.");
    case Error::ProviderChanged:
        return QCoreApplication::translate("AccountStore",
                                           "The provider of an account cannot change: add a new account "
                                           "instead.");
    case Error::NotFound:
        return QCoreApplication::translate("AccountStore", "This account no longer exists.");
    case Error::StorageFailed:
        return QCoreApplication::translate("AccountStore",
                                           "The account settings could not be saved: check that the "
                                           "configuration folder is writable.");
    }
    return {};
}

void AccountStore::load()
{
    m_accounts.clear();
    m_settings.beginGroup(accountsGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &group : ids) {
        const QString id = normalizedId(group);
        const std::optional<Provider> provider =
            Providers::fromId(m_settings.value(groupOf(group) + u"/provider"_s).toString());
        if (id != group || !provider) {
            // Left in the file untouched (a newer version may have written it); never rewritten.
            qCWarning(lcCore) << "skipping account settings group" << group << "(bad id or provider)";
            continue;
        }
        m_settings.beginGroup(groupOf(id));
        Account account;
        account.id = id;
        account.provider = *provider;
        account.label = m_settings.value(u"label"_s).toString();
        account.endpoint = QUrl(m_settings.value(u"endpoint"_s).toString(), QUrl::StrictMode);
        account.sshUser = m_settings.value(u"sshUser"_s).toString();
        account.enabled = m_settings.value(u"enabled"_s, true).toBool();
        m_settings.endGroup();
        m_accounts.append(account);
    }
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> sorted = m_accounts;
    std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) {
        const int byLabel = a.label.compare(b.label, Qt::CaseInsensitive);
        return byLabel != 0 ? byLabel < 0 : a.id < b.id;
    });
    return sorted;
}

qsizetype AccountStore::indexOf(const QString &id) const
{
    const QString wanted = normalizedId(id);
    if (wanted.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == wanted)
            return i;
    }
    return -1;
}

std::optional<Account> AccountStore::byId(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_accounts.at(index);
}

std::optional<Account> AccountStore::byLabel(const QString &label) const
{
    const QString wanted = label.trimmed();
    for (const Account &account : m_accounts) {
        if (account.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

Account AccountStore::normalized(Account account)
{
    account.label = account.label.trimmed();
    account.sshUser = account.sshUser.trimmed();
    if (!account.id.isEmpty()) {
        const QString id = normalizedId(account.id);
        if (!id.isEmpty())
            account.id = id;
    }
    return account;
}

AccountStore::Error AccountStore::validate(const Account &account, const QString &ownId) const
{
    if (account.label.isEmpty())
        return Error::EmptyLabel;
    if (account.label.size() > maxLabelLength || hasControlCharacters(account.label))
        return Error::InvalidLabel;
    for (const Account &other : m_accounts) {
        if (other.id != ownId && other.label.compare(account.label, Qt::CaseInsensitive) == 0)
            return Error::DuplicateLabel;
    }
    if (!account.endpoint.isEmpty() && !EndpointPolicy::mayCarryCredentials(account.endpoint))
        return Error::InvalidEndpoint;
    if (!account.sshUser.isEmpty() && !isValidSshUser(account.sshUser))
        return Error::InvalidSshUser;
    return Error::None;
}

AccountStore::Error AccountStore::validateNew(const Account &account) const
{
    const Account candidate = normalized(account);
    if (!candidate.id.isEmpty()) {
        if (normalizedId(candidate.id).isEmpty())
            return Error::InvalidId;
        if (indexOf(candidate.id) >= 0)
            return Error::DuplicateId;
    }
    return validate(candidate, {});
}

AccountStore::Error AccountStore::write(const Account &account)
{
    if (!m_settings.isWritable())
        return Error::StorageFailed;
    m_settings.beginGroup(groupOf(account.id));
    m_settings.setValue(u"provider"_s, Providers::id(account.provider));
    m_settings.setValue(u"label"_s, account.label);
    m_settings.setValue(u"endpoint"_s, account.endpoint.toString(QUrl::FullyEncoded));
    m_settings.setValue(u"sshUser"_s, account.sshUser);
    m_settings.setValue(u"enabled"_s, account.enabled);
    m_settings.endGroup();
    m_settings.sync();
    if (m_settings.status() == QSettings::AccessError) {
        qCWarning(lcCore) << "could not write" << m_settings.fileName() << m_settings.status();
        return Error::StorageFailed;
    }
    return Error::None;
}

AccountStore::AddResult AccountStore::addAccount(const Account &account)
{
    Account candidate = normalized(account);
    if (const Error error = validateNew(candidate); error != Error::None)
        return {error, candidate};
    if (candidate.id.isEmpty())
        candidate.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const Error error = write(candidate); error != Error::None)
        return {error, candidate};
    m_accounts.append(candidate);
    qCInfo(lcCore) << "added account" << candidate.id << Providers::id(candidate.provider);
    Q_EMIT accountAdded(candidate);
    return {Error::None, candidate};
}

AccountStore::Error AccountStore::updateAccount(const Account &account)
{
    const Account candidate = normalized(account);
    const qsizetype index = indexOf(candidate.id);
    if (index < 0)
        return Error::NotFound;
    const Account &current = m_accounts.at(index);
    if (candidate.provider != current.provider)
        return Error::ProviderChanged;
    if (const Error error = validate(candidate, current.id); error != Error::None)
        return error;
    if (candidate == current)
        return Error::None;
    if (const Error error = write(candidate); error != Error::None)
        return error;
    m_accounts[index] = candidate;
    Q_EMIT accountChanged(candidate);
    return Error::None;
}

AccountStore::Error AccountStore::renameAccount(const QString &id, const QString &label)
{
    std::optional<Account> account = byId(id);
    if (!account)
        return Error::NotFound;
    account->label = label;
    return updateAccount(*account);
}

AccountStore::Error AccountStore::setEnabled(const QString &id, bool enabled)
{
    std::optional<Account> account = byId(id);
    if (!account)
        return Error::NotFound;
    account->enabled = enabled;
    return updateAccount(*account);
}

AccountStore::Error AccountStore::removeAccount(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return Error::NotFound;
    if (!m_settings.isWritable())
        return Error::StorageFailed;
    const QString removedId = m_accounts.at(index).id;
    m_settings.remove(groupOf(removedId));
    m_settings.sync();
    if (m_settings.status() == QSettings::AccessError)
        return Error::StorageFailed;
    m_accounts.removeAt(index);
    qCInfo(lcCore) << "removed account" << removedId;
    Q_EMIT accountRemoved(removedId);
    return Error::None;
}

#include "widgets/FilterBar.h"

#include "models/InstanceFilterProxyModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

FilterBar::FilterBar(InstanceFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search name, ID, IP, GPU, account (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_provider->setObjectName(u"providerFilterCombo"_s);
    m_provider->setToolTip(tr("Show one provider only"));
    m_provider->addItem(tr("All providers"));
    for (Provider provider : Providers::all())
        m_provider->addItem(Providers::displayName(provider), int(provider));
    m_account->setObjectName(u"accountFilterCombo"_s);
    m_account->setToolTip(tr("Show one account only"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->addItem(tr("All accounts"));
    m_status->setObjectName(u"statusFilterCombo"_s);
    m_status->setToolTip(tr("Active: running or on the way (billing); stopped: stopped or deleted"));
    m_status->addItem(tr("All statuses"), int(InstanceFilterProxyModel::StatusGroup::All));
    m_status->addItem(tr("Active"), int(InstanceFilterProxyModel::StatusGroup::Active));
    m_status->addItem(tr("Stopped"), int(InstanceFilterProxyModel::StatusGroup::Stopped));
    layout->addWidget(m_search, 1);
    layout->addWidget(m_provider);
    layout->addWidget(m_account);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &InstanceFilterProxyModel::setSearchText);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &FilterBar::applyProvider);
    connect(m_account, &QComboBox::currentIndexChanged, this, &FilterBar::applyAccount);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::applyStatus);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setAccounts(const QList<QPair<QString, QString>> &accounts)
{
    const QString current = m_account->currentData().toString();
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        m_account->addItem(tr("All accounts"));
        for (const auto &[id, label] : accounts)
            m_account->addItem(label, id);
        const int index = current.isEmpty() ? 0 : m_account->findData(current);
        m_account->setCurrentIndex(qMax(0, index));
    }
    applyAccount();
}

void FilterBar::applyProvider()
{
    const QVariant data = m_provider->currentData();
    m_proxy->setProviderFilter(data.isValid() ? QList<Provider>{Provider(data.toInt())} : QList<Provider>{});
}

void FilterBar::applyAccount()
{
    const QString id = m_account->currentData().toString();
    m_proxy->setAccountFilter(id.isEmpty() ? QStringList{} : QStringList{id});
}

void FilterBar::applyStatus()
{
    m_proxy->setStatusGroup(InstanceFilterProxyModel::StatusGroup(m_status->currentData().toInt()));
}

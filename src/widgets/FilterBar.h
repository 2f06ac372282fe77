#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class InstanceFilterProxyModel;
class QComboBox;
class QLineEdit;

// The search field and the provider, account and status-group filters above the instance table.
// Writes straight into the filter proxy; knows nothing else.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(InstanceFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~FilterBar() override = default;

    // (account id, label) in display order; keeps the current choice when that account remains.
    void setAccounts(const QList<QPair<QString, QString>> &accounts);
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    void focusSearch();

private:
    void applyProvider();
    void applyAccount();
    void applyStatus();

    InstanceFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_account;
    QComboBox *m_status;
};

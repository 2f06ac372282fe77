#pragma once

#include "fleet/AccountPoller.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

// The status bar's per-account indicators: a coloured dot and the account's name, saying ok,
// refreshing, stale since when, or error (the message in the tooltip). Display only.
class AccountHealthBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountHealthBar)

public:
    enum class State
    {
        Ok,
        Refreshing,
        Stale,
        Error
    };

    explicit AccountHealthBar(QWidget *parent = nullptr);
    ~AccountHealthBar() override = default;

    void setHealth(const QString &accountId, const QString &label, const AccountHealth &health);
    // An account that has no client at all (its key could not be read): error, `message` as tooltip.
    void setProblem(const QString &accountId, const QString &label, const QString &message);
    void removeAccount(const QString &accountId);
    [[nodiscard]] static State stateOf(const AccountHealth &health);
    // The indicator's label (object name "health_<accountId>"), or null.
    [[nodiscard]] QLabel *indicator(const QString &accountId) const
    {
        return m_indicators.value(accountId).text;
    }

private:
    struct Indicator
    {
        QLabel *dot = nullptr;
        QLabel *text = nullptr;
    };
    Indicator indicatorFor(const QString &accountId);
    static void show(const Indicator &indicator, State state, const QString &text, const QString &tip);

    QHBoxLayout *m_layout;
    QHash<QString, Indicator> m_indicators;
};

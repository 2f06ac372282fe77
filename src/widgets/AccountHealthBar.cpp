#include "widgets/AccountHealthBar.h"

#include "widgets/StatusIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace {
QColor colorOf(AccountHealthBar::State state)
{
    switch (state) {
    case AccountHealthBar::State::Ok:
        return StatusIcons::color(InstanceStatus::Running);
    case AccountHealthBar::State::Refreshing:
        return StatusIcons::color(InstanceStatus::Starting);
    case AccountHealthBar::State::Stale:
        return StatusIcons::color(InstanceStatus::Stopping);
    case AccountHealthBar::State::Error:
        break;
    }
    return StatusIcons::color(InstanceStatus::Error);
}

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.time(), QLocale::ShortFormat);
}
} // namespace

AccountHealthBar::AccountHealthBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
}

AccountHealthBar::State AccountHealthBar::stateOf(const AccountHealth &health)
{
    if (health.error.isError())
        return State::Error;
    // A routine poll of fresh data is not worth a flickering indicator; only show "refreshing"
    // while the data on screen is stale (first load, recovery).
    if (health.stale)
        return health.refreshing ? State::Refreshing : State::Stale;
    return State::Ok;
}

AccountHealthBar::Indicator AccountHealthBar::indicatorFor(const QString &accountId)
{
    if (const auto it = m_indicators.constFind(accountId); it != m_indicators.cend())
        return *it;
    auto *box = new QWidget(this);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(3);
    Indicator indicator{new QLabel(box), new QLabel(box)};
    indicator.dot->setObjectName(u"healthDot_"_s + accountId);
    indicator.text->setObjectName(u"health_"_s + accountId);
    indicator.text->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(indicator.dot);
    boxLayout->addWidget(indicator.text);
    m_layout->addWidget(box);
    m_indicators.insert(accountId, indicator);
    return indicator;
}

void AccountHealthBar::show(const Indicator &indicator, State state, const QString &text, const QString &tip)
{
    const int size = indicator.dot->style()->pixelMetric(QStyle::PM_SmallIconSize);
    // A drawn dot, not a "●" glyph: it must not depend on the font.
    indicator.dot->setPixmap(StatusIcons::dot(colorOf(state), state == State::Refreshing).pixmap(size, size));
    indicator.dot->setToolTip(tip);
    indicator.text->setText(text);
    indicator.text->setToolTip(tip);
    indicator.text->setProperty("healthState", int(state));
}

void AccountHealthBar::setProblem(const QString &accountId, const QString &label, const QString &message)
{
    show(indicatorFor(accountId), State::Error, label + u" "_s + tr("(no key)"), label + u": "_s + message);
}

void AccountHealthBar::setHealth(const QString &accountId, const QString &label, const AccountHealth &health)
{
    const State state = stateOf(health);
    QString text = label;
    QString tip;
    const QString last = health.lastSuccess.isValid()
        ? tr("Last refreshed at %1.").arg(timeText(health.lastSuccess))
        : tr("Not refreshed yet.");
    switch (state) {
    case State::Ok:
        tip = tr("%1: up to date. %2").arg(label, last);
        break;
    case State::Refreshing:
        tip = tr("%1: refreshing… %2").arg(label, last);
        break;
    case State::Stale:
        text += u" "_s
            + (health.lastSuccess.isValid() ? tr("(stale since %1)").arg(timeText(health.lastSuccess))
                                            : tr("(cached)"));
        tip = tr("%1: showing last-known instances, not refreshed yet.").arg(label);
        break;
    case State::Error:
        text += u" "_s + tr("(error)");
        tip = tr("%1: %2\nLast-known instances stay on screen, greyed. %3")
                  .arg(label, health.error.message(), last);
        break;
    }
    show(indicatorFor(accountId), state, text, tip);
}

void AccountHealthBar::removeAccount(const QString &accountId)
{
    const Indicator indicator = m_indicators.take(accountId);
    if (indicator.text)
        delete indicator.text->parentWidget(); // the box holding the dot and the label
}

#include "widgets/ActivityLog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ActivityLog::ActivityLog(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(u"activityLogView"_s);
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Time"), tr("Account"), tr("Action"), tr("Result")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(AccountColumn, 140);
    m_view->header()->resizeSection(ActionColumn, 220);
}

void ActivityLog::addEntry(const QString &account, const QString &action, const QString &result, bool failed,
                           const QDateTime &when)
{
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, when.toString(u"HH:mm:ss"_s));
    item->setToolTip(TimeColumn, QLocale().toString(when, QLocale::LongFormat));
    item->setText(AccountColumn, account);
    item->setText(ActionColumn, action);
    item->setText(ResultColumn, result);
    item->setToolTip(ResultColumn, result);
    item->setData(ResultColumn, Qt::UserRole, failed);
    item->setIcon(ResultColumn, resultIcon(failed));
    m_view->insertTopLevelItem(0, item);
    while (m_view->topLevelItemCount() > MaxEntries)
        delete m_view->takeTopLevelItem(m_view->topLevelItemCount() - 1);
}

int ActivityLog::entryCount() const
{
    return m_view->topLevelItemCount();
}

const QIcon &ActivityLog::resultIcon(bool failed)
{
    QIcon &icon = failed ? m_failedIcon : m_okIcon;
    if (icon.isNull())
        icon = style()->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
    return icon;
}

void ActivityLog::changeEvent(QEvent *event)
{
    // Entries added from now on take the new style's icons, as they did when asked per entry.
    if (event->type() == QEvent::StyleChange) {
        m_okIcon = QIcon();
        m_failedIcon = QIcon();
    }
    QWidget::changeEvent(event);
}

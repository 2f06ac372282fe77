#pragma once

#include <QDateTime>
#include <QWidget>

class QTreeWidget;

// The Activity log dock's content: what was done, when, on which account and with what result,
// newest first. Display only: it never triggers anything.
class ActivityLog final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column
    {
        TimeColumn,
        AccountColumn,
        ActionColumn,
        ResultColumn,
        ColumnCount
    };
    static constexpr int MaxEntries = 1000;

    explicit ActivityLog(QWidget *parent = nullptr);
    ~ActivityLog() override = default;

    void addEntry(const QString &account, const QString &action, const QString &result, bool failed,
                  const QDateTime &when = QDateTime::currentDateTime());
    [[nodiscard]] int entryCount() const;
    [[nodiscard]] QTreeWidget *view() const { return m_view; }

private:
    QTreeWidget *m_view;
};

#pragma once

#include <QDateTime>
#include <QIcon>
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

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const QIcon &resultIcon(bool failed);

    QTreeWidget *m_view;
    // The style's icons, loaded once: asking the style per entry decoded its PNGs every time, and a
    // refresh with 100 transitions adds 100 entries at once (bench_window, docs/PERFORMANCE.md).
    QIcon m_okIcon;
    QIcon m_failedIcon;
};

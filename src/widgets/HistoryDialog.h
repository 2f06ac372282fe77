#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class HistoryDialog;
}
class UsageHistory;

// The History view: hours and estimated cost per account for today, this week and this month,
// from the local usage history. Display only; refreshes when the history changes and once a
// minute while open (running instances add up as time passes).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    // `history` is not owned.
    explicit HistoryDialog(UsageHistory *history, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QPointer<UsageHistory> m_history;
    QTimer m_tick;
};

#pragma once

#include <QTableView>

// The instance table's look: status icons and greyed stale rows (InstanceStatusDelegate), fixed
// row height, movable columns with sensible first widths, sorting. Knows nothing of actions.
class InstanceTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableView)

public:
    explicit InstanceTableView(QWidget *parent = nullptr);
    ~InstanceTableView() override = default;

    // Also applies the default column widths and sort (restored header state replaces them).
    void setModel(QAbstractItemModel *model) override;

private:
    [[nodiscard]] int statusColumnWidth() const;
};

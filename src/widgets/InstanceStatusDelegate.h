#pragma once

#include "core/InstanceStatus.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

// How instance rows look: a status icon beside the status text, and the rows of an account whose
// last refresh failed greyed out (they show last-known data). Reads the model's raw roles only.
class InstanceStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStatusDelegate)

public:
    explicit InstanceStatusDelegate(QObject *parent = nullptr);
    ~InstanceStatusDelegate() override = default;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    [[nodiscard]] const QIcon &iconFor(InstanceStatus status) const;

    mutable QHash<int, QIcon> m_icons; // drawn once per status
};

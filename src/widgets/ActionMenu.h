#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenu;
class QWidget;

// A context menu of only the enabled actions, groups kept apart by separators, so a menu never
// offers what does not apply to the selection.
struct ActionMenu
{
    // A new menu (deleted when closed) named `objectName`, or null when no action is enabled.
    [[nodiscard]] static QMenu *create(QWidget *parent, const QString &objectName,
                                       const QList<QList<QAction *>> &groups);
};

#include "widgets/ActionMenu.h"

#include <QAction>
#include <QMenu>

QMenu *ActionMenu::create(QWidget *parent, const QString &objectName, const QList<QList<QAction *>> &groups)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(objectName);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QList<QAction *> &group : groups) {
        bool any = false;
        for (QAction *action : group) {
            if (!action->isEnabled())
                continue;
            if (!any && !menu->isEmpty())
                menu->addSeparator();
            menu->addAction(action);
            any = true;
        }
    }
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

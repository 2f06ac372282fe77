#include "widgets/TrayMenu.h"

#include "core/Notifier.h"
#include "models/InstanceFormat.h"
#include "widgets/ActionAvailability.h"

#include <QMenu>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

TrayMenu::TrayMenu(PriceLookup price, LabelLookup label, QObject *parent)
    : QObject(parent)
    , m_price(std::move(price))
    , m_label(std::move(label))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    // Rebuilding a menu while it is open would pull it from under the pointer.
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        if (m_dirty)
            QTimer::singleShot(0, this, &TrayMenu::rebuild);
    });
    rebuild();
}

TrayMenu::~TrayMenu()
{
    delete m_menu;
}

void TrayMenu::setInstances(const QList<Instance> &instances)
{
    m_running.clear();
    m_hiddenRunning = 0;
    for (const Instance &instance : instances) {
        if (instance.status != InstanceStatus::Running)
            continue;
        // A menu is no place for thousands of rows: a fleet of 10,000 took ~500 MB and seconds
        // per refresh here (docs/PERFORMANCE.md). The rest are one click away in the window.
        if (m_running.size() < MaxInstanceMenus)
            m_running.append(instance);
        else
            ++m_hiddenRunning;
    }
    if (signature() == m_signature)
        return;
    if (m_menu->isVisible())
        m_dirty = true;
    else
        rebuild();
}

QString TrayMenu::signature() const
{
    QStringList parts;
    for (const Instance &i : m_running) {
        parts << i.key() << i.displayName() << m_label(i.accountId) << i.sshCommand()
              << InstanceFormat::price(m_price(i)) << QString::number(ActionAvailability::canStop(i))
              << QString::number(ActionAvailability::canDelete(i));
    }
    parts << QString::number(m_hiddenRunning);
    return parts.join(u'\x1f');
}

void TrayMenu::rebuild()
{
    m_dirty = false;
    m_signature = signature();
    // clear() deletes the actions but not the submenus addMenu() made: they would pile up.
    qDeleteAll(m_menu->findChildren<QMenu *>(u"instanceMenu"_s, Qt::FindDirectChildrenOnly));
    m_menu->clear();
    for (const Instance &instance : std::as_const(m_running))
        addInstanceMenu(instance);
    if (m_running.isEmpty())
        m_menu->addAction(tr("No instances running"))->setEnabled(false);
    if (m_hiddenRunning > 0) {
        m_menu
            ->addAction(tr("%n more running (Show window)", nullptr, m_hiddenRunning), this,
                        &TrayMenu::showWindowTriggered)
            ->setObjectName(u"moreRunning"_s);
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Show window"), this, &TrayMenu::showWindowTriggered)
        ->setObjectName(u"showWindow"_s);
    m_menu->addAction(tr("Refresh"), this, &TrayMenu::refreshTriggered)->setObjectName(u"refresh"_s);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayMenu::quitTriggered)->setObjectName(u"quit"_s);
}

void TrayMenu::addInstanceMenu(const Instance &instance)
{
    const QString key = instance.key();
    QString title = tr("%1 — %2").arg(instance.displayName(), m_label(instance.accountId));
    if (const auto price = m_price(instance))
        title += u" · "_s + InstanceFormat::price(*price);
    QMenu *sub = m_menu->addMenu(title);
    sub->setObjectName(u"instanceMenu"_s);
    sub->menuAction()->setData(key);
    const auto add = [this, sub, key](const QString &text, const char *objectName, const char *actionId) {
        QAction *action = sub->addAction(text);
        action->setObjectName(QString::fromLatin1(objectName));
        const QString id = QString::fromLatin1(actionId);
        connect(action, &QAction::triggered, this,
                [this, key, id] { emit instanceActionTriggered(key, id); });
        return action;
    };
    const bool reachable = !instance.sshCommand().isEmpty();
    add(tr("Copy SSH command"), "copySsh", NotificationActions::CopySsh)->setEnabled(reachable);
    add(tr("Open in terminal"), "openTerminal", NotificationActions::OpenTerminal)->setEnabled(reachable);
    if (ActionAvailability::canStop(instance))
        add(tr("Stop…"), "stop", NotificationActions::Stop);
    if (ActionAvailability::canDelete(instance))
        add(tr("Delete…"), "delete", NotificationActions::Delete);
}

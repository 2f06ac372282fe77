#pragma once

#include "core/Instance.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;

// The tray icon's menu: one submenu per running instance, the first MaxInstanceMenus of them (Copy
// SSH command, Open in terminal, and Stop / Delete where its provider offers them), then Show
// window, Refresh and Quit. Rebuilt only when what it shows changed, and never while it is open.
// Owns the QMenu.
class TrayMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayMenu)

public:
    using PriceLookup = std::function<std::optional<double>(const Instance &instance)>;
    using LabelLookup = std::function<QString(const QString &accountId)>;

    TrayMenu(PriceLookup price, LabelLookup label, QObject *parent = nullptr);
    ~TrayMenu() override;

    static constexpr int MaxInstanceMenus = 25;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    void setInstances(const QList<Instance> &instances);

signals:
    // actionId: one of NotificationActions (copy-ssh, open-terminal, stop, delete).
    void instanceActionTriggered(const QString &key, const QString &actionId);
    void showWindowTriggered();
    void refreshTriggered();
    void quitTriggered();

private:
    void rebuild();
    void addInstanceMenu(const Instance &instance);
    [[nodiscard]] QString signature() const;

    PriceLookup m_price;
    LabelLookup m_label;
    QMenu *m_menu;
    QList<Instance> m_running; // the ones shown
    int m_hiddenRunning = 0;   // running beyond MaxInstanceMenus
    QString m_signature;
    bool m_dirty = false;
};

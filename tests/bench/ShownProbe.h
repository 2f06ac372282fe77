#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <functional>

// Watches the application's paint events and reports, once, the moment a visible QMainWindow has
// painted — with at least minRows rows in the item view it paints, when minRows > 0. The same
// "window shown" instant for the bare window and for the real app; it only watches.
class ShownProbe final : public QObject
{
public:
    using Callback = std::function<void(qint64 monotonicNs)>;

    ShownProbe(int minRows, Callback shown, QObject *parent = nullptr)
        : QObject(parent)
        , m_minRows(minRows)
        , m_shown(std::move(shown))
    {
        qApp->installEventFilter(this);
    }

    // CLOCK_MONOTONIC on Linux: comparable between processes of the same boot.
    static qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        auto *window = qobject_cast<QMainWindow *>(widget->window());
        if (!window || !window->isVisible())
            return false;
        if (m_minRows > 0) {
            auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
            if (!view || widget != view->viewport() || !view->model()
                || view->model()->rowCount() < m_minRows)
                return false;
        }
        m_done = true;
        // Reported after this paint pass and its flush to the screen.
        QTimer::singleShot(0, this, [this] {
            qApp->removeEventFilter(this);
            m_shown(nowNs());
        });
        return false;
    }

private:
    int m_minRows;
    Callback m_shown;
    bool m_done = false;
};

#pragma once

#include "simulator/SimulatedCloud.h"

#include <QThread>

#include <functional>

// A SimulatedCloud on a thread of its own, so that building and serving its pages does not
// compete with the clients for the benchmark's event loop (real providers answer from their own
// machines). Every use of the cloud goes through run(), which blocks until it is done.
class SimThread final
{
public:
    explicit SimThread(const SimulatorOptions &options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([this, options](SimulatedCloud &) {
            m_cloud = new SimulatedCloud;
            m_listening = m_cloud->start(options);
        });
    }
    ~SimThread()
    {
        run([this](SimulatedCloud &) { delete m_cloud; });
        QMetaObject::invokeMethod(
            &m_context, [this] { m_context.moveToThread(m_owner); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(SimThread)

    [[nodiscard]] bool isListening() const { return m_listening; }
    void run(const std::function<void(SimulatedCloud &cloud)> &work)
    {
        QMetaObject::invokeMethod(
            &m_context, [this, &work] { work(*m_cloud); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QThread *m_owner = QThread::currentThread();
    QObject m_context;
    SimulatedCloud *m_cloud = nullptr;
    bool m_listening = false;
};

#pragma once

#include "core/Instance.h"

#include <QHash>
#include <QObject>

// Waits until a running instance's SSH port accepts a TCP connection, retrying every couple of
// seconds until a deadline, so that "ready" means usable. It connects only to the address the
// provider gave for the instance; with loopbackOnly (demo, tests) only to 127.0.0.0/8 and ::1.
class ReadinessProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessProbe)

public:
    explicit ReadinessProbe(QObject *parent = nullptr);
    ~ReadinessProbe() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }               // give up after (default 120 s)
    void setRetryMs(int ms) { m_retryMs = ms; }                   // between attempts (default 2 s)
    void setAttemptTimeoutMs(int ms) { m_attemptTimeoutMs = ms; } // one connect (default 5 s)
    void setBannerWaitMs(int ms) { m_bannerWaitMs = ms; }         // after accept (default 1.5 s)
    void setLoopbackOnly(bool loopbackOnly) { m_loopbackOnly = loopbackOnly; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    // Starts probing (again, if it already was). ready() follows exactly once, never synchronously.
    void probe(const Instance &instance);
    void cancel(const QString &key);
    [[nodiscard]] bool isProbing(const QString &key) const { return m_probes.contains(key); }
    // The "SSH-2.0-…" line of the last probe that got one (diagnostics), else empty.
    [[nodiscard]] QString lastBanner(const QString &key) const { return m_banners.value(key); }

signals:
    // sshAnswered: the port accepted a connection before the timeout.
    void ready(const Instance &instance, bool sshAnswered);

private:
    struct Probe;
    void attempt(const QString &key);
    void retryLater(const QString &key);
    void finish(const QString &key, bool answered);
    [[nodiscard]] bool mayConnect(const QString &host) const;

    QHash<QString, Probe *> m_probes;
    QHash<QString, QString> m_banners;
    int m_timeoutMs = 120000;
    int m_retryMs = 2000;
    int m_attemptTimeoutMs = 5000;
    int m_bannerWaitMs = 1500;
    bool m_loopbackOnly = false;
};

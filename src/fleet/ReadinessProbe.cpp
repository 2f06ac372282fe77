#include "fleet/ReadinessProbe.h"

#include "core/Logging.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

struct ReadinessProbe::Probe
{
    Instance instance;
    QString host;
    QDeadlineTimer deadline;
    QTcpSocket *socket = nullptr;
    QTimer *step = nullptr;   // attempt timeout, pause before a retry, or banner wait
    QTimer *giveUp = nullptr; // the overall deadline
    QByteArray banner;
    bool accepted = false;
};

ReadinessProbe::ReadinessProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Instance>();
}

ReadinessProbe::~ReadinessProbe()
{
    for (Probe *probe : std::as_const(m_probes))
        delete probe; // sockets and timers are children of this object and go with it
}

bool ReadinessProbe::mayConnect(const QString &host) const
{
    if (host.isEmpty())
        return false;
    if (!m_loopbackOnly)
        return true; // the provider's own address for this instance, nothing else is ever passed in
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

void ReadinessProbe::probe(const Instance &instance)
{
    const QString key = instance.key();
    cancel(key);
    auto *probe = new Probe;
    probe->instance = instance;
    probe->host = instance.sshHost.isEmpty() ? instance.publicIp : instance.sshHost;
    probe->deadline = QDeadlineTimer(m_timeoutMs);
    probe->step = new QTimer(this);
    probe->step->setSingleShot(true);
    probe->giveUp = new QTimer(this);
    probe->giveUp->setSingleShot(true);
    m_probes.insert(key, probe);
    connect(probe->giveUp, &QTimer::timeout, this, [this, key] { finish(key, false); });

    if (instance.sshPort <= 0 || !mayConnect(probe->host)) {
        qCDebug(lcFleet) << "readiness probe: no address it may try for" << instance.id;
        QTimer::singleShot(0, probe->step, [this, key] { finish(key, false); });
        return;
    }
    probe->giveUp->start(m_timeoutMs);
    QTimer::singleShot(0, probe->step, [this, key] { attempt(key); });
}

void ReadinessProbe::cancel(const QString &key)
{
    Probe *probe = m_probes.take(key);
    if (!probe)
        return;
    if (probe->socket) {
        probe->socket->disconnect(this);
        probe->socket->abort();
        probe->socket->deleteLater();
    }
    probe->step->deleteLater();
    probe->giveUp->deleteLater();
    delete probe;
}

void ReadinessProbe::attempt(const QString &key)
{
    Probe *probe = m_probes.value(key);
    if (!probe)
        return;
    auto *socket = new QTcpSocket(this);
    probe->socket = socket;
    probe->banner.clear();
    probe->accepted = false;
    probe->step->disconnect(this);
    connect(probe->step, &QTimer::timeout, this, [this, key] { retryLater(key); }); // attempt timed out
    probe->step->start(m_attemptTimeoutMs);

    connect(socket, &QTcpSocket::connected, this, [this, key] {
        Probe *p = m_probes.value(key);
        if (!p)
            return;
        p->accepted = true;
        // An accept is enough; wait a moment for the server's greeting only to record it.
        p->step->disconnect(this);
        connect(p->step, &QTimer::timeout, this, [this, key] { finish(key, true); });
        p->step->start(m_bannerWaitMs);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, key, socket] {
        Probe *p = m_probes.value(key);
        if (!p || p->socket != socket)
            return;
        p->banner += socket->read(256 - p->banner.size());
        if (p->banner.contains('\n') || p->banner.size() >= 255) {
            if (p->banner.startsWith("SSH-"))
                m_banners.insert(key, QString::fromLatin1(p->banner.left(p->banner.indexOf('\n'))).trimmed());
            finish(key, true);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, key, socket] {
        Probe *p = m_probes.value(key);
        if (!p || p->socket != socket)
            return;
        if (p->accepted)
            finish(key, true); // accepted, then closed without a greeting: still listening
        else
            retryLater(key);
    });
    socket->connectToHost(probe->host, quint16(probe->instance.sshPort));
}

void ReadinessProbe::retryLater(const QString &key)
{
    Probe *probe = m_probes.value(key);
    if (!probe)
        return;
    if (probe->socket) {
        probe->socket->disconnect(this);
        probe->socket->abort();
        probe->socket->deleteLater();
        probe->socket = nullptr;
    }
    if (probe->deadline.hasExpired()) {
        finish(key, false);
        return;
    }
    probe->step->disconnect(this);
    connect(probe->step, &QTimer::timeout, this, [this, key] { attempt(key); });
    probe->step->start(int(qMin<qint64>(m_retryMs, probe->deadline.remainingTime())));
}

void ReadinessProbe::finish(const QString &key, bool answered)
{
    Probe *probe = m_probes.value(key);
    if (!probe)
        return;
    const Instance instance = probe->instance;
    cancel(key);
    qCDebug(lcFleet) << "readiness probe" << instance.id << (answered ? "answered" : "gave up");
    emit ready(instance, answered);
}

#include "fleet/AccountPoller.h"

#include "core/Logging.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"

#include <QHash>
#include <QRandomGenerator>

AccountPoller::AccountPoller(ProviderClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_client->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AccountPoller::refreshNow);
}

AccountPoller::~AccountPoller()
{
    if (m_inFlight)
        m_inFlight->disconnect(this);
}

qint64 AccountPoller::msSinceLastRefresh() const
{
    return m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : std::numeric_limits<qint64>::max();
}

void AccountPoller::start()
{
    m_running = true;
    refreshNow();
}

void AccountPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void AccountPoller::refreshNow()
{
    if (m_inFlight) {
        m_refreshAgain = true;
        return;
    }
    m_timer.stop();
    m_health.refreshing = true;
    m_refreshStarted.start();
    emit healthChanged();
    m_inFlight = m_client->listInstances();
    connect(m_inFlight, &ProviderCall::finished, this, &AccountPoller::onListed);
}

void AccountPoller::markBusy()
{
    m_busySince.start();
    if (m_running && m_timer.isActive() && m_timer.remainingTime() > m_intervals.fastMs) {
        m_timer.start(m_intervals.fastMs);
        m_health.nextPollMs = m_intervals.fastMs;
    }
}

void AccountPoller::setInstances(const QList<Instance> &instances, bool stale)
{
    m_instances = instances;
    if (stale != m_health.stale) {
        m_health.stale = stale;
        emit healthChanged();
    }
    emit instancesUpdated(m_instances);
}

QList<Instance> AccountPoller::withUnchangedShared(const QList<Instance> &previous, QList<Instance> listed)
{
    // Every refresh parses every instance anew. Where nothing changed, keep the previous copy:
    // the table, the policies and the trackers still hold it, so the new strings and extras would
    // be a second copy of the whole fleet in memory (docs/PERFORMANCE.md). Instance data is
    // implicitly shared, so this costs a comparison per instance, not a copy.
    if (previous.isEmpty())
        return listed;
    QHash<QStringView, qsizetype> previousById;
    previousById.reserve(previous.size());
    for (qsizetype i = 0; i < previous.size(); ++i)
        previousById.insert(previous.at(i).id, i);
    for (Instance &instance : listed) {
        const auto found = previousById.constFind(instance.id);
        if (found != previousById.cend() && previous.at(*found) == instance)
            instance = previous.at(*found);
    }
    return listed;
}

void AccountPoller::onListed(const ProviderResult &result)
{
    m_inFlight = nullptr;
    m_health.refreshing = false;
    if (result.error.isError()) {
        if (result.error.kind != ProviderError::Kind::Cancelled) {
            ++m_health.consecutiveFailures;
            m_health.error = result.error;
            m_health.stale = true;
            qCInfo(lcFleet) << "refresh of" << m_client->account().label
                            << "failed:" << ProviderError::kindName(result.error.kind)
                            << result.error.httpStatus;
        }
    } else {
        m_health.consecutiveFailures = 0;
        m_health.error = {};
        m_health.stale = false;
        m_health.lastSuccess = QDateTime::currentDateTimeUtc();
        m_sinceRefresh.start();
        m_instances = withUnchangedShared(m_instances, result.instances);
    }
    scheduleNext();
    emit healthChanged();
    if (!result.error.isError())
        emit instancesUpdated(m_instances);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refreshNow();
    }
}

int AccountPoller::nextDelayMs() const
{
    if (m_health.consecutiveFailures > 0) {
        const int shift = qMin(m_health.consecutiveFailures - 1, 10);
        int delay = int(qMin<qint64>(qint64(m_intervals.fastMs) << shift, m_intervals.maxBackoffMs));
        if (m_health.error.retryAfterMs > delay)
            delay = qMin(m_health.error.retryAfterMs, m_intervals.maxBackoffMs);
        // Jitter so accounts failing together do not retry together.
        return delay + int(QRandomGenerator::global()->bounded(qMax(1, delay / 10)));
    }
    const bool busy = m_busySince.isValid() && m_busySince.elapsed() < m_intervals.busyWindowMs;
    const bool moving = std::any_of(m_instances.cbegin(), m_instances.cend(), [](const Instance &instance) {
        return InstanceStatuses::isTransitional(instance.status);
    });
    return busy || moving ? m_intervals.fastMs : m_intervals.slowMs;
}

void AccountPoller::scheduleNext()
{
    m_health.nextPollMs = nextDelayMs();
    if (!m_running)
        return;
    // After a success, polls are spaced start to start: a list of many pages must not stretch the
    // fast interval, or a change could take longer than 6 s to show (docs/PERFORMANCE.md). A fifth
    // of the interval stays as a pause, so a list slower than the interval is not repeated at once.
    const qint64 spent =
        m_health.consecutiveFailures == 0 && m_refreshStarted.isValid() ? m_refreshStarted.elapsed() : 0;
    m_timer.start(int(qMax<qint64>(m_health.nextPollMs / 5, m_health.nextPollMs - spent)));
}

#include "fleet/FleetMonitor.h"

#include "core/Logging.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"

#include <QNetworkInformation>

namespace {
// How long GPU Fleet shows "deleting" and treats a stop or vanishing as the user's own doing.
constexpr qint64 ExpectationMs = 15 * 60 * 1000;
} // namespace

FleetMonitor::FleetMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<FleetTransition>();
    qRegisterMetaType<ProviderError>();
    qRegisterMetaType<ProviderResult>();
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &FleetMonitor::applyNextUpdate);
}

FleetMonitor::~FleetMonitor() = default;

void FleetMonitor::setIntervals(const PollIntervals &intervals)
{
    m_intervals = intervals;
    for (AccountPoller *poller : std::as_const(m_pollers))
        poller->setIntervals(intervals);
}

void FleetMonitor::addAccount(ProviderClient *client)
{
    const QString accountId = client->account().id;
    removeAccount(accountId);
    auto *poller = new AccountPoller(client, this);
    poller->setIntervals(m_intervals);
    m_pollers.insert(accountId, poller);
    m_accountOrder.append(accountId);
    connect(poller, &AccountPoller::instancesUpdated, this,
            [this, accountId](const QList<Instance> &instances) { queueUpdate(accountId, instances); });
    connect(poller, &AccountPoller::healthChanged, this,
            [this, accountId] { emit accountHealthChanged(accountId); });
    emit accountAdded(accountId);
    if (m_running)
        poller->start();
}

void FleetMonitor::removeAccount(const QString &accountId)
{
    AccountPoller *poller = m_pollers.take(accountId);
    if (!poller)
        return;
    m_accountOrder.removeAll(accountId);
    m_lastSeen.remove(accountId);
    m_pendingUpdates.remove(accountId);
    m_pendingOrder.removeAll(accountId);
    poller->disconnect(this);
    delete poller; // aborts its requests: replies never call back into a dead client
    emit accountRemoved(accountId);
}

ProviderClient *FleetMonitor::client(const QString &accountId) const
{
    AccountPoller *p = poller(accountId);
    return p ? p->client() : nullptr;
}

AccountHealth FleetMonitor::health(const QString &accountId) const
{
    AccountPoller *p = poller(accountId);
    return p ? p->health() : AccountHealth{};
}

QList<Instance> FleetMonitor::instances(const QString &accountId) const
{
    AccountPoller *p = poller(accountId);
    return p ? p->instances() : QList<Instance>{};
}

QList<Instance> FleetMonitor::allInstances() const
{
    QList<Instance> all;
    for (const QString &accountId : m_accountOrder)
        all += instances(accountId);
    return all;
}

std::optional<Instance> FleetMonitor::instance(const QString &key) const
{
    const QString accountId = key.section(QLatin1Char('/'), 0, 0);
    const auto seen = m_lastSeen.value(accountId);
    const auto it = seen.constFind(key);
    if (it == seen.cend())
        return std::nullopt;
    return *it;
}

void FleetMonitor::loadCached(const QString &accountId, const QList<Instance> &instances)
{
    if (AccountPoller *p = poller(accountId))
        p->setInstances(instances, true);
}

void FleetMonitor::start()
{
    m_running = true;
    for (const QString &accountId : std::as_const(m_accountOrder))
        m_pollers.value(accountId)->start();
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        refreshAll(); // the network came back
                });
    }
}

void FleetMonitor::stop()
{
    m_running = false;
    for (AccountPoller *poller : std::as_const(m_pollers))
        poller->stop();
}

void FleetMonitor::refreshAll()
{
    for (const QString &accountId : std::as_const(m_accountOrder))
        m_pollers.value(accountId)->refreshNow();
}

void FleetMonitor::refreshAccount(const QString &accountId)
{
    if (AccountPoller *p = poller(accountId))
        p->refreshNow();
}

void FleetMonitor::refreshOlderThan(qint64 olderThanMs)
{
    for (AccountPoller *poller : std::as_const(m_pollers)) {
        if (poller->msSinceLastRefresh() >= olderThanMs)
            poller->refreshNow();
    }
}

ProviderCall *FleetMonitor::act(Action action, const QString &key)
{
    const QString accountId = key.section(QLatin1Char('/'), 0, 0);
    const QString instanceId = key.section(QLatin1Char('/'), 1);
    AccountPoller *p = poller(accountId);
    if (!p)
        return nullptr;
    ProviderClient *c = p->client();
    ProviderCall *call = nullptr;
    switch (action) {
    case Action::Start:
        call = c->startInstance(instanceId);
        break;
    case Action::Stop:
        call = c->stopInstance(instanceId);
        break;
    case Action::Restart:
        call = c->restartInstance(instanceId);
        break;
    case Action::Delete:
        call = c->deleteInstance(instanceId);
        break;
    }
    if (action == Action::Stop || action == Action::Delete || action == Action::Restart)
        m_expected.insert(key, QDeadlineTimer(ExpectationMs));
    connect(call, &ProviderCall::finished, this,
            [this, key, action, accountId](const ProviderResult &result) {
                ProviderError error = result.error;
                // Deleting something that is already gone is what the user wanted.
                if (action == Action::Delete && error.kind == ProviderError::Kind::NotFound)
                    error = {};
                if (!error.isError()) {
                    if (action == Action::Delete) {
                        m_pendingDeletes.insert(key, QDeadlineTimer(ExpectationMs));
                        setLocalStatus(key, InstanceStatus::Deleting);
                    } else if (action == Action::Stop) {
                        setLocalStatus(key, InstanceStatus::Stopping);
                    } else {
                        setLocalStatus(key, InstanceStatus::Starting);
                    }
                } else {
                    m_expected.remove(key);
                }
                if (AccountPoller *p = poller(accountId)) {
                    p->markBusy();
                    p->refreshNow();
                }
                emit actionFinished(key, action, error);
            });
    return call;
}

ProviderCall *FleetMonitor::create(const QString &accountId, const InstanceSpec &spec)
{
    AccountPoller *p = poller(accountId);
    if (!p)
        return nullptr;
    ProviderCall *call = p->client()->createInstance(spec);
    connect(call, &ProviderCall::finished, this, [this, accountId](const ProviderResult &result) {
        AccountPoller *p = poller(accountId);
        if (!p || result.error.isError())
            return;
        Instance created = result.instance;
        if (created.status == InstanceStatus::Unknown && created.providerStatus.isEmpty())
            created.status = InstanceStatus::Provisioning;
        QList<Instance> list = p->instances();
        const bool known = std::any_of(list.cbegin(), list.cend(),
                                       [&](const Instance &i) { return i.key() == created.key(); });
        if (!known && !created.id.isEmpty()) {
            list.append(created);
            p->setInstances(list, p->health().stale);
        }
        p->markBusy();
        emit instanceCreated(created);
    });
    return call;
}

void FleetMonitor::setLocalStatus(const QString &key, InstanceStatus status)
{
    const QString accountId = key.section(QLatin1Char('/'), 0, 0);
    AccountPoller *p = poller(accountId);
    if (!p)
        return;
    QList<Instance> list = p->instances();
    for (Instance &instance : list) {
        if (instance.key() == key && instance.status != status) {
            instance.status = status;
            p->setInstances(list, p->health().stale);
            return;
        }
    }
}

QList<Instance> FleetMonitor::withOverlay(const QList<Instance> &instances)
{
    QList<Instance> result = instances;
    for (auto it = m_pendingDeletes.begin(); it != m_pendingDeletes.end();) {
        if (it->hasExpired())
            it = m_pendingDeletes.erase(it);
        else
            ++it;
    }
    if (m_pendingDeletes.isEmpty())
        return result;
    for (Instance &instance : result) {
        if (m_pendingDeletes.contains(instance.key()) && instance.status != InstanceStatus::Deleted)
            instance.status = InstanceStatus::Deleting; // fal keeps listing it for a while
    }
    return result;
}

void FleetMonitor::queueUpdate(const QString &accountId, const QList<Instance> &instances)
{
    // Lists that arrive together (a refresh of many accounts answers at once) are applied one per
    // event-loop pass: applying each costs the model, the tray and the policies several ms at
    // 10,000 instances, and back to back they held the GUI thread for 60 ms (docs/PERFORMANCE.md).
    // An account's newer list replaces its older one still waiting.
    if (!m_pendingUpdates.contains(accountId))
        m_pendingOrder.append(accountId);
    m_pendingUpdates.insert(accountId, instances);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void FleetMonitor::applyNextUpdate()
{
    if (m_pendingOrder.isEmpty())
        return;
    const QString accountId = m_pendingOrder.takeFirst();
    const QList<Instance> instances = m_pendingUpdates.take(accountId);
    if (!m_pendingOrder.isEmpty())
        m_applyTimer.start();
    onInstancesUpdated(accountId, instances);
}

void FleetMonitor::onInstancesUpdated(const QString &accountId, const QList<Instance> &rawInstances)
{
    const QList<Instance> instances = withOverlay(rawInstances);
    QSet<QString> expected;
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (it->hasExpired()) {
            it = m_expected.erase(it);
        } else {
            expected.insert(it.key());
            ++it;
        }
    }
    auto &seen = m_lastSeen[accountId];
    const bool first = seen.isEmpty();
    const QList<FleetTransition> transitions =
        first ? QList<FleetTransition>{} : TransitionDetector::diff(seen, instances, expected);
    seen.clear();
    seen.reserve(instances.size());
    for (const Instance &instance : instances)
        seen.insert(instance.key(), instance);
    for (const FleetTransition &transition : transitions) {
        if (transition.kind == FleetTransition::Kind::Vanished)
            m_pendingDeletes.remove(transition.instance.key());
        qCDebug(lcFleet) << "transition" << int(transition.kind) << transition.instance.id;
        emit transitioned(transition);
    }
    emit accountInstancesChanged(accountId, instances);
}

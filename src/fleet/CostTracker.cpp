#include "fleet/CostTracker.h"

#include "core/Logging.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double MsPerHour = 3600.0 * 1000.0;
constexpr int PruneIntervalSecs = 10 * 60;

double hoursBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() && from < to ? double(from.msecsTo(to)) / MsPerHour : 0.0;
}

// Novita sells and prices GPUs one at a time; fal and Nebula Block price the whole machine.
int unitsOf(const Instance &instance)
{
    return instance.provider == Provider::Novita ? qMax(1, instance.gpuCount) : 1;
}
} // namespace

CostTracker::CostTracker(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

QString CostTracker::priceKey(Provider provider, const QString &offeringId)
{
    return Providers::id(provider) + u'/' + offeringId;
}

void CostTracker::loadSettings(QSettings &settings)
{
    m_userPrices.clear();
    settings.beginGroup(u"prices"_s);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        bool ok = false;
        const double price = settings.value(key).toDouble(&ok);
        if (ok && price >= 0)
            m_userPrices.insert(key, price);
    }
    settings.endGroup();
    updatePricedProviders();

    m_budgets.clear();
    if (const double overall = settings.value(u"budgets/dailyOverall"_s).toDouble(); overall > 0)
        m_budgets.insert(QString(), overall);
    settings.beginGroup(u"accounts"_s);
    const QStringList accounts = settings.childGroups();
    for (const QString &accountId : accounts) {
        if (const double budget = settings.value(accountId + u"/dailyBudget"_s).toDouble(); budget > 0)
            m_budgets.insert(accountId, budget);
    }
    settings.endGroup();
}

void CostTracker::saveSettings(QSettings &settings) const
{
    settings.remove(u"prices"_s);
    for (auto it = m_userPrices.cbegin(); it != m_userPrices.cend(); ++it)
        settings.setValue(u"prices/"_s + it.key(), it.value());
    settings.remove(u"budgets/dailyOverall"_s);
    // A budget cleared in Settings must not come back at the next start.
    settings.beginGroup(u"accounts"_s);
    const QStringList accounts = settings.childGroups();
    settings.endGroup();
    for (const QString &accountId : accounts) {
        if (!m_budgets.contains(accountId))
            settings.remove(u"accounts/"_s + accountId + u"/dailyBudget"_s);
    }
    for (auto it = m_budgets.cbegin(); it != m_budgets.cend(); ++it) {
        settings.setValue(it.key().isEmpty() ? u"budgets/dailyOverall"_s
                                             : u"accounts/"_s + it.key() + u"/dailyBudget"_s,
                          it.value());
    }
}

void CostTracker::setUserPrice(Provider provider, const QString &offeringId, std::optional<double> perUnit)
{
    if (perUnit && *perUnit >= 0)
        m_userPrices.insert(priceKey(provider, offeringId), *perUnit);
    else
        m_userPrices.remove(priceKey(provider, offeringId));
    updatePricedProviders();
    announceBurnRate();
}

std::optional<double> CostTracker::userPrice(Provider provider, const QString &offeringId) const
{
    const auto it = m_userPrices.constFind(priceKey(provider, offeringId));
    return it == m_userPrices.cend() ? std::nullopt : std::optional<double>(*it);
}

void CostTracker::setCataloguePrices(Provider provider, const QList<Offering> &offerings)
{
    for (const Offering &offering : offerings) {
        if (offering.pricePerHour)
            m_cataloguePrices.insert(priceKey(provider, offering.id), *offering.pricePerHour);
    }
    updatePricedProviders();
    announceBurnRate();
}

QString CostTracker::offeringId(const Instance &instance)
{
    switch (instance.provider) {
    case Provider::Fal: {
        const QString type = instance.extras.value(u"instance_type"_s).toString();
        if (!type.isEmpty())
            return type;
        return instance.gpuCount >= 8 ? u"gpu_8x_h100_sxm5"_s : u"gpu_1x_h100_sxm5"_s;
    }
    case Provider::Novita: {
        const QString product = instance.extras.value(u"productId"_s).toString();
        return product.isEmpty() ? instance.gpuModel : product;
    }
    case Provider::NebulaBlock:
        break;
    }
    return instance.gpuModel;
}

void CostTracker::updatePricedProviders()
{
    m_pricedProviders = 0;
    for (const Provider provider : Providers::all()) {
        const QString prefix = Providers::id(provider) + u'/';
        for (const QMap<QString, double> *prices : {&m_userPrices, &m_cataloguePrices}) {
            const auto first = prices->lowerBound(prefix);
            if (first != prices->cend() && first.key().startsWith(prefix))
                m_pricedProviders |= 1u << int(provider);
        }
    }
}

CostTracker::Price CostTracker::price(const Instance &instance) const
{
    if (instance.pricePerHour)
        return {instance.pricePerHour, Price::Source::Provider};
    // Asked for every running instance on every refresh: no key is built for a provider that has
    // no prices at all (docs/PERFORMANCE.md).
    if (!(m_pricedProviders & (1u << int(instance.provider))))
        return {};
    const QString key = priceKey(instance.provider, offeringId(instance));
    if (const auto it = m_cataloguePrices.constFind(key); it != m_cataloguePrices.cend())
        return {*it * unitsOf(instance), Price::Source::Catalogue};
    if (const auto it = m_userPrices.constFind(key); it != m_userPrices.cend())
        return {*it * unitsOf(instance), Price::Source::User};
    return {};
}

bool CostTracker::providerStarted(const Instance &instance, const QDateTime &nowUtc)
{
    return instance.startedAt.isValid() && instance.startedAt <= nowUtc;
}

QDateTime CostTracker::runningSince(const Instance &instance, const QDateTime &nowUtc) const
{
    if (providerStarted(instance, nowUtc))
        return instance.startedAt;
    return m_firstSeenRunning.value(instance.key());
}

CostTracker::Cost CostTracker::cost(const Instance &instance) const
{
    Cost cost;
    if (instance.status != InstanceStatus::Running)
        return cost;
    // The clock read once, compared in UTC: reading local time stats /etc/localtime and comparing
    // with a local time converts it anew each time; the policy asks this for every instance.
    const QDateTime now = m_clock();
    const QDateTime nowUtc = now.toUTC();
    cost.since = runningSince(instance, nowUtc);
    if (!cost.since.isValid())
        cost.since = now; // not seen by the tracker yet: nothing spent that we know of
    cost.hours = hoursBetween(cost.since, now);
    const Price p = price(instance);
    if (p.perHour)
        cost.amount = *p.perHour * cost.hours;
    cost.estimate = !providerStarted(instance, nowUtc) || p.source == Price::Source::User;
    return cost;
}

void CostTracker::updateEpisodes(const QString &accountId, const QList<Instance> &instances,
                                 const QDateTime &now)
{
    // Compared in UTC: a comparison with a local time converts it anew (a clock read per instance
    // and those conversions took ~10 ms per list of 1,000, bench_fleetconsumers).
    const QDateTime nowUtc = now.toUTC();
    QSet<QString> runningKeys;
    runningKeys.reserve(instances.size());
    for (const Instance &instance : instances) {
        if (instance.status != InstanceStatus::Running)
            continue;
        const QString key = instance.key();
        runningKeys.insert(key);
        const auto firstSeen = m_firstSeenRunning.constFind(key);
        const QDateTime since = providerStarted(instance, nowUtc) ? instance.startedAt
            : firstSeen != m_firstSeenRunning.cend()              ? *firstSeen
                                                                  : now;
        if (firstSeen == m_firstSeenRunning.cend())
            m_firstSeenRunning.insert(key, now);
        QList<Episode> &episodes = m_episodes[key];
        if (episodes.isEmpty() || episodes.constLast().end.isValid())
            episodes.append({accountId, since, {}, {}});
        episodes.last().start = since; // the provider's start may arrive later
        episodes.last().perHour = price(instance).perHour;
    }
    // Whatever of this account ran and no longer runs has stopped billing (as far as we can tell)
    // now. Only this account's open episodes are visited: a pass over every account's took ~2 ms
    // per list at 10,000 instances, once per account and refresh (bench_window).
    QSet<QString> &open = m_openKeys[accountId];
    for (const QString &key : std::as_const(open)) {
        if (runningKeys.contains(key))
            continue;
        const auto episodes = m_episodes.find(key);
        if (episodes != m_episodes.end() && !episodes->isEmpty()
            && episodes->constLast().accountId == accountId && !episodes->constLast().end.isValid())
            episodes->last().end = now;
        m_firstSeenRunning.remove(key);
    }
    open = std::move(runningKeys);
    pruneEpisodes(now);
}

void CostTracker::pruneEpisodes(const QDateTime &now)
{
    // Episodes that ended before yesterday count towards nothing any more (spentToday() starts at
    // midnight): dropped now and then rather than on every list.
    if (m_nextPrune.isValid() && now < m_nextPrune)
        return;
    m_nextPrune = now.addSecs(PruneIntervalSecs);
    const QDateTime yesterday = now.date().addDays(-1).startOfDay().toUTC();
    for (auto it = m_episodes.begin(); it != m_episodes.end();) {
        it->removeIf([&](const Episode &e) { return e.end.isValid() && e.end < yesterday; });
        it = it->isEmpty() ? m_episodes.erase(it) : std::next(it);
    }
}

void CostTracker::onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances)
{
    updateEpisodes(accountId, instances, m_clock());
    m_instances.insert(accountId, instances);
    announceBurnRate();
    evaluate();
}

void CostTracker::onAccountRemoved(const QString &accountId)
{
    updateEpisodes(accountId, {}, m_clock());
    m_instances.remove(accountId);
    announceBurnRate();
}

QList<Instance> CostTracker::runningInstances() const
{
    QList<Instance> running;
    for (const QList<Instance> &list : m_instances) {
        for (const Instance &instance : list) {
            if (instance.status == InstanceStatus::Running)
                running.append(instance);
        }
    }
    return running;
}

CostTracker::RunningSummary CostTracker::summarize() const
{
    // One pass, nothing copied: this runs on every account's refresh (runningInstances() copied
    // all 10,000 instances three times per refresh, docs/PERFORMANCE.md).
    RunningSummary summary;
    for (const QList<Instance> &list : m_instances) {
        for (const Instance &instance : list) {
            if (instance.status != InstanceStatus::Running)
                continue;
            ++summary.running;
            if (const auto perHour = price(instance).perHour)
                summary.burn += *perHour;
            else
                ++summary.unpriced;
        }
    }
    return summary;
}

double CostTracker::burnRate() const
{
    return summarize().burn;
}

double CostTracker::burnRate(const QString &accountId) const
{
    if (accountId.isEmpty())
        return burnRate();
    double total = 0;
    for (const Instance &instance : m_instances.value(accountId)) {
        if (instance.status == InstanceStatus::Running)
            total += price(instance).perHour.value_or(0.0);
    }
    return total;
}

int CostTracker::runningCount() const
{
    return summarize().running;
}

int CostTracker::unpricedCount() const
{
    return summarize().unpriced;
}

void CostTracker::setDailyBudget(const QString &accountId, std::optional<double> usd)
{
    if (usd && *usd > 0)
        m_budgets.insert(accountId, *usd);
    else
        m_budgets.remove(accountId);
    m_budgetWarned.remove(accountId); // a new budget deserves its own warning
    evaluate();
}

std::optional<double> CostTracker::dailyBudget(const QString &accountId) const
{
    const auto it = m_budgets.constFind(accountId);
    return it == m_budgets.cend() ? std::nullopt : std::optional<double>(*it);
}

double CostTracker::spentToday(const QString &accountId) const
{
    const QDateTime now = m_clock();
    // UTC: compared with every episode's start, and a local time is converted anew each time.
    const QDateTime dayStart = now.date().startOfDay().toUTC();
    double total = 0;
    for (const QList<Episode> &episodes : m_episodes) {
        for (const Episode &e : episodes) {
            if (!e.perHour || (!accountId.isEmpty() && e.accountId != accountId))
                continue;
            total += *e.perHour * hoursBetween(qMax(e.start, dayStart), e.end.isValid() ? e.end : now);
        }
    }
    return total;
}

double CostTracker::projectedToday(const QString &accountId) const
{
    const QDateTime now = m_clock();
    return spentToday(accountId)
        + burnRate(accountId) * hoursBetween(now, now.date().addDays(1).startOfDay());
}

void CostTracker::evaluate()
{
    const QDate today = m_clock().date();
    for (auto it = m_budgets.cbegin(); it != m_budgets.cend(); ++it) {
        if (m_budgetWarned.value(it.key()) == today)
            continue;
        const double projected = projectedToday(it.key());
        if (projected >= it.value()) {
            m_budgetWarned.insert(it.key(), today);
            qCDebug(lcFleet) << "daily budget crossed" << (it.key().isEmpty() ? u"overall"_s : it.key());
            emit budgetExceeded(it.key(), projected, it.value());
        }
    }
}

void CostTracker::announceBurnRate()
{
    const RunningSummary summary = summarize();
    const double burn = summary.burn;
    const int running = summary.running;
    const int unpriced = summary.unpriced;
    if (qFuzzyCompare(burn + 1, m_lastBurn + 1) && running == m_lastRunning && unpriced == m_lastUnpriced)
        return;
    m_lastBurn = burn;
    m_lastRunning = running;
    m_lastUnpriced = unpriced;
    emit burnRateChanged(burn, running, unpriced);
}

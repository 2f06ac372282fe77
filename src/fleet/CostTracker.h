#pragma once

#include "core/Instance.h"
#include "core/Offering.h"
#include "fleet/Clock.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <optional>

class QSettings;

// What the fleet costs: the price per hour of each instance (from the provider where its API says,
// else from a price the user entered per offering), the cost of each running instance so far, the
// burn rate of everything running across all accounts, and daily budgets, per account and overall,
// warned about once a day when the day's projected spend crosses them.
class CostTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTracker)

public:
    struct Price
    {
        enum class Source
        {
            Unknown,
            Provider,  // the instance listing carries it (Nebula Block)
            Catalogue, // the provider's product list (Novita, Nebula Block)
            User       // entered in GPU Fleet (fal has no price API)
        };
        std::optional<double> perHour; // USD for the whole instance
        Source source = Source::Unknown;
    };
    struct Cost
    {
        std::optional<double> amount; // USD so far, when the price is known
        double hours = 0;             // running time so far
        QDateTime since;              // invalid when not running
        bool estimate = false;        // start observed by GPU Fleet, or a price the user entered
    };

    explicit CostTracker(Clock clock = Clocks::system(), QObject *parent = nullptr);
    ~CostTracker() override = default;

    // Prices: `prices/<provider>/<offering>` (USD per unit of the offering: a whole fal instance
    // type, one Novita GPU, a whole Nebula Block product); budgets: `budgets/dailyOverall` and
    // `accounts/<id>/dailyBudget`.
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    void setUserPrice(Provider provider, const QString &offeringId, std::optional<double> perUnit);
    [[nodiscard]] std::optional<double> userPrice(Provider provider, const QString &offeringId) const;
    void setCataloguePrices(Provider provider, const QList<Offering> &offerings);
    // The offering an instance was created from: fal's instance type (gpu_8x_… for 8 GPUs),
    // Novita's product id, else the GPU model.
    [[nodiscard]] static QString offeringId(const Instance &instance);

    [[nodiscard]] Price price(const Instance &instance) const;
    [[nodiscard]] Cost cost(const Instance &instance) const;

    void onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances);
    void onAccountRemoved(const QString &accountId);
    [[nodiscard]] QList<Instance> runningInstances() const;
    // USD per hour of everything running with a known price; unpricedCount() are left out.
    [[nodiscard]] double burnRate() const;
    [[nodiscard]] double burnRate(const QString &accountId) const;
    [[nodiscard]] int runningCount() const;
    [[nodiscard]] int unpricedCount() const;

    // accountId "" = all accounts together. nullopt removes the budget.
    void setDailyBudget(const QString &accountId, std::optional<double> usd);
    [[nodiscard]] std::optional<double> dailyBudget(const QString &accountId) const;
    // Spent since local midnight, and that plus the current burn rate until the next midnight.
    [[nodiscard]] double spentToday(const QString &accountId = {}) const;
    [[nodiscard]] double projectedToday(const QString &accountId = {}) const;
    // Time-based checks (budgets); called after every update and by a periodic timer.
    void evaluate();

signals:
    void burnRateChanged(double perHour, int running, int unpriced);
    // Once per day per budget. accountId "" = the overall budget.
    void budgetExceeded(const QString &accountId, double projected, double budget);

private:
    struct RunningSummary
    {
        double burn = 0;
        int running = 0;
        int unpriced = 0;
    };
    [[nodiscard]] RunningSummary summarize() const;
    void updatePricedProviders();

    struct Episode
    {
        QString accountId;
        QDateTime start;
        QDateTime end; // invalid while running
        std::optional<double> perHour;
    };
    // The provider's start, once it has passed.
    [[nodiscard]] static bool providerStarted(const Instance &instance, const QDateTime &nowUtc);
    [[nodiscard]] QDateTime runningSince(const Instance &instance, const QDateTime &nowUtc) const;
    [[nodiscard]] static QString priceKey(Provider provider, const QString &offeringId);
    void updateEpisodes(const QString &accountId, const QList<Instance> &instances, const QDateTime &now);
    void pruneEpisodes(const QDateTime &now);
    void announceBurnRate();

    Clock m_clock;
    QMap<QString, QList<Instance>> m_instances;   // account id -> last list
    QHash<QString, QDateTime> m_firstSeenRunning; // key -> when GPU Fleet first saw it running
    QHash<QString, QList<Episode>> m_episodes;    // key -> running periods (today and yesterday)
    QHash<QString, QSet<QString>> m_openKeys;     // account id -> keys whose last episode is open
    QDateTime m_nextPrune;                        // when ended episodes are next dropped
    QMap<QString, double> m_userPrices;           // "provider/offering" -> USD per unit
    QMap<QString, double> m_cataloguePrices;      // "provider/offering" -> USD per unit
    quint32 m_pricedProviders = 0;                // bit int(Provider): a price of either kind exists
    QMap<QString, double> m_budgets;              // account id ("" = overall) -> USD per day
    QHash<QString, QDate> m_budgetWarned;         // account id -> day of the last warning
    double m_lastBurn = -1;
    int m_lastRunning = -1;
    int m_lastUnpriced = -1;
};

#include "fleet/CostTracker.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// CostTracker on a compressed clock: prices by source, cost so far, burn rate, daily budgets.
class TestCostTracker : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<CostTracker> m_costs;

    static Instance make(Provider provider, const QString &account, const QString &id, InstanceStatus status)
    {
        Instance i;
        i.provider = provider;
        i.accountId = account;
        i.id = id;
        i.name = id;
        i.status = status;
        i.gpuCount = 1;
        return i;
    }
    static Instance fal(const QString &id, int gpus = 1, InstanceStatus status = InstanceStatus::Running)
    {
        Instance i = make(Provider::Fal, u"falacc"_s, id, status);
        i.gpuCount = gpus;
        return i;
    }
    static Instance priced(const QString &account, const QString &id, double perHour)
    {
        Instance i = make(Provider::NebulaBlock, account, id, InstanceStatus::Running);
        i.pricePerHour = perHour;
        return i;
    }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
        m_costs = std::make_unique<CostTracker>([this] { return m_now; });
    }

    void twoFalInstancesForNinetyMinutes()
    {
        // By hand: 2 instances x $1.89/h x 1.5 h = $5.67; burn rate 2 x 1.89 = $3.78/h.
        m_costs->setUserPrice(Provider::Fal, u"gpu_1x_h100_sxm5"_s, 1.89);
        const QList<Instance> both{fal(u"a"_s), fal(u"b"_s)};
        m_costs->onAccountInstancesChanged(u"falacc"_s, both);
        advanceMinutes(90);
        m_costs->onAccountInstancesChanged(u"falacc"_s, both);
        double total = 0;
        for (const Instance &instance : both) {
            const CostTracker::Cost cost = m_costs->cost(instance);
            QVERIFY(cost.amount.has_value());
            QCOMPARE(cost.hours, 1.5);
            QVERIFY(cost.estimate); // start observed by GPU Fleet, price entered by the user
            QCOMPARE(cost.since, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
            total += *cost.amount;
        }
        QCOMPARE(total, 5.67);
        QCOMPARE(m_costs->burnRate(), 3.78);
        QCOMPARE(m_costs->spentToday(), 5.67);
        QCOMPARE(m_costs->price(both.first()).source, CostTracker::Price::Source::User);
    }

    void falEightGpusUsesTheEightWayPrice()
    {
        m_costs->setUserPrice(Provider::Fal, u"gpu_1x_h100_sxm5"_s, 1.89);
        m_costs->setUserPrice(Provider::Fal, u"gpu_8x_h100_sxm5"_s, 15.12);
        QCOMPARE(CostTracker::offeringId(fal(u"x"_s, 8)), u"gpu_8x_h100_sxm5"_s);
        QCOMPARE(m_costs->price(fal(u"x"_s, 8)).perHour, std::optional<double>(15.12));
        Instance typed = fal(u"y"_s, 0);
        typed.extras.insert(u"instance_type"_s, u"gpu_8x_h100_sxm5"_s);
        QCOMPARE(m_costs->price(typed).perHour, std::optional<double>(15.12));
        // No price known: unknown, never a guess.
        m_costs->setUserPrice(Provider::Fal, u"gpu_8x_h100_sxm5"_s, std::nullopt);
        QVERIFY(!m_costs->price(typed).perHour);
        QCOMPARE(m_costs->price(typed).source, CostTracker::Price::Source::Unknown);
    }

    void providerPriceAndStartTime()
    {
        Instance nebula = priced(u"neb"_s, u"n1"_s, 2.627);
        nebula.startedAt = m_now.addSecs(-2 * 3600);
        m_costs->onAccountInstancesChanged(u"neb"_s, {nebula});
        const CostTracker::Cost cost = m_costs->cost(nebula);
        QCOMPARE(cost.hours, 2.0);
        QCOMPARE(*cost.amount, 5.254);
        QVERIFY(!cost.estimate);
        QCOMPARE(m_costs->price(nebula).source, CostTracker::Price::Source::Provider);
    }

    void novitaCataloguePriceIsPerGpu()
    {
        Offering product;
        product.id = u"p-4090"_s;
        product.gpuCount = 1;
        product.pricePerHour = 0.35;
        m_costs->setCataloguePrices(Provider::Novita, {product});
        Instance novita = make(Provider::Novita, u"nov"_s, u"i1"_s, InstanceStatus::Running);
        novita.gpuCount = 2;
        novita.extras.insert(u"productId"_s, u"p-4090"_s);
        const CostTracker::Price price = m_costs->price(novita);
        QCOMPARE(price.perHour, std::optional<double>(0.70));
        QCOMPARE(price.source, CostTracker::Price::Source::Catalogue);
    }

    void burnRateAcrossAccounts()
    {
        QSignalSpy changed(m_costs.get(), &CostTracker::burnRateChanged);
        m_costs->onAccountInstancesChanged(u"neb"_s,
                                           {priced(u"neb"_s, u"n1"_s, 2.5), priced(u"neb"_s, u"n2"_s, 1.25)});
        Instance stopped = priced(u"neb2"_s, u"n3"_s, 9);
        stopped.status = InstanceStatus::Stopped;
        m_costs->onAccountInstancesChanged(u"neb2"_s, {stopped, priced(u"neb2"_s, u"n4"_s, 0.75)});
        m_costs->onAccountInstancesChanged(u"falacc"_s, {fal(u"f"_s)}); // no fal price set
        // By hand: 2.50 + 1.25 + 0.75 = 4.50 $/h from 3 priced instances; the stopped one costs nothing.
        QCOMPARE(m_costs->burnRate(), 4.5);
        QCOMPARE(m_costs->burnRate(u"neb"_s), 3.75);
        QCOMPARE(m_costs->runningCount(), 4);
        QCOMPARE(m_costs->unpricedCount(), 1);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.constLast().at(0).toDouble(), 4.5);
        QCOMPARE(changed.constLast().at(1).toInt(), 4);
        QCOMPARE(changed.constLast().at(2).toInt(), 1);
        m_costs->onAccountInstancesChanged(u"falacc"_s, {fal(u"f"_s)});
        QCOMPARE(changed.size(), 3); // nothing changed, nothing said
        m_costs->onAccountRemoved(u"neb"_s);
        QCOMPARE(m_costs->burnRate(), 0.75);
        QCOMPARE(changed.size(), 4);
    }

    void budgetCrossedOncePerDay()
    {
        QSignalSpy exceeded(m_costs.get(), &CostTracker::budgetExceeded);
        m_costs->setDailyBudget(u"neb"_s, 50.0);
        m_costs->setDailyBudget(QString(), 100.0);
        // 09:00, $2/h: 0 spent + 2 x 15 h left = $30 projected, under $50.
        m_costs->onAccountInstancesChanged(u"neb"_s, {priced(u"neb"_s, u"n1"_s, 2)});
        QCOMPARE(m_costs->projectedToday(u"neb"_s), 30.0);
        QCOMPARE(exceeded.size(), 0);
        // 10:00, a second $2/h instance: $2 spent + 4 x 14 h = $58 projected, over $50.
        advanceMinutes(60);
        const QList<Instance> two{priced(u"neb"_s, u"n1"_s, 2), priced(u"neb"_s, u"n2"_s, 2)};
        m_costs->onAccountInstancesChanged(u"neb"_s, two);
        QCOMPARE(m_costs->spentToday(u"neb"_s), 2.0);
        QCOMPARE(m_costs->projectedToday(u"neb"_s), 58.0);
        QCOMPARE(exceeded.size(), 1);
        QCOMPARE(exceeded.at(0).at(0).toString(), u"neb"_s);
        QCOMPARE(exceeded.at(0).at(1).toDouble(), 58.0);
        QCOMPARE(exceeded.at(0).at(2).toDouble(), 50.0);
        for (int i = 0; i < 12; ++i) { // polls and timer ticks all day: no repeat
            advanceMinutes(60);
            m_costs->onAccountInstancesChanged(u"neb"_s, two);
            m_costs->evaluate();
        }
        QCOMPARE(exceeded.size(), 1); // the overall $100 is not reached: 2 + 4 x 14 = 58
        // Next day 00:30: 0.5 h x $4 = $2 + 4 x 23.5 h = $96 projected: over $50 again, once; overall not.
        m_now = QDateTime(QDate(2026, 3, 3), QTime(0, 30));
        m_costs->onAccountInstancesChanged(u"neb"_s, two);
        m_costs->evaluate();
        QCOMPARE(m_costs->spentToday(u"neb"_s), 2.0);
        QCOMPARE(m_costs->projectedToday(), 96.0);
        QCOMPARE(exceeded.size(), 2);
        // A third instance tips the overall budget: 2 + 6 x 23.5 = $143.
        m_costs->onAccountInstancesChanged(u"neb2"_s, {priced(u"neb2"_s, u"n3"_s, 2)});
        QCOMPARE(exceeded.size(), 3);
        QVERIFY(exceeded.at(2).at(0).toString().isEmpty());
        QCOMPARE(exceeded.at(2).at(1).toDouble(), 143.0);
    }

    void spentTodayClipsAtMidnightAndKeepsStoppedTime()
    {
        m_now = QDateTime(QDate(2026, 3, 2), QTime(1, 0));
        Instance night = priced(u"neb"_s, u"n1"_s, 2);
        night.startedAt = QDateTime(QDate(2026, 3, 1), QTime(23, 0));
        m_costs->onAccountInstancesChanged(u"neb"_s, {night});
        QCOMPARE(m_costs->spentToday(), 2.0); // only 00:00-01:00 counts
        QCOMPARE(m_costs->cost(night).hours, 2.0);
        advanceMinutes(30);
        night.status = InstanceStatus::Stopped;
        m_costs->onAccountInstancesChanged(u"neb"_s, {night});
        QCOMPARE(m_costs->burnRate(), 0.0);
        advanceMinutes(120);
        QCOMPARE(m_costs->spentToday(), 3.0); // 1.5 h today, then stopped
        QCOMPARE(m_costs->projectedToday(), 3.0);
    }

    void stopsCountPerAccountAndRestartsBillAgain()
    {
        // Each account's list closes only its own episodes, however the lists interleave.
        const Instance a = priced(u"neb"_s, u"a"_s, 2);
        const Instance b = priced(u"other"_s, u"b"_s, 4);
        m_costs->onAccountInstancesChanged(u"neb"_s, {a});
        m_costs->onAccountInstancesChanged(u"other"_s, {b});
        advanceMinutes(60);
        m_costs->onAccountInstancesChanged(u"neb"_s, {}); // a stopped billing after 1 h
        advanceMinutes(60);
        m_costs->onAccountInstancesChanged(u"other"_s, {b}); // b still runs
        QCOMPARE(m_costs->spentToday(u"neb"_s), 2.0);
        QCOMPARE(m_costs->spentToday(u"other"_s), 8.0);
        QVERIFY(!m_costs->cost(a).since.isValid() || m_costs->cost(a).hours == 0.0);
        // a runs again: a second episode from now, observed by GPU Fleet.
        m_costs->onAccountInstancesChanged(u"neb"_s, {a});
        QCOMPARE(m_costs->cost(a).since, m_now);
        advanceMinutes(30);
        m_costs->onAccountInstancesChanged(u"neb"_s, {a});
        QCOMPARE(m_costs->spentToday(u"neb"_s), 3.0);
        // Removing the account stops what it still ran; the other account's keeps billing.
        m_costs->onAccountRemoved(u"neb"_s);
        advanceMinutes(30);
        QCOMPARE(m_costs->spentToday(u"neb"_s), 3.0);
        QCOMPARE(m_costs->spentToday(u"other"_s), 12.0);
    }

    void settingsRoundTrip()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings settings(u"gpufleet-tests"_s, u"tst_costtracker"_s);
        settings.clear();
        settings.setValue(u"prices/fal/gpu_1x_h100_sxm5"_s, 1.89);
        settings.setValue(u"budgets/dailyOverall"_s, 80);
        settings.setValue(u"accounts/acc1/dailyBudget"_s, 25.5);
        m_costs->loadSettings(settings);
        QCOMPARE(m_costs->userPrice(Provider::Fal, u"gpu_1x_h100_sxm5"_s), std::optional<double>(1.89));
        QCOMPARE(m_costs->dailyBudget(QString()), std::optional<double>(80));
        QCOMPARE(m_costs->dailyBudget(u"acc1"_s), std::optional<double>(25.5));
        m_costs->setUserPrice(Provider::Novita, u"p-4090"_s, 0.4);
        settings.clear();
        m_costs->saveSettings(settings);
        QCOMPARE(settings.value(u"prices/novita/p-4090"_s).toDouble(), 0.4);
        QCOMPARE(settings.value(u"accounts/acc1/dailyBudget"_s).toDouble(), 25.5);
        settings.clear();
    }

    void clearedAccountBudgetIsRemovedFromSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings settings(u"gpufleet-tests"_s, u"tst_costtracker"_s);
        settings.clear();
        settings.setValue(u"accounts/acc1/label"_s, u"team"_s);
        settings.setValue(u"accounts/acc1/dailyBudget"_s, 25.5);
        settings.setValue(u"accounts/acc2/dailyBudget"_s, 10);
        m_costs->loadSettings(settings);
        m_costs->setDailyBudget(u"acc1"_s, std::nullopt);
        m_costs->saveSettings(settings);
        QVERIFY(!settings.contains(u"accounts/acc1/dailyBudget"_s));
        QCOMPARE(settings.value(u"accounts/acc1/label"_s).toString(), u"team"_s); // the rest stays
        QCOMPARE(settings.value(u"accounts/acc2/dailyBudget"_s).toDouble(), 10.0);
        m_costs->loadSettings(settings);
        QCOMPARE(m_costs->dailyBudget(u"acc1"_s), std::nullopt);
        settings.clear();
    }
};

QTEST_GUILESS_MAIN(TestCostTracker)
#include "tst_costtracker.moc"

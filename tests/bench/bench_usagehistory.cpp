// Targets 4 and 5 (issue #8), the usage history's part: it sees every account's list on the GUI
// thread and is loaded before the window has rows. 10 accounts x 1,000 running instances.
// Usage: bench_usagehistory [-median N]
#include "fleet/UsageHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Accounts = 10;
constexpr int PerAccount = 1000;
const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC).toLocalTime();

QString accountId(int a)
{
    return u"3f6c2a8e-0000-4000-8000-%1"_s.arg(a, 12, 10, QLatin1Char('0'));
}

QList<Instance> listOf(int a)
{
    QList<Instance> list;
    for (int i = 0; i < PerAccount; ++i) {
        Instance instance;
        instance.provider = Providers::all().at(a % 3);
        instance.accountId = accountId(a);
        instance.id = u"inst-%1-%2"_s.arg(a).arg(i, 6, 10, QLatin1Char('0'));
        instance.name = u"gpu-%1-%2"_s.arg(a).arg(i, 4, 10, QLatin1Char('0'));
        instance.status = InstanceStatus::Running;
        instance.pricePerHour = 2.19;
        instance.startedAt = Now.addSecs(-3600 - i);
        list.append(instance);
    }
    return list;
}

} // namespace

class BenchUsageHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountListSeen();
    void load();
    void save();

private:
    QTemporaryDir m_dir;
    QList<QList<Instance>> m_lists;
};

void BenchUsageHistory::initTestCase()
{
    for (int a = 0; a < Accounts; ++a)
        m_lists.append(listOf(a));
    UsageHistory history([] { return Now; }, m_dir.filePath(u"history.json"_s));
    for (int a = 0; a < Accounts; ++a)
        history.onAccountInstancesChanged(accountId(a), m_lists.at(a));
    QCOMPARE(history.records().size(), Accounts * PerAccount);
    QVERIFY(history.save());
}

// One account's refresh (1,000 running) against a history of 10,000 open records.
void BenchUsageHistory::accountListSeen()
{
    UsageHistory history([] { return Now; }, m_dir.filePath(u"seen.json"_s));
    for (int a = 0; a < Accounts; ++a)
        history.onAccountInstancesChanged(accountId(a), m_lists.at(a));
    QBENCHMARK {
        history.onAccountInstancesChanged(accountId(Accounts - 1), m_lists.constLast());
    }
    QCOMPARE(history.records().size(), Accounts * PerAccount);
}

void BenchUsageHistory::load()
{
    QBENCHMARK {
        UsageHistory history([] { return Now; }, m_dir.filePath(u"history.json"_s));
        QVERIFY(history.load());
        QCOMPARE(history.records().size(), Accounts * PerAccount);
    }
}

void BenchUsageHistory::save()
{
    UsageHistory history([] { return Now; }, m_dir.filePath(u"history.json"_s));
    QVERIFY(history.load());
    QBENCHMARK {
        QVERIFY(history.save());
    }
}

QTEST_GUILESS_MAIN(BenchUsageHistory)
#include "bench_usagehistory.moc"

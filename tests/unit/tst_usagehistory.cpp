#include "fleet/UsageHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// UsageHistory on a compressed clock: records, persistence and the today / week / month totals.
class TestUsageHistory : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;

    [[nodiscard]] QString path() const { return m_dir->filePath(u"data/gpufleet/history.json"_s); }
    std::unique_ptr<UsageHistory> makeHistory()
    {
        auto history = std::make_unique<UsageHistory>([this] { return m_now; }, path());
        history->setFirstDayOfWeek(Qt::Monday);
        history->setAccountLabel(u"acc1"_s, u"lab"_s);
        history->setAccountLabel(u"acc2"_s, u"alpha"_s);
        // $1/h for instance "a", $2/h for everything else; "u" has no price.
        history->setPriceLookup([](const Instance &i) {
            if (i.id == u"u"_s)
                return CostTracker::Price{};
            return CostTracker::Price{i.id == u"a"_s ? 1.0 : 2.0, CostTracker::Price::Source::Provider};
        });
        return history;
    }
    static Instance make(const QString &account, const QString &id, InstanceStatus status)
    {
        Instance i;
        i.provider = Provider::Novita;
        i.accountId = account;
        i.id = id;
        i.name = u"gpu-"_s + id;
        i.status = status;
        return i;
    }
    void at(int month, int day, int hour) { m_now = QDateTime(QDate(2026, month, day), QTime(hour, 0)); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultPathIsUnderTheDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(UsageHistory::defaultPath().endsWith(u"/gpufleet/history.json"_s));
        QVERIFY(UsageHistory::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void totalsAcrossDayWeekAndMonthBoundaries()
    {
        auto history = makeHistory();
        QSignalSpy changed(history.get(), &UsageHistory::changed);
        // "a": Sat 28 Feb 20:00 -> Sun 1 Mar 02:00 at $1/h (start observed by GPU Fleet).
        at(2, 28, 20);
        history->onAccountInstancesChanged(u"acc1"_s, {make(u"acc1"_s, u"a"_s, InstanceStatus::Running)});
        at(3, 1, 2);
        history->onAccountInstancesChanged(u"acc1"_s, {make(u"acc1"_s, u"a"_s, InstanceStatus::Stopped)});
        // "b": from Sun 1 Mar 22:00 (the provider's start time), still running, $2/h.
        at(3, 1, 22);
        Instance b = make(u"acc1"_s, u"b"_s, InstanceStatus::Running);
        b.startedAt = m_now;
        history->onAccountInstancesChanged(u"acc1"_s, {b});
        // acc2: "u" without a price, Tue 3 Mar 01:00 -> still running.
        at(3, 3, 1);
        history->onAccountInstancesChanged(u"acc2"_s, {make(u"acc2"_s, u"u"_s, InstanceStatus::Running)});
        at(3, 3, 3); // now: Tuesday 3 March, 03:00
        history->onAccountInstancesChanged(u"acc1"_s, {b});
        QCOMPARE(changed.size(), 4); // a opened, a closed, b opened, u opened

        QCOMPARE(history->records().size(), 3);
        const UsageHistory::Record &a = history->records().at(0);
        QCOMPARE(a.hours(m_now), 6.0);
        QVERIFY(a.estimate);
        QVERIFY(!history->records().at(1).estimate);

        const QList<UsageHistory::AccountTotals> rows = history->summary();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).label, u"alpha"_s); // sorted by label
        QCOMPARE(rows.at(1).label, u"lab"_s);
        const UsageHistory::AccountTotals &lab = rows.at(1);
        // By hand, lab: today (Tue 00:00-03:00) b 3 h = $6; this week (since Mon 00:00) b 27 h = $54;
        // this month (since 1 Mar 00:00) a 2 h ($2) + b 29 h ($58) = 31 h, $60.
        QCOMPARE(lab.today.hours, 3.0);
        QCOMPARE(lab.today.cost, 6.0);
        QCOMPARE(lab.today.instances, 1);
        QCOMPARE(lab.week.hours, 27.0);
        QCOMPARE(lab.week.cost, 54.0);
        QCOMPARE(lab.month.hours, 31.0);
        QCOMPARE(lab.month.cost, 60.0);
        QCOMPARE(lab.month.instances, 2);
        QVERIFY(lab.month.estimate);
        QVERIFY(!lab.week.estimate);
        const UsageHistory::AccountTotals &alpha = rows.at(0);
        QCOMPARE(alpha.today.hours, 2.0);
        QVERIFY(alpha.today.unpriced);
        QCOMPARE(alpha.today.cost, 0.0);
        // February alone: a's 4 h before midnight.
        QCOMPARE(
            history->totals(u"acc1"_s, QDate(2026, 2, 1).startOfDay(), QDate(2026, 3, 1).startOfDay()).hours,
            4.0);
    }

    void savedAtomicallyWithoutSecrets()
    {
        auto history = makeHistory();
        at(3, 2, 9);
        Instance b = make(u"acc1"_s, u"b"_s, InstanceStatus::Running);
        b.sshPassword = u"s3cret-pass"_s;
        b.sshHost = u"127.0.0.9"_s;
        b.sshPort = 2222;
        b.sshUser = u"root"_s;
        history->onAccountInstancesChanged(u"acc1"_s, {b});
        at(3, 2, 10);
        history->onAccountInstancesChanged(u"acc1"_s, {});
        QVERIFY(history->save());
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("s3cret-pass"));
        QVERIFY(!bytes.contains("127.0.0.9"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        const QJsonObject record = root.value(u"records"_s).toArray().at(0).toObject();
        QCOMPARE(record.value(u"accountLabel"_s).toString(), u"lab"_s);
        QCOMPARE(record.value(u"instanceId"_s).toString(), u"b"_s);
        QCOMPARE(record.value(u"name"_s).toString(), u"gpu-b"_s);
        QCOMPARE(record.value(u"provider"_s).toString(), u"novita"_s);
        QCOMPARE(record.value(u"hours"_s).toDouble(), 1.0);
        QCOMPARE(record.value(u"estimatedCost"_s).toDouble(), 2.0);
        QVERIFY(record.value(u"start"_s).toString().endsWith(u'Z'));
        QVERIFY(!record.value(u"end"_s).isNull());
    }

    void reloadContinuesOrClosesOpenRecords()
    {
        {
            auto history = makeHistory();
            at(3, 2, 9);
            history->onAccountInstancesChanged(u"acc1"_s,
                                               {make(u"acc1"_s, u"a"_s, InstanceStatus::Running),
                                                make(u"acc1"_s, u"b"_s, InstanceStatus::Running)});
            at(3, 2, 11);
            history->onAccountInstancesChanged(u"acc1"_s,
                                               {make(u"acc1"_s, u"a"_s, InstanceStatus::Running),
                                                make(u"acc1"_s, u"b"_s, InstanceStatus::Running)});
            // The app quits with both running; the destructor writes the pending change.
        }
        at(3, 2, 15); // next session
        auto history = makeHistory();
        QVERIFY(history->load());
        QCOMPARE(history->records().size(), 2);
        QVERIFY(history->records().at(0).isOpen());
        // "a" still runs: the same record goes on. "b" is gone: it ended after 11:00, when last seen.
        history->onAccountInstancesChanged(u"acc1"_s, {make(u"acc1"_s, u"a"_s, InstanceStatus::Running)});
        QCOMPARE(history->records().size(), 2);
        QVERIFY(history->records().at(0).isOpen());
        QCOMPARE(history->records().at(0).hours(m_now), 6.0);
        QCOMPARE(history->records().at(1).end, QDateTime(QDate(2026, 3, 2), QTime(11, 0)));
        QCOMPARE(history->totals(u"acc1"_s, QDate(2026, 3, 2).startOfDay(), m_now).hours, 8.0);
    }

    void corruptFileIsNotFatal()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        auto history = makeHistory();
        QTest::ignoreMessage(QtWarningMsg,
                             "usage history is not valid JSON; kept as .bad, starting a new one");
        QVERIFY(!history->load());
        QVERIFY(history->records().isEmpty());
        QVERIFY(QFile::exists(path() + u".bad"_s));
        QVERIFY(!QFile::exists(path()));
    }
};

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"

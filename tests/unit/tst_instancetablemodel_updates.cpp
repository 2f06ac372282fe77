#include "InstanceTableModelFixture.h"
#include "models/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace InstanceTableModelTesting;

// How InstanceTableModel turns refreshes into row signals: inserts, removals, data changes and
// per-account isolation, checked against a naive reference under random churn.
class TestInstanceTableModelUpdates : public InstanceTableModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void firstLoadInsertsAllRowsAtOnce();
    void unchangedRefreshEmitsNothing();
    void changedRowEmitsOneDataChangedForItsColumns_data();
    void changedRowEmitsOneDataChangedForItsColumns();
    void mostRowsChangedEmitsOneRangedDataChanged();
    void newInstancesAreAppendedInOneInsert();
    void vanishedRowsAreRemovedBackToFrontCoalesced();
    void otherAccountsAreUntouched();
    void duplicatesAndForeignAccountIdsAreNormalised();
    void removeAccountRemovesOnlyItsRows();
    void staleMarkingSignalsOnlyThatAccount();
    void keyIndexMatchesNaiveReferenceUnderRandomChurn();
};

void TestInstanceTableModelUpdates::firstLoadInsertsAllRowsAtOnce()
{
    AllSpies spies(m_model.get());
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 3));

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.dataChanged.count(), 0);
    QCOMPARE(m_model->keys(), (QStringList{u"a/0"_s, u"a/1"_s, u"a/2"_s}));
    QCOMPARE(m_model->rowForKey(u"a/2"_s), 2);
    QCOMPARE(m_model->indexForKey(u"a/1"_s, InstanceTableModel::PriceColumn),
             m_model->index(1, InstanceTableModel::PriceColumn));
    QCOMPARE(m_model->rowForKey(u"a/9"_s), -1);
}

void TestInstanceTableModelUpdates::unchangedRefreshEmitsNothing()
{
    QList<Instance> list = makeMany(u"a"_s, 5);
    list[2].extras.insert(u"clusterName"_s, u"eu-1"_s);
    list[2].extras.insert(u"cpuNum"_s, 16);
    list[2].startedAt = QDateTime::fromMSecsSinceEpoch(StartMs - 1000, Qt::UTC);
    m_model->setAccountInstances(u"a"_s, list);
    AllSpies spies(m_model.get());

    // Equal values in fresh copies, as a new poll produces them.
    QList<Instance> again = makeMany(u"a"_s, 5);
    again[2].extras.insert(u"clusterName"_s, QString(QString(u"eu-"_s) + u'1'));
    again[2].extras.insert(u"cpuNum"_s, 16);
    again[2].startedAt = QDateTime::fromMSecsSinceEpoch(StartMs - 1000, Qt::UTC);
    m_model->setAccountInstances(u"a"_s, again);

    QCOMPARE(spies.total(), 0);
}

void TestInstanceTableModelUpdates::changedRowEmitsOneDataChangedForItsColumns_data()
{
    QTest::addColumn<std::function<void(Instance &)>>("change");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");

    using M = InstanceTableModel;
    QTest::newRow("price") << std::function<void(Instance &)>([](Instance &i) { i.pricePerHour = 3.0; })
                           << int(M::PriceColumn) << int(M::PriceColumn);
    QTest::newRow("price unknown") << std::function<void(Instance &)>([](Instance &i) {
        i.pricePerHour.reset();
    }) << int(M::PriceColumn) << int(M::PriceColumn);
    QTest::newRow("status") << std::function<void(Instance &)>(
        [](Instance &i) { i.status = InstanceStatus::Stopped; })
                            << int(M::StatusColumn) << int(M::UptimeColumn);
    QTest::newRow("name") << std::function<void(Instance &)>([](Instance &i) { i.name = u"renamed"_s; })
                          << int(M::NameColumn) << int(M::NameColumn);
    QTest::newRow("ssh port") << std::function<void(Instance &)>([](Instance &i) { i.sshPort = 2222; })
                              << int(M::EndpointColumn) << int(M::EndpointColumn);
    QTest::newRow("gpu and region") << std::function<void(Instance &)>([](Instance &i) {
        i.gpuCount = 4;
        i.region = u"us"_s;
    }) << int(M::GpuColumn) << int(M::RegionColumn);
    QTest::newRow("extras") << std::function<void(Instance &)>([](Instance &i) {
        i.extras.insert(u"k"_s, 1);
    }) << 0 << int(M::ColumnCount) - 1;
    QTest::newRow("password") << std::function<void(Instance &)>([](Instance &i) {
        i.sshPassword = Password;
    }) << 0 << int(M::ColumnCount) - 1;
}

void TestInstanceTableModelUpdates::changedRowEmitsOneDataChangedForItsColumns()
{
    QFETCH(std::function<void(Instance &)>, change);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);

    QList<Instance> list = makeMany(u"a"_s, 3);
    m_model->setAccountInstances(u"a"_s, list);
    AllSpies spies(m_model.get());

    change(list[1]);
    m_model->setAccountInstances(u"a"_s, list);

    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.dataChanged.count(), 1);
    QCOMPARE(arg(spies.dataChanged, 0, 0), m_model->index(1, firstColumn));
    QCOMPARE(arg(spies.dataChanged, 0, 1), m_model->index(1, lastColumn));
    QCOMPARE(m_model->instance(u"a/1"_s).value(), list[1]);
}

void TestInstanceTableModelUpdates::mostRowsChangedEmitsOneRangedDataChanged()
{
    QList<Instance> list = makeMany(u"a"_s, 10);
    m_model->setAccountInstances(u"a"_s, list);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    for (int i = 1; i < 9; ++i)
        list[i].pricePerHour = 1.0 + i;
    list[5].name = u"x"_s;
    m_model->setAccountInstances(u"a"_s, list);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(arg(changed, 0, 0), m_model->index(1, InstanceTableModel::NameColumn));
    QCOMPARE(arg(changed, 0, 1), m_model->index(8, InstanceTableModel::PriceColumn));

    // A sparse change stays per row.
    changed.clear();
    list[0].pricePerHour = 7.0;
    list[9].pricePerHour = 7.0;
    m_model->setAccountInstances(u"a"_s, list);
    QCOMPARE(changed.count(), 2);
}

void TestInstanceTableModelUpdates::newInstancesAreAppendedInOneInsert()
{
    m_model->setAccountInstances(u"a"_s, {make(u"a"_s, u"1"_s), make(u"a"_s, u"2"_s)});
    AllSpies spies(m_model.get());

    m_model->setAccountInstances(u"a"_s,
                                 {make(u"a"_s, u"n1"_s), make(u"a"_s, u"1"_s), make(u"a"_s, u"n2"_s),
                                  make(u"a"_s, u"2"_s), make(u"a"_s, u"n3"_s)});

    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(m_model->keys(), (QStringList{u"a/1"_s, u"a/2"_s, u"a/n1"_s, u"a/n2"_s, u"a/n3"_s}));
}

void TestInstanceTableModelUpdates::vanishedRowsAreRemovedBackToFrontCoalesced()
{
    const QList<Instance> all = makeMany(u"a"_s, 7);
    m_model->setAccountInstances(u"a"_s, all);
    AllSpies spies(m_model.get());

    // 1, 2 and 4 vanish; 0, 3, 5, 6 stay.
    m_model->setAccountInstances(u"a"_s, {all[0], all[3], all[5], all[6]});

    QCOMPARE(spies.total(), 2);
    QCOMPARE(spies.removed.count(), 2);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 4);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 4);
    QCOMPARE(spies.removed.at(1).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(1).at(2).toInt(), 2);
    QCOMPARE(m_model->keys(), (QStringList{u"a/0"_s, u"a/3"_s, u"a/5"_s, u"a/6"_s}));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowForKey(keyAt(row)), row);
    QVERIFY(!m_model->instance(u"a/4"_s));
}

void TestInstanceTableModelUpdates::otherAccountsAreUntouched()
{
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 3));
    QList<Instance> b = makeMany(u"b"_s, 4);
    m_model->setAccountInstances(u"b"_s, b);
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 5)); // a/3, a/4 after b's rows

    QStringList touched;
    auto record = [this, &touched](int first, int last) {
        for (int row = first; row <= last; ++row)
            touched.append(keyAt(row));
    };
    connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&record](const QModelIndex &, int first, int last) { record(first, last); });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&record](const QModelIndex &, int first, int last) { record(first, last); });
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&record](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                record(topLeft.row(), bottomRight.row());
            });

    b[0].status = InstanceStatus::Stopping;
    b[3].name = u"renamed"_s;
    b.removeAt(1);
    b.append(make(u"b"_s, u"new"_s));
    m_model->setAccountInstances(u"b"_s, b);
    m_model->setAccountInstances(u"b"_s, {}); // a failing account must send its last list, not this

    QVERIFY(!touched.isEmpty());
    for (const QString &key : std::as_const(touched))
        QVERIFY2(key.startsWith(u"b/"_s), qPrintable(key));
    QCOMPARE(m_model->keys(), (QStringList{u"a/0"_s, u"a/1"_s, u"a/2"_s, u"a/3"_s, u"a/4"_s}));
}

void TestInstanceTableModelUpdates::duplicatesAndForeignAccountIdsAreNormalised()
{
    Instance foreign = make(u"other"_s, u"1"_s);
    Instance duplicate = make(u"a"_s, u"1"_s);
    duplicate.name = u"second"_s;
    m_model->setAccountInstances(u"a"_s, {foreign, duplicate, make(u"a"_s, u"2"_s), make(u"a"_s, u"2"_s)});

    QCOMPARE(m_model->keys(), (QStringList{u"a/1"_s, u"a/2"_s}));
    QCOMPARE(m_model->instance(u"a/1"_s)->accountId, u"a"_s);
    QCOMPARE(m_model->instance(u"a/1"_s)->name, u"node-1"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAccountInstances(u"a"_s, {foreign, make(u"a"_s, u"2"_s)});
    QCOMPARE(changed.count(), 0);
}

void TestInstanceTableModelUpdates::removeAccountRemovesOnlyItsRows()
{
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 2));
    m_model->setAccountInstances(u"b"_s, makeMany(u"b"_s, 2));
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 3));
    m_model->setAccountLabel(u"a"_s, u"Work"_s);
    m_model->setAccountStale(u"a"_s, true);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    m_model->removeAccount(u"a"_s);

    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->keys(), (QStringList{u"b/0"_s, u"b/1"_s}));
    QCOMPARE(m_model->rowForKey(u"b/1"_s), 1);
    QCOMPARE(m_model->accountLabel(u"a"_s), QString());
    QVERIFY(!m_model->isAccountStale(u"a"_s));
    m_model->removeAccount(u"unknown"_s);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestInstanceTableModelUpdates::staleMarkingSignalsOnlyThatAccount()
{
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 2));
    m_model->setAccountInstances(u"b"_s, makeMany(u"b"_s, 2));
    m_model->setAccountInstances(u"a"_s, makeMany(u"a"_s, 3)); // a/2 at row 4
    AllSpies spies(m_model.get());

    m_model->setAccountStale(u"a"_s, true);

    QCOMPARE(spies.total(), 2);
    QCOMPARE(arg(spies.dataChanged, 0, 0), m_model->index(0, 0));
    QCOMPARE(arg(spies.dataChanged, 0, 1), m_model->index(1, InstanceTableModel::ColumnCount - 1));
    QCOMPARE(arg(spies.dataChanged, 1, 0), m_model->index(4, 0));
    QCOMPARE(spies.dataChanged.at(0).at(2).value<QList<int>>(), QList<int>{InstanceTableModel::StaleRole});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(
            m_model->index(row, InstanceTableModel::NameColumn).data(InstanceTableModel::StaleRole).toBool(),
            keyAt(row).startsWith(u"a/"_s));
    }
    QVERIFY(m_model->isAccountStale(u"a"_s));

    m_model->setAccountStale(u"a"_s, true);
    QCOMPARE(spies.total(), 2);
    m_model->setAccountStale(u"a"_s, false);
    QCOMPARE(spies.total(), 4);
    QVERIFY(!m_model->index(0, 0).data(InstanceTableModel::StaleRole).toBool());
}

// The model against a naive list, and a mirror kept only from the model's signals: both must
// agree with the model after every round of random inserts, changes and removals.
void TestInstanceTableModelUpdates::keyIndexMatchesNaiveReferenceUnderRandomChurn()
{
    QRandomGenerator random(20240611);
    const QStringList accounts{u"a"_s, u"b"_s, u"c"_s};
    QList<Instance> reference; // in model row order
    QStringList mirror;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this, &mirror](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    mirror.insert(row, keyAt(row));
            });
    // Inside the signals too, the key index must already agree with the rows.
    int checkedInsideSignals = 0;
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this,
            [this, &mirror, &checkedInsideSignals](const QModelIndex &, int first, int last) {
                mirror.remove(first, last - first + 1);
                for (int row : {0, first, m_model->rowCount() - 1}) {
                    if (row >= 0 && row < m_model->rowCount()) {
                        QCOMPARE(m_model->rowForKey(keyAt(row)), row);
                        ++checkedInsideSignals;
                    }
                }
            });
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);

    for (int round = 0; round < 200; ++round) {
        const QString account = accounts.at(int(random.bounded(accounts.size())));
        QList<Instance> list;
        for (const Instance &old : std::as_const(reference)) {
            if (old.accountId != account || random.bounded(10) == 0)
                continue; // about 10 % vanish
            Instance next = old;
            if (random.bounded(5) == 0)
                next.pricePerHour = double(random.bounded(1000)) / 100;
            if (random.bounded(7) == 0)
                next.status = InstanceStatus(random.bounded(int(InstanceStatus::Unknown) + 1));
            list.append(next);
        }
        const int fresh = int(random.bounded(8));
        for (int i = 0; i < fresh; ++i)
            list.insert(int(random.bounded(list.size() + 1)), make(account, u"r%1-%2"_s.arg(round).arg(i)));
        std::shuffle(list.begin(), list.end(), random);

        // Naive reference: keep the order of survivors, append new ones in list order.
        QList<Instance> expected;
        for (const Instance &old : std::as_const(reference)) {
            if (old.accountId != account) {
                expected.append(old);
                continue;
            }
            const auto it = std::find_if(list.cbegin(), list.cend(),
                                         [&old](const Instance &i) { return i.id == old.id; });
            if (it != list.cend())
                expected.append(*it);
        }
        for (const Instance &instance : std::as_const(list)) {
            if (!instance.id.startsWith(u"r%1-"_s.arg(round)))
                continue;
            expected.append(instance);
        }
        reference = expected;

        m_model->setAccountInstances(account, list);

        QCOMPARE(m_model->rowCount(), int(reference.size()));
        QCOMPARE(mirror, m_model->keys());
        for (int row = 0; row < reference.size(); ++row) {
            const QString key = reference.at(row).key();
            QCOMPARE(keyAt(row), key);
            QCOMPARE(m_model->rowForKey(key), row);
            QCOMPARE(m_model->instance(key).value(), reference.at(row));
            // The compact sort keys move with their rows.
            const Instance &first = reference.at(0);
            const Instance &here = reference.at(row);
            QCOMPARE(m_model->hasSortValue(row, InstanceTableModel::PriceColumn),
                     here.pricePerHour.has_value());
            QCOMPARE(m_model->compareRows(row, 0, InstanceTableModel::StatusColumn) < 0,
                     here.status < first.status);
            if (here.pricePerHour && first.pricePerHour) {
                QCOMPARE(m_model->compareRows(row, 0, InstanceTableModel::PriceColumn) < 0,
                         *here.pricePerHour < *first.pricePerHour);
            }
        }
    }
    QCOMPARE(resets.count(), 0);
    QVERIFY(checkedInsideSignals > 0);
}

QTEST_GUILESS_MAIN(TestInstanceTableModelUpdates)
#include "tst_instancetablemodel_updates.moc"

#include "models/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 StartMs = 1'700'000'000'000;
const QString Password = u"pw-7f3a9c-do-not-show"_s;

Instance make(const QString &account, const QString &id, InstanceStatus status = InstanceStatus::Running)
{
    Instance instance;
    instance.provider = Provider::Novita;
    instance.accountId = account;
    instance.id = id;
    instance.name = u"node-"_s + id;
    instance.gpuModel = u"H100"_s;
    instance.gpuCount = 8;
    instance.region = u"eu-west-1"_s;
    instance.status = status;
    instance.publicIp = u"127.0.0.5"_s;
    instance.pricePerHour = 2.5;
    return instance;
}

QList<Instance> makeMany(const QString &account, int count)
{
    QList<Instance> result;
    for (int i = 0; i < count; ++i)
        result.append(make(account, QString::number(i)));
    return result;
}

// Every signal that could change rows, for "no signal at all" checks.
struct AllSpies
{
    explicit AllSpies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , layout(model, &QAbstractItemModel::layoutAboutToBeChanged)
    {
    }
    [[nodiscard]] int total() const
    {
        return int(dataChanged.count() + inserted.count() + removed.count() + reset.count() + layout.count());
    }
    QSignalSpy dataChanged;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};

QModelIndex arg(const QSignalSpy &spy, int signal, int argument)
{
    return spy.at(signal).at(argument).value<QModelIndex>();
}

} // namespace

class TestInstanceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

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
    void accountLabelIsShownAndSignalled();
    void passwordsNeverLeaveThroughData();
    void displayTexts();
    void sortRoleHoldsRawValues();
    void textComparisonIgnoresCase();
    void uptimeFromStartedAtOrFirstSeenRunning();
    void refreshUptimeSignalsRunningRowsOnly();
    void headerIsTranslatedText();
    void keyIndexMatchesNaiveReferenceUnderRandomChurn();

private:
    [[nodiscard]] QString keyAt(int row) const
    {
        return m_model->index(row, 0).data(InstanceTableModel::InstanceKeyRole).toString();
    }

    qint64 m_now = StartMs;
    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestInstanceTableModel::init()
{
    m_now = StartMs;
    m_model = std::make_unique<InstanceTableModel>();
    m_model->setClock([this] { return m_now; });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get()); // checks every later mutation
}

void TestInstanceTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestInstanceTableModel::firstLoadInsertsAllRowsAtOnce()
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

void TestInstanceTableModel::unchangedRefreshEmitsNothing()
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

void TestInstanceTableModel::changedRowEmitsOneDataChangedForItsColumns_data()
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

void TestInstanceTableModel::changedRowEmitsOneDataChangedForItsColumns()
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

void TestInstanceTableModel::mostRowsChangedEmitsOneRangedDataChanged()
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

void TestInstanceTableModel::newInstancesAreAppendedInOneInsert()
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

void TestInstanceTableModel::vanishedRowsAreRemovedBackToFrontCoalesced()
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

void TestInstanceTableModel::otherAccountsAreUntouched()
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

void TestInstanceTableModel::duplicatesAndForeignAccountIdsAreNormalised()
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

void TestInstanceTableModel::removeAccountRemovesOnlyItsRows()
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

void TestInstanceTableModel::staleMarkingSignalsOnlyThatAccount()
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

void TestInstanceTableModel::accountLabelIsShownAndSignalled()
{
    m_model->setAccountInstances(u"acc-1"_s, makeMany(u"acc-1"_s, 2));
    const QModelIndex cell = m_model->index(0, InstanceTableModel::AccountColumn);
    QCOMPARE(cell.data().toString(), u"acc-1"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setAccountLabel(u"acc-1"_s, u"Research"_s);

    QCOMPARE(cell.data().toString(), u"Research"_s);
    QCOMPARE(m_model->accountLabel(u"acc-1"_s), u"Research"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(arg(changed, 0, 0), m_model->index(0, InstanceTableModel::AccountColumn));
    QCOMPARE(arg(changed, 0, 1), m_model->index(1, InstanceTableModel::AccountColumn));
    m_model->setAccountLabel(u"acc-1"_s, u"Research"_s);
    QCOMPARE(changed.count(), 1);

    // A label set before the account's first list is used by it.
    m_model->setAccountLabel(u"acc-2"_s, u"Later"_s);
    m_model->setAccountInstances(u"acc-2"_s, makeMany(u"acc-2"_s, 1));
    QCOMPARE(m_model->index(2, InstanceTableModel::AccountColumn).data().toString(), u"Later"_s);
}

void TestInstanceTableModel::passwordsNeverLeaveThroughData()
{
    Instance instance = make(u"a"_s, u"1"_s);
    instance.sshPassword = Password;
    instance.sshHost = u"127.0.0.5"_s;
    instance.sshPort = 22;
    instance.sshUser = u"root"_s;
    instance.statusMessage = u"ready"_s;
    m_model->setAccountInstances(u"a"_s, {instance});

    QList<int> roles;
    for (int role = 0; role <= Qt::UserRole + 64; ++role)
        roles.append(role);
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        for (int role : std::as_const(roles)) {
            const QVariant value = index.data(role);
            if (value.metaType() == QMetaType::fromType<Instance>()) {
                QVERIFY(value.value<Instance>().sshPassword.isEmpty());
                QCOMPARE(value.value<Instance>().id, u"1"_s);
                continue;
            }
            QVERIFY2(!value.toString().contains(Password), qPrintable(u"role %1"_s.arg(role)));
        }
    }
    QCOMPARE(m_model->instance(u"a/1"_s)->sshPassword, Password);
}

void TestInstanceTableModel::displayTexts()
{
    using M = InstanceTableModel;
    Instance mapped = make(u"a"_s, u"1"_s);
    mapped.sshHost = mapped.publicIp;
    mapped.sshPort = 30022;
    Instance sshOnly = make(u"a"_s, u"2"_s);
    sshOnly.publicIp.clear();
    sshOnly.sshHost = u"::1"_s;
    sshOnly.sshPort = 22;
    sshOnly.pricePerHour.reset();
    sshOnly.gpuCount = 0;
    Instance odd = make(u"a"_s, u"3"_s, InstanceStatus::Unknown);
    odd.providerStatus = u"hibernating"_s;
    odd.name.clear();
    odd.pricePerHour = 10.0;
    odd.gpuModel.clear();
    odd.gpuCount = 2;
    m_model->setAccountInstances(u"a"_s, {mapped, sshOnly, odd});
    auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };

    QCOMPARE(text(0, M::GpuColumn), u"H100 × 8"_s);
    QCOMPARE(text(0, M::PriceColumn), u"$2.50/h"_s);
    QCOMPARE(text(0, M::EndpointColumn), u"127.0.0.5:30022"_s);
    QCOMPARE(text(0, M::ProviderColumn), u"Novita AI"_s);
    QCOMPARE(text(0, M::NameColumn), u"node-1"_s);
    QCOMPARE(text(0, M::IdColumn), u"1"_s);
    QCOMPARE(text(0, M::RegionColumn), u"eu-west-1"_s);
    QCOMPARE(text(0, M::StatusColumn), u"Running"_s);
    QCOMPARE(m_model->index(0, M::EndpointColumn).data(Qt::ToolTipRole).toString(), mapped.sshCommand());
    QCOMPARE(text(1, M::EndpointColumn), u"[::1]:22"_s);
    QCOMPARE(text(1, M::PriceColumn), QString());
    QCOMPARE(text(1, M::GpuColumn), u"H100"_s);
    QCOMPARE(text(2, M::StatusColumn), u"Unknown (hibernating)"_s);
    QCOMPARE(text(2, M::NameColumn), u"3"_s);
    QCOMPARE(text(2, M::PriceColumn), u"$10.00/h"_s);
    QCOMPARE(text(2, M::GpuColumn), u"GPU × 2"_s);
    QCOMPARE(m_model->index(2, 0).data(M::ProviderRole).toString(), u"novita"_s);
    QCOMPARE(m_model->index(2, 0).data(M::AccountIdRole).toString(), u"a"_s);
    QCOMPARE(m_model->index(2, 0).data(M::StatusRole).toInt(), int(InstanceStatus::Unknown));
    QCOMPARE(m_model->index(2, 5).data(M::InstanceKeyRole).toString(), u"a/3"_s);
}

void TestInstanceTableModel::sortRoleHoldsRawValues()
{
    using M = InstanceTableModel;
    Instance cheap = make(u"a"_s, u"1"_s);
    cheap.pricePerHour = 9.0;
    cheap.startedAt = QDateTime::fromMSecsSinceEpoch(StartMs - 3'600'000, Qt::UTC);
    Instance dear = make(u"a"_s, u"2"_s, InstanceStatus::Stopped);
    dear.pricePerHour = 10.0;
    dear.name = u"Big-Node"_s;
    Instance unknown = make(u"a"_s, u"3"_s);
    unknown.pricePerHour.reset();
    m_model->setAccountInstances(u"a"_s, {cheap, dear, unknown});
    auto sortValue = [this](int row, int column) { return m_model->index(row, column).data(M::SortRole); };

    QCOMPARE(sortValue(0, M::PriceColumn).metaType(), QMetaType::fromType<double>());
    QCOMPARE(sortValue(0, M::PriceColumn).toDouble(), 9.0);
    QCOMPARE(sortValue(1, M::PriceColumn).toDouble(), 10.0);
    QVERIFY(QVariant::compare(sortValue(0, M::PriceColumn), sortValue(1, M::PriceColumn))
            == QPartialOrdering::Less);
    QVERIFY(std::isinf(sortValue(2, M::PriceColumn).toDouble()));
    QCOMPARE(sortValue(0, M::UptimeColumn).metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(sortValue(0, M::UptimeColumn).toLongLong(), 3600);
    QCOMPARE(sortValue(1, M::UptimeColumn).toLongLong(), -1);
    QCOMPARE(sortValue(2, M::UptimeColumn).toLongLong(), 0);
    QCOMPARE(sortValue(1, M::StatusColumn).toInt(), int(InstanceStatus::Stopped));
    QCOMPARE(sortValue(1, M::NameColumn).toString(), u"big-node"_s);
    QVERIFY(m_model->compareRows(0, 1, M::PriceColumn) < 0);
    QVERIFY(m_model->compareRows(0, 2, M::UptimeColumn) > 0);
    QVERIFY(!m_model->hasSortValue(2, M::PriceColumn));
    QVERIFY(!m_model->hasSortValue(1, M::UptimeColumn));
}

void TestInstanceTableModel::textComparisonIgnoresCase()
{
    const QStringList names{u"alpha"_s, u"Beta"_s, u"beta"_s, u"Ärger"_s, u"ärger"_s, u"zeta"_s, u"be"_s};
    QList<Instance> list;
    for (const QString &name : names) {
        list.append(make(u"a"_s, QString::number(list.size())));
        list.last().name = name;
    }
    m_model->setAccountInstances(u"a"_s, list);
    auto compare = [this](int left, int right) {
        return m_model->compareRows(left, right, InstanceTableModel::NameColumn);
    };

    QVERIFY(compare(0, 1) < 0);
    QCOMPARE(compare(1, 2), 0);
    QCOMPARE(compare(3, 4), 0);
    QVERIFY(compare(5, 3) < 0); // 'z' < 'ä', as the lower-cased SortRole orders them
    QVERIFY(compare(6, 1) < 0); // a prefix first
    for (int left = 0; left < names.size(); ++left) {
        for (int right = 0; right < names.size(); ++right) {
            const QString a = m_model->index(left, InstanceTableModel::NameColumn)
                                  .data(InstanceTableModel::SortRole)
                                  .toString();
            const QString b = m_model->index(right, InstanceTableModel::NameColumn)
                                  .data(InstanceTableModel::SortRole)
                                  .toString();
            QCOMPARE(compare(left, right) < 0, a < b);
        }
    }
}

void TestInstanceTableModel::uptimeFromStartedAtOrFirstSeenRunning()
{
    using M = InstanceTableModel;
    Instance started = make(u"a"_s, u"1"_s);
    started.startedAt = QDateTime::fromMSecsSinceEpoch(StartMs - (3 * 60 + 12) * 60'000, Qt::UTC);
    Instance unseen = make(u"a"_s, u"2"_s, InstanceStatus::Provisioning);
    m_model->setAccountInstances(u"a"_s, {started, unseen});
    auto uptime = [this](int row) { return m_model->index(row, M::UptimeColumn).data().toString(); };

    QCOMPARE(uptime(0), u"3 h 12 min"_s);
    QCOMPARE(uptime(1), QString());

    m_now += 10 * 60'000;
    unseen.status = InstanceStatus::Running;
    m_model->setAccountInstances(u"a"_s, {started, unseen});
    QCOMPARE(uptime(1), u"< 1 min"_s);
    m_now += 65 * 60'000;
    QCOMPARE(uptime(1), u"1 h 5 min"_s);
    m_now += 24 * 3'600'000;
    QCOMPARE(uptime(1), u"1 d 1 h"_s);

    // Stopping forgets it; running again counts from then.
    unseen.status = InstanceStatus::Stopped;
    m_model->setAccountInstances(u"a"_s, {started, unseen});
    QCOMPARE(uptime(1), QString());
    unseen.status = InstanceStatus::Running;
    m_model->setAccountInstances(u"a"_s, {started, unseen});
    m_now += 12 * 60'000;
    QCOMPARE(uptime(1), u"12 min"_s);
}

void TestInstanceTableModel::refreshUptimeSignalsRunningRowsOnly()
{
    m_model->setAccountInstances(u"a"_s,
                                 {make(u"a"_s, u"1"_s), make(u"a"_s, u"2"_s, InstanceStatus::Stopped),
                                  make(u"a"_s, u"3"_s), make(u"a"_s, u"4"_s)});
    AllSpies spies(m_model.get());

    m_model->refreshUptime();

    QCOMPARE(spies.total(), 2);
    const int uptime = InstanceTableModel::UptimeColumn;
    QCOMPARE(arg(spies.dataChanged, 0, 0), m_model->index(0, uptime));
    QCOMPARE(arg(spies.dataChanged, 0, 1), m_model->index(0, uptime));
    QCOMPARE(arg(spies.dataChanged, 1, 0), m_model->index(2, uptime));
    QCOMPARE(arg(spies.dataChanged, 1, 1), m_model->index(3, uptime));
}

void TestInstanceTableModel::headerIsTranslatedText()
{
    QCOMPARE(m_model->headerData(InstanceTableModel::PriceColumn, Qt::Horizontal).toString(), u"Price"_s);
    QCOMPARE(m_model->headerData(InstanceTableModel::GpuColumn, Qt::Horizontal).toString(), u"GPU"_s);
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

// The model against a naive list, and a mirror kept only from the model's signals: both must
// agree with the model after every round of random inserts, changes and removals.
void TestInstanceTableModel::keyIndexMatchesNaiveReferenceUnderRandomChurn()
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

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"

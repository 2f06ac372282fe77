#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 NowMs = 1'700'000'000'000;
using Group = InstanceFilterProxyModel::StatusGroup;

Instance make(Provider provider, const QString &account, const QString &id, const QString &name,
              InstanceStatus status, std::optional<double> price)
{
    Instance instance;
    instance.provider = provider;
    instance.accountId = account;
    instance.id = id;
    instance.name = name;
    instance.status = status;
    instance.pricePerHour = price;
    instance.gpuModel = u"H100"_s;
    instance.gpuCount = 1;
    instance.region = u"us-east"_s;
    return instance;
}

// Counts filter calls, to prove that setting an unchanged filter re-filters nothing.
class CountingProxy final : public InstanceFilterProxyModel
{
public:
    mutable int filterCalls = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++filterCalls;
        return InstanceFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

} // namespace

class TestInstanceFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchMatchesEachField_data();
    void searchMatchesEachField();
    void searchWordsMustAllMatch();
    void providerFilter();
    void accountFilter();
    void statusGroups();
    void filtersCombine();
    void genericSourceFiltersLikeTheTable();
    void settersInvalidateOnlyOnChange();
    void sortsPriceNumericallyUnknownLast();
    void sortsUptimeNumericallyStoppedLast();
    void sortsTextCaseInsensitively();
    void sourceChangesResortAndRefilter();
    void selectionSurvivesSourceRefresh();

private:
    [[nodiscard]] QStringList visibleIds() const;
    [[nodiscard]] QStringList sortedIds(int column, Qt::SortOrder order);
    void load();

    qint64 m_now = NowMs;
    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<CountingProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestInstanceFilterProxyModel::init()
{
    m_now = NowMs;
    m_model = std::make_unique<InstanceTableModel>();
    m_model->setClock([this] { return m_now; });
    m_proxy = std::make_unique<CountingProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get());
}

void TestInstanceFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

// Two accounts on three providers:
//   w1 fal    "train-big"  Running      $9.00  ip 127.0.0.21  eu-central  A100 × 8
//   w2 fal    "Eval"       Stopped      $10.00
//   n1 novita "notebook"   Provisioning unknown              asia-east   RTX 4090
//   n2 nebula "Archive"    Deleted      $0.50
void TestInstanceFilterProxyModel::load()
{
    Instance w1 = make(Provider::Fal, u"acc-work"_s, u"w1"_s, u"train-big"_s, InstanceStatus::Running, 9.0);
    w1.publicIp = u"127.0.0.21"_s;
    w1.region = u"eu-central"_s;
    w1.gpuModel = u"A100"_s;
    w1.gpuCount = 8;
    const Instance w2 = make(Provider::Fal, u"acc-work"_s, u"w2"_s, u"Eval"_s, InstanceStatus::Stopped, 10.0);
    Instance n1 = make(Provider::Novita, u"acc-home"_s, u"n1"_s, u"notebook"_s, InstanceStatus::Provisioning,
                       std::nullopt);
    n1.region = u"asia-east"_s;
    n1.gpuModel = u"RTX 4090"_s;
    const Instance n2 =
        make(Provider::NebulaBlock, u"acc-home"_s, u"n2"_s, u"Archive"_s, InstanceStatus::Deleted, 0.5);
    m_model->setAccountLabel(u"acc-work"_s, u"Lab Cluster"_s);
    m_model->setAccountLabel(u"acc-home"_s, u"Personal"_s);
    m_model->setAccountInstances(u"acc-work"_s, {w1, w2});
    m_model->setAccountInstances(u"acc-home"_s, {n1, n2});
}

QStringList TestInstanceFilterProxyModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, InstanceTableModel::IdColumn).data().toString());
    return ids;
}

QStringList TestInstanceFilterProxyModel::sortedIds(int column, Qt::SortOrder order)
{
    m_proxy->sort(column, order);
    return visibleIds();
}

void TestInstanceFilterProxyModel::searchMatchesEachField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("name, any case") << u"TRAIN"_s << QStringList{u"w1"_s};
    QTest::newRow("id") << u"n2"_s << QStringList{u"n2"_s};
    QTest::newRow("public ip") << u"0.0.21"_s << QStringList{u"w1"_s};
    QTest::newRow("gpu model") << u"rtx 4090"_s << QStringList{u"n1"_s};
    QTest::newRow("account label") << u"lab clu"_s << QStringList{u"w1"_s, u"w2"_s};
    QTest::newRow("region") << u"asia"_s << QStringList{u"n1"_s};
    QTest::newRow("surrounding spaces") << u"  eval "_s << QStringList{u"w2"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{u"w1"_s, u"w2"_s, u"n1"_s, u"n2"_s};
}

void TestInstanceFilterProxyModel::searchMatchesEachField()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    load();

    m_proxy->setSearchText(text);

    QCOMPARE(visibleIds(), ids);
}

void TestInstanceFilterProxyModel::searchWordsMustAllMatch()
{
    load();
    m_proxy->setSearchText(u"personal asia"_s);
    QCOMPARE(visibleIds(), QStringList{u"n1"_s});
    m_proxy->setSearchText(u"personal eu-central"_s);
    QCOMPARE(visibleIds(), QStringList{});
}

void TestInstanceFilterProxyModel::providerFilter()
{
    load();
    m_proxy->setProviderFilter({Provider::Fal});
    QCOMPARE(visibleIds(), (QStringList{u"w1"_s, u"w2"_s}));
    m_proxy->setProviderFilter({Provider::NebulaBlock, Provider::Novita});
    QCOMPARE(visibleIds(), (QStringList{u"n1"_s, u"n2"_s}));
    QCOMPARE(m_proxy->providerFilter(), (QList<Provider>{Provider::Novita, Provider::NebulaBlock}));
    m_proxy->setProviderFilter({});
    QCOMPARE(visibleIds().size(), 4);
}

void TestInstanceFilterProxyModel::accountFilter()
{
    load();
    m_proxy->setAccountFilter({u"acc-home"_s});
    QCOMPARE(visibleIds(), (QStringList{u"n1"_s, u"n2"_s}));
    m_proxy->setAccountFilter({u"acc-home"_s, u"acc-work"_s});
    QCOMPARE(visibleIds().size(), 4);
    QCOMPARE(m_proxy->accountFilter(), (QStringList{u"acc-home"_s, u"acc-work"_s}));
    m_proxy->setAccountFilter({u"acc-gone"_s});
    QCOMPARE(visibleIds(), QStringList{});
}

void TestInstanceFilterProxyModel::statusGroups()
{
    load();
    m_proxy->setStatusGroup(Group::Active);
    QCOMPARE(visibleIds(), (QStringList{u"w1"_s, u"n1"_s}));
    m_proxy->setStatusGroup(Group::Stopped);
    QCOMPARE(visibleIds(), (QStringList{u"w2"_s, u"n2"_s}));
    m_proxy->setStatusGroup(Group::All);
    QCOMPARE(visibleIds().size(), 4);
}

void TestInstanceFilterProxyModel::filtersCombine()
{
    load();
    m_proxy->setStatusGroup(Group::Active);
    m_proxy->setAccountFilter({u"acc-work"_s});
    QCOMPARE(visibleIds(), QStringList{u"w1"_s});
    m_proxy->setProviderFilter({Provider::Novita});
    QCOMPARE(visibleIds(), QStringList{});
    m_proxy->setAccountFilter({});
    QCOMPARE(visibleIds(), QStringList{u"n1"_s});
    m_proxy->setSearchText(u"h100"_s);
    QCOMPARE(visibleIds(), QStringList{});
    m_proxy->setSearchText(u"4090"_s);
    QCOMPARE(visibleIds(), QStringList{u"n1"_s});
}

// Through any other model the proxy reads roles and display text; the result must be the same.
void TestInstanceFilterProxyModel::genericSourceFiltersLikeTheTable()
{
    load();
    QIdentityProxyModel identity;
    identity.setSourceModel(m_model.get());
    InstanceFilterProxyModel generic;
    generic.setSourceModel(&identity);
    QAbstractItemModelTester tester(&generic);
    auto ids = [&generic] {
        QStringList result;
        for (int row = 0; row < generic.rowCount(); ++row)
            result.append(generic.index(row, InstanceTableModel::IdColumn).data().toString());
        return result;
    };
    const QList<std::function<void(InstanceFilterProxyModel &)>> steps{
        [](InstanceFilterProxyModel &p) { p.setSearchText(u"0.0.21"_s); },
        [](InstanceFilterProxyModel &p) { p.setSearchText(u"personal"_s); },
        [](InstanceFilterProxyModel &p) { p.setStatusGroup(Group::Stopped); },
        [](InstanceFilterProxyModel &p) { p.setProviderFilter({Provider::NebulaBlock}); },
        [](InstanceFilterProxyModel &p) { p.setSearchText({}); },
        [](InstanceFilterProxyModel &p) { p.setAccountFilter({u"acc-work"_s}); },
    };
    for (const auto &step : steps) {
        step(*m_proxy);
        step(generic);
        QCOMPARE(ids(), visibleIds());
    }
    generic.sort(InstanceTableModel::PriceColumn);
    m_proxy->sort(InstanceTableModel::PriceColumn);
    generic.setAccountFilter({});
    m_proxy->setAccountFilter({});
    generic.setProviderFilter({});
    m_proxy->setProviderFilter({});
    QCOMPARE(ids(), visibleIds());
}

void TestInstanceFilterProxyModel::settersInvalidateOnlyOnChange()
{
    load();
    QSignalSpy changed(m_proxy.get(), &InstanceFilterProxyModel::filtersChanged);
    m_proxy->setSearchText(u"eval"_s);
    m_proxy->setProviderFilter({Provider::Fal, Provider::Novita});
    m_proxy->setAccountFilter({u"acc-work"_s, u"acc-home"_s});
    m_proxy->setStatusGroup(Group::Stopped);
    QCOMPARE(changed.count(), 4);
    QVERIFY(m_proxy->filterCalls > 0);

    m_proxy->filterCalls = 0;
    m_proxy->setSearchText(u" eval  "_s);
    m_proxy->setProviderFilter({Provider::Novita, Provider::Fal, Provider::Fal});
    m_proxy->setAccountFilter({u"acc-home"_s, u"acc-work"_s});
    m_proxy->setStatusGroup(Group::Stopped);
    QCOMPARE(m_proxy->filterCalls, 0);
    QCOMPARE(changed.count(), 4);

    m_proxy->setSearchText(u"eva"_s);
    QCOMPARE(m_proxy->filterCalls, m_model->rowCount());
    QCOMPARE(changed.count(), 5);
}

void TestInstanceFilterProxyModel::sortsPriceNumericallyUnknownLast()
{
    load();
    QCOMPARE(sortedIds(InstanceTableModel::PriceColumn, Qt::AscendingOrder),
             (QStringList{u"n2"_s, u"w1"_s, u"w2"_s, u"n1"_s}));
    // "$10.00/h" after "$9.00/h", which a text sort gets wrong.
    QCOMPARE(m_proxy->index(1, InstanceTableModel::PriceColumn).data().toString(), u"$9.00/h"_s);
    QCOMPARE(m_proxy->index(2, InstanceTableModel::PriceColumn).data().toString(), u"$10.00/h"_s);
    QCOMPARE(sortedIds(InstanceTableModel::PriceColumn, Qt::DescendingOrder),
             (QStringList{u"w2"_s, u"w1"_s, u"n2"_s, u"n1"_s}));
}

void TestInstanceFilterProxyModel::sortsUptimeNumericallyStoppedLast()
{
    auto running = [](const QString &id, qint64 minutes) {
        Instance instance = make(Provider::Novita, u"a"_s, id, id, InstanceStatus::Running, 1.0);
        instance.startedAt = QDateTime::fromMSecsSinceEpoch(NowMs - minutes * 60'000, Qt::UTC);
        return instance;
    };
    // 9 min, 10 h, 70 min: as text "9 min" > "10 h ..." > "1 h 10 min".
    m_model->setAccountInstances(
        u"a"_s,
        {running(u"nine"_s, 9),
         make(Provider::Novita, u"a"_s, u"off"_s, u"off"_s, InstanceStatus::Stopped, 1.0),
         running(u"ten-h"_s, 600), running(u"seventy"_s, 70)});

    QCOMPARE(sortedIds(InstanceTableModel::UptimeColumn, Qt::AscendingOrder),
             (QStringList{u"nine"_s, u"seventy"_s, u"ten-h"_s, u"off"_s}));
    QCOMPARE(sortedIds(InstanceTableModel::UptimeColumn, Qt::DescendingOrder),
             (QStringList{u"ten-h"_s, u"seventy"_s, u"nine"_s, u"off"_s}));
}

void TestInstanceFilterProxyModel::sortsTextCaseInsensitively()
{
    load();
    QCOMPARE(sortedIds(InstanceTableModel::NameColumn, Qt::AscendingOrder),
             (QStringList{u"n2"_s, u"w2"_s, u"n1"_s, u"w1"_s}));
    // "Lab Cluster" before "Personal"; equal keys keep their previous order.
    QCOMPARE(sortedIds(InstanceTableModel::AccountColumn, Qt::AscendingOrder),
             (QStringList{u"w2"_s, u"w1"_s, u"n2"_s, u"n1"_s}));
}

void TestInstanceFilterProxyModel::sourceChangesResortAndRefilter()
{
    load();
    m_proxy->setStatusGroup(Group::Active);
    m_proxy->sort(InstanceTableModel::PriceColumn);
    QCOMPARE(visibleIds(), (QStringList{u"w1"_s, u"n1"_s}));

    // n1 gets a price below w1's; w2 starts and joins the active rows.
    Instance n1 = m_model->instance(u"acc-home/n1"_s).value();
    n1.pricePerHour = 1.0;
    m_model->setAccountInstances(u"acc-home"_s, {n1, m_model->instance(u"acc-home/n2"_s).value()});
    Instance w2 = m_model->instance(u"acc-work/w2"_s).value();
    w2.status = InstanceStatus::Starting;
    m_model->setAccountInstances(u"acc-work"_s, {m_model->instance(u"acc-work/w1"_s).value(), w2});

    QCOMPARE(visibleIds(), (QStringList{u"n1"_s, u"w1"_s, u"w2"_s}));
}

void TestInstanceFilterProxyModel::selectionSurvivesSourceRefresh()
{
    load();
    m_proxy->sort(InstanceTableModel::NameColumn);
    QItemSelectionModel selection(m_proxy.get());
    auto proxyIndexOf = [this](const QString &key) {
        return m_proxy->mapFromSource(m_model->indexForKey(key));
    };
    selection.select(proxyIndexOf(u"acc-work/w1"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(proxyIndexOf(u"acc-home/n2"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxyIndexOf(u"acc-work/w1"_s), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex current = selection.currentIndex();

    // w1 changes its sort key, n1 vanishes (rows shift), two rows arrive.
    Instance w1 = m_model->instance(u"acc-work/w1"_s).value();
    w1.name = u"aaa-first"_s;
    w1.pricePerHour = 4.0;
    m_model->setAccountInstances(
        u"acc-work"_s,
        {w1, m_model->instance(u"acc-work/w2"_s).value(),
         make(Provider::Fal, u"acc-work"_s, u"w3"_s, u"Zeta"_s, InstanceStatus::Running, 1.0)});
    m_model->setAccountInstances(
        u"acc-home"_s,
        {m_model->instance(u"acc-home/n2"_s).value(),
         make(Provider::Novita, u"acc-home"_s, u"n3"_s, u"beta"_s, InstanceStatus::Running, 2.0)});
    m_model->setAccountStale(u"acc-home"_s, true);

    QStringList selected;
    const QModelIndexList rows = selection.selectedRows();
    for (const QModelIndex &index : rows)
        selected.append(index.data(InstanceTableModel::InstanceKeyRole).toString());
    selected.sort();
    QCOMPARE(selected, (QStringList{u"acc-home/n2"_s, u"acc-work/w1"_s}));
    QVERIFY(current.isValid());
    QCOMPARE(current.data(InstanceTableModel::InstanceKeyRole).toString(), u"acc-work/w1"_s);
    QCOMPARE(current.row(), 0); // "aaa-first" sorts first now
    QCOMPARE(selection.currentIndex(), QModelIndex(current));
}

QTEST_GUILESS_MAIN(TestInstanceFilterProxyModel)
#include "tst_instancefilterproxymodel.moc"

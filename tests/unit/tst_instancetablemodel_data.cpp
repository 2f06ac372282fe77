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

// What InstanceTableModel shows: account labels, display and sort roles, uptimes and headers, and
// that passwords never leave through data().
class TestInstanceTableModelData : public InstanceTableModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void accountLabelIsShownAndSignalled();
    void passwordsNeverLeaveThroughData();
    void displayTexts();
    void sortRoleHoldsRawValues();
    void textComparisonIgnoresCase();
    void uptimeFromStartedAtOrFirstSeenRunning();
    void refreshUptimeSignalsRunningRowsOnly();
    void headerIsTranslatedText();
};

void TestInstanceTableModelData::accountLabelIsShownAndSignalled()
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

void TestInstanceTableModelData::passwordsNeverLeaveThroughData()
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

void TestInstanceTableModelData::displayTexts()
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

void TestInstanceTableModelData::sortRoleHoldsRawValues()
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

void TestInstanceTableModelData::textComparisonIgnoresCase()
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

void TestInstanceTableModelData::uptimeFromStartedAtOrFirstSeenRunning()
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

void TestInstanceTableModelData::refreshUptimeSignalsRunningRowsOnly()
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

void TestInstanceTableModelData::headerIsTranslatedText()
{
    QCOMPARE(m_model->headerData(InstanceTableModel::PriceColumn, Qt::Horizontal).toString(), u"Price"_s);
    QCOMPARE(m_model->headerData(InstanceTableModel::GpuColumn, Qt::Horizontal).toString(), u"GPU"_s);
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestInstanceTableModelData)
#include "tst_instancetablemodel_data.moc"

#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 NowMs = 1'700'100'000'000;
const QString Account = u"acc-bench"_s;

// 10,000 rows with shuffled prices and start times, so sorting does real work.
QList<Instance> makeFleet(int count)
{
    QList<Instance> fleet;
    fleet.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int scrambled = int((quint64(i) * 7919u) % quint64(count));
        Instance instance;
        instance.provider = Providers::all().at(i % 3);
        instance.accountId = Account;
        instance.id = u"inst-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        instance.name = u"gpu-node-%1"_s.arg(scrambled, 5, 10, QLatin1Char('0'));
        instance.gpuModel = i % 3 ? u"NVIDIA H100 80GB"_s : u"RTX 4090"_s;
        instance.gpuCount = 1 << (i % 4);
        instance.region = i % 2 ? u"eu-west-1"_s : u"us-central-2"_s;
        instance.status = i % 10 ? InstanceStatus::Running : InstanceStatus::Stopped;
        instance.publicIp = u"127.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
        if (i % 50)
            instance.pricePerHour = 0.25 + (scrambled % 397) * 0.05;
        instance.startedAt = QDateTime::fromMSecsSinceEpoch(NowMs - qint64(scrambled) * 37'000, Qt::UTC);
        fleet.append(instance);
    }
    return fleet;
}

} // namespace

class BenchInstanceFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sort_data();
    void sort();
    void keystroke_data();
    void keystroke();
};

void BenchInstanceFilterProxyModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("price") << int(InstanceTableModel::PriceColumn);
    QTest::newRow("uptime") << int(InstanceTableModel::UptimeColumn);
    QTest::newRow("name") << int(InstanceTableModel::NameColumn);
}

// A click on a header of a 10,000-row table: from source order to sorted (the unsort back to
// source order is included in each iteration; it is a sort of plain ints).
void BenchInstanceFilterProxyModel::sort()
{
    QFETCH(int, column);
    InstanceTableModel model;
    model.setClock([] { return NowMs; });
    model.setAccountInstances(Account, makeFleet(10000));
    InstanceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 10000);
    QBENCHMARK {
        proxy.sort(-1);
        proxy.sort(column, Qt::AscendingOrder);
    }
}

void BenchInstanceFilterProxyModel::keystroke_data()
{
    QTest::addColumn<bool>("sorted");
    QTest::newRow("unsorted") << false;
    QTest::newRow("sorted by price") << true;
}

// Typing one more character ("node-01" -> "node-012": 1,000 -> 100 rows) and erasing it again: each
// iteration is one keystroke over 10,000 rows.
void BenchInstanceFilterProxyModel::keystroke()
{
    QFETCH(bool, sorted);
    InstanceTableModel model;
    model.setClock([] { return NowMs; });
    model.setAccountInstances(Account, makeFleet(10000));
    model.setAccountLabel(Account, u"Research Lab"_s);
    InstanceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    if (sorted)
        proxy.sort(InstanceTableModel::PriceColumn);
    proxy.setSearchText(u"node-01"_s);
    QVERIFY(proxy.rowCount() > 0); // a view would have mapped the rows already
    const QString texts[2] = {u"node-01"_s, u"node-012"_s};
    int strokes = 0;
    QBENCHMARK {
        proxy.setSearchText(texts[++strokes % 2]);
        proxy.rowCount();
    }
    QCOMPARE(proxy.rowCount() > 0, true);
}

QTEST_GUILESS_MAIN(BenchInstanceFilterProxyModel)
#include "bench_instancefilterproxymodel.moc"

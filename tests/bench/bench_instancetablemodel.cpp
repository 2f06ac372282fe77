#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcBench, "gpufleet.bench")

const QString Account = u"3f6c2a8e-bench-account"_s;

enum class Shape
{
    Fal,   // three extras
    Novita // ten extras: the heaviest listing
};

// A fresh heap string, as a JSON parser produces it (a literal would share static data).
QString parsed(const QString &text)
{
    return QString(text.constData(), text.size());
}

// One instance as a parser makes it: every value freshly allocated, extras' keys as literals.
Instance makeInstance(int i, Shape shape)
{
    Instance instance;
    instance.provider = shape == Shape::Fal ? Provider::Fal : Provider::Novita;
    instance.accountId = Account; // ProviderClient stamps its own account id
    instance.id = u"inst-%1-a7c3e91b"_s.arg(i, 6, 10, QLatin1Char('0'));
    instance.name = u"gpu-node-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    instance.gpuModel = parsed(i % 3 ? u"NVIDIA H100 80GB"_s : u"RTX 4090"_s);
    instance.gpuCount = 1 << (i % 4);
    instance.region = parsed(i % 2 ? u"eu-west-1"_s : u"us-central-2"_s);
    instance.status = i % 10 ? InstanceStatus::Running : InstanceStatus::Stopped;
    instance.providerStatus = parsed(i % 10 ? u"running"_s : u"exited"_s);
    instance.publicIp = u"127.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
    instance.sshUser = parsed(u"root"_s);
    instance.sshHost = parsed(instance.publicIp);
    instance.sshPort = 30000 + i % 1000;
    instance.sshPassword = u"generated-secret-%1"_s.arg(i);
    instance.pricePerHour = 0.5 + (i % 97) * 0.25;
    instance.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 1000, Qt::UTC);
    instance.startedAt = instance.createdAt.addSecs(90);
    if (shape == Shape::Fal) {
        instance.extras = {
            {u"instance_type"_s, parsed(u"gpu_1x_h100_sxm5"_s)},
            {u"sector"_s, parsed(u"sector_%1"_s.arg(i % 3))},
            {u"creator_user_nickname"_s, parsed(u"research-team"_s)},
        };
        return instance;
    }
    instance.extras = {
        {u"clusterId"_s, u"cluster-%1"_s.arg(i % 7)},
        {u"clusterName"_s, u"EU-West Cluster %1"_s.arg(i % 7)},
        {u"imageUrl"_s, parsed(u"docker.io/pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"_s)},
        {u"productId"_s, u"prod-h100-%1"_s.arg(i % 4)},
        {u"productName"_s, u"H100 80GB x%1"_s.arg(1 << (i % 4))},
        {u"rootfsSize"_s, 100},
        {u"billingMode"_s, parsed(u"onDemand"_s)},
        {u"cpuNum"_s, 16},
        {u"memory"_s, 128},
        {u"sshReady"_s, true},
    };
    return instance;
}

// A poll's list: 1 % of the rows differ from `round - 1`'s (price or status).
QList<Instance> makeFleet(int count, Shape shape, int round = 0)
{
    QList<Instance> fleet;
    fleet.reserve(count);
    for (int i = 0; i < count; ++i) {
        fleet.append(makeInstance(i, shape));
        if (round % 2 && i % 100 == 0) {
            if (i % 200)
                fleet.last().pricePerHour = *fleet.last().pricePerHour + 1;
            else
                fleet.last().status = InstanceStatus::Stopping;
        }
    }
    return fleet;
}

// Signals of one merge, printed once per benchmark however often QTest runs it.
struct SignalCounter
{
    explicit SignalCounter(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, &context, [this] { ++dataChanged; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, [this] { ++rowsInserted; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &context, [this] { ++rowsRemoved; });
    }
    QObject context;
    void report(const QString &what) const
    {
        static QSet<QString> reported;
        if (reported.contains(what))
            return;
        reported.insert(what);
        qCInfo(lcBench).noquote() << u"%1: %2 dataChanged, %3 rowsInserted, %4 rowsRemoved"_s.arg(what)
                                         .arg(dataChanged)
                                         .arg(rowsInserted)
                                         .arg(rowsRemoved);
    }
    int dataChanged = 0;
    int rowsInserted = 0;
    int rowsRemoved = 0;
};

} // namespace

class BenchInstanceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialLoad_data() { sizes(); }
    void initialLoad();
    void mergeOnePercentChanged_data() { sizes(); }
    void mergeOnePercentChanged();
    void mergeFreshList_data() { sizes(); }
    void mergeFreshList();
    void mergeChurn();
    void mergeThroughSortedProxy();

private:
    static void sizes();
};

void BenchInstanceTableModel::sizes()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<Shape>("shape");
    QTest::newRow("1000 novita") << 1000 << Shape::Novita;
    QTest::newRow("10000 fal") << 10000 << Shape::Fal;
    QTest::newRow("10000 novita") << 10000 << Shape::Novita;
}

void BenchInstanceTableModel::initialLoad()
{
    QFETCH(int, rows);
    QFETCH(Shape, shape);
    const QList<Instance> fleet = makeFleet(rows, shape);
    QBENCHMARK {
        InstanceTableModel model;
        model.setAccountInstances(Account, fleet);
    }
}

// Alternates two prepared lists that differ in 1 % of the rows. Both lists stay in memory, so
// each merge reads a list that has left the caches: the pessimistic case.
void BenchInstanceTableModel::mergeOnePercentChanged()
{
    QFETCH(int, rows);
    QFETCH(Shape, shape);
    const QList<Instance> rounds[2] = {makeFleet(rows, shape, 0), makeFleet(rows, shape, 1)};
    InstanceTableModel model;
    model.setAccountInstances(Account, makeFleet(rows, shape, 0));
    {
        SignalCounter counter(&model);
        model.setAccountInstances(Account, rounds[1]);
        counter.report(u"merge of %1 rows with 1 percent changed"_s.arg(rows));
    }
    int merges = 0;
    QBENCHMARK {
        model.setAccountInstances(Account, rounds[++merges % 2]);
    }
}

// The app's flow: a poll's list is merged right after its parser built it. Only the merge is
// timed (median of 15 polls); building the list is not.
void BenchInstanceTableModel::mergeFreshList()
{
    QFETCH(int, rows);
    QFETCH(Shape, shape);
    InstanceTableModel model;
    model.setAccountInstances(Account, makeFleet(rows, shape, 0));
    QList<qint64> nanoseconds;
    for (int round = 1; round <= 15; ++round) {
        const QList<Instance> poll = makeFleet(rows, shape, round);
        QElapsedTimer timer;
        timer.start();
        model.setAccountInstances(Account, poll);
        nanoseconds.append(timer.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    QTest::setBenchmarkResult(double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6,
                              QTest::WalltimeMilliseconds);
}

// 0.5 % of the rows vanish (scattered) and 0.5 % new ones appear, then the reverse.
void BenchInstanceTableModel::mergeChurn()
{
    const QList<Instance> fleet = makeFleet(10000, Shape::Novita);
    QList<Instance> churned;
    for (int i = 0; i < fleet.size(); ++i) {
        if (i % 200 != 7)
            churned.append(makeInstance(i, Shape::Novita));
    }
    for (int i = 0; i < 50; ++i)
        churned.append(makeInstance(20000 + i, Shape::Novita));
    const QList<Instance> rounds[2] = {makeFleet(10000, Shape::Novita), churned};
    InstanceTableModel model;
    model.setAccountInstances(Account, fleet);
    {
        SignalCounter counter(&model);
        model.setAccountInstances(Account, rounds[1]);
        counter.report(u"churn of 50 scattered removals and 50 additions"_s);
    }
    int merges = 0;
    QBENCHMARK {
        model.setAccountInstances(Account, rounds[++merges % 2]);
    }
}

// The window's real set-up: the 1 % merge with a proxy sorted by price listening.
void BenchInstanceTableModel::mergeThroughSortedProxy()
{
    const QList<Instance> rounds[2] = {makeFleet(10000, Shape::Novita, 0),
                                       makeFleet(10000, Shape::Novita, 1)};
    InstanceTableModel model;
    model.setAccountInstances(Account, rounds[0]);
    InstanceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::PriceColumn);
    int merges = 0;
    QBENCHMARK {
        model.setAccountInstances(Account, rounds[++merges % 2]);
    }
}

QTEST_GUILESS_MAIN(BenchInstanceTableModel)
#include "bench_instancetablemodel.moc"

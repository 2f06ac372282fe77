// Target 4 (issue #8), the window's own part: the real MainWindow, shown, over the real model and
// filter proxy (sorted, as the window always is). Times what one account's fresh list costs the
// GUI thread — the model merge plus the view's reaction and the repaint that follows — for a first
// load of 10 accounts x 1,000 instances, for a refresh with 1 % changed, and for the once-a-minute
// uptime update. Every figure is one uninterrupted stretch of the event loop; target <= 16 ms.
// Usage: bench_mainwindow [-n runs]   (QT_QPA_PLATFORM=offscreen or under Xvfb)
#include "bench/BenchStats.h"
#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Accounts = 10;
constexpr int PerAccount = 1000;

QString accountId(int a)
{
    return u"3f6c2a8e-0000-4000-8000-%1"_s.arg(a, 12, 10, QLatin1Char('0'));
}

// Shaped like a parsed Novita listing: a dozen strings, timestamps, a dozen extras.
Instance makeInstance(int a, int i)
{
    Instance instance;
    instance.provider = Providers::all().at(a % 3);
    instance.accountId = accountId(a);
    instance.id = u"inst-%1-%2-a7c3e91b"_s.arg(a).arg(i, 6, 10, QLatin1Char('0'));
    instance.name = u"gpu-node-%1-%2"_s.arg(a).arg((i * 7919) % PerAccount, 5, 10, QLatin1Char('0'));
    instance.gpuModel = i % 3 ? u"NVIDIA H100 80GB"_s : u"RTX 4090"_s;
    instance.gpuCount = 1 << (i % 4);
    instance.region = i % 2 ? u"eu-west-1"_s : u"us-central-2"_s;
    instance.status = i % 10 ? InstanceStatus::Running : InstanceStatus::Stopped;
    instance.providerStatus = i % 10 ? u"running"_s : u"exited"_s;
    instance.publicIp = u"127.%1.%2.%3"_s.arg(a).arg(i / 250).arg(i % 250 + 1);
    instance.sshUser = u"root"_s;
    instance.sshHost = instance.publicIp;
    instance.sshPort = 30000 + i % 1000;
    instance.pricePerHour = 0.5 + (i % 97) * 0.25;
    instance.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 1000, Qt::UTC);
    instance.startedAt = instance.createdAt.addSecs(90);
    instance.extras = {
        {u"clusterId"_s, u"cluster-%1"_s.arg(i % 7)},
        {u"imageUrl"_s, u"docker.io/pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"_s},
        {u"productName"_s, u"H100 80GB x%1"_s.arg(1 << (i % 4))},
        {u"billingMode"_s, u"onDemand"_s},
        {u"cpuNum"_s, 16},
    };
    return instance;
}

QList<Instance> fleetOf(int a, bool changed)
{
    QList<Instance> list;
    list.reserve(PerAccount);
    for (int i = 0; i < PerAccount; ++i) {
        Instance instance = makeInstance(a, i);
        if (changed && i % 100 == 0)
            instance.status = InstanceStatus::Stopping;
        list.append(instance);
    }
    return list;
}

// Milliseconds of one step plus everything the event loop then does at once (layout, repaint).
template<typename Step>
double timed(Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

void judge(const QString &name, const QList<double> &perRun)
{
    BenchStats::print(u"  %1 (ms, worst account of each run): %2"_s.arg(name, BenchStats::list(perRun, 1)));
    const double median = BenchStats::median(perRun);
    BenchStats::result(name, u"%1 ms (median of %2 runs)"_s.arg(median, 0, 'f', 1).arg(perRun.size()),
                       u"<= 16 ms"_s, int(median <= 16));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
    const int runs = BenchStats::runs(QCoreApplication::arguments(), 5);
    QList<QList<Instance>> fresh;
    QList<QList<Instance>> changed;
    for (int a = 0; a < Accounts; ++a) {
        fresh.append(fleetOf(a, false));
        changed.append(fleetOf(a, true));
    }

    QList<double> firstLoad;
    QList<double> merge;
    QList<double> uptime;
    for (int run = 0; run < runs; ++run) {
        InstanceTableModel model;
        InstanceFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        MainWindow window(&model, &proxy);
        window.resize(1400, 820);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QList<double> steps;
        for (int a = 0; a < Accounts; ++a) {
            model.setAccountLabel(accountId(a), u"Account %1"_s.arg(a));
            steps.append(timed([&] { model.setAccountInstances(accountId(a), fresh.at(a)); }));
        }
        firstLoad.append(worst(steps));
        steps.clear();
        for (int a = 0; a < Accounts; ++a)
            steps.append(timed([&] { model.setAccountInstances(accountId(a), changed.at(a)); }));
        merge.append(worst(steps));
        uptime.append(timed([&] { model.refreshUptime(); }));
        if (window.instanceView()->model()->rowCount() != Accounts * PerAccount)
            return 1;
    }
    BenchStats::print(
        u"MainWindow shown, %1 accounts x %2 instances, sorted proxy"_s.arg(Accounts).arg(PerAccount));
    judge(u"window, first load of one account (1000 rows into up to 9000)"_s, firstLoad);
    judge(u"window, refresh of one account with 1% changed"_s, merge);
    judge(u"window, uptime update of 10000 rows"_s, uptime);
    return 0;
}

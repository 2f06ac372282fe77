// The real GUI — runGui(): option parsing, QApplication, the single-instance guard, Application
// with the user's accounts, keychain and cache, and MainWindow — with a probe installed while the
// QCoreApplication is built, so the benchmarks of issue #8 measure the app itself without a hook
// in it. Driven by bench_window through the environment (runGui rejects unknown options):
//   GPUFLEET_PROBE=startup  prints "SHOWN <monotonic ns>" once the window painted at least
//                           $GPUFLEET_PROBE_ROWS rows, then "RSS <kB>", and exits.
//   GPUFLEET_PROBE=session  from the first frame on, a 4 ms probe timer measures event-loop stalls
//                           while the fleet loads ($GPUFLEET_PROBE_ROWS rows) and 3 s after;
//                           prints "STALL first-load ...", "RSS <kB>", then, unless
//                           $GPUFLEET_PROBE_REFRESH=0, "READY", and on "refresh" from stdin
//                           presses Refresh and prints "STALL refresh ..." and "RSS <kB>" 6 s later.
// Without GPUFLEET_PROBE it is simply the app.
#include "ShownProbe.h"
#include "app/GuiMain.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProbeIntervalMs = 4;
constexpr int FrameMs = 16;
constexpr int SettleMs = 3000;        // the cache is saved 2 s after the last change
constexpr int RefreshWindowMs = 6000; // the refresh, its merge and the cache save after it
constexpr int LoadTimeoutMs = 300'000;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QMainWindow *mainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<QMainWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

// The InstanceTableModel behind the window's table (under the filter proxy).
QAbstractItemModel *fleetModel()
{
    QMainWindow *window = mainWindow();
    auto *view = window ? window->findChild<QAbstractItemView *>(u"instanceView"_s) : nullptr;
    QAbstractItemModel *model = view ? view->model() : nullptr;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

// A precise 4 ms timer; a long gap between two of its ticks is a stall of the event loop.
struct StallProbe
{
    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            gaps.append({double(now - last) / 1e6, double(now) / 1e6});
            last = now;
        });
    }
    void start()
    {
        gaps.clear();
        clock.start();
        origin = ShownProbe::nowNs();
        last = 0;
        timer.start(ProbeIntervalMs);
    }
    // "STALL <phase> max=<ms> over16=<n> ticks=<n> top=<gap>@<at>,..." (milliseconds).
    void report(const QString &phase)
    {
        timer.stop();
        std::sort(gaps.begin(), gaps.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const int over =
            int(std::count_if(gaps.cbegin(), gaps.cend(), [](const auto &g) { return g.first > FrameMs; }));
        QStringList top;
        for (qsizetype i = 0; i < qMin<qsizetype>(5, gaps.size()); ++i)
            top.append(u"%1@%2"_s.arg(gaps.at(i).first, 0, 'f', 1).arg(gaps.at(i).second, 0, 'f', 0));
        // origin: the phase's start in monotonic ns, to find a stall in a profile (perf -k monotonic).
        say(u"STALL %1 max=%2 over16=%3 ticks=%4 top=%5 origin=%6"_s.arg(phase)
                .arg(gaps.isEmpty() ? 0.0 : gaps.first().first, 0, 'f', 1)
                .arg(over)
                .arg(gaps.size())
                .arg(top.join(u','))
                .arg(origin));
    }
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 origin = 0;
    QList<QPair<double, double>> gaps; // (interval, when) in ms
};

// The session mode's sequence: first load, settle, (refresh on request), exit.
struct Session
{
    Session(int rows, bool refresh)
        : rows(rows)
        , refresh(refresh)
        , shown(0, [this](qint64) { onShown(); })
    {
    }

    void onShown()
    {
        probe.start();
        loadClock.start();
        QObject::connect(&loadCheck, &QTimer::timeout, &loadCheck, [this] {
            QAbstractItemModel *model = fleetModel();
            const bool loaded = model && model->rowCount() >= rows;
            if (!loaded && loadClock.elapsed() < LoadTimeoutMs)
                return;
            loadCheck.stop();
            say(u"LOADED %1 rows in %2 ms, RSS %3 kB before the cache is saved"_s
                    .arg(model ? model->rowCount() : -1)
                    .arg(loadClock.elapsed())
                    .arg(residentKb()));
            QTimer::singleShot(SettleMs, &loadCheck, [this] { onSettled(); });
        });
        loadCheck.start(20);
    }

    void onSettled()
    {
        probe.report(u"first-load"_s);
        say(u"RSS %1"_s.arg(residentKb()));
        if (!refresh)
            finish();
        say(u"READY"_s);
        input = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(input.get(), &QSocketNotifier::activated, input.get(), [this] {
            char buffer[64] = {};
            if (!std::fgets(buffer, sizeof buffer, stdin) || qstrncmp(buffer, "refresh", 7) != 0)
                finish();
            input->setEnabled(false);
            QMainWindow *window = mainWindow();
            auto *action = window ? window->findChild<QAction *>(u"refreshAction"_s) : nullptr;
            if (!action)
                finish();
            probe.start();
            action->trigger(); // as the user would: toolbar Refresh
            QTimer::singleShot(RefreshWindowMs, input.get(), [this] {
                probe.report(u"refresh"_s);
                say(u"RSS %1"_s.arg(residentKb()));
                finish();
            });
        });
    }

    // Leaves without the app's teardown (it would save the cache again).
    [[noreturn]] static void finish() { ::_exit(0); }

    int rows;
    bool refresh;
    ShownProbe shown;
    StallProbe probe;
    QTimer loadCheck;
    QElapsedTimer loadClock;
    std::unique_ptr<QSocketNotifier> input;
};

void installProbe()
{
    const QByteArray mode = qgetenv("GPUFLEET_PROBE");
    const int rows = qEnvironmentVariableIntValue("GPUFLEET_PROBE_ROWS");
    if (mode == "startup") {
        new ShownProbe(rows, [](qint64 ns) {
            say(u"SHOWN %1"_s.arg(ns));
            say(u"RSS %1"_s.arg(residentKb()));
            ::_exit(0);
        });
    } else if (mode == "session") {
        new Session(rows, qgetenv("GPUFLEET_PROBE_REFRESH") != "0");
    }
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

int main(int argc, char *argv[])
{
    return runGui(argc, argv);
}

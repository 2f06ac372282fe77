#!/bin/sh
# Runs the performance benchmarks of issue #8 and prints every figure beside its target:
#
#     tests/bench/run-benchmarks.sh [build-dir]        (default build dir: build-bench)
#
# Configures the build dir as Release when it has no CMakeCache.txt, builds the benchmark
# programs, then runs them one after the other (never in parallel: they time each other):
#   1   bench_refreshfanout             18 accounts on 3 hosts vs one account; 50 accounts on one host
#   2   bench_instancetablemodel        merge of 10,000 rows with 1 % changed, and its signals
#   3   bench_instancefilterproxymodel  sort 10,000 rows by price / uptime, one search keystroke
#   4a  bench_listparsing               list-page parse times (why parsing runs off the GUI thread)
#   4b  bench_mainwindow                the real MainWindow fed 10 x 1,000 rows (offscreen)
#   4c  bench_instancecache, bench_usagehistory   the files saved and loaded beside the window
#   4d  bench_fleetconsumers            what the GUI thread does with one account's refreshed list
#   4-6 bench_window                    the real app (app_probe) under Xvfb with a throw-away keyring:
#                                       event-loop stalls while 10,000 instances load and refresh,
#                                       resident memory, startup vs bare_window (10,000 and 200
#                                       cached instances)
#   7   bench_polling                   requests per steady account per minute; transition latency
# Lines starting with RESULT carry a figure, its target and PASS / FAIL (INFO: no target).
# GPUFLEET_BENCH_RUNS=N sets the repetitions (medians of N runs; default 5, startup N + 2).
# Needs: cmake, ninja, xvfb-run, dbus-run-session, gnome-keyring-daemon (as tests/run-all.sh).
# Takes about 12 minutes on 2 cores; run it on an otherwise idle machine (the load is printed).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${1:-build-bench}
MEDIAN=${GPUFLEET_BENCH_RUNS:-5}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" --target bench_refreshfanout bench_instancetablemodel bench_instancefilterproxymodel \
    bench_listparsing bench_mainwindow bench_instancecache bench_usagehistory bench_fleetconsumers bench_polling \
    bench_window \
    bench_simserver app_probe bare_window >/dev/null
BIN="$BUILD/tests"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" LC_ALL=C.UTF-8

# QBENCHMARK output -> "RESULT <test>:<row>: <value> ms (target <= <limit> ms) PASS|FAIL"; tests
# whose name does not match <pattern> (an awk regex) are printed as INFO.
qbench()
{
    limit=$1
    pattern=$2
    shift 2
    "$@" -median "$MEDIAN" 2>&1 | awk -v limit="$limit" -v pattern="$pattern" '
        /^RESULT : / { name = $0; sub(/^RESULT : [^:]*::/, "", name); sub(/:$/, "", name);
                       gsub(/\(\)/, "", name); gsub(/"/, "", name); next }
        name != "" && /msecs per iteration/ {
            judged = limit != "-" && name ~ pattern
            verdict = judged ? (($1 + 0 <= limit + 0) ? "PASS" : "FAIL") : "INFO"
            target = judged ? "<= " limit " ms" : "none"
            printf "RESULT %s: %s ms (target %s) %s\n", name, $1, target, verdict
            name = ""
            next
        }
        /dataChanged/ { sub(/^.*gpufleet\.bench: /, ""); sub(/^INFO *: */, ""); print "  signals: " $0 }
        /^FAIL!/ { print }'
}

echo "== machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "== 1. refresh fan-out (200 ms per answer; about 3 minutes)"
"$BIN/bench_refreshfanout" -n "$MEDIAN"

echo "== 2. merge a refresh of 10,000 rows into the table model (initial loads: no target)"
qbench 5 '^merge' "$BIN/bench_instancetablemodel"

echo "== 3. sort and filter 10,000 rows"
qbench 30 . "$BIN/bench_instancefilterproxymodel"

echo "== 4a. list-page parsing (runs on a worker thread; figures show what the GUI thread is spared)"
qbench - . "$BIN/bench_listparsing"

echo "== 4b. the real MainWindow fed 10 accounts x 1,000 instances (one account's update at a time)"
"$BIN/bench_mainwindow" -n "$MEDIAN"

echo "== 4c. files beside the window: fleet cache and usage history of 10,000 instances"
qbench - . "$BIN/bench_instancecache"
qbench - . "$BIN/bench_usagehistory"

echo "== 4d. one account's refresh (1,000 of 10,000 instances, 1 % changed) in each consumer on the GUI thread"
qbench - . "$BIN/bench_fleetconsumers"

echo "== 4-6. the real window: stalls, memory, startup (about 3 minutes)"
dbus-run-session -- sh tests/with-keyring.sh \
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$BIN/bench_window" -n "$((MEDIAN + 2))"

echo "== 7. polling cost (about 1.5 minutes)"
"$BIN/bench_polling"
echo "== machine after: $(uptime | sed 's/.*load/load/')"

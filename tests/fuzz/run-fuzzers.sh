#!/bin/sh
# Runs every libFuzzer harness for a bounded time and prints executions per harness.
#   tests/fuzz/run-fuzzers.sh <fuzz build dir> [seconds each, default 60]
# The build dir is configured with CC=clang-14 CXX=clang++-14 -DGPUFLEET_FUZZ=ON and built with
# `cmake --build <dir> --target fuzzers`. Seeds come from tests/data and tests/fuzz/seeds; what a
# run learns stays in <dir>/fuzz-corpus, and a crash is saved to <dir>/fuzz-artifacts. A crash
# fails the script: add the input to tests/fuzz/regressions/<harness>/ (replayed by
# tst_fuzzregressions) and fix the code.
set -u
if [ $# -lt 1 ]; then
    echo "usage: $0 <fuzz build dir> [seconds each]" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
SECONDS_EACH=${2:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FUZZ="$ROOT/tests/fuzz"
DATA="$ROOT/tests/data"
BIN="$BUILD/tests/fuzz"
# Leaks count as failures; Qt's own one-time allocations are suppressed like in the ASan suite.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_LOGGING_RULES="*=false"

# harness | max input length | dictionary | seed directories
HARNESSES="fal|8192|json|$DATA/fal
novita|8192|json|$DATA/novita
nebulablock|8192|json|$DATA/nebulablock
nebulablockcatalogue|8192|json|$DATA/nebulablock
sshkey|4096|none|$FUZZ/seeds/sshkey
sshcommand|512|none|$FUZZ/seeds/sshcommand
redaction|4096|json|$DATA/fal $DATA/novita $DATA/nebulablock"

mkdir -p "$BUILD/fuzz-corpus" "$BUILD/fuzz-artifacts" "$BUILD/fuzz-logs"
failed=0
total=0
summary=""
IFS_SAVE=$IFS
while IFS='|' read -r name maxlen dict seeds; do
    exe="$BIN/fuzz_$name"
    if [ ! -x "$exe" ]; then
        echo "missing $exe (build the 'fuzzers' target)" >&2
        failed=1
        continue
    fi
    corpus="$BUILD/fuzz-corpus/$name"
    mkdir -p "$corpus"
    dictArg=""
    [ "$dict" = json ] && dictArg="-dict=$FUZZ/json.dict"
    regressions=""
    [ -d "$FUZZ/regressions/$name" ] && regressions="$FUZZ/regressions/$name"
    log="$BUILD/fuzz-logs/$name.log"
    echo "== fuzz_$name (${SECONDS_EACH} s, max_len $maxlen)"
    IFS=$IFS_SAVE
    # shellcheck disable=SC2086
    "$exe" -max_total_time="$SECONDS_EACH" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-artifacts/$name-" $dictArg \
        "$corpus" $seeds $regressions </dev/null >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    units=$(find "$corpus" -type f | wc -l)
    result=ok
    if [ $status -ne 0 ]; then
        result="CRASH (exit $status, see $log)"
        failed=1
        grep -E "ERROR: |SUMMARY: |fuzz contract broken|Test unit written" "$log" | head -n 8
    fi
    total=$((total + ${runs:-0}))
    summary="$summary$(printf '%-26s %6s s %12s execs %8s/s %6s corpus  %s' "fuzz_$name" "$SECONDS_EACH" \
        "${runs:-?}" "${rate:-?}" "$units" "$result")
"
done <<EOF
$HARNESSES
EOF

echo "== fuzz summary"
printf '%s' "$summary"
echo "total executions: $total"
exit $failed

#!/bin/sh
# The whole test command (README, second command; .ci/run calls it): configure, build with
# warnings as errors, check formatting, then run every ctest inside a private D-Bus session with a
# throw-away unlocked gnome-keyring and an Xvfb display. Nothing here touches the caller's own
# keyring, config or display. Then the reliability stages (docs/RELIABILITY.md): the whole suite
# again under ASan/LSan/UBSan (tests/run-sanitized.sh) and every libFuzzer harness for a bounded
# time (tests/fuzz/run-fuzzers.sh). Each stage prints how long it took.
#   GPUFLEET_SANITIZERS=0, GPUFLEET_FUZZ=0           leave a stage out (for a quick local run)
#   GPUFLEET_FUZZ_SECONDS=N                          seconds per fuzz harness (default 20)
set -eu
cd "$(dirname "$0")/.."
BUILD=${GPUFLEET_BUILD_DIR:-build}
FUZZ_BUILD=${GPUFLEET_FUZZ_BUILD_DIR:-build-fuzz}
JOBS=$(nproc)
began=$(date +%s)
stages=""
stage_start=$began
finish_stage()
{
    now=$(date +%s)
    stages="$stages$(printf '  %-28s %5d s' "$1" $((now - stage_start)))
"
    stage_start=$now
}

echo "== clang-format"
# shellcheck disable=SC2046
clang-format --dry-run --Werror $(git ls-files '*.h' '*.cpp')
finish_stage "clang-format"

echo "== configure ($BUILD)"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGPUFLEET_WERROR=ON \
    -DCMAKE_CXX_FLAGS="-DQT_FORCE_ASSERTS" >/dev/null
echo "== build"
start=$(date +%s)
cmake --build "$BUILD" -j"$JOBS"
echo "build took $(( $(date +%s) - start )) s"
finish_stage "configure + build"

echo "== tests"
dbus-run-session -- sh tests/with-keyring.sh \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout 300
finish_stage "tests"

if [ "${GPUFLEET_SANITIZERS:-1}" = 1 ]; then
    sh tests/run-sanitized.sh
    finish_stage "ASan/UBSan build + tests"
fi

if [ "${GPUFLEET_FUZZ:-1}" = 1 ]; then
    echo "== fuzz build ($FUZZ_BUILD, clang-14)"
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGPUFLEET_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$FUZZ_BUILD" -j"$JOBS" --target fuzzers
    finish_stage "fuzz build"
    sh tests/fuzz/run-fuzzers.sh "$FUZZ_BUILD" "${GPUFLEET_FUZZ_SECONDS:-20}"
    finish_stage "fuzzing"
fi

echo "== stage times"
printf '%s' "$stages"
echo "  total                        $(( $(date +%s) - began )) s"

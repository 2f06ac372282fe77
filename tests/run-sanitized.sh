#!/bin/sh
# The sanitizer stage: builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DGPUFLEET_SANITIZE=ON) in its own build dir and runs the whole ctest suite once, inside the
# same private D-Bus session, throw-away keyring and Xvfb display as tests/run-all.sh. Any ASan,
# LSan or UBSan report fails the test it happens in (halt_on_error=1).
#   tests/run-sanitized.sh            (GPUFLEET_ASAN_BUILD_DIR, default build-asan)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${GPUFLEET_ASAN_BUILD_DIR:-build-asan}
JOBS=$(nproc)

echo "== configure ($BUILD, ASan + UBSan)"
# -Og -g1 (line tables only) compiles 2.4x faster than -O2 -g with the sanitizers and still gives
# symbolised reports with file:line; the tests are mostly waiting on sockets, not computing.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGPUFLEET_WERROR=ON \
    -DGPUFLEET_SANITIZE=ON -DGPUFLEET_BENCHMARKS=OFF -DCMAKE_CXX_FLAGS="-DQT_FORCE_ASSERTS" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-Og -g1 -DNDEBUG" >/dev/null
echo "== build (sanitized)"
start=$(date +%s)
cmake --build "$BUILD" -j"$JOBS"
echo "sanitized build took $(( $(date +%s) - start )) s"

echo "== tests under ASan/LSan/UBSan"
# (No strict_string_checks: it flags libxkbcommon-x11's strndup() calls in the tray test.)
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
start=$(date +%s)
dbus-run-session -- sh tests/with-keyring.sh \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout 600
echo "sanitized tests took $(( $(date +%s) - start )) s"

#!/usr/bin/env bash
# Quick start, second command: set up, build with tests, and run the whole test suite; CI runs
# it (.ci/run).
#   1. the tests, built with gcc (build/);
#   2. the same tests again with AddressSanitizer, LeakSanitizer and UBSan: any memory error,
#      leak or undefined behaviour fails its test;
#   3. each fuzzer for TACITUS_FUZZ_SECONDS (default 30; scripts/fuzz.sh).
# Stages 2 and 3 share one build, clang's (build-fuzz/: the sanitizers plus libFuzzer's
# coverage); without clang, stage 2 is built with gcc (build-asan/) and stage 3 is skipped.
#   scripts/test.sh --quick   stage 1 only (a developer's loop; CI runs all three)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh --tests
(cd build && ctest --output-on-failure -j"$(nproc)")
[ "${1:-}" = "--quick" ] && exit 0

# Every test but `install` (its consumer program is built without the sanitizers; the Python
# module is not built: the interpreter is not instrumented).
common=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DTACITUS_BUILD_TESTS=ON -DTACITUS_WERROR=ON
        -DTACITUS_BUILD_PYTHON=OFF)
if command -v clang++ >/dev/null; then
  dir=build-fuzz
  cmake -S . -B "$dir" "${common[@]}" -DCMAKE_CXX_COMPILER=clang++ -DTACITUS_BUILD_FUZZERS=ON \
        >/dev/null
else
  echo "test.sh: no clang: the sanitizer build uses gcc and the fuzzers are not run"
  dir=build-asan
  cmake -S . -B "$dir" "${common[@]}" -DTACITUS_SANITIZE=ON >/dev/null
fi
cmake --build "$dir" -j"$(nproc)"
(cd "$dir" &&
   ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
   ctest --output-on-failure -j"$(nproc)" -E '^install$')
[ "$dir" = build-fuzz ] || exit 0
bash scripts/fuzz.sh "${TACITUS_FUZZ_SECONDS:-30}"

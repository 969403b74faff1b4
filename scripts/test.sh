#!/usr/bin/env bash
# Quick start, second command: set up, build with tests, and run the whole test suite.
#   scripts/test.sh              what CI runs (.ci/run)
#   scripts/test.sh --hardened   then the same tests built with AddressSanitizer, LeakSanitizer
#                                and UBSan (build-asan/), and each fuzzer for
#                                TACITUS_FUZZ_SECONDS (default 30) where clang is installed
#                                (scripts/fuzz.sh). Not yet in CI: on a 2-core machine the two
#                                extra builds take about an hour (issue 14).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh --tests
(cd build && ctest --output-on-failure -j"$(nproc)")
[ "${1:-}" = "--hardened" ] || exit 0

# Under the sanitizers every test but `install` (its consumer program is built without them;
# the Python module is not built: the interpreter is not instrumented). A leak fails a
# test as a memory error does.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTACITUS_SANITIZE=ON \
      -DTACITUS_BUILD_TESTS=ON -DTACITUS_WERROR=ON -DTACITUS_BUILD_PYTHON=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
(cd build-asan &&
   ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest --output-on-failure -j"$(nproc)" -E '^install$')

status=0
bash scripts/fuzz.sh "${TACITUS_FUZZ_SECONDS:-30}" || status=$?
if [ "$status" -eq 77 ]; then echo "test.sh: no clang with libFuzzer: fuzzers not run"; status=0; fi
exit "$status"

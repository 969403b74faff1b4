#!/usr/bin/env bash
# Configures and builds tacitus into build/ (tests and benchmarks included when asked).
#   scripts/build.sh            the tacitus binary
#   scripts/build.sh --tests    and the test suite, with compiler warnings as errors (what CI
#                               runs: a change that warns fails there, not later)
set -euo pipefail
cd "$(dirname "$0")/.."
tests=OFF
[ "${1:-}" = "--tests" ] && tests=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTACITUS_BUILD_TESTS="$tests" \
      -DTACITUS_BUILD_BENCHMARKS="$tests" -DTACITUS_WERROR="$tests" >/dev/null
cmake --build build -j"$(nproc)"

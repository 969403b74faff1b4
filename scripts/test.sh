#!/usr/bin/env bash
# Quick start, second command: set up, build with tests, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh --tests
cd build && ctest --output-on-failure -j"$(nproc)"

#!/usr/bin/env bash
# Quick start, first command: set up, build, and run tacitus on the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build/tacitus code --explain examples/putin-xi-beijing.txt

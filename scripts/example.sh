#!/usr/bin/env bash
# Quick start, first command: set up, build, and run tacitus on the bundled example story —
# its events explained, then stored in tacitus.db, listed, and summed up as the RUS-CHN series.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build/tacitus code --explain examples/putin-xi-beijing.txt
echo
# The example's own database, made afresh each run (so a database of an older tacitus
# schema left by an earlier run is no obstacle).
rm -f tacitus.db tacitus.db-wal tacitus.db-shm
build/tacitus ingest --db tacitus.db examples/putin-xi-beijing.txt
build/tacitus query --db tacitus.db --format table
echo
build/tacitus series --db tacitus.db --source RUS --target CHN --by month --both-directions --format table

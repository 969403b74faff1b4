#!/usr/bin/env bash
# Installs, from Debian 12's apt, every package tacitus needs to build, test and run.
# Idempotent: packages already present are left alone and apt is not asked again.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libicu-dev                # Unicode normalisation
  wordnet-base              # lexicon and lemmas, read in place from /usr/share/wordnet
  liblingua-en-tagger-perl  # Penn-Treebank word/tag counts, read in place
  nlohmann-json3-dev        # JSON out, small JSON files in
  libsimdjson-dev           # JSON Lines in, fast
  libpugixml-dev            # PETRARCH XML
  libcli11-dev              # command line
  libsqlite3-dev            # the event store
  # The PostgreSQL store (issue 16): libpqxx (with libpq) to build; the server for its tests,
  # which start their own (initdb, postgres from /usr/lib/postgresql/15/bin) and skip without it.
  libpqxx-dev postgresql-15
  libgeonames-dev           # gazetteer: GeoNames cities (data in libgeonames-common)
  iso-codes                 # ISO 3166 countries and subdivisions, read in place
  libcairo2-dev fonts-dejavu-core  # plots
  libcpp-httplib-dev        # tacitus serve: the web page and JSON API
  chromium python3-websocket  # tests/browser_test.py drives the page in headless chromium
  slurm-wlm                 # tests/slurm_test.py runs a real job array on loopback (auth/none)
  libgtest-dev libgmock-dev # tests
  libbenchmark-dev          # benchmarks
  pybind11-dev python3-dev  # the Python module (python/)
  python3-pandas            # Store.to_pandas, in the Python tests
  clang-format              # the format test (tests/format_test.sh) checks every source with it
  clang libclang-rt-dev     # the fuzzers (scripts/fuzz.sh): clang and its libFuzzer runtime
  python3 python3-pandas    # tests/event_formats_test.py loads the event formats as an analyst would
  # tacitus enqueue and worker (Redis Streams): the client library, and the server that
  # tests/worker_test.py starts (skipped without it)
  libhiredis-dev redis-server
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: missing packages: ${missing[*]}; run as root (apt-get install)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

#!/usr/bin/env bash
# Measures the figures the README quotes, on this machine, with a Release build in build/.
#   bash scripts/figures.sh            (after scripts/build.sh --tests)
# Peer data is read from ../shared/peer; the figures that need it are skipped without it.
# Machines are shared and noisy: run it when the machine is quiet, and compare ratios.
set -uo pipefail
cd "$(dirname "$0")/.."
t=build/tacitus
shared=../shared/peer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "## dictionaries"
$t dict check

echo; echo "## analysis and stages, one core (Google Benchmark, median of 5)"
build/bench/pipeline_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only \
  2>/dev/null | grep -E '_median'

echo; echo "## part-of-speech agreement with CoreNLP's tags"
build/tests/tag_agreement | tail -1

python3 scripts/make-bench-corpus.py >/dev/null
echo; echo "## whole runs, our dictionaries: GigaWord sample texts repeated, then the 100 MB corpus"
$t bench bench/corpus/gigaword.jsonl
$t bench bench/corpus/mixed.jsonl

if [ -d "$shared" ]; then
  echo; echo "## whole runs, PETRARCH-2's production dictionaries (Phoenix)"
  $t bench --petrarch-config "$shared/petrarch2/PETR_config.ini" bench/corpus/gigaword.jsonl

  echo; echo "## PETRARCH validation suites (raw text, then --use-parse)"
  for suite in petrarch1-validation petrarch2; do
    (cd "$shared/$suite" && "$OLDPWD/$t" validate -q PETR.UnitTest.records.xml | tail -1 &&
     "$OLDPWD/$t" validate -q --use-parse PETR.UnitTest.records.xml | tail -1)
  done

  echo; echo "## agreement with PETRARCH-2's 68 GigaWord events"
  for options in "--dict data" "--dict data --use-parse" \
                 "--petrarch-config $shared/petrarch2/PETR_config.ini" \
                 "--petrarch-config $shared/petrarch2/PETR_config.ini --use-parse"; do
    echo "# $options"
    # shellcheck disable=SC2086
    python3 scripts/compare-with-petrarch2.py --tacitus "$t" -- $options | sed -n 2,6p
  done

  echo; echo "## dates and places: events, dated other than the story date, placed"
  for input in examples/putin-xi-beijing.txt "$shared/petrarch2/GigaWord.sample.PETR.xml"; do
    $t code "$input" 2>/dev/null | python3 -c '
import json, sys
events = [json.loads(line) for line in sys.stdin]
print(sys.argv[1], len(events), "events,",
      sum(e["date"] != e["story_date"] for e in events), "dated otherwise,",
      sum(e["place"] is not None for e in events), "placed")' "$(basename "$input")"
  done

  echo; echo "## ingest: GigaWord sample repeated to 10,050 stories"
  python3 scripts/make-ingest-corpus.py "$shared/petrarch2/GigaWord.sample.PETR.xml" --copies 150 \
    >"$work/giga.jsonl"
  /usr/bin/time -f "ingest: %e s wall, %M KB peak" $t ingest --db "$work/giga.db" "$work/giga.jsonl"
  $t query --db "$work/giga.db" --format tsv >/dev/null  # a reader checkpoints the WAL
  $t query --db "$work/giga.db" --format tsv | wc -l | sed 's/^/events + header: /'
  ls -l "$work/giga.db" | awk '{print "database bytes:", $5}'
  for _ in 1 2 3 4 5 6 7 8 9; do
    start=$(date +%s%N)
    $t series --db "$work/giga.db" --source USA --target IRN --by month --both-directions \
      --format csv >/dev/null
    echo $((($(date +%s%N) - start) / 1000000))
  done | sort -n | sed -n 5p | sed 's/^/dyad series, whole command, median of 9 (ms): /'
fi

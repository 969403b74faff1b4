#!/bin/sh
# `dict convert --from tabari` round trip: converts TABARI's production project (peer data,
# read in place) into a data directory in our format, codes TABARI's GigaWord sample once with
# --tabari-project and once with the converted directory, and requires the same events (story,
# date, source, target, code), every one. Skips (77) when the peer data is absent.
# Usage: tabari_convert_test.sh TACITUS SHARED_DIR DATA_DIR
tacitus=$1
peer=$2/peer/tabari
data=$3
if [ ! -f "$peer/TABARI.production.project" ] || [ ! -f "$peer/tabari-gigaword-input.txt" ]; then
  echo "skipped: $peer is absent"
  exit 77
fi
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
"$tacitus" dict convert -q --dict "$data" --from tabari "$peer/TABARI.production.project" \
  --out "$work/converted" > "$work/summary" 2>/dev/null || { echo "dict convert failed"; exit 1; }
cat "$work/summary"
# Columns of the TSV: story date ... source(6) target(7) code(8).
"$tacitus" code -q --dict "$data" --tabari-project "$peer/TABARI.production.project" \
  --format tsv "$peer/tabari-gigaword-input.txt" 2>/dev/null |
  awk -F '\t' 'NR > 1 { print $1 "\t" $2 "\t" $6 "\t" $7 "\t" $8 }' | sort > "$work/project" ||
  exit 1
"$tacitus" code -q --dict "$work/converted" --format tsv "$peer/tabari-gigaword-input.txt" \
  2>/dev/null |
  awk -F '\t' 'NR > 1 { print $1 "\t" $2 "\t" $6 "\t" $7 "\t" $8 }' | sort > "$work/converted.events" ||
  exit 1
total=$(wc -l < "$work/project")
same=$(comm -12 "$work/project" "$work/converted.events" | wc -l)
echo "events with --tabari-project $total, with the converted directory $(wc -l < "$work/converted.events"), the same $same"
if [ "$total" -lt 40 ]; then
  echo "expected at least 40 events from --tabari-project"
  exit 1
fi
if ! diff "$work/project" "$work/converted.events"; then
  echo "the converted directory codes differently (< --tabari-project, > converted)"
  exit 1
fi

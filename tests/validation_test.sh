#!/bin/sh
# Runs the PETRARCH-1 validation suite (peer data, read in place) from raw text, and from each
# record's <Parse> tree, and fails if fewer records pass than the floors kept in
# tests/validation_floor.txt and tests/validation_parse_floor.txt (beside it), which only go up.
# Usage: validation_test.sh TACITUS SHARED_DIR FLOOR_FILE
tacitus=$1
records=$2/peer/petrarch1-validation/PETR.UnitTest.records.xml
floor=$3
parse_floor=$(dirname "$floor")/validation_parse_floor.txt
if [ ! -f "$records" ]; then
  echo "skipped: $records is absent"
  exit 77
fi
"$tacitus" validate --quiet --floor "$floor" "$records" &&
  "$tacitus" validate --quiet --use-parse --floor "$parse_floor" "$records"

#!/bin/sh
# Runs the PETRARCH-1 validation suite (peer data, read in place) from raw text and fails if
# fewer records pass than the floor kept in tests/validation_floor.txt, which only goes up.
# Usage: validation_test.sh TACITUS SHARED_DIR FLOOR_FILE
tacitus=$1
records=$2/peer/petrarch1-validation/PETR.UnitTest.records.xml
floor=$3
if [ ! -f "$records" ]; then
  echo "skipped: $records is absent"
  exit 77
fi
"$tacitus" validate --quiet --floor "$floor" "$records"

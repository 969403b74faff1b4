#!/bin/sh
# Runs the PETRARCH-1 validation suite (peer data, read in place) from raw text, and from each
# record's <Parse> tree, and fails if fewer records pass than the floors kept in
# tests/validation_floor.txt and tests/validation_parse_floor.txt (beside it), which only go up.
# Then codes PETRARCH-2's GigaWord sample with PETRARCH-2's production dictionaries and checks
# that their events carry CAMEO's scores from our tables.
# Usage: validation_test.sh TACITUS SHARED_DIR FLOOR_FILE
tacitus=$1
records=$2/peer/petrarch1-validation/PETR.UnitTest.records.xml
config=$2/peer/petrarch2/PETR_config.ini
floor=$3
parse_floor=$(dirname "$floor")/validation_parse_floor.txt
if [ ! -f "$records" ]; then
  echo "skipped: $records is absent"
  exit 77
fi
"$tacitus" validate --quiet --floor "$floor" "$records" &&
  "$tacitus" validate --quiet --use-parse --floor "$parse_floor" "$records" || exit 1

if [ -f "$config" ]; then
  events=$("$tacitus" code --petrarch-config "$config" --input-format petrarch \
    "$2/peer/petrarch2/GigaWord.sample.PETR.xml" 2>/dev/null)
  count=$(printf '%s\n' "$events" | grep -c '"code"')
  scored=$(printf '%s\n' "$events" | grep -c '"root":"[0-9][0-9]","quad_class":[1-4]')
  echo "Phoenix dictionaries: $count events on the GigaWord sample, $scored with root and quad class"
  [ "$count" -gt 20 ] && [ "$scored" -eq "$count" ] || exit 1
fi

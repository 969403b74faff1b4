#!/bin/sh
# A PETRARCH-format validation suite whose <Environment> names TABARI-syntax dictionaries
# written for this test (tests/tabari_validation/: verbs with <TIME> shifts and [###] discards,
# actors, an options file with SET: MINIMUM WORDS), scored by `tacitus validate`: the syntax is
# detected from the verb file, every record passes (events, discards, the minimum length, the
# eventdate after the <TIME> shifts); read as PETRARCH's syntax they do not; a wrong eventdate
# fails its record and is counted.
# Usage: tabari_validation_test.sh TACITUS SUITE_DIR
tacitus=$1
suite=$2
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
failures=0
check() {
  name=$1
  shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

"$tacitus" validate "$suite/records.xml" >"$work/out" 2>"$work/err"
check "validate exits 0" test $? -eq 0
check "every record passes" grep -qx '7 passed, 0 failed, 0 skipped' "$work/out"
check "the dated records are counted" \
  grep -qx 'eventdate: 0 of 3 dated records coded with another date (failed)' "$work/out"
check "the options file's LABEL is reported, not dropped" \
  grep -q 'tabari.options:3: warning: LABEL: 1 line read' "$work/err"

"$tacitus" validate --dictionary-syntax tabari -q "$suite/records.xml" >"$work/out" 2>"$work/err"
check "--dictionary-syntax tabari reads them alike" grep -qx '7 passed, 0 failed, 0 skipped' "$work/out"

"$tacitus" validate --dictionary-syntax petrarch1 -q "$suite/records.xml" >"$work/out" 2>"$work/err"
check "read as PETRARCH's syntax, records fail" bash -c "! grep -q ', 0 failed' '$work/out'"
check "read as PETRARCH's syntax, lines are refused" grep -q 'dictionary lines\? skipped' "$work/err"

cp "$suite"/tabari.* "$work/"
sed 's/eventdate="20230109"/eventdate="20230110"/' "$suite/records.xml" >"$work/records.xml"
"$tacitus" validate "$work/records.xml" >"$work/out" 2>"$work/err"
check "a wrong eventdate fails its record" grep -qx '6 passed, 1 failed, 0 skipped' "$work/out"
check "the failure names both dates" \
  grep -qx 'FAIL T-1: expected ARN GON 040 dated 2023-01-10; got ARN GON 040 dated 2023-01-09' \
  "$work/out"
check "the mismatch is counted" \
  grep -qx 'eventdate: 1 of 3 dated records coded with another date (failed)' "$work/out"

sed 's/eventdate="20230109"/eventdate="2023-01-09"/' "$suite/records.xml" >"$work/records.xml"
"$tacitus" validate "$work/records.xml" >"$work/out" 2>"$work/err"
check "an eventdate that is no date exits 2" test $? -eq 2
check "it is named by file:line and record" \
  grep -q 'records.xml:11: record T-1: eventdate .2023-01-09. is not a date' "$work/err"

test "$failures" -eq 0

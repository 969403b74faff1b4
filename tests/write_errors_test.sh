#!/usr/bin/env bash
# No silent failure on output: every subcommand whose output cannot be written (stdout on
# /dev/full, an output file on /dev/full or in a missing folder) says
# "tacitus: cannot write output: REASON" and exits 1, in every output format.
#   tests/write_errors_test.sh path/to/tacitus path/to/source [path/to/shared]
set -u
tacitus=$1
source=$2
shared=${3:-}
data=$source/data
story=$source/examples/putin-xi-beijing.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
full_disk='tacitus: cannot write output: No space left on device'

if [ ! -w /dev/full ]; then
  echo "skipped: no /dev/full"
  exit 77
fi

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $name"; fi
}

# fails_on_full NAME ARGS...: tacitus ARGS with stdout on /dev/full exits 1 with the message
# as its last line of stderr (what the command reported before it stays).
fails_on_full() {
  local name=$1; shift
  "$tacitus" "$@" >/dev/full 2>"$work/err"
  local status=$?
  check "$name: exit 1 on a full stdout (got $status)" test "$status" -eq 1
  check "$name: says it cannot write" test "$(tail -n 1 "$work/err")" = "$full_disk"
}

# The same commands succeed when their output can be written: the failure above is the write's.
"$tacitus" code --dict "$data" "$story" >"$work/events" 2>"$work/err"
check "code to a file exits 0" test $? -eq 0
check "code to a file writes events" test -s "$work/events"

fails_on_full "parse" parse "$story"
fails_on_full "parse --json" parse --json "$story"
for format in jsonl csv tsv; do
  fails_on_full "code --format $format" code --dict "$data" --format "$format" "$story"
done
fails_on_full "code --explain" code --dict "$data" --explain "$story"
fails_on_full "code --why-not" code --dict "$data" --why-not "$story"
fails_on_full "dict check" dict check --dict "$data"
fails_on_full "dict lookup" dict lookup --dict "$data" "Vladimir Putin"
fails_on_full "codes" codes --dict "$data" 04
fails_on_full "actors --unknown" actors --unknown --dict "$data" "$story"
fails_on_full "bench" bench --dict "$data" --threads 1 "$story"
printf '%s\n' '{"article":"putin-xi-beijing","source":"WST","target":"CHN","code":"111"}' \
  >"$work/gold.jsonl"
fails_on_full "eval" eval --dict "$data" --gold "$work/gold.jsonl" "$story"
fails_on_full "--help" --help

# A story set big enough that code's output passes its 64 KB buffer while stories are still
# read: the failure stops the run and is still reported once.
mkdir -p "$work/many"
for i in $(seq 1 60); do cp "$story" "$work/many/story$i.txt"; done
fails_on_full "code of 60 stories" code --dict "$data" --threads 2 "$work/many"
check "code of 60 stories: one message" test "$(grep -c 'cannot write' "$work/err")" -eq 1

# A story file with a bad story: the exit status is still 1, the bad story still reported.
printf '%s\n' '{"id":"a","date":"2023-01-02","text":"Xi met Putin."}' 'not json' >"$work/bad.jsonl"
fails_on_full "code with a bad story" code --dict "$data" "$work/bad.jsonl"
check "code with a bad story: the story is reported" grep -q 'bad.jsonl:2: ' "$work/err"

# The store's commands. ingest writes nothing on stdout (its report goes to a terminal's
# stderr), so a full stdout is no failure of it.
"$tacitus" ingest --dict "$data" --db "$work/store.db" "$story" >/dev/full 2>"$work/err"
check "ingest with a full stdout exits 0" test $? -eq 0
for format in table csv tsv jsonl; do
  fails_on_full "query --format $format" query --db "$work/store.db" --format "$format"
done
for format in table csv json; do
  fails_on_full "series --format $format" series --db "$work/store.db" --format "$format"
  fails_on_full "top --format $format" top --db "$work/store.db" --by code --format "$format"
done
for format in gdelt plover; do
  fails_on_full "export --format $format" export --dict "$data" --db "$work/store.db" \
    --format "$format"
done

# Output files: plot's chart and recode's --diff-out, on a full device and in a missing folder.
for extension in png svg; do
  ln -s /dev/full "$work/full.$extension"
  "$tacitus" plot --db "$work/store.db" -o "$work/full.$extension" 2>"$work/err"
  check "plot to a full .$extension exits 1" test $? -eq 1
  check "plot to a full .$extension says it cannot write" \
    grep -qx "tacitus: cannot write output: $work/full.$extension: No space left on device" \
    "$work/err"
done
"$tacitus" plot --db "$work/store.db" -o "$work/missing/chart.png" 2>"$work/err"
check "plot into a missing folder exits 1" test $? -eq 1
check "plot into a missing folder says why" \
  grep -qx "tacitus: cannot write output: $work/missing/chart.png: No such file or directory" \
  "$work/err"
"$tacitus" plot --db "$work/store.db" -o "$work/chart.png" 2>"$work/err"
check "plot to a writable file exits 0" test $? -eq 0

# recode has events to write when other dictionaries code the store: without "criticize",
# the Western criticism of China is lost.
cp -r "$data" "$work/data2"
sed -i '/^verb 111 criticize /d' "$work/data2/verbs/11-disapprove.txt"
ln -s /dev/full "$work/full.jsonl"
"$tacitus" recode --dict "$work/data2" --db "$work/store.db" --diff-out "$work/full.jsonl" \
  >/dev/null 2>"$work/err"
check "recode --diff-out to a full device exits 1" test $? -eq 1
check "recode --diff-out to a full device says it cannot write" \
  grep -qx "tacitus: cannot write output: $work/full.jsonl: No space left on device" "$work/err"
"$tacitus" recode --dict "$data" --db "$work/store.db" >/dev/full 2>"$work/err"
check "recode with a full stdout exits 1" test $? -eq 1
check "recode with a full stdout says it cannot write" \
  test "$(tail -n 1 "$work/err")" = "$full_disk"

# validate: the PETRARCH-1 validation records (peer data, where present).
records=$shared/peer/petrarch1-validation/PETR.UnitTest.records.xml
if [ -f "$records" ]; then
  fails_on_full "validate" validate --quiet "$records"
fi

echo "$passes passed, $failures failed"
test "$failures" -eq 0

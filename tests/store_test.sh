#!/usr/bin/env bash
# Whole-program tests of the event store: ingest, idempotence, kill -9 during an ingest,
# query filters and formats, series, plot, export, story id conflicts, recode (and kill -9
# during a recode).
#   tests/store_test.sh path/to/tacitus path/to/repo
set -u
tacitus=$1
repo=$2
export TACITUS_DATA=$repo/data
example=$repo/examples/putin-xi-beijing.txt
work=$(mktemp -d)
trap 'kill -9 $ingest_pid 2>/dev/null; rm -rf "$work"' EXIT
ingest_pid=
failures=0
passes=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $name"; fi
}

# Runs a command that must succeed; one that exits otherwise is a failure, reported on the
# test's own output (fd 3), whatever the command's output is redirected to. A command expected
# to fail is followed by a check of its $? instead.
exec 3>&1
ok() {  # ok COMMAND...
  "$@"
  local status=$?
  if [ "$status" -ne 0 ]; then failures=$((failures + 1)); echo "FAIL: exit $status: $*" >&3; fi
  return "$status"
}

# Events and mentions, one line each, in a fixed order: what two ingests must agree on.
dump() {  # dump DB
  ok "$tacitus" export --db "$1" --format gdelt
  if command -v sqlite3 >/dev/null; then
    ok sqlite3 "$1" "SELECT s.story_id, s.content_hash, m.ordinal, m.event, m.sentence,
                         m.verb_begin, m.verb_end, m.pattern, m.dict_version
                  FROM mentions m JOIN stories s ON s.id = m.story ORDER BY 1, 3"
  fi
}

# The example: ingest, then the same again adds nothing.
"$tacitus" ingest --db "$work/one.db" "$example" >"$work/out" 2>"$work/err"
check "ingest exits 0" test $? -eq 0
check "ingest is quiet when stderr is not a terminal" test ! -s "$work/err"
ok "$tacitus" query --db "$work/one.db" --format tsv >"$work/events1"
check "the example gives events" test "$(wc -l <"$work/events1")" -gt 5
dump "$work/one.db" >"$work/dump1"
ok "$tacitus" ingest --db "$work/one.db" "$example" 2>"$work/err"
dump "$work/one.db" >"$work/dump2"
check "re-ingesting adds nothing" cmp -s "$work/dump1" "$work/dump2"

# Query: a table header, filters, formats.
check "query tsv has a header" grep -q $'^date\tdate_precision\tsource\ttarget\tcode' "$work/events1"
ok "$tacitus" query --db "$work/one.db" --source RUS --target CHN --format csv >"$work/out"
check "RUS prefix matches RUSGOV" grep -q '^2023-11-07,day,RUSGOV,CHNGOV,' "$work/out"
check "only RUS sources" bash -c "tail -n +2 '$work/out' | cut -d, -f3 | grep -qv '^RUS' && exit 1 || exit 0"
check "query csv has lat and lon" grep -q '^2023-11-07,day,RUSGOV,CHNGOV,040,04,1,1.0,CONSULT,Beijing,CHN,Beijing Municipality,39.9075,116.39723,' "$work/out"
ok "$tacitus" query --db "$work/one.db" --text '"arrest warrant"' --code 17 --format jsonl >"$work/out"
check "full-text and code filters find the warrant" grep -q '"code":"173"' "$work/out"
check "jsonl is one event" test "$(wc -l <"$work/out")" -eq 1
check "jsonl has the csv's names" grep -q '"date":"2023","date_precision":"year","source":"IGOICC"' "$work/out"
ok "$tacitus" query --db "$work/one.db" --from 2023-11-08 --to 2023-11-08 --quad-class 3 --format tsv >"$work/out"
check "date and quad-class filters" bash -c "tail -n +2 '$work/out' | grep -q $'\tWST\tCHN\t111\t'"
ok "$tacitus" query --db "$work/one.db" --source "RUS'OR'1'='1" --format tsv >"$work/out"
check "a quote in a filter is a value, not SQL" test "$(wc -l <"$work/out")" -eq 1
ok "$tacitus" query --db "$work/one.db" --story-text '"arrest warrant"' --format jsonl >"$work/out"
check "--story-text finds every event of the story" test "$(wc -l <"$work/out")" -gt 1

# Comma lists, both directions, partial dates, actor names.
ok "$tacitus" query --db "$work/one.db" --source CHN,IGO --target RUSGOV --format csv >"$work/out"
check "a comma list matches its first item" grep -q '^2023-11-07,day,CHNGOV,RUSGOV,040' "$work/out"
check "a comma list matches its second item" grep -q '^2023,year,IGOICC,RUSGOV,173' "$work/out"
ok "$tacitus" query --db "$work/one.db" --source CHN --target RUSGOV --both-directions --format csv >"$work/out"
check "--both-directions matches the reverse dyad" grep -q '^2023-11-07,day,RUSGOV,CHNGOV,040' "$work/out"
check "--both-directions keeps the dyad" bash -c "! tail -n +2 '$work/out' | grep -qv -e ',CHN[A-Z]*,RUS' -e ',RUS[A-Z]*,CHN'"
ok "$tacitus" query --db "$work/one.db" --from 2023 --to 2023 --code 173 --format csv >"$work/out"
check "--from/--to 2023 hold the year's events" grep -q '^2023,year,IGOICC' "$work/out"
ok "$tacitus" query --db "$work/one.db" --from 2023-11 --to 2023-11 --format csv >"$work/out"
check "--to 2023-11 reaches the month's last day" grep -q '^2023-11-08,' "$work/out"
ok "$tacitus" query --db "$work/one.db" --from 2023-12 --format csv >"$work/out"
check "--from 2023-12 starts after the events" test "$(wc -l <"$work/out")" -eq 1
"$tacitus" query --db "$work/one.db" --from 2023-13 >/dev/null 2>"$work/err"
check "a month 13 exits 1" test $? -eq 1
"$tacitus" query --db "$work/one.db" --source China --target RUSGOV --format csv >"$work/out" 2>"$work/err"
check "an actor name exits 0" test $? -eq 0
check "an actor name is read as its code, on stderr" grep -q 'actor "China" read as CHN' "$work/err"
check "an actor name filters as its code" grep -q '^2023-11-07,day,CHNGOV,RUSGOV,040' "$work/out"
"$tacitus" query --db "$work/one.db" --target Chinna >/dev/null 2>"$work/err"
check "an unknown actor name exits 1" test $? -eq 1
check "an unknown actor name gets the nearest codes" grep -q 'nearest: CHN (China)' "$work/err"

# Top: counts grouped, largest first.
ok "$tacitus" top --db "$work/one.db" --by actor -n 3 --format csv >"$work/out"
check "top has a header" test "$(head -1 "$work/out")" = "actor,events,mentions"
check "top -n 3 gives three rows" test "$(wc -l <"$work/out")" -eq 4
check "top is largest first" bash -c "tail -n +2 '$work/out' | cut -d, -f2 | sort -c -n -r"
ok "$tacitus" query --db "$work/one.db" --actor RUSGOV --format tsv >"$work/events_rusgov"
ok "$tacitus" top --db "$work/one.db" --by actor -n 0 --format csv >"$work/out"
check "top counts an actor's events as query finds them" \
  grep -q "^RUSGOV,$(($(wc -l <"$work/events_rusgov") - 1))," "$work/out"
ok "$tacitus" top --db "$work/one.db" --by dyad --root 04 --format json >"$work/out"
check "top --format json names the key" grep -q '"dyad": "RUSGOV->CHNGOV"' "$work/out"
"$tacitus" top --db "$work/one.db" --by colour >/dev/null 2>"$work/err"
check "top --by something else exits 1" test $? -eq 1
"$tacitus" query --db "$work/one.db" --from 2023-02-30 >/dev/null 2>"$work/err"
check "a bad date exits 1" test $? -eq 1
"$tacitus" query --db "$work/missing.db" >/dev/null 2>"$work/err"
check "a missing database exits 1" test $? -eq 1
check "a missing database says so" grep -q "no such database" "$work/err"
echo "not a database at all, but long enough to look like a file with a header" >"$work/bad.db"
"$tacitus" query --db "$work/bad.db" >/dev/null 2>"$work/err"
check "a corrupt database exits 1" test $? -eq 1
check "a corrupt database says so" grep -q "not a database" "$work/err"

# Series and plot.
ok "$tacitus" series --db "$work/one.db" --source RUS --target CHN --by month --both-directions \
  --format csv >"$work/out"
check "series csv header" grep -q '^period,start,verbal_cooperation,' "$work/out"
check "series has November 2023" grep -q '^2023-11,2023-11-01,' "$work/out"
ok "$tacitus" series --db "$work/one.db" --source RUS --target CHN --by week --format json >"$work/out"
check "series json names ISO weeks" grep -q '"period": "2023-W45"' "$work/out"
ok "$tacitus" plot --db "$work/one.db" --source RUS --target CHN --both-directions --by day \
  -o "$work/chart.png"
check "plot writes a PNG" bash -c "head -c 8 '$work/chart.png' | grep -q PNG"
ok "$tacitus" plot --db "$work/one.db" --source RUS --target CHN -o "$work/chart.svg"
check "plot writes an SVG" grep -q '<svg' "$work/chart.svg"

# Export: 61 GDELT columns on every line; PLOVER JSON Lines.
ok "$tacitus" export --db "$work/one.db" --format gdelt >"$work/out"
check "gdelt rows have 61 columns" \
  bash -c "awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' '$work/out'"
check "gdelt rows, one per event" test "$(wc -l <"$work/out")" -eq "$(($(wc -l <"$work/events1") - 1))"
ok "$tacitus" export --db "$work/one.db" --format plover >"$work/out"
check "plover has event types" grep -q '"event_type":"CONSULT"' "$work/out"

# A bad story is reported and skipped, never half-stored: exit 2.
printf '%s\n' '{"id":"good","date":"2023-11-08","text":"Putin met Xi in Beijing."}' \
  '{"id":"bad","date":"2023-02-30","text":"Putin met Xi."}' >"$work/mixed.jsonl"
"$tacitus" ingest --db "$work/mixed.db" "$work/mixed.jsonl" 2>"$work/err"
check "a skipped story gives exit 2" test $? -eq 2
check "the skipped story is named" grep -q "mixed.jsonl:2: story bad" "$work/err"
ok "$tacitus" query --db "$work/mixed.db" --format tsv >"$work/out"
check "the good story is stored" grep -q 'good' "$work/out"

# A story whose text changes replaces its old mentions.
printf '%s\n' '{"id":"good","date":"2023-11-08","text":"Western powers criticized China."}' \
  >"$work/changed.jsonl"
ok "$tacitus" ingest --db "$work/mixed.db" "$work/changed.jsonl" 2>/dev/null
ok "$tacitus" query --db "$work/mixed.db" --format tsv >"$work/out"
check "changed text: the old events are gone" bash -c "! grep -q $'\t040\t' '$work/out'"
check "changed text: the new event is there" grep -q $'\tWST\tCHN\t111\t' "$work/out"

# A story id stored with other content: reported with the stored story's date and first words,
# counted, and by --on-conflict replaced (the default), kept, or refused (exit 2); the other
# stories are stored either way.
printf '%s\n' '{"id":"a","date":"2023-11-08","text":"Putin met Xi in Beijing."}' >"$work/first.jsonl"
printf '%s\n' '{"id":"b","date":"2023-11-09","text":"Xi met Putin."}' \
  '{"id":"a","date":"2023-11-09","text":"Western powers criticized China."}' >"$work/second.jsonl"
for policy in replace keep error; do
  rm -f "$work/conflict.db"*
  ok "$tacitus" ingest --db "$work/conflict.db" "$work/first.jsonl" 2>/dev/null
  "$tacitus" ingest --db "$work/conflict.db" --on-conflict "$policy" "$work/second.jsonl" \
    2>"$work/err_$policy"
  echo $? >"$work/rc_$policy"
  ok "$tacitus" query --db "$work/conflict.db" --format tsv >"$work/out_$policy"
  check "$policy: the other story is stored" grep -q $'\tb\t' "$work/out_$policy"
  check "$policy: the conflict is counted" grep -q "^tacitus ingest: 1 story with the id of a stored story of other content" "$work/err_$policy"
done
check "replace: exit 0" test "$(cat "$work/rc_replace")" -eq 0
check "replace: reported with file:line, the stored story's date and first words" \
  grep -qF "second.jsonl:2: story a: replaces the stored story of 2023-11-08, \"Putin met Xi in Beijing.\"" "$work/err_replace"
check "replace: the new text's event" grep -q $'\tWST\tCHN\t111\t' "$work/out_replace"
check "replace: the old text's events are gone" bash -c "! grep -q $'\t2023-11-08\t.*\ta\t' '$work/out_replace' && ! grep -q $'^2023-11-08\t' '$work/out_replace'"
check "keep: exit 0" test "$(cat "$work/rc_keep")" -eq 0
check "keep: reported" grep -qF "second.jsonl:2: story a: skipped: it has the id of the stored story of 2023-11-08" "$work/err_keep"
check "keep: the stored story's events stay" grep -q $'^2023-11-08\tday\tRUSGOV\tCHNGOV\t' "$work/out_keep"
check "keep: the new one is not stored" bash -c "! grep -q $'\tWST\tCHN\t' '$work/out_keep'"
check "error: exit 2" test "$(cat "$work/rc_error")" -eq 2
check "error: reported as an error" grep -qF "second.jsonl:2: story a: error: it has the id of the stored story of 2023-11-08" "$work/err_error"
check "error: the stored story stays" grep -q $'^2023-11-08\tday\tRUSGOV\tCHNGOV\t' "$work/out_error"
check "error: the new one is not stored" bash -c "! grep -q $'\tWST\tCHN\t' '$work/out_error'"
# The same id again in one input is a duplicate, reported with where it was first seen, whether
# or not its content differs (tests/store_hardening_test.sh checks --on-conflict on it).
printf '%s\n' '{"id":"a","date":"2023-11-08","text":"Putin met Xi in Beijing."}' \
  '{"id":"a","date":"2023-11-08","text":"Putin met Xi in Beijing."}' \
  '{"id":"a","date":"2023-11-09","text":"Western powers criticized China."}' >"$work/twice.jsonl"
"$tacitus" ingest --db "$work/twice.db" "$work/twice.jsonl" 2>"$work/err"
check "an id repeated in one input: exit 2" test $? -eq 2
check "an id repeated in one input: each repeat reported with the first line" \
  test "$(grep -c 'story a: also at .*twice.jsonl:1; ' "$work/err")" -eq 2
check "an id repeated in one input: the line named" grep -q "twice.jsonl:3: story a: also at" "$work/err"
"$tacitus" ingest --db "$work/twice.db" --on-conflict nonsense "$work/twice.jsonl" 2>/dev/null
check "a bad --on-conflict is a usage error" test $? -ne 0 -a $? -ne 2

# kill -9 in the middle of an ingest, then the same command again: exactly one clean ingest.
ok "$repo/scripts/make-ingest-corpus.py" "$example" --copies 6000 >"$work/big.jsonl"
"$tacitus" ingest --db "$work/killed.db" --batch 20 "$work/big.jsonl" 2>/dev/null &
ingest_pid=$!
killed=no
for _ in $(seq 1 300); do
  sleep 0.05
  if ! kill -0 "$ingest_pid" 2>/dev/null; then break; fi
  stored=$("$tacitus" query --db "$work/killed.db" --format tsv --limit 1000 2>/dev/null | wc -l)
  if [ "$stored" -gt 100 ]; then kill -9 "$ingest_pid"; killed=yes; break; fi
done
wait "$ingest_pid" 2>/dev/null
check "the ingest was killed part way" test "$killed" = yes
ok "$tacitus" query --db "$work/killed.db" --format tsv >"$work/partial"
partial=$(wc -l <"$work/partial")
"$tacitus" ingest --db "$work/killed.db" "$work/big.jsonl" 2>/dev/null
check "the re-run after kill -9 exits 0" test $? -eq 0
ok "$tacitus" ingest --db "$work/clean.db" "$work/big.jsonl" 2>/dev/null
dump "$work/killed.db" >"$work/dump_killed"
dump "$work/clean.db" >"$work/dump_clean"
ok "$tacitus" query --db "$work/clean.db" --format tsv >"$work/clean"
clean=$(wc -l <"$work/clean")
check "the kill left a partial store" test "$partial" -lt "$clean"
check "the clean ingest has events" test "$clean" -gt 1000
check "killed + re-run equals one clean ingest" cmp -s "$work/dump_killed" "$work/dump_clean"

# Coding threads change nothing in the database.
ok "$tacitus" ingest --db "$work/threads1.db" --threads 1 "$work/big.jsonl" 2>/dev/null
ok "$tacitus" ingest --db "$work/threads3.db" --threads 3 "$work/big.jsonl" 2>/dev/null
dump "$work/threads1.db" >"$work/dump_threads1"
dump "$work/threads3.db" >"$work/dump_threads3"
check "the same database from 1 and 3 coding threads" cmp -s "$work/dump_threads1" "$work/dump_threads3"
check "and the same as the default" cmp -s "$work/dump_threads1" "$work/dump_clean"

# Recode after a one-line dictionary edit: the events lost and gained, per root and dyad and in
# full with --diff-out; every event carries the version that coded it; a second recode has
# nothing to do; recoding back with the first dictionaries gains the lost event again.
ok cp -r "$repo/data" "$work/edited"
sed -i 's/ | export to +T | / | /' "$work/edited/verbs/06-engage-in-material-cooperation.txt"
check "the dictionary edit applied" \
  bash -c "! cmp -s '$repo/data/verbs/06-engage-in-material-cooperation.txt' '$work/edited/verbs/06-engage-in-material-cooperation.txt'"
"$tacitus" recode --db "$work/none.db" >/dev/null 2>"$work/err"
check "recode of a missing database exits 1" test $? -eq 1
check "recode of a missing database says so and creates none" \
  bash -c "grep -q 'none.db: no such database' '$work/err' && test ! -e '$work/none.db'"
ok "$tacitus" query --db "$work/one.db" --format jsonl --limit 1 >"$work/out"
old_version=$(sed -n 's/.*"dict_version":"\([0-9a-f]*\)".*/\1/p' "$work/out")
check "the stored dictionary version is read" test -n "$old_version"
"$tacitus" recode --db "$work/one.db" --dict "$work/edited" --diff-out "$work/diff.jsonl" \
  >"$work/out" 2>"$work/err"
check "recode exits 0" test $? -eq 0
check "recode says how many stories" grep -q "^recoded 1 stories with dictionaries " "$work/out"
check "recode counts the lost event" grep -q "^events: +0 gained, -1 lost" "$work/out"
check "recode counts per root" grep -qE "^06 +\+0 +-1$" "$work/out"
check "recode counts per dyad" grep -qE "^RUS->CHN +\+0 +-1$" "$work/out"
check "the diff lists the lost event" test "$(wc -l <"$work/diff.jsonl")" -eq 1
check "the diff's line is an event as query prints it" python3 -c "
import json, sys
e = json.loads(open(sys.argv[1]).read())
assert e['change'] == '-' and e['code'] == '061' and e['source'] == 'RUS' and e['target'] == 'CHN', e
assert e['first_story'] == 'putin-xi-beijing' and e['num_mentions'] == 1, e
" "$work/diff.jsonl"
new_version=$(sed -n 's/^recoded .* with dictionaries //p' "$work/out")
ok "$tacitus" query --db "$work/one.db" --format tsv >"$work/events2"
check "recode leaves one event fewer" \
  test "$(wc -l <"$work/events2")" -eq "$(($(wc -l <"$work/events1") - 1))"
ok "$tacitus" query --db "$work/one.db" --format tsv --dict-version "$new_version" >"$work/out"
check "query --dict-version: every event has the new version" cmp -s "$work/out" "$work/events2"
ok "$tacitus" query --db "$work/one.db" --format jsonl --dict-version "$new_version" --limit 1 >"$work/out"
check "query jsonl shows the version" grep -q "\"dict_version\":\"$new_version\"" "$work/out"
ok "$tacitus" query --db "$work/one.db" --format tsv --dict-version 0123456789abcdef >"$work/out"
check "query --dict-version of none: no events" test "$(wc -l <"$work/out")" -eq 1
ok "$tacitus" recode --db "$work/one.db" --dict "$work/edited" >"$work/out"
check "recode again: nothing to do" grep -q "^nothing to recode: every story in .* is coded by dictionaries $new_version" "$work/out"
ok "$tacitus" recode --db "$work/one.db" --diff-out "$work/diff.jsonl" >"$work/out"
check "recoding back gains the event" grep -q "^events: +1 gained, -0 lost" "$work/out"
check "recoding back: the diff's line is the gained event" grep -q '"change":"+".*"code":"061"' "$work/diff.jsonl"
ok "$tacitus" query --db "$work/one.db" --format tsv >"$work/out"
check "recoding back restores the events" cmp -s "$work/out" "$work/events1"

# kill -9 in the middle of a recode, then the same command again: the same store as one recode.
ok "$repo/scripts/make-ingest-corpus.py" "$example" --copies 1500 >"$work/recode.jsonl"
ok "$tacitus" ingest --db "$work/recode_killed.db" "$work/recode.jsonl" 2>/dev/null
ok cp "$work/recode_killed.db" "$work/recode_clean.db"
"$tacitus" recode --db "$work/recode_killed.db" --dict "$work/edited" --batch 20 >/dev/null 2>&1 &
ingest_pid=$!
killed=no
for _ in $(seq 1 300); do
  sleep 0.05
  if ! kill -0 "$ingest_pid" 2>/dev/null; then break; fi
  recoded=$("$tacitus" query --db "$work/recode_killed.db" --format tsv --dict-version "$new_version" --limit 1000 2>/dev/null | wc -l)
  if [ "$recoded" -gt 100 ]; then kill -9 "$ingest_pid"; killed=yes; break; fi
done
wait "$ingest_pid" 2>/dev/null
check "the recode was killed part way" test "$killed" = yes
ok "$tacitus" query --db "$work/recode_killed.db" --format tsv --dict-version "$old_version" --limit 1 >"$work/out"
check "the killed recode left stories to recode" test "$(wc -l <"$work/out")" -eq 2
"$tacitus" recode --db "$work/recode_killed.db" --dict "$work/edited" >/dev/null
check "the re-run after kill -9 exits 0" test $? -eq 0
ok "$tacitus" recode --db "$work/recode_clean.db" --dict "$work/edited" >"$work/out"
check "a recode of 1500 copies loses 1500 events" grep -q "^events: +0 gained, -1500 lost" "$work/out"
dump "$work/recode_killed.db" >"$work/dump_killed"
dump "$work/recode_clean.db" >"$work/dump_clean"
check "killed + re-run equals one clean recode" cmp -s "$work/dump_killed" "$work/dump_clean"

# A story longer than a part (64 KiB) is coded in parts and stored whole, in one transaction
# (--batch 1 commits only after its last part): one story, and a mention per sentence with the
# whole story's sentence index and offsets. Recoding it goes through the same parts.
many_text=$(printf 'Russian troops attacked Ukraine. %.0s' {1..3000})
printf '{"id":"many","date":"2023-01-03","text":"%s"}\n' "$many_text" >"$work/many.jsonl"
"$tacitus" ingest --db "$work/many.db" --batch 1 "$work/many.jsonl" >/dev/null 2>"$work/err"
check "ingest of a story longer than a part exits 0" test $? -eq 0
one_event_of_many() {  # one_event_of_many QUERY_JSONL
  python3 -c "
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
assert len(rows) == 1, rows
assert (rows[0]['num_mentions'], rows[0]['num_articles'], rows[0]['first_story']) == (3000, 1, 'many'), rows
" "$1"
}
ok "$tacitus" query --db "$work/many.db" --format jsonl >"$work/out"
check "its 3,000 sentences are 3,000 mentions of one event, in one story" one_event_of_many "$work/out"
if command -v sqlite3 >/dev/null; then
  # 2,999 sentences of 33 bytes come before the last: its "Russian troops" is bytes 98967..98981.
  check "its last mention is sentence 2999, its source the last \"Russian troops\"" \
    test "$(sqlite3 "$work/many.db" "SELECT count(*), max(ordinal), max(sentence), max(source_begin), max(source_end) FROM mentions")" = "3000|2999|2999|98967|98981"
  check "every sentence of it is searchable" \
    test "$(sqlite3 "$work/many.db" "SELECT count(*) FROM sentence_text")" -eq 3000
fi
ok "$tacitus" recode --db "$work/many.db" --dict "$work/edited" >"$work/out"
check "recode of a story in parts: one story" grep -q "^recoded 1 stories " "$work/out"
ok "$tacitus" query --db "$work/many.db" --format jsonl --dict-version "$new_version" >"$work/out"
check "recode of a story in parts keeps its 3,000 mentions" one_event_of_many "$work/out"

echo "store_test: $passes passed, $failures failed"
test "$failures" -eq 0

#!/bin/sh
# tacitus eval on the news development set (peer data under ../shared, read in place; skipped
# when it is absent).
#   eval_test.sh floor TACITUS SHARED_DIR FLOOR_FILE
#     codes the set and fails if F1(L1) is below the floor kept in FLOOR_FILE (it only goes
#     up), or if scoring `tacitus code`'s events of the set (--events) prints anything else.
#   eval_test.sh score.py TACITUS SHARED_DIR
#     fails unless `tacitus eval --events` prints what news-dev's score.py prints for the same
#     events: for the whole set and for each half, with and without --by-root (skipped where
#     python3 is absent).
mode=$1
tacitus=$2
dev=$3/news-dev
if [ ! -f "$dev/gold.jsonl" ] || [ ! -f "$dev/articles.jsonl" ]; then
  echo "skipped: $dev is absent"
  exit 77
fi
if [ "$mode" = score.py ] && ! command -v python3 >/dev/null 2>&1; then
  echo "skipped: python3 is absent, so score.py cannot run"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tacitus" code "$dev/articles.jsonl" >"$work/events.jsonl" || exit 1

if [ "$mode" = floor ]; then
  floor=$(cat "$4")
  "$tacitus" eval --gold "$dev/gold.jsonl" --show --by-root "$dev/articles.jsonl" \
    >"$work/coded.txt" || exit 1
  grep '^L[123]: \|^F1(L1)=' "$work/coded.txt"
  # Coding says under a missed event what it made of its sentence ("      why not: ...").
  grep -q '^      why not: \|^      ours: ' "$work/coded.txt" || {
    echo "FAIL: eval --show says nothing of the missed events' sentences"; exit 1; }
  # The listings too: the sentences of false positives, found again from the events' indices.
  "$tacitus" eval --gold "$dev/gold.jsonl" --show --by-root --events "$work/events.jsonl" \
    --articles "$dev/articles.jsonl" >"$work/read.txt" || exit 1
  grep -v '^      ' "$work/coded.txt" >"$work/coded-listing.txt"
  if ! cmp -s "$work/coded-listing.txt" "$work/read.txt"; then
    echo "FAIL: eval coding the stories and eval --events on tacitus code's events differ:"
    diff "$work/coded-listing.txt" "$work/read.txt"
    exit 1
  fi
  f1=$(sed -n 's/^F1(L1)=//p' "$work/coded.txt")
  if ! awk -v f1="$f1" -v floor="$floor" 'BEGIN { exit !(f1 != "" && f1 + 0 >= floor + 0) }'; then
    echo "FAIL: F1(L1)=$f1 is below the floor $floor (tests/eval_floor.txt)"
    exit 1
  fi
  exit 0
fi

failures=0
for split in all odd even; do
  for table in "" --by-root; do
    half=""
    [ "$split" = all ] || half="--half $split"
    # $half and $table unquoted: each is empty or words of its own.
    python3 "$dev/score.py" --gold "$dev/gold.jsonl" --articles "$dev/articles.jsonl" \
      $half $table "$work/events.jsonl" >"$work/expected.txt" || exit 1
    "$tacitus" eval --gold "$dev/gold.jsonl" --events "$work/events.jsonl" \
      --articles "$dev/articles.jsonl" $half $table >"$work/actual.txt" || exit 1
    if cmp -s "$work/expected.txt" "$work/actual.txt"; then
      echo "same as score.py: $split $table"
    else
      echo "FAIL: tacitus eval differs from score.py ($split $table):"
      diff "$work/expected.txt" "$work/actual.txt"
      failures=$((failures + 1))
    fi
  done
done
[ "$failures" -eq 0 ]

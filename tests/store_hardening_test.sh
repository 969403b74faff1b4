#!/usr/bin/env bash
# Whole-program tests of the event store against what a hostile or unlucky user brings
# (issue 14): story ids twice in one input or holding control characters, a damaged database,
# and a database that cannot be written (no write permission; a read-only mount).
#   tests/store_hardening_test.sh path/to/tacitus path/to/repo
# Parts that need a user other than root, or root to mount, say SKIP when they cannot run.
set -u
tacitus=$1
repo=$2
export TACITUS_DATA=$repo/data
work=$(mktemp -d)
chmod 755 "$work"  # the unprivileged user below reads the store in it
mounted=
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted"; fi
  chmod -R u+w "$work" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
passes=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $name"; fi
}

story() {  # story ID DATE TEXT: one JSON Lines story (ID is used as given, escapes and all)
  printf '{"id":"%s","date":"%s","text":"%s"}\n' "$1" "$2" "$3"
}

# --- Identities ---------------------------------------------------------------------------
{
  story a 2023-11-08 "Putin met Xi in Beijing."
  story 'b\tc' 2023-11-08 "Putin met Xi in Beijing."
  story a 2023-11-09 "Xi met Putin in Moscow."
  story 'line\nbreak' 2023-11-08 "Putin met Xi in Beijing."
} >"$work/in.jsonl"
for choice in replace keep error; do
  "$tacitus" ingest --db "$work/$choice.db" --on-conflict "$choice" "$work/in.jsonl" \
    2>"$work/err.$choice"
  check "ingest --on-conflict $choice exits 2 on a duplicate id" test $? -eq 2
  check "the duplicate is reported with where the id was first seen ($choice)" \
    grep -q "^$work/in.jsonl:3: story a: also at $work/in.jsonl:1; " "$work/err.$choice"
  check "an id with a tab is refused with FILE:LINE, the tab escaped ($choice)" \
    grep -qF "$work/in.jsonl:2: story b\\tc: the id holds a control character (byte 0x09)" \
    "$work/err.$choice"
  check "an id with a newline is refused ($choice)" \
    grep -qF "$work/in.jsonl:4: story line\\nbreak: the id holds a control character (byte 0x0a)" \
    "$work/err.$choice"
  "$tacitus" query --db "$work/$choice.db" --format jsonl >"$work/events.$choice"
  check "query after ingest --on-conflict $choice exits 0" test $? -eq 0
done
# --on-conflict decides which story of the id is kept: the later (Moscow, the 9th) or the first.
check "replace keeps the later story" grep -q '"date":"2023-11-09"' "$work/events.replace"
check "replace drops the earlier story's events" \
  test "$(grep -c '"date":"2023-11-08"' "$work/events.replace")" -eq 0
for choice in keep error; do
  check "$choice keeps the first story" grep -q '"date":"2023-11-08"' "$work/events.$choice"
  check "$choice skips the later story" \
    test "$(grep -c '"date":"2023-11-09"' "$work/events.$choice")" -eq 0
done
check "no refused id is stored" \
  test "$(grep -c '"first_story":"a"' "$work/events.keep")" -eq "$(wc -l <"$work/events.keep")"

# --- A damaged database -------------------------------------------------------------------
story s1 2023-11-08 "Putin met Xi in Beijing." >"$work/good.jsonl"
"$tacitus" ingest --db "$work/damaged.db" "$work/good.jsonl" "$repo/examples" 2>/dev/null
if command -v python3 >/dev/null; then
  # Garbage over the root page of the events table: the schema reads, the events do not.
  python3 - "$work/damaged.db" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
page = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'events'").fetchone()[0]
size = db.execute("PRAGMA page_size").fetchone()[0]
db.close()
with open(sys.argv[1], "r+b") as f:
    f.seek((page - 1) * size)
    f.write(b"\x5a" * size)
EOF
  cp "$work/damaged.db" "$work/damaged.before"
  "$tacitus" ingest --db "$work/damaged.db" "$work/good.jsonl" 2>"$work/err"
  check "ingest into a damaged database exits 1" test $? -eq 1
  check "ingest says the database is damaged and how to recover" \
    grep -q "damaged (nothing was written to it).*sqlite3 $work/damaged.db .recover" "$work/err"
  check "ingest wrote nothing into the damaged database" cmp -s "$work/damaged.db" "$work/damaged.before"
  for command in "query" "top --by actor" "series" "export --format gdelt"; do
    # shellcheck disable=SC2086  # the command's words
    "$tacitus" $command --db "$work/damaged.db" >"$work/out" 2>"$work/err"
    check "$command on a damaged database exits 1" test $? -eq 1
    check "$command on a damaged database says so and how to recover" \
      grep -q "the database is damaged.*\.recover" "$work/err"
  done
else
  echo "SKIP: a damaged database (no python3 to damage one)"
fi

# --- Read-only stores ---------------------------------------------------------------------
"$tacitus" ingest --db "$work/source.db" "$repo/examples" 2>/dev/null
check "ingest of the examples exits 0" test $? -eq 0
"$tacitus" query --db "$work/source.db" --format tsv >"$work/expected"

# Runs every read command on DB as `runner` (a command prefix, or nothing) and checks each exits
# 0 and gives what it gives on a writable store. WHERE names the case in failures.
read_commands() {  # read_commands WHERE DB RUNNER...
  local where=$1 db=$2 status; shift 2
  "$@" "$tacitus" query --db "$db" --format tsv >"$work/got" 2>"$work/err"
  status=$?
  check "query $where exits 0 ($(head -c 200 "$work/err"))" test "$status" -eq 0
  check "query $where lists the events" cmp -s "$work/got" "$work/expected"
  "$@" "$tacitus" series --db "$db" --source RUS >/dev/null 2>"$work/err"
  status=$?
  check "series $where exits 0 ($(head -c 200 "$work/err"))" test "$status" -eq 0
  "$@" "$tacitus" top --db "$db" --by dyad >/dev/null 2>"$work/err"
  status=$?
  check "top $where exits 0 ($(head -c 200 "$work/err"))" test "$status" -eq 0
  "$@" "$tacitus" export --db "$db" --format gdelt >/dev/null 2>"$work/err"
  status=$?
  check "export $where exits 0 ($(head -c 200 "$work/err"))" test "$status" -eq 0
  "$@" "$tacitus" plot --db "$db" --source RUS -o "$work/plots/$where.svg" 2>"$work/err"
  status=$?
  check "plot $where exits 0 ($(head -c 200 "$work/err"))" test "$status" -eq 0
  check "plot $where draws" test -s "$work/plots/$where.svg"
}
mkdir "$work/plots"
chmod 1777 "$work/plots"  # the unprivileged user writes the charts here

# Without write permission: the store and its folder are read-only to the user who reads.
mkdir "$work/locked"
cp "$work/source.db" "$work/locked/events.db"
chmod 444 "$work/locked/events.db"
chmod 555 "$work/locked"
runner=()
if [ "$(id -u)" -ne 0 ]; then
  runner=(env)
elif runuser -u nobody -- test -r "$work/locked/events.db" 2>/dev/null &&
     runuser -u nobody -- test -x "$tacitus" 2>/dev/null; then
  runner=(runuser -u nobody --)
elif setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$work/locked/events.db" \
     2>/dev/null; then
  runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ ${#runner[@]} -gt 0 ]; then
  read_commands "without-write-permission" "$work/locked/events.db" "${runner[@]}"
  check "reading without write permission leaves no file beside the store" \
    test "$(ls "$work/locked")" = "events.db"
else
  echo "SKIP: without write permission (root, and neither runuser nor setpriv can drop to nobody)"
fi

# A read-only mount (root only): a tmpfs holding the store, remounted read-only.
mkdir "$work/mount"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=16m tmpfs "$work/mount" 2>/dev/null; then
  mounted=$work/mount
  cp "$work/source.db" "$work/mount/events.db"
  if mount -o remount,ro "$work/mount" 2>/dev/null; then
    check "the mount is read-only" test ! -w "$work/mount/events.db"
    read_commands "on-a-read-only-mount" "$work/mount/events.db"
  else
    echo "SKIP: a read-only mount (remount,ro not permitted)"
  fi
  umount "$work/mount" && mounted=
else
  echo "SKIP: a read-only mount (not root, or mount not permitted)"
fi

echo "$passes passed, $failures failed"
test "$failures" -eq 0

#!/usr/bin/env bash
# Runs the README's runnable examples and checks their exit statuses, so that the README
# keeps telling what the tool does.
#   scripts/check-readme.sh [BUILD_DIR [README]]      (defaults: build, README.md)
#
# The convention, for whoever writes the README: a fenced block opened with "```sh run" (it
# renders as sh) holds commands to run, one per line ("\" continues a line); every other
# block is left alone. The blocks run in README order, in one scratch directory where
# build/, data/, examples/, scripts/, bench/ and docs/ are this checkout's and ../shared is
# the project's shared folder, so a later block may use what an earlier one wrote
# (tacitus.db). A command must exit 0, or N where its line ends with "# exit N" (say why
# beside it). A command naming ../shared is skipped, with a message, where that folder is
# missing. Exit status: 0 when every command exited as told, 1 otherwise.
set -u
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd) || exit 1
readme=${2:-$source_dir/README.md}
[ -x "$build_dir/tacitus" ] || { echo "check-readme: no $build_dir/tacitus"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/repo"
ln -s "$build_dir" "$work/repo/build"
for dir in data examples scripts bench docs; do
  [ -e "$source_dir/$dir" ] && ln -s "$source_dir/$dir" "$work/repo/$dir"
done
[ -d "$source_dir/../shared" ] && ln -s "$(cd "$source_dir/../shared" && pwd)" "$work/shared"

# The commands, one per line, "\"-continued lines joined, each with its README line number.
awk '
  /^```sh run[[:space:]]*$/ { inside = 1; next }
  inside && /^```/ { inside = 0; next }
  inside {
    if (pending == "") start = NR
    line = $0
    if (sub(/\\$/, "", line)) { pending = pending line; next }
    command = pending line; pending = ""
    if (command ~ /^[[:space:]]*(#.*)?$/) next
    print start "\t" command
  }' "$readme" >"$work/commands"

failures=0 runs=0
while IFS=$'\t' read -r line command; do
  expected=0
  if [[ $command =~ \#[[:space:]]*exit[[:space:]]+([0-9]+) ]]; then expected=${BASH_REMATCH[1]}; fi
  if [[ $command == *../shared* && ! -e $work/shared ]]; then
    echo "check-readme: ${readme##*/}:$line skipped (no ../shared): $command"
    continue
  fi
  runs=$((runs + 1))
  (cd "$work/repo" && bash -c "$command") >"$work/out" 2>"$work/err" </dev/null
  status=$?
  if [ "$status" -ne "$expected" ]; then
    failures=$((failures + 1))
    echo "check-readme: ${readme##*/}:$line exited $status, not $expected: $command"
    head -5 "$work/err"
  fi
done <"$work/commands"
echo "check-readme: $runs commands run, $failures exited otherwise than the README says"
[ "$runs" -gt 0 ] && [ "$failures" -eq 0 ]

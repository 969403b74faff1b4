#!/usr/bin/env bash
# Fails when a C++ source that git tracks is not laid out as the repository's .clang-format
# says; clang-format names each file and line. `clang-format -i FILE` lays a file out.
#   tests/format_test.sh SOURCE_DIR
# Exits 77 (ctest's skip) where clang-format or git is absent or SOURCE_DIR is no git checkout.
# The sources are laid out by Debian 12's clang-format 14 (scripts/setup.sh installs it); other
# versions may lay some constructs out differently.
set -euo pipefail
source_dir=$1
if ! command -v clang-format >/dev/null; then
  echo "format_test: clang-format is not installed (scripts/setup.sh installs it); skipped"
  exit 77
fi
if ! command -v git >/dev/null || ! git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  echo "format_test: $source_dir is no git checkout (or git is absent); skipped"
  exit 77
fi
cd "$source_dir"
# Tracked files only, and only those still present (a deletion not yet committed is no error).
files=()
while IFS= read -r -d '' file; do
  [ -f "$file" ] && files+=("$file")
done < <(git ls-files -z -- '*.cc' '*.h')
clang-format --dry-run -Werror "${files[@]}"

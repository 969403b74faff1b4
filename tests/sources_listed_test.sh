#!/usr/bin/env bash
# Fails when a C++ source under src/ that git tracks is named in no source list of
# CMakeLists.txt: the lists replaced globbing, so such a file would silently not be built, and a
# forgotten *_test.cc would silently not run.
#   tests/sources_listed_test.sh SOURCE_DIR
# Exits 77 (ctest's skip) where git is absent or SOURCE_DIR is no git checkout.
set -euo pipefail
source_dir=$1
if ! command -v git >/dev/null || ! git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  echo "sources_listed: $source_dir is no git checkout (or git is absent); skipped"
  exit 77
fi
cd "$source_dir"
missing=$(comm -23 <(git ls-files 'src/*.cc' | sort -u) \
                   <(grep -oE 'src/[A-Za-z0-9_/]+\.cc' CMakeLists.txt | sort -u))
if [ -n "$missing" ]; then
  echo "sources_listed: in no source list of CMakeLists.txt (add each to its stage's block):"
  echo "$missing"
  exit 1
fi

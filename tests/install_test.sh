#!/usr/bin/env bash
# The installed library as a consumer sees it: installs the build tree into a temporary
# prefix, checks that the installed headers include nothing but each other and the standard
# library, then builds a small program against the package with find_package(tacitus), runs
# it on the project's data and checks the event it codes; then runs the installed binary on the
# installed example, with the installed dictionaries.
#   tests/install_test.sh CMAKE BUILD_DIR SOURCE_DIR CXX_COMPILER
# Exits 77 (ctest's skip) where CMAKE is not there to run.
set -euo pipefail
cmake=$1 build_dir=$2 source_dir=$3 cxx=$4
if [ ! -x "$cmake" ]; then
  echo "install_test: $cmake is not there; skipped"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"$cmake" --install "$build_dir" --prefix "$prefix" >"$work/install.log" ||
  { cat "$work/install.log"; exit 1; }

# Every include of an installed header names another installed one ("tacitus/x.h") or a
# standard library header (<name>, no extension, no directory).
headers=$(find "$prefix/include" -type f)
[ -f "$prefix/include/tacitus/tacitus.h" ] || { echo "install_test: no tacitus/tacitus.h"; exit 1; }
if internal=$(grep -nE '^[[:space:]]*#[[:space:]]*include' $headers |
              grep -vE '#[[:space:]]*include[[:space:]]+("tacitus/[a-z_]+\.h"|<[a-z_]+>)'); then
  echo "install_test: installed headers include what is not installed:"
  echo "$internal"
  exit 1
fi
for header in $headers; do
  if [[ $header != "$prefix/include/tacitus/"*.h ]]; then
    echo "install_test: $header is installed outside include/tacitus/"
    exit 1
  fi
  included=$(grep -oE '"tacitus/[a-z_]+\.h"' "$header" | tr -d '"' || true)
  for name in $included; do
    [ -f "$prefix/include/$name" ] || { echo "install_test: $header includes $name, not installed"; exit 1; }
  done
done

mkdir "$work/app"
cat >"$work/app/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(tacitus_consumer LANGUAGES CXX)
find_package(tacitus 0.1 REQUIRED)
add_executable(consumer main.cc)
target_compile_features(consumer PRIVATE cxx_std_20)
target_link_libraries(consumer PRIVATE tacitus::core)
CMAKE
cat >"$work/app/main.cc" <<'CC'
#include <tacitus/tacitus.h>

#include <iostream>

int main(int, char** argv) {
  auto pipeline = tacitus::EventPipeline::Create({.data_dir = argv[1]});
  if (!pipeline.ok()) {
    std::cerr << pipeline.status().message() << "\n";
    return 1;
  }
  const tacitus::Story story{.id = "s", .date = *tacitus::Date::ParseIso("2022-02-24"),
                             .text = "Russian troops attacked Ukraine."};
  tacitus::EventPipeline::Scratch scratch;
  std::vector<tacitus::Event> events;
  (*pipeline)->Process(story, &scratch, &events);
  for (const tacitus::Event& e : events) std::cout << e.source << " " << e.target << " " << e.code << "\n";
}
CC
"$cmake" -S "$work/app" -B "$work/app/build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; exit 1; }
"$cmake" --build "$work/app/build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

actual=$("$work/app/build/consumer" "$source_dir/data")
expected="RUSMIL UKR 190"
if [ "$actual" != "$expected" ]; then
  echo "install_test: the program built against the installed package printed"
  echo "$actual"
  echo "instead of"
  echo "$expected"
  exit 1
fi

# The installed binary, run from elsewhere with no TACITUS_DATA, finds the dictionaries
# installed beside it (share/tacitus/data) and codes the installed example.
for installed in bin/tacitus share/tacitus/data/cameo/event_codes.tsv share/doc/tacitus/README.md \
                 share/doc/tacitus/dictionaries.md share/doc/tacitus/examples/putin-xi-beijing.txt; do
  [ -f "$prefix/$installed" ] || { echo "install_test: $installed is not installed"; exit 1; }
done
(cd "$work" && env -u TACITUS_DATA "$prefix/bin/tacitus" code \
   "$prefix/share/doc/tacitus/examples/putin-xi-beijing.txt") >"$work/events" 2>"$work/code.err" ||
  { echo "install_test: the installed binary failed on the example:"; cat "$work/code.err"; exit 1; }
if ! grep -q '"source":"WST","target":"CHN","code":"111"' "$work/events"; then
  echo "install_test: the installed binary did not code the example's WST -> CHN 111:"
  cat "$work/events" "$work/code.err"
  exit 1
fi
echo "install_test: installed, built against the package, coded: $actual; the installed" \
  "binary coded the example with its installed data"

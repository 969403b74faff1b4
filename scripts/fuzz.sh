#!/usr/bin/env bash
# Builds the libFuzzer targets (src/**/*_fuzzer.cc) with clang, AddressSanitizer and UBSan into
# build-fuzz/, and runs each for SECONDS (default 60) from its seed corpus in fuzz/corpus/.
#   scripts/fuzz.sh [SECONDS] [FUZZER...]     e.g. scripts/fuzz.sh 600 pipeline_fuzzer
# New inputs go to build-fuzz/corpus/FUZZER/ (the seeds in the repo stay as written), an input
# that crashes, leaks, hangs (over 30 s) or has undefined behaviour to
# build-fuzz/crashes/FUZZER-*. Prints each fuzzer's executions and exits 1 when any fuzzer
# failed; 77 when clang or its libFuzzer runtime is missing (scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true

if ! command -v clang++ >/dev/null ||
   ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, long) { return 0; }' |
     clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz.sh: clang++ with libFuzzer is needed (apt-get install clang libclang-rt-dev)" >&2
  exit 77
fi

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DTACITUS_BUILD_FUZZERS=ON -DTACITUS_WERROR=ON -DTACITUS_BUILD_PYTHON=OFF >/dev/null
fuzzers=("$@")
if [ ${#fuzzers[@]} -eq 0 ]; then
  mapfile -t fuzzers < <(find src -name '*_fuzzer.cc' -printf '%f\n' | sed 's/\.cc$//' | sort)
fi
cmake --build build-fuzz -j"$(nproc)" --target "${fuzzers[@]}"

mkdir -p build-fuzz/crashes
failed=()
for fuzzer in "${fuzzers[@]}"; do
  mkdir -p "build-fuzz/corpus/$fuzzer"
  log="build-fuzz/$fuzzer.log"
  # Undefined behaviour stops the fuzzer, as a memory error does (by default UBSan only
  # reports it).
  if UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
     build-fuzz/"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=30 \
       -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$fuzzer-" \
       "build-fuzz/corpus/$fuzzer" "fuzz/corpus/$fuzzer" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed+=("$fuzzer")
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf '%-30s %-6s %12s execs in %ss  (log: %s)\n' "$fuzzer" "$status" "${execs:-?}" \
         "$seconds" "$log"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]} (inputs in build-fuzz/crashes/)" >&2
  for fuzzer in "${failed[@]}"; do tail -40 "build-fuzz/$fuzzer.log" >&2; done
  exit 1
fi

// libFuzzer target for the CAMEO code tables (data/cameo/*.tsv): arbitrary bytes as either
// table, then every lookup on codes taken from the input. Must never crash or read out of
// bounds, and every row kept must hold what the lookups promise.
//
// Input: byte 0 picks the table (even: event codes, odd: actor codes); the rest is its text.
// Build and run: scripts/fuzz.sh (seeds in fuzz/corpus/cameo_tables_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/files.h"
#include "base/fuzz_testing.h"
#include "base/strings.h"
#include "dict/cameo_tables.h"
#include "tacitus/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 1) return 0;
  const std::string_view text = fuzzing::Rest(data, size, 1);
  CameoTables tables;
  Diagnostics diagnostics;
  if (data[0] % 2 == 0) {
    tables.ParseEventCodes("event_codes.tsv", text, &diagnostics);
  } else {
    tables.ParseActorCodes("actor_codes.tsv", text, &diagnostics);
  }
  for (const EventType& type : tables.event_types()) {
    if (tables.FindEventType(type.code) == nullptr || type.quad_class < 1 || type.quad_class > 4) {
      fuzzing::Die("a kept event code cannot be found: " + type.code);
    }
  }
  // Every field of the input as a query of each kind.
  std::string_view rest = text, line;
  while (NextLine(&rest, &line)) {
    for (std::string_view field : SplitOn(line, '\t')) {
      (void)tables.FindEventType(field);
      (void)tables.SelectEventTypes(field);
      (void)tables.PartKinds(field);
      (void)tables.ActorCodeProblem(field);
      (void)tables.RoleCodeProblem(field);
    }
  }
  (void)tables.SelectEventTypes("");
  (void)diagnostics.ToStatus();
  return 0;
}

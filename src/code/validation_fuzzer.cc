// libFuzzer target for PETRARCH validation suites (PETR.UnitTest.records.xml):
// ParseValidationSuite on arbitrary bytes, with its <Config> elements, then ScoreRecord of
// every record against no events and against the events it expects. Must never crash or read
// out of bounds, and a record must pass against exactly what it expects.
//
// Input: the whole suite. Build and run: scripts/fuzz.sh (seeds in
// fuzz/corpus/validation_fuzzer/).
#include <cstddef>
#include <cstdint>

#include "base/fuzz_testing.h"
#include "code/validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  auto suite = ParseValidationSuite(fuzzing::Rest(data, size, 0));
  if (!suite.ok()) return 0;
  for (const ValidationRecord& record : suite->records) {
    (void)ScoreRecord(record, {}, "");
    if (record.expected_error.empty() && !record.expected.empty() &&
        !ScoreRecord(record, record.expected, "").passed) {
      fuzzing::Die("record " + record.id + " fails against the events it expects");
    }
  }
  return 0;
}

// PETRARCH validation suites (PETR.UnitTest.records.xml): read the records and score coded
// events the way PETRARCH-1's validate mode did.
//
//   auto suite = ParseValidationSuite(xml_text);          // the caller reads the file
//   for (const ValidationRecord& r : suite->records) {
//     if (!r.valid) { skipped; continue; }
//     ... code r.text (dated r.date) with r.options ...
//     ValidationOutcome o = ScoreRecord(r, triples, error);
//   }
//
// Scoring (PETRARCH-1's evaluate_validation_record): a record expecting error X passes when
// the coder reports X; one expecting "noevents" (or no <EventCoding> at all) when nothing is
// coded; otherwise when the coded (source, target, code) triples equal the expected ones as
// a multiset. An inline <Config> changes its option for every later record.
#ifndef TACITUS_CODE_VALIDATION_H_
#define TACITUS_CODE_VALIDATION_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "code/petrarch_options.h"
#include "tacitus/date.h"
#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

struct EventTriple {
  std::string source, target, code;
  friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
  std::string ToString() const { return source + " " + target + " " + code; }
};

struct ValidationRecord {
  std::string id;
  std::string category;
  Date date;
  bool valid = true;  // valid="true" (PETRARCH-1) or sentence="true" (PETRARCH-2)
  std::string text;   // <Text>, white space runs folded to one space
  std::string parse;  // <Parse>, verbatim
  std::vector<EventTriple> expected;
  std::string expected_error;  // error="..." ("dateline", "storydiscard", ...), else empty
  PetrarchOptions options;     // as the <Config> elements before it left them
  // eventdate="YYYYMMDD": the date its events must have, after TABARI's <TIME> shifts
  // (code/tabari_sentence.h); none when not given.
  std::optional<Date> expected_date;
};

struct ValidationSuite {
  // <Environment>: the dictionary files as written (relative to the suite file).
  std::string verb_file, actor_file, agent_file, discard_file;
  std::string options_file;  // <Optionsfile>: a TABARI options file (dict/tabari_options.h)
  std::vector<ValidationRecord> records;
  // Errors at file:line: <Config> elements that could not be applied (the records after one
  // are read with the option as it was), and records whose date is not a date ("record
  // A-3: date '20230230' is not a date (YYYYMMDD); skipped"; kept with valid = false), or
  // whose eventdate is none (the same).
  Diagnostics problems;
};

// Fails when the XML holds a NUL byte or bytes that are not UTF-8 ("FILE:LINE:COLUMN: NUL
// byte", as every data file: base/data_file.h), is malformed, or has no <Sentence>; the
// messages start with `file`, which also names the file in `problems`. The <Config>
// elements change `base_options` (a PETRARCH config's [Options], or the defaults) for the
// records after them.
Result<ValidationSuite> ParseValidationSuite(std::string_view xml,
                                             const PetrarchOptions& base_options = {},
                                             std::string_view file = "records");

struct ValidationOutcome {
  bool passed = false;
  bool date_mismatch = false;  // an event dated otherwise than the record's eventdate
  std::string expected;        // "ARN GON 064; ..." or "noevents" or "error=dateline"
  std::string got;
};

// `coded_error` is what the coder reported for the record ("storydiscard", ...) or empty.
ValidationOutcome ScoreRecord(const ValidationRecord& record, std::span<const EventTriple> coded,
                              std::string_view coded_error);

}  // namespace tacitus

#endif  // TACITUS_CODE_VALIDATION_H_

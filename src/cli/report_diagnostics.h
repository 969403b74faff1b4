// How every subcommand that loads dictionaries tells what their loader found, so that
// `code`, `ingest`, `bench`, `dict` and `validate` report alike.
#ifndef TACITUS_CLI_REPORT_DIAGNOSTICS_H_
#define TACITUS_CLI_REPORT_DIAGNOSTICS_H_

#include <string_view>

#include "tacitus/diagnostic.h"

namespace tacitus::cli {

// What a loader did with the lines its errors name.
enum class DictionaryErrors {
  kLinesSkipped,  // PETRARCH's: the rest loads
  kLoadRefused,   // ours: any error refuses the whole load
};

// Writes each diagnostic to stderr once, in order, as "file:line[:column]: error|warning:
// reason" (the warnings left out when `quiet`), then one count line: "tacitus code: 73
// dictionary lines skipped (73 errors, 2 warnings)", or for our dictionaries "tacitus dict
// check: dictionaries refused (...)" (or "loaded", with warnings only). When `quiet` and lines
// are skipped (the rest loads), the errors are summed up instead, one line per file in the
// order first met: "FILE: 7 lines refused (first at FILE:LINE: reason)"; a refused load
// (ours) still shows every error, since each must be fixed. Writes nothing when there is
// nothing to show.
void ReportDiagnostics(std::string_view command, const Diagnostics& diagnostics,
                       DictionaryErrors errors, bool quiet);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_REPORT_DIAGNOSTICS_H_

#include "cli/report_diagnostics.h"

#include <iostream>
#include <set>
#include <string>
#include <utility>

namespace tacitus::cli {
namespace {

// "1 error", "2 errors".
std::string Count(size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

}  // namespace

void ReportDiagnostics(std::string_view command, const Diagnostics& diagnostics,
                       DictionaryErrors errors, bool quiet) {
  std::ostream& out = std::cerr;
  const size_t error_count = diagnostics.error_count();
  if (diagnostics.empty() || (quiet && error_count == 0)) return;
  std::set<std::pair<std::string_view, uint32_t>> error_lines;  // a line may have two errors
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) {
      error_lines.emplace(diagnostic.file, diagnostic.line);
    } else if (quiet) {
      continue;
    }
    out << diagnostic.Where() << ": " << SeverityName(diagnostic.severity) << ": "
        << diagnostic.reason << "\n";
  }
  out << "tacitus " << command << ": ";
  if (errors == DictionaryErrors::kLoadRefused) {
    out << (error_count > 0 ? "dictionaries refused" : "dictionaries loaded");
  } else {
    out << Count(error_lines.size(), "dictionary line") << " skipped";
  }
  out << " (" << Count(error_count, "error") << ", "
      << Count(diagnostics.warning_count(), "warning") << ")\n";
}

}  // namespace tacitus::cli

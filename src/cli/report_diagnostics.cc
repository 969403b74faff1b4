#include "cli/report_diagnostics.h"

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tacitus::cli {
namespace {

// "1 error", "2 errors".
std::string Count(size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

// The errors of one file, for the quiet summary.
struct FileErrors {
  const Diagnostic* first;
  size_t lines;
};

}  // namespace

void ReportDiagnostics(std::string_view command, const Diagnostics& diagnostics,
                       DictionaryErrors errors, bool quiet) {
  std::ostream& out = std::cerr;
  const size_t error_count = diagnostics.error_count();
  if (diagnostics.empty() || (quiet && error_count == 0)) return;
  std::set<std::pair<std::string_view, uint32_t>> error_lines;  // a line may have two errors
  // Quiet, with lines skipped: per file, its first error and how many lines it refused.
  const bool summarise = quiet && errors == DictionaryErrors::kLinesSkipped;
  std::vector<FileErrors> files;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) {
      const bool new_line = error_lines.emplace(diagnostic.file, diagnostic.line).second;
      if (summarise) {
        auto file = std::find_if(files.begin(), files.end(), [&](const FileErrors& f) {
          return f.first->file == diagnostic.file;
        });
        if (file == files.end()) {
          files.push_back({&diagnostic, 0});
          file = files.end() - 1;
        }
        if (new_line) ++file->lines;
        continue;
      }
    } else if (quiet) {
      continue;
    }
    out << diagnostic.Where() << ": " << SeverityName(diagnostic.severity) << ": "
        << diagnostic.reason << "\n";
  }
  for (const FileErrors& file : files) {
    out << file.first->file << ": " << Count(file.lines, "line") << " refused (first at "
        << file.first->Where() << ": " << file.first->reason << ")\n";
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

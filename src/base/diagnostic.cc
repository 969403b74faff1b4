#include "tacitus/diagnostic.h"

#include <algorithm>

namespace tacitus {

std::string_view SeverityName(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string Diagnostic::Where() const {
  std::string where = file;
  if (line == 0) return where;
  where += ':';
  where += std::to_string(line);
  if (column > 0) {
    where += ':';
    where += std::to_string(column);
  }
  return where;
}

std::string Diagnostic::ToString() const { return Where() + ": " + reason; }

size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

Status Diagnostics::ToStatus() const {
  std::string all;
  for (const Diagnostic& diagnostic : items_) {
    if (diagnostic.severity != Severity::kError) continue;
    if (!all.empty()) all += '\n';
    all += diagnostic.ToString();
  }
  if (all.empty()) return Status::Ok();
  return Status::Error(StatusCode::kDataError, std::move(all));
}

}  // namespace tacitus

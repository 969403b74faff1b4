// Problems found in files with lines (dictionaries, configs), kept as data: where each is, how
// bad it is and why, so that a caller can count them, filter them and print them as it likes.
//
//   Diagnostics diagnostics;
//   diagnostics.Error("data/actors/people.txt", 12, "unknown CAMEO code 'XXX'");
//   diagnostics.Warning("Phoenix.Countries.actors.txt", 745, "control byte dropped");
//   for (const Diagnostic& d : diagnostics) std::cerr << d.ToString() << "\n";
//   Status status = diagnostics.ToStatus();   // fails when there is any error
//
// What an error means is the loader's to say: ours refuse the whole load, PETRARCH's skip the
// line. A warning is never a reason to refuse anything.
#ifndef TACITUS_DIAGNOSTIC_H_
#define TACITUS_DIAGNOSTIC_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tacitus/status.h"

namespace tacitus {

enum class Severity : uint8_t { kError, kWarning };

// "error" or "warning".
std::string_view SeverityName(Severity severity);

struct Diagnostic {
  std::string file;
  uint32_t line = 0;    // 1-based; 0: the file as a whole
  uint32_t column = 0;  // 1-based byte column; 0: not known
  Severity severity = Severity::kError;
  std::string reason;

  // "file:line:column", "file:line" or "file", as far as they are known.
  std::string Where() const;
  // "file:line: reason" (with ":column" when known): the text a loader's error always had.
  std::string ToString() const;
};

class Diagnostics {
 public:
  void Add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void Append(const Diagnostics& more) {
    items_.insert(items_.end(), more.items_.begin(), more.items_.end());
  }
  // `line` 0 means the file as a whole.
  void Error(std::string_view file, uint32_t line, std::string_view reason) {
    Add({std::string(file), line, 0, Severity::kError, std::string(reason)});
  }
  void Warning(std::string_view file, uint32_t line, std::string_view reason) {
    Add({std::string(file), line, 0, Severity::kWarning, std::string(reason)});
  }

  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  size_t error_count() const;
  size_t warning_count() const { return items_.size() - error_count(); }
  bool has_errors() const { return error_count() > 0; }
  const Diagnostic& operator[](size_t i) const { return items_[i]; }
  std::vector<Diagnostic>::const_iterator begin() const { return items_.begin(); }
  std::vector<Diagnostic>::const_iterator end() const { return items_.end(); }

  // Ok when there is no error; otherwise kDataError with every error's ToString, one per
  // line, in the order added. Warnings are left out.
  Status ToStatus() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace tacitus

#endif  // TACITUS_DIAGNOSTIC_H_

// What this header held moved to base/: ReadWholeFile and NextLine to base/files.h, and
// SplitTabs to base/strings.h as SplitOn(line, '\t'). It stays only while dict/ and
// cli/validate_command.cc, which are being restructured, still include it; delete it once they
// include base/ directly. It does not include base/strings.h because entry_parser.cc still
// defines its own Trim and SplitOn, which would clash.
#ifndef TACITUS_LEX_READ_FILE_H_
#define TACITUS_LEX_READ_FILE_H_

#include <string_view>
#include <vector>

#include "base/files.h"

namespace tacitus {

// The tab-separated fields of `line`, views into it; one field (the whole line) when it has
// no tab.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t begin = 0;
  while (true) {
    const size_t tab = line.find('\t', begin);
    fields.push_back(line.substr(begin, tab - begin));
    if (tab == std::string_view::npos) return fields;
    begin = tab + 1;
  }
}

}  // namespace tacitus

#endif  // TACITUS_LEX_READ_FILE_H_

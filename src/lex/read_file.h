// Reading a data file whole, with an error that names it, walking its lines, and cutting a
// line of a tab-separated table into its fields.
#ifndef TACITUS_LEX_READ_FILE_H_
#define TACITUS_LEX_READ_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tacitus {

// Replaces `*contents` with the bytes of the file at `path`. Fails with "path: cannot open: why",
// kNotFound when there is no such file and kIoError otherwise (also for a failed read).
Status ReadWholeFile(const std::string& path, std::string* contents);

// Moves the first line of `*rest` (without its "\n" or "\r\n") into `*line` and removes it
// from `*rest`; false when `*rest` is empty.
inline bool NextLine(std::string_view* rest, std::string_view* line) {
  if (rest->empty()) return false;
  const size_t newline = rest->find('\n');
  *line = rest->substr(0, newline);
  rest->remove_prefix(newline == std::string_view::npos ? rest->size() : newline + 1);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  return true;
}

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

// Reading a data file whole, with an error that names it, and walking its lines.
#ifndef TACITUS_BASE_FILES_H_
#define TACITUS_BASE_FILES_H_

#include <string>
#include <string_view>

#include "tacitus/status.h"

namespace tacitus {

// Replaces `*contents` with the bytes of the file at `path`, read in binary mode. Fails with
// "PATH: cannot open: REASON" (`*contents` untouched; kNotFound when there is no such file,
// else kIoError) or "PATH: read error" (kIoError; `*contents` holds the bytes read before the
// error; a directory opens but reads with an error).
Status ReadWholeFile(const std::string& path, std::string* contents);

// Moves the first line of `*rest` (without its "\n" or "\r\n") into `*line` and removes it
// from `*rest`; false when `*rest` is empty. Inline: it runs once a line of every data file.
inline bool NextLine(std::string_view* rest, std::string_view* line) {
  if (rest->empty()) return false;
  const size_t newline = rest->find('\n');
  *line = rest->substr(0, newline);
  rest->remove_prefix(newline == std::string_view::npos ? rest->size() : newline + 1);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  return true;
}

}  // namespace tacitus

#endif  // TACITUS_BASE_FILES_H_

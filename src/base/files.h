// Reading a data file whole, with an error that names it, and walking its lines.
#ifndef TACITUS_BASE_FILES_H_
#define TACITUS_BASE_FILES_H_

#include <string>
#include <string_view>

#include "tacitus/status.h"

namespace tacitus {

// Replaces `*contents` with the bytes of the regular file at `path` (a symbolic link to one
// will do). A FIFO, device, socket or directory is refused after a stat(), without being
// opened: opening a FIFO waits for a writer that may never come, and opening a device may
// act on it. Fails with "PATH: cannot open: REASON" (`*contents` untouched; kNotFound when
// there is no such file, else kIoError), "PATH: not a regular file (a FIFO)" (kIoError;
// untouched; "a directory", "a character device", ...), or "PATH: read error: REASON"
// (kIoError; `*contents` holds the bytes read before the error).
Status ReadWholeFile(const std::string& path, std::string* contents);

// As ReadWholeFile, but a failure's message is the reason alone ("not a regular file (a
// FIFO)"), for callers that name the file their own way (a dictionary loader's diagnostics).
Status ReadFileBytes(const std::string& path, std::string* contents);

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

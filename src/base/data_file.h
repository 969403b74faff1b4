// The rules every loader of a data file of lines applies — our dictionaries, the CAMEO tables,
// places.txt, the PETRARCH dictionaries and config, validation records — so that `tacitus dict
// check` and `code` see one file alike:
//
//   Diagnostics diagnostics;
//   std::string text;
//   Status read = ReadDataFile(path, "data/agents.txt", &text, &diagnostics);
//   if (!read.ok()) diagnostics.Error("data/agents.txt", 0, read.message());   // or fail
//   ... parse `text`: its bad lines are empty now, each already reported ...
//
// A data file is text: a line holding a NUL byte or bytes that are not UTF-8 is an error at
// file:line:column and is emptied, so that a loader which skips refused lines (PETRARCH's)
// skips it and one which refuses the load (ours) refuses it, without a second error about
// what the bad bytes made of the line. A file without a line of content is warned of: a
// dictionary that loads nothing codes nothing, silently.
#ifndef TACITUS_BASE_DATA_FILE_H_
#define TACITUS_BASE_DATA_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

// Adds to `diagnostics` an error for each line of `*text` holding a NUL byte or a byte that
// is not well-formed UTF-8, at the first such byte ("FILE:LINE:COLUMN: NUL byte",
// "...: invalid UTF-8 (byte 0xFF)"), and empties that line; line breaks are kept, so the
// other lines keep their numbers. Returns how many lines were emptied. Linear in the size of
// `*text`; copies nothing when every line is good.
size_t RefuseBadLines(std::string_view file, std::string* text, Diagnostics* diagnostics);

// Whether `text` has a line of content: one that is not blank and does not start with '#'
// (after leading blanks).
bool HasContentLine(std::string_view text);

// Reads the file at `path` (ReadFileBytes: a FIFO or device is refused without being opened),
// then applies RefuseBadLines and warns "no entries" (line 0) when no content line is left;
// `file` names it in diagnostics. Fails with ReadFileBytes's status, whose message is the
// reason alone: the caller reports it as its rules say (an error diagnostic, or a failed load).
Status ReadDataFile(const std::string& path, std::string_view file, std::string* text,
                    Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_BASE_DATA_FILE_H_

// Reading a data file whole, with an error that names it.
#ifndef TACITUS_LEX_READ_FILE_H_
#define TACITUS_LEX_READ_FILE_H_

#include <string>

#include "base/status.h"

namespace tacitus {

// Replaces `*contents` with the bytes of the file at `path`; "path: cannot open" on failure.
Status ReadWholeFile(const std::string& path, std::string* contents);

}  // namespace tacitus

#endif  // TACITUS_LEX_READ_FILE_H_

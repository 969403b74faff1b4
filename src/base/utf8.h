// Checking that bytes are well-formed UTF-8, as every reader of text input does: the story
// readers and the loaders of dictionaries, places and validation records.
#ifndef TACITUS_BASE_UTF8_H_
#define TACITUS_BASE_UTF8_H_

#include <cstddef>
#include <string_view>

namespace tacitus {

// Offset of the first byte of `text` that is not well-formed UTF-8 (Unicode 15, table 3-7:
// no overlong forms, surrogates or code points past U+10FFFF), or npos. Never fails.
size_t FindInvalidUtf8(std::string_view text);

}  // namespace tacitus

#endif  // TACITUS_BASE_UTF8_H_

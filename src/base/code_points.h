// Prefixes counted in Unicode code points, as Python slices strings: the scorer cuts codes
// and dates with s[:3] and s[:len(gold_date)], and the listings cut sentences to 100
// characters, exactly as news-dev's score.py does, whatever the script of the text.
#ifndef TACITUS_EVAL_CODE_POINTS_H_
#define TACITUS_EVAL_CODE_POINTS_H_

#include <cstddef>
#include <string_view>

namespace tacitus {

// Code points in UTF-8 `text`: the bytes that do not continue a sequence (10xxxxxx).
inline size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The first `count` code points of UTF-8 `text` (all of it when shorter): Python's
// text[:count].
inline std::string_view PrefixCodePoints(std::string_view text, size_t count) {
  size_t end = 0;
  for (size_t seen = 0; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && seen++ == count) break;
  }
  return text.substr(0, end);
}

}  // namespace tacitus

#endif  // TACITUS_EVAL_CODE_POINTS_H_

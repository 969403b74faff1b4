// Prefixes counted in Unicode code points, as Python slices strings: the scorer cuts codes
// and dates with s[:3] and s[:len(gold_date)], and the listings cut sentences to 100
// characters, exactly as news-dev's score.py does, whatever the script of the text.
#ifndef TACITUS_EVAL_CODE_POINTS_H_
#define TACITUS_EVAL_CODE_POINTS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace tacitus {

// Whether UTF-8 byte `c` starts a code point: it does not continue a sequence (10xxxxxx).
inline bool StartsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Code points in UTF-8 `text`: the bytes that start one. Eight bytes at a time: the bytes
// that continue a sequence have bit 7 set and bit 6 clear.
inline size_t CountCodePoints(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = kOnes * 0x80;
  size_t count = 0;
  size_t i = 0;
  for (; i + sizeof(uint64_t) <= text.size(); i += sizeof(uint64_t)) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, sizeof x);
    const uint64_t continues = (x & ~(x << 1) & kHighs) >> 7;  // 1 in each such byte
    count += sizeof x - ((continues * kOnes) >> 56);           // the sum of the bytes
  }
  for (; i < text.size(); ++i) count += StartsCodePoint(text[i]);
  return count;
}

// The first `count` code points of UTF-8 `text` (all of it when shorter): Python's
// text[:count].
inline std::string_view PrefixCodePoints(std::string_view text, size_t count) {
  size_t end = 0;
  for (size_t seen = 0; end < text.size(); ++end) {
    if (StartsCodePoint(text[end]) && seen++ == count) break;
  }
  return text.substr(0, end);
}

}  // namespace tacitus

#endif  // TACITUS_EVAL_CODE_POINTS_H_

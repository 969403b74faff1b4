// ASCII string helpers that every stage shares: classifying and case-folding bytes, trimming
// and splitting.
//
//   Trim("  Beijing \n")                  // "Beijing"
//   Trim("\tBeijing \n", kSpaceAndTab)    // "Beijing \n": only the blanks asked for go
//   AsciiUppercase("rusgov")              // "RUSGOV"
//   SplitOn("a\t\tb", '\t')               // {"a", "", "b"}
//   SplitWords(" a\t\tb ")                // {"a", "b"}
//   Printf("%.1f MB", 2.25)               // "2.2 MB" (snprintf into a string)
//   Excerpt(ten_megabyte_line)            // its first 80 bytes and "…"
//
// Only ASCII is touched: a byte of 0x80 or more is never white space, a letter or a digit, and
// case folding leaves it alone, so UTF-8 text passes through whole (Excerpt never cuts a
// character in two) and the result does not depend on the C locale (std::tolower would). Nothing here fails or allocates beyond the
// strings it returns; views returned point into the argument and live as long as it does.
#ifndef TACITUS_BASE_STRINGS_H_
#define TACITUS_BASE_STRINGS_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {

// Whether `word` is one of `words` (a short fixed list of words: a linear scan).
template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}
inline bool In(std::initializer_list<std::string_view> words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The six bytes C's isspace() takes for white space in the "C" locale.
inline constexpr std::string_view kAsciiWhitespace = " \t\n\r\f\v";
// The blanks that separate fields within one line.
inline constexpr std::string_view kSpaceAndTab = " \t";

constexpr bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiAlphanumeric(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

constexpr char AsciiToLower(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char AsciiToUpper(char c) {
  return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// A copy of `text` with A-Z (AsciiLowercase) or a-z (AsciiUppercase) case-folded.
std::string AsciiLowercase(std::string_view text);
std::string AsciiUppercase(std::string_view text);

// `text` without the bytes of `blanks` at its start (TrimLeading) or at both ends (Trim).
std::string_view TrimLeading(std::string_view text, std::string_view blanks = kAsciiWhitespace);
std::string_view Trim(std::string_view text, std::string_view blanks = kAsciiWhitespace);

// The fields of `text` between `separator`s, views into it, empty ones kept: one field (the
// whole text) when there is no separator, and {""} for empty text.
std::vector<std::string_view> SplitOn(std::string_view text, char separator);

// The words of `text`: its runs of bytes other than those of `blanks`, views into it, in
// order; none when `text` is all blanks.
std::vector<std::string_view> SplitWords(std::string_view text,
                                         std::string_view blanks = kAsciiWhitespace);

// snprintf into a string (g++ 12 has no std::format), for short figures: what passes 255
// bytes is cut.
template <typename... Args>
std::string Printf(const char* format, Args... args) {
  char buffer[256];
  const int size = std::snprintf(buffer, sizeof buffer, format, args...);
  return std::string(buffer, size < 0 ? 0 : std::min<size_t>(size, sizeof buffer - 1));
}
// What a message quotes of a line of input: `text` when it has at most kExcerptBytes bytes,
// else its first kExcerptBytes or fewer (never half a UTF-8 character) followed by "…", so
// that a 10 MB line never makes a 10 MB message.
inline constexpr size_t kExcerptBytes = 80;
std::string Excerpt(std::string_view text);

}  // namespace tacitus

#endif  // TACITUS_BASE_STRINGS_H_

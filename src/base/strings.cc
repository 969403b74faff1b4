#include "base/strings.h"

#include <algorithm>

namespace tacitus {

std::string AsciiLowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = AsciiToLower(c);
  return lower;
}

std::string AsciiUppercase(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) c = AsciiToUpper(c);
  return upper;
}

std::string_view TrimLeading(std::string_view text, std::string_view blanks) {
  // All blank: the empty view at the end of `text`, so that offsets taken from it still hold.
  return text.substr(std::min(text.find_first_not_of(blanks), text.size()));
}

std::string_view Trim(std::string_view text, std::string_view blanks) {
  text = TrimLeading(text, blanks);
  return text.substr(0, text.find_last_not_of(blanks) + 1);
}

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  size_t begin = 0;
  while (true) {
    const size_t end = text.find(separator, begin);
    fields.push_back(text.substr(begin, end - begin));
    if (end == std::string_view::npos) return fields;
    begin = end + 1;
  }
}

std::vector<std::string_view> SplitWords(std::string_view text, std::string_view blanks) {
  std::vector<std::string_view> words;
  size_t begin = text.find_first_not_of(blanks);
  while (begin != std::string_view::npos) {
    const size_t end = std::min(text.find_first_of(blanks, begin), text.size());
    words.push_back(text.substr(begin, end - begin));
    begin = text.find_first_not_of(blanks, end);
  }
  return words;
}

std::string Excerpt(std::string_view text) {
  if (text.size() <= kExcerptBytes) return std::string(text);
  size_t end = kExcerptBytes;
  // Back to the start of the character that straddles the limit (UTF-8 continuation bytes
  // are 10xxxxxx); a run of stray continuation bytes is cut anywhere.
  for (size_t back = 0; back < 3 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80;
       ++back) {
    --end;
  }
  if ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) end = kExcerptBytes;
  return std::string(text.substr(0, end)) + "\u2026";
}

}  // namespace tacitus

#include "dict/petrarch_lines.h"

namespace tacitus {

std::string_view TrimBlanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> SplitBlanks(std::string_view text) {
  std::vector<std::string_view> pieces;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > begin) pieces.push_back(text.substr(begin, i - begin));
  }
  return pieces;
}

std::string ToLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ToUpperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool PetrarchLines::Next(std::string_view* line) {
  while (position_ < text_.size()) {
    size_t end = text_.find('\n', position_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view raw = text_.substr(position_, end - position_);
    number_ = next_number_++;
    position_ = end + 1;

    // An XML comment opened on this line and closed on a later one swallows those lines.
    const size_t open = raw.find("<!");
    if (open != std::string_view::npos) {
      size_t close = raw.find("-->", open);
      if (close == std::string_view::npos) {
        while (position_ < text_.size()) {
          size_t next_end = text_.find('\n', position_);
          if (next_end == std::string_view::npos) next_end = text_.size();
          const std::string_view next = text_.substr(position_, next_end - position_);
          ++next_number_;
          position_ = next_end + 1;
          if (next.find("-->") != std::string_view::npos) break;
        }
        raw = raw.substr(0, open);
      } else {
        // Text after a one-line comment is kept only when the line does not start with it.
        raw = open == 0 ? std::string_view() : raw.substr(0, open);
      }
    }
    // "#" starts a comment, except inside a code: "[###]" is a code.
    int depth = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '[') ++depth;
      if (raw[i] == ']' && depth > 0) --depth;
      if (raw[i] == '#' && depth == 0) {
        raw = raw.substr(0, i);
        break;
      }
    }
    if (semicolon_comments_) {
      if (const size_t semi = raw.find(';'); semi != std::string_view::npos) {
        raw = raw.substr(0, semi);
      }
    }
    indented_ = !raw.empty() && (raw.front() == ' ' || raw.front() == '\t');
    raw = TrimBlanks(raw);
    if (raw.empty()) continue;
    *line = raw;
    return true;
  }
  return false;
}

}  // namespace tacitus

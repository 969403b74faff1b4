#include "dict/petrarch_lines.h"

#include "base/strings.h"

namespace tacitus {

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
    raw = Trim(raw, kPetrarchBlanks);
    if (raw.empty()) continue;
    *line = raw;
    return true;
  }
  return false;
}

}  // namespace tacitus

// The line conventions shared by PETRARCH and TABARI dictionary files: XML comments
// ("<!-- ... -->", also over several lines), "#" comments, and in TABARI-era actor, agent
// and discard files ";" comments too. Blank lines are skipped.
//
//   PetrarchLines lines(text, /*semicolon_comments=*/true);
//   std::string_view line;
//   while (lines.Next(&line)) { ... lines.number() ... }   // line: comment-free, trimmed
//
// Views point into `text`, which the caller keeps. Never fails: an unterminated XML comment
// runs to the end of the file.
#ifndef TACITUS_DICT_PETRARCH_LINES_H_
#define TACITUS_DICT_PETRARCH_LINES_H_

#include <cstdint>
#include <string_view>

namespace tacitus {

class PetrarchLines {
 public:
  PetrarchLines(std::string_view text, bool semicolon_comments)
      : text_(text), semicolon_comments_(semicolon_comments) {}

  // The next line with content, comments removed and white space trimmed; false at the end.
  bool Next(std::string_view* line);
  // 1-based number of the line Next returned.
  uint32_t number() const { return number_; }
  // Whether that line began with white space (TABARI puts dated codes on indented lines).
  bool indented() const { return indented_; }

 private:
  std::string_view text_;
  size_t position_ = 0;
  uint32_t number_ = 0;
  uint32_t next_number_ = 1;
  bool indented_ = false;
  bool semicolon_comments_;
};

// What Trim takes off the ends of a PETRARCH field: spaces, tabs and line ends (not the form
// feed or vertical tab that kAsciiWhitespace also holds).
inline constexpr std::string_view kPetrarchBlanks = " \t\r\n";

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_LINES_H_

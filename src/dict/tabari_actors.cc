#include "dict/tabari_actors.h"

#include <string>

#include "base/strings.h"
#include "dict/tabari_verbs.h"
#include "tacitus/date.h"

namespace tacitus {
namespace {

// Whether a word of `name` begins with "&" ("ST._KITTS_&_NEVIS_"; "AT&T_" is a word TABARI
// codes).
bool HasAmpersandWord(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '&' && (i == 0 || name[i - 1] == '_' || name[i - 1] == ' ')) return true;
  }
  return false;
}

// Rewrites, in `text`'s bytes [begin, end), each six-digit date inside "[...]" whose day is
// past its month's end ("041131") to the month's last day ("041130"); returns how many,
// setting *first to `line` at the first.
uint32_t RepairDays(std::string* text, size_t begin, size_t end, uint32_t line, uint32_t* first) {
  uint32_t repaired = 0;
  bool in_code = false;
  for (size_t i = begin; i < end; ++i) {
    const char c = (*text)[i];
    if (c == '[' || c == ']') in_code = c == '[';
    if (!in_code || !IsAsciiDigit(c) || (i > begin && IsAsciiDigit((*text)[i - 1]))) continue;
    size_t digits = i;
    while (digits < end && IsAsciiDigit((*text)[digits])) ++digits;
    if (digits - i != 6) continue;
    const auto number = [&](size_t at) {
      return ((*text)[at] - '0') * 10 + ((*text)[at + 1] - '0');
    };
    const int year = number(i) <= 30 ? 2000 + number(i) : 1900 + number(i);
    const int month = number(i + 2), day = number(i + 4);
    if (month < 1 || month > 12) continue;
    const int last = Date::DaysInMonth(year, month);
    if (day <= last) continue;
    (*text)[i + 4] = static_cast<char>('0' + last / 10);
    (*text)[i + 5] = static_cast<char>('0' + last % 10);
    if (repaired++ == 0 && *first == 0) *first = line;
  }
  return repaired;
}

// The text of a TABARI actor or agent file with what PETRARCH's readers do not take blanked
// out (spaces keep the line numbers and lengths), each such line reported once.
// Agents (`agents`) must place their code with "~" ("[~GOV]", "[NGO~]"), as TABARI checks.
std::string BlankTabariOnlyLines(std::string_view file, std::string_view text, bool agents,
                                 Diagnostics* diagnostics) {
  std::string kept(text);
  std::string block;  // "NOUN", "ADJECTIVE": the block being passed over
  uint32_t block_line = 0, block_entries = 0;
  bool finished = false;
  uint32_t after_finish = 0, finish_line = 0;
  uint32_t repaired_dates = 0, first_repaired = 0;
  size_t position = 0;
  for (uint32_t number = 1; position < kept.size(); ++number) {
    const size_t end = std::min(kept.find('\n', position), kept.size());
    const std::string_view line = Trim(std::string_view(kept).substr(position, end - position));
    const auto blank = [&] {
      for (size_t i = position; i < end; ++i) {
        if (kept[i] != '\r') kept[i] = ' ';
      }
    };
    const std::string upper = AsciiUppercase(line.substr(0, 16));
    if (finished) {
      if (!line.empty()) ++after_finish;
      blank();
    } else if (IsTabariFinish(line)) {
      finished = true;
      finish_line = number;
      blank();
    } else if (!block.empty()) {
      if (upper.starts_with("</")) {
        diagnostics->Warning(file, block_line,
                             "<" + block + "> block of " + std::to_string(block_entries) +
                                 " entries not loaded: TABARI uses them only to parse compounds");
        block.clear();
      } else if (!line.empty() && !line.starts_with('#')) {
        ++block_entries;
      }
      blank();
    } else if (upper.starts_with("<NOUN") || upper.starts_with("<ADJ")) {
      block = upper.starts_with("<NOUN") ? "NOUN" : "ADJECTIVE";
      block_line = number;
      block_entries = 0;
      blank();
    } else if (line.starts_with('/')) {
      blank();
    } else {
      // The name: what comes before the first code, comment or quote.
      const std::string_view name = line.substr(0, line.find_first_of("[;\"#"));
      const size_t code = line.find('[');
      if (HasAmpersandWord(name)) {
        diagnostics->Error(file, number,
                           "'&' in the name " + Excerpt(Trim(name)) +
                               ": TABARI itself cannot code it (it asks for a code)");
        blank();
      } else if (agents && code != std::string_view::npos &&
                 line.find('~', code) == std::string_view::npos) {
        diagnostics->Error(file, number, "agent code without '~' (\"[~GOV]\", \"[NGO~]\")");
        blank();
      } else {
        repaired_dates += RepairDays(&kept, position, end, number, &first_repaired);
      }
    }
    position = end + 1;
  }
  if (repaired_dates > 0) {
    diagnostics->Warning(file, first_repaired,
                         std::to_string(repaired_dates) +
                             " dates with a day past the month's end (\"041131\") read as the "
                             "month's last day, as TABARI reads them (the first here)");
  }
  if (!block.empty()) {
    diagnostics->Error(file, block_line, "<" + block + "> block never closed: not loaded");
  }
  if (after_finish > 0) {
    diagnostics->Warning(file, finish_line,
                         std::to_string(after_finish) + " lines after ~FINISH not read");
  }
  return kept;
}

}  // namespace

void ParseTabariActors(std::string_view file, std::string_view text, PetrarchEntries* out,
                       Diagnostics* diagnostics) {
  ParsePetrarchActors(file, BlankTabariOnlyLines(file, text, /*agents=*/false, diagnostics), out,
                      diagnostics);
}

void ParseTabariAgents(std::string_view file, std::string_view text, PetrarchEntries* out,
                       Diagnostics* diagnostics) {
  ParsePetrarchAgents(file, BlankTabariOnlyLines(file, text, /*agents=*/true, diagnostics), out,
                      diagnostics);
}

}  // namespace tacitus

#include "story/format_reader.h"

#include <algorithm>

#include "base/strings.h"

namespace tacitus {

bool FormatReader::ReadWhole(std::string_view story_id) {
  do {
    if (input_->data().size() > options_.max_story_bytes) {
      Report(1, story_id, LongerThan("story", options_.max_story_bytes));
      return false;
    }
  } while (input_->ReadMore());
  return !input_->failed();  // a story cut short by a read error is no story
}

std::string LongerThan(std::string_view what, size_t limit) {
  return std::string(what) + " longer than " + std::to_string(limit) + " bytes";
}

std::string Quoted(std::string_view text) {
  std::string quoted = "'";
  quoted += Excerpt(text);
  quoted += '\'';
  return quoted;
}

std::optional<std::string> CheckUtf8(std::string_view bytes, uint64_t offset, uint32_t line) {
  const size_t bad = FindInvalidUtf8(bytes);
  if (bad == std::string_view::npos) return std::nullopt;
  const auto before = bytes.substr(0, bad);
  const uint32_t bad_line =
      line + static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n'));
  return "invalid UTF-8 at byte " + std::to_string(offset + bad) + " (line " +
         std::to_string(bad_line) + ")";
}

namespace {

// Consumes `digits` ASCII digits at the front of *text as a number in [0, max]; false, with
// *text past what was read, when they are not there or the number is larger.
bool ConsumeNumber(std::string_view* text, size_t digits, int max) {
  if (text->size() < digits) return false;
  int value = 0;
  for (size_t i = 0; i < digits; ++i) {
    if (!IsAsciiDigit((*text)[i])) return false;
    value = value * 10 + ((*text)[i] - '0');
  }
  text->remove_prefix(digits);
  return value <= max;
}

bool ConsumeChar(std::string_view* text, char c) {
  if (text->empty() || text->front() != c) return false;
  text->remove_prefix(1);
  return true;
}

// "hh:mm[:ss[.fraction]][Z|+hh:mm|-hh:mm|+hhmm|-hhmm]", the whole of `text`.
bool IsIsoTime(std::string_view text) {
  if (!ConsumeNumber(&text, 2, 23) || !ConsumeChar(&text, ':') || !ConsumeNumber(&text, 2, 59)) {
    return false;
  }
  if (ConsumeChar(&text, ':')) {
    if (!ConsumeNumber(&text, 2, 60)) return false;  // 60: a leap second
    if (ConsumeChar(&text, '.') || ConsumeChar(&text, ',')) {
      if (text.empty() || !IsAsciiDigit(text.front())) return false;
      while (!text.empty() && IsAsciiDigit(text.front())) text.remove_prefix(1);
    }
  }
  if (text.empty() || text == "Z") return true;
  if (!ConsumeChar(&text, '+') && !ConsumeChar(&text, '-')) return false;
  if (!ConsumeNumber(&text, 2, 23)) return false;
  ConsumeChar(&text, ':');
  return ConsumeNumber(&text, 2, 59) && text.empty();
}

}  // namespace

std::optional<Date> ParseStoryDate(std::string_view text, std::optional<std::string>* time) {
  constexpr size_t kDateLength = 10;  // YYYY-MM-DD
  const std::optional<Date> date = Date::ParseIso(text.substr(0, kDateLength));
  if (!date) return std::nullopt;
  if (text.size() == kDateLength) {
    time->reset();
    return date;
  }
  if (text[kDateLength] != 'T' && text[kDateLength] != ' ') return std::nullopt;
  const std::string_view rest = text.substr(kDateLength + 1);
  if (!IsIsoTime(rest)) return std::nullopt;
  time->emplace(rest);
  return date;
}

}  // namespace tacitus

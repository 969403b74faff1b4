#include "story/format_reader.h"

#include <algorithm>
#include <cstring>

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
  constexpr size_t kMaxShown = 40;
  std::string quoted = "'";
  quoted.append(text.substr(0, kMaxShown));
  quoted.append(text.size() > kMaxShown ? "...'" : "'");
  return quoted;
}

size_t FindInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    // News text is mostly ASCII: skip it eight bytes at a time.
    uint64_t word;
    if (i + 8 <= size && (std::memcpy(&word, bytes + i, 8), (word & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) second_min = 0xA0;  // overlong
      if (lead == 0xED) second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) second_min = 0x90;  // overlong
      if (lead == 0xF4) second_max = 0x8F;  // past U+10FFFF
    } else {
      return i;
    }
    if (i + length > size) return i;
    if (bytes[i + 1] < second_min || bytes[i + 1] > second_max) return i;
    for (size_t k = 2; k < length; ++k) {
      if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return i;
    }
    i += length;
  }
  return std::string_view::npos;
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

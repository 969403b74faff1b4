// TABARI's text files (its manual, 4.3): records of a "YYMMDD id" line (YYYYMMDD too; the id
// is the rest of the line), the story's text on the lines after it, and a blank line. YY up to
// 30 is 20YY, as TABARI reads it. Text between "/*" and "*/" (TABARI's comments, which it does
// not code) is blanked out with spaces, so byte offsets still index the record as written.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "story/format_reader.h"

namespace tacitus {
namespace {

// The date of a TABARI header's digits ("950101", "19950101"); nullopt when they are no date.
std::optional<Date> TabariDate(std::string_view digits) {
  if (digits.size() != 6 && digits.size() != 8) return std::nullopt;
  const auto number = [&](size_t at, size_t count) {
    int value = 0;
    for (size_t i = at; i < at + count; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  int year = number(0, digits.size() - 4);
  if (digits.size() == 6) year += year <= 30 ? 2000 : 1900;
  const int month = number(digits.size() - 4, 2), day = number(digits.size() - 2, 2);
  if (month < 1 || month > 12 || day < 1 || day > Date::DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return Date{year, month, day};
}

// The digits that open `line`.
std::string_view LeadingDigits(std::string_view line) {
  size_t end = 0;
  while (end < line.size() && IsAsciiDigit(line[end])) ++end;
  return line.substr(0, end);
}

class TabariTextReader final : public FormatReader {
 public:
  using FormatReader::FormatReader;

  bool Next(Story* story) override {
    for (;;) {
      SkipBlankLines();
      if (input_->data().empty()) return false;
      size_t end = 0;
      if (!FindRecordEnd(&end)) continue;  // too long: reported and passed over
      const std::string_view record = input_->data().substr(0, end);
      const uint32_t first_line = line_;
      line_ += static_cast<uint32_t>(std::count(record.begin(), record.end(), '\n'));
      if (end > options_.max_story_bytes) {  // found within one chunk
        Report(first_line, Header(record), LongerThan("record", options_.max_story_bytes));
        input_->Consume(end);
        continue;
      }
      const bool good = Parse(record, first_line, story);
      input_->Consume(end);
      if (good) return true;
    }
  }

 private:
  // Consumes the blank lines before the next record, counting them.
  void SkipBlankLines() {
    for (;;) {
      const std::string_view data = input_->data();
      const size_t newline = data.find('\n');
      if (newline == std::string_view::npos) {
        if (!Trim(data).empty()) return;
        input_->Consume(data.size());
        if (!input_->ReadMore()) return;
        continue;
      }
      if (!Trim(data.substr(0, newline)).empty()) return;
      input_->Consume(newline + 1);
      ++line_;
    }
  }

  // Sets *end to where the record at data() ends: the start of its first blank line, or the
  // end of the input. False when the record is longer than max_story_bytes: reported, and
  // consumed up to its end.
  bool FindRecordEnd(size_t* end) {
    size_t line_start = 0;
    bool too_long = false;
    bool dropped = false;  // lines of a too-long record were consumed: data() is past its header
    for (;;) {
      const std::string_view data = input_->data();
      const size_t newline = data.find('\n', line_start);
      if (newline != std::string_view::npos) {
        if ((line_start > 0 || dropped) &&
            Trim(data.substr(line_start, newline - line_start)).empty()) {
          *end = line_start;
          if (!too_long) return true;
          input_->Consume(line_start);
          return false;
        }
        line_start = newline + 1;
        continue;
      }
      if (!too_long && data.size() > options_.max_story_bytes) {
        too_long = true;
        Report(line_, Header(data), LongerThan("record", options_.max_story_bytes));
      }
      if (too_long && line_start > 0) {  // keep memory bounded: drop the lines looked at
        line_ += static_cast<uint32_t>(std::count(data.begin(), data.begin() + line_start, '\n'));
        input_->Consume(line_start);
        line_start = 0;
        dropped = true;
        continue;
      }
      if (!input_->ReadMore()) {
        *end = input_->data().size();
        if (!too_long) return true;
        input_->Consume(*end);
        return false;
      }
    }
  }

  // The story id of the header at the start of `data`, for messages ("" when none).
  static std::string_view Header(std::string_view data) {
    const std::string_view line = data.substr(0, data.find('\n'));
    const std::string_view digits = LeadingDigits(line);
    if (digits.empty()) return {};
    return Trim(line.substr(digits.size()));
  }

  bool Parse(std::string_view record, uint32_t first_line, Story* story) {
    const size_t newline = std::min(record.find('\n'), record.size());
    const std::string_view header = Trim(record.substr(0, newline));
    const std::string_view digits = LeadingDigits(header);
    const std::string_view id = Trim(header.substr(digits.size()));
    if (digits.empty() || id.empty()) {
      Report(first_line, "", "expected 'YYMMDD id' to open a record, not " + Quoted(header));
      return false;
    }
    if (auto bad = CheckUtf8(record, input_->offset(), first_line)) {
      Report(first_line, id, std::move(*bad));
      return false;
    }
    const std::optional<Date> date = TabariDate(digits);
    if (!date) {
      Report(first_line, id, "invalid date " + Quoted(digits) + " (want YYMMDD or YYYYMMDD)");
      return false;
    }
    std::string_view text = newline < record.size() ? record.substr(newline + 1) : "";
    // The line break before the blank line (or the end) closes the record; it is no text.
    if (text.ends_with('\n')) text.remove_suffix(1);
    if (text.ends_with('\r')) text.remove_suffix(1);
    story->text.assign(text.data(), text.size());
    BlankComments(&story->text);
    if (Trim(story->text).empty()) {
      Report(first_line, id, "empty text");
      return false;
    }
    story->id.assign(id.data(), id.size());
    story->date = *date;
    story->source.reset();
    story->url.reset();
    story->time.reset();
    story->title.reset();
    story->parse.reset();
    story->file = info_.file;
    story->line = first_line;
    return true;
  }

  // "/* ... */" (to the end of the text when not closed) to spaces, line breaks kept.
  static void BlankComments(std::string* text) {
    size_t open = 0;
    while ((open = text->find("/*", open)) != std::string::npos) {
      const size_t close = text->find("*/", open + 2);
      const size_t end = close == std::string::npos ? text->size() : close + 2;
      for (size_t i = open; i < end; ++i) {
        if ((*text)[i] != '\n') (*text)[i] = ' ';
      }
      open = end;
    }
  }

  uint32_t line_ = 1;  // the line of input_->data()[0]
};

}  // namespace

bool LooksTabari(std::string_view text) {
  const std::string_view line = text.substr(0, text.find('\n'));
  const std::string_view digits = LeadingDigits(line);
  if (!TabariDate(digits) || text.find('\n') == std::string_view::npos) return false;
  const std::string_view id = Trim(line.substr(digits.size()));
  const std::string_view first = id.substr(0, id.find_first_of(" \t"));
  // Not a word: "200101 people marched" is plain text, "080806 g0-2" and "950101*INTRO" are
  // records.
  return std::any_of(first.begin(), first.end(), [](char c) { return !IsAsciiLetter(c); });
}

std::unique_ptr<FormatReader> NewTabariTextReader(InputBuffer* input, InputInfo info,
                                                  const ReadOptions& options,
                                                  const ErrorSink& report) {
  return std::make_unique<TabariTextReader>(input, std::move(info), options, report);
}

}  // namespace tacitus

// JSON Lines: one story object per line.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "story/format_reader.h"

namespace tacitus {
namespace {

using nlohmann::json;

class JsonLinesReader final : public FormatReader {
 public:
  using FormatReader::FormatReader;

  bool Next(Story* story) override {
    std::string_view line;
    while (NextLine(&line)) {
      if (TrimSpace(line).empty()) continue;
      if (ParseLine(line, story)) return true;
    }
    return false;
  }

 private:
  // The next line without its line break, its number in line_number_; false at the end.
  // Lines longer than max_story_bytes are reported and passed over without being held in
  // memory.
  bool NextLine(std::string_view* line) {
    input_->Consume(consume_after_line_);
    consume_after_line_ = 0;
    size_t scanned = 0;
    bool too_long = false;
    for (;;) {
      const std::string_view data = input_->data();
      const size_t newline = data.find('\n', scanned);
      if (newline != std::string_view::npos) {
        ++line_number_;
        if (too_long) {
          input_->Consume(newline + 1);
          scanned = 0;
          too_long = false;
          continue;
        }
        *line = data.substr(0, newline);
        consume_after_line_ = newline + 1;
        line_offset_ = input_->offset();
        return true;
      }
      if (!too_long && data.size() > options_.max_story_bytes) {
        too_long = true;
        Report(line_number_ + 1, "", LongerThan("line", options_.max_story_bytes));
      }
      if (too_long) {
        input_->Consume(data.size());
        scanned = 0;
      } else {
        scanned = data.size();
      }
      if (!input_->ReadMore()) {
        if (too_long || input_->data().empty() || input_->failed()) return false;
        ++line_number_;  // the last line has no line break
        *line = input_->data();
        consume_after_line_ = line->size();
        line_offset_ = input_->offset();
        return true;
      }
    }
  }

  // Sets *out to object[key], absent when missing or null; false (reported) when it is not a
  // string.
  bool GetOptionalString(const json& object, const char* key, std::string_view id,
                         std::optional<std::string>* out) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      out->reset();
      return true;
    }
    if (!it->is_string()) {
      Report(line_number_, id, std::string("\"") + key + "\" is not a string");
      return false;
    }
    *out = it->get_ref<const std::string&>();
    return true;
  }

  // The string at object[key]; nullptr (reported) when missing or not a string.
  const std::string* GetRequiredString(const json& object, const char* key, std::string_view id) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      Report(line_number_, id, std::string("missing \"") + key + "\"");
      return nullptr;
    }
    if (!it->is_string()) {
      Report(line_number_, id, std::string("\"") + key + "\" is not a string");
      return nullptr;
    }
    return &it->get_ref<const std::string&>();
  }

  bool ParseLine(std::string_view line, Story* story) {
    // nlohmann would reject bad UTF-8 too, but without saying where.
    if (line.size() > options_.max_story_bytes) {
      Report(line_number_, "",
             LongerThan("line", options_.max_story_bytes));
      return false;
    }
    if (auto bad = CheckUtf8(line, line_offset_, line_number_)) {
      Report(line_number_, "", std::move(*bad));
      return false;
    }
    json object;
    try {
      object = json::parse(line);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for huge numbers
      Report(line_number_, "", "malformed JSON: " + ParseErrorDetail(e.what()));
      return false;
    }
    if (!object.is_object()) {
      Report(line_number_, "", std::string("expected a JSON object, not ") + object.type_name());
      return false;
    }
    const std::string* id = GetRequiredString(object, "id", "");
    if (id == nullptr) return false;
    if (id->empty()) {
      Report(line_number_, "", "empty \"id\"");
      return false;
    }
    const std::string* date = GetRequiredString(object, "date", *id);
    if (date == nullptr) return false;
    const std::optional<Date> parsed = Date::ParseIso(*date);
    if (!parsed) {
      Report(line_number_, *id, "invalid date " + Quoted(*date) + " (want YYYY-MM-DD)");
      return false;
    }
    const std::string* text = GetRequiredString(object, "text", *id);
    if (text == nullptr) return false;
    if (TrimSpace(*text).empty()) {
      Report(line_number_, *id, "empty text");
      return false;
    }
    if (!GetOptionalString(object, "source", *id, &story->source) ||
        !GetOptionalString(object, "url", *id, &story->url) ||
        !GetOptionalString(object, "title", *id, &story->title)) {
      return false;
    }
    story->id = *id;
    story->date = *parsed;
    story->text = *text;
    story->parse.reset();
    story->file = info_.file;
    story->line = line_number_;
    return true;
  }

  // nlohmann's message without its "[json.exception...] parse error at line 1, " prefix: the
  // line is ours to give.
  static std::string ParseErrorDetail(std::string_view what) {
    if (const size_t bracket = what.find("] "); what.starts_with("[") && bracket != what.npos) {
      what.remove_prefix(bracket + 2);
    }
    constexpr std::string_view kAtLine1 = "parse error at line 1, ";
    if (what.starts_with(kAtLine1)) what.remove_prefix(kAtLine1.size());
    constexpr size_t kMaxDetail = 160;  // the message quotes the input, which may be long
    if (what.size() > kMaxDetail) return std::string(what.substr(0, kMaxDetail)) + "...";
    return std::string(what);
  }

  uint32_t line_number_ = 0;
  uint64_t line_offset_ = 0;
  size_t consume_after_line_ = 0;
};

}  // namespace

std::unique_ptr<FormatReader> NewJsonLinesReader(InputBuffer* input, InputInfo info,
                                                 const ReadOptions& options,
                                                 const ErrorSink& report) {
  return std::make_unique<JsonLinesReader>(input, std::move(info), options, report);
}

}  // namespace tacitus

// JSON Lines: one story object per line, parsed with simdjson (reading stays on the calling
// thread of a parallel run, so its speed bounds the scaling of short stories).
#include <simdjson.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "story/format_reader.h"

namespace tacitus {
namespace {

namespace dom = simdjson::dom;

std::string_view TypeName(dom::element_type type) {
  switch (type) {
    case dom::element_type::ARRAY:
      return "array";
    case dom::element_type::OBJECT:
      return "object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
      return "number";
    case dom::element_type::STRING:
      return "string";
    case dom::element_type::BOOL:
      return "boolean";
    case dom::element_type::NULL_VALUE:
      return "null";
  }
  return "value";
}

class JsonLinesReader final : public FormatReader {
 public:
  using FormatReader::FormatReader;

  bool Next(Story* story) override {
    std::string_view line;
    while (NextLine(&line)) {
      if (Trim(line).empty()) continue;
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
  bool GetOptionalString(dom::object object, const char* key, std::string_view id,
                         std::optional<std::string>* out) {
    const auto field = object[key];
    if (field.error() == simdjson::NO_SUCH_FIELD || field.is_null()) {
      out->reset();
      return true;
    }
    std::string_view value;
    if (field.get(value) != simdjson::SUCCESS) {
      Report(line_number_, id, std::string("\"") + key + "\" is not a string");
      return false;
    }
    *out = std::string(value);
    return true;
  }

  // The string at object[key]; nullopt (reported) when missing or not a string.
  std::optional<std::string_view> GetRequiredString(dom::object object, const char* key,
                                                    std::string_view id) {
    const auto field = object[key];
    if (field.error() == simdjson::NO_SUCH_FIELD || field.is_null()) {
      Report(line_number_, id, std::string("missing \"") + key + "\"");
      return std::nullopt;
    }
    std::string_view value;
    if (field.get(value) != simdjson::SUCCESS) {
      Report(line_number_, id, std::string("\"") + key + "\" is not a string");
      return std::nullopt;
    }
    return value;
  }

  bool ParseLine(std::string_view line, Story* story) {
    // simdjson would reject bad UTF-8 too, but without saying where.
    if (line.size() > options_.max_story_bytes) {
      Report(line_number_, "", LongerThan("line", options_.max_story_bytes));
      return false;
    }
    if (auto bad = CheckUtf8(line, line_offset_, line_number_)) {
      Report(line_number_, "", std::move(*bad));
      return false;
    }
    dom::element root;
    if (const auto error = parser_.parse(line.data(), line.size()).get(root)) {
      Report(line_number_, "", std::string("malformed JSON: ") + simdjson::error_message(error));
      return false;
    }
    dom::object object;
    if (root.get(object) != simdjson::SUCCESS) {
      Report(line_number_, "", "expected a JSON object, not " + std::string(TypeName(root.type())));
      return false;
    }
    const std::optional<std::string_view> id = GetRequiredString(object, "id", "");
    if (!id) return false;
    if (id->empty()) {
      Report(line_number_, "", "empty \"id\"");
      return false;
    }
    const std::optional<std::string_view> date = GetRequiredString(object, "date", *id);
    if (!date) return false;
    const std::optional<Date> parsed = ParseStoryDate(*date, &story->time);
    if (!parsed) {
      Report(line_number_, *id,
             "invalid date " + Quoted(*date) + " (want YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)");
      return false;
    }
    const std::optional<std::string_view> text = GetRequiredString(object, "text", *id);
    if (!text) return false;
    if (Trim(*text).empty()) {
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

  dom::parser parser_;  // reused: its buffers grow to the longest line and stay
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

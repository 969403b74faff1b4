// The formats where a whole input is one story: dated story files and plain text.
#include <memory>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "story/format_reader.h"

namespace tacitus {
namespace {

constexpr std::string_view kDateKeyword = "date";

// Base of the one-story formats: the first Next reads the input, later ones return false.
class SingleStoryReader : public FormatReader {
 public:
  using FormatReader::FormatReader;

  bool Next(Story* story) final {
    if (done_) return false;
    done_ = true;
    if (!ReadWhole(info_.stem)) return false;
    const std::string_view content = input_->data();
    if (Trim(content).empty()) {  // said first: "needs --date" would send the user astray
      Report(1, info_.stem, content.empty() ? "empty file" : "file holds only white space");
      return false;
    }
    if (auto bad = CheckUtf8(content, input_->offset(), 1)) {
      Report(1, info_.stem, std::move(*bad));
      return false;
    }
    std::optional<std::string_view> text = Parse(content, &story->date);
    if (!text) return false;
    if (Trim(*text).empty()) {
      Report(1, info_.stem, "empty text");
      return false;
    }
    story->id = info_.stem;
    story->text.assign(text->data(), text->size());
    story->source.reset();
    story->url.reset();
    story->time.reset();
    story->title.reset();
    story->parse.reset();
    story->file = info_.file;
    story->line = 1;
    return true;
  }

 protected:
  // Sets *date and returns the story text within `content`; nullopt (reported) when the
  // story is bad.
  virtual std::optional<std::string_view> Parse(std::string_view content, Date* date) = 0;

 private:
  bool done_ = false;
};

class DatedReader final : public SingleStoryReader {
 public:
  using SingleStoryReader::SingleStoryReader;

 private:
  std::optional<std::string_view> Parse(std::string_view content, Date* date) override {
    std::string_view rest = TrimLeading(content);
    if (!rest.starts_with(kDateKeyword) || rest.size() == kDateKeyword.size() ||
        (rest[kDateKeyword.size()] != ' ' && rest[kDateKeyword.size()] != '\t')) {
      Report(1, info_.stem, "expected 'date YYYY-MM-DD' at the start");
      return std::nullopt;
    }
    rest = TrimLeading(rest.substr(kDateKeyword.size()));
    size_t token_end = 0;
    while (token_end < rest.size() && !IsAsciiWhitespace(rest[token_end])) ++token_end;
    const std::string_view token = rest.substr(0, token_end);
    const std::optional<Date> parsed = Date::ParseIso(token);
    if (!parsed) {
      Report(1, info_.stem, "invalid date " + Quoted(token) + " (want YYYY-MM-DD)");
      return std::nullopt;
    }
    *date = *parsed;
    return TrimLeading(rest.substr(token_end));
  }
};

class PlainTextReader final : public SingleStoryReader {
 public:
  using SingleStoryReader::SingleStoryReader;

 private:
  std::optional<std::string_view> Parse(std::string_view content, Date* date) override {
    if (!options_.date) {
      Report(1, info_.stem, "plain text needs --date YYYY-MM-DD");
      return std::nullopt;
    }
    *date = *options_.date;
    return content;
  }
};

}  // namespace

std::unique_ptr<FormatReader> NewDatedReader(InputBuffer* input, InputInfo info,
                                             const ReadOptions& options, const ErrorSink& report) {
  return std::make_unique<DatedReader>(input, std::move(info), options, report);
}

std::unique_ptr<FormatReader> NewPlainTextReader(InputBuffer* input, InputInfo info,
                                                 const ReadOptions& options,
                                                 const ErrorSink& report) {
  return std::make_unique<PlainTextReader>(input, std::move(info), options, report);
}

}  // namespace tacitus

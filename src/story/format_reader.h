// Internal to story/: one reader per input format, behind StoryReader.
#ifndef TACITUS_STORY_FORMAT_READER_H_
#define TACITUS_STORY_FORMAT_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/utf8.h"
#include "story/input_buffer.h"
#include "tacitus/story.h"

namespace tacitus {

// What a format reader knows about the input it reads.
struct InputInfo {
  std::string file;  // as reported in Story::file and StoryError::file
  std::string stem;  // the story id of one-story formats: file name without extension
};

using ErrorSink = std::function<void(StoryError)>;

// Reads the stories of one input. Bad stories go to the sink; Next moves on past them.
class FormatReader {
 public:
  FormatReader(InputBuffer* input, InputInfo info, const ReadOptions& options,
               const ErrorSink& report)
      : input_(input), info_(std::move(info)), options_(options), report_(report) {}
  virtual ~FormatReader() = default;

  // The next good story of this input; false when the input is exhausted.
  virtual bool Next(Story* story) = 0;

 protected:
  void Report(uint32_t line, std::string_view story_id, std::string reason) const {
    report_(StoryError{info_.file, line, std::string(story_id), std::move(reason)});
  }
  // Reads the rest of the input into input_->data(); false when it is longer than
  // max_story_bytes (reported) or a read error cut it short (StoryReader reports those).
  bool ReadWhole(std::string_view story_id);

  InputBuffer* input_;
  InputInfo info_;
  const ReadOptions& options_;

 private:
  const ErrorSink& report_;
};

std::unique_ptr<FormatReader> NewDatedReader(InputBuffer* input, InputInfo info,
                                             const ReadOptions& options, const ErrorSink& report);
std::unique_ptr<FormatReader> NewPlainTextReader(InputBuffer* input, InputInfo info,
                                                 const ReadOptions& options,
                                                 const ErrorSink& report);
std::unique_ptr<FormatReader> NewJsonLinesReader(InputBuffer* input, InputInfo info,
                                                 const ReadOptions& options,
                                                 const ErrorSink& report);
std::unique_ptr<FormatReader> NewPetrarchXmlReader(InputBuffer* input, InputInfo info,
                                                   const ReadOptions& options,
                                                   const ErrorSink& report);

std::unique_ptr<FormatReader> NewTabariTextReader(InputBuffer* input, InputInfo info,
                                                  const ReadOptions& options,
                                                  const ErrorSink& report);
// Whether `text` opens with a TABARI record: a "YYMMDD id" line whose date is valid and whose
// id does not begin with a word, then a line break.
bool LooksTabari(std::string_view text);

// Helpers the formats share.

// "WHAT longer than LIMIT bytes".
std::string LongerThan(std::string_view what, size_t limit);
// `text` in single quotes for a message, cut short as Excerpt (base/strings.h) cuts it.
std::string Quoted(std::string_view text);
// nullopt when `bytes` is well-formed UTF-8, else the reason "invalid UTF-8 at byte B (line L)"
// where B is the offset in the input and L the line; `bytes` starts at input offset `offset`,
// on line `line`.
std::optional<std::string> CheckUtf8(std::string_view bytes, uint64_t offset, uint32_t line);

// A story date as JSON feeds write it: "YYYY-MM-DD", or an ISO 8601 timestamp
// "YYYY-MM-DDThh:mm[:ss[.fraction]]" with "Z" or an offset "+hh:mm"/"-hh:mm"/"+hhmm" or none
// (a space may stand for the "T"). The date is the calendar date as written, in the
// timestamp's own time zone; `*time` gets the rest after the "T" verbatim ("05:00:00Z"), or
// nullopt for a plain date. nullopt (and `*time` untouched) when `text` is neither.
std::optional<Date> ParseStoryDate(std::string_view text, std::optional<std::string>* time);

}  // namespace tacitus

#endif  // TACITUS_STORY_FORMAT_READER_H_

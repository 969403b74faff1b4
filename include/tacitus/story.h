// Stories in: the dated text that every later stage codes.
//
//   ReadOptions options;                       // format kAuto: detected per input
//   StoryReader reader({"corpus/", "-"}, options,
//                      [](const StoryError& e) { std::cerr << e.ToString() << '\n'; });
//   Story story;                               // reused: its strings keep their capacity
//   while (reader.Next(&story)) Code(story);
//   return reader.skipped() > 0 ? 2 : 0;
//
// Formats (StoryFormat):
//   dated     " date 2023-11-08 Text..." — optional leading white space, "date", the date, then
//             the text on the same or following lines; one story per file; id = file stem.
//   jsonl     one {"id","date","text"[,"source","url","title"]} object per line; blank lines
//             are skipped; a field that is null counts as absent. "date" is YYYY-MM-DD or an
//             ISO 8601 timestamp (2022-02-24T05:00:00Z, with an offset or none): its date part
//             as written is the story date, the rest is kept in Story::time.
//   text      the whole file is one story dated ReadOptions::date; id = file stem.
//   petrarch  PETRARCH XML: <Sentence date="YYYYMMDD" id="..." [source="..."]>
//             <Text>...</Text> [<Parse>...</Parse>] </Sentence> records, anywhere in the file
//             (root <Sentences> or <Validation>); comments and other elements are ignored.
//   tabari    TABARI's text files: records of a "YYMMDD id" line (or YYYYMMDD; YY up to 30 is
//             20YY), the text on the lines after it, then a blank line; text between "/*" and
//             "*/" is TABARI's comment, blanked out with spaces (offsets stay the input's).
// kAuto picks by extension (.jsonl/.ndjson/.json, .xml), else by the first non-space byte:
// '{' jsonl, '<' petrarch, "date <digits and dashes>" dated, a line of a valid YYMMDD date and
// an id that is not a word ("950101 DEMO-01"), with text after it, tabari; anything else text.
//
// Failure: nothing throws. A bad story (invalid or missing date, invalid UTF-8, malformed JSON
// or XML record, missing fields, empty text, a story over ReadOptions::max_story_bytes) and an
// input that cannot be opened or read are passed to `on_error` and skipped; reading goes on
// with the next story. Memory stays bounded by max_story_bytes plus one read chunk, whatever
// the size of the input.
//
// Input is expected in UTF-8 (a leading byte-order mark is dropped); text is kept byte for
// byte as in the input, so byte offsets later in the pipeline index Story::text.
#ifndef TACITUS_STORY_H_
#define TACITUS_STORY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/date.h"

namespace tacitus {

// Where a Story's text lies in the story it was cut from. A story longer than a part
// (pipeline/story_parts.h) is coded part by part, so that memory is bounded by the part and not
// by the story; each part is a Story whose text is a run of whole sentences of the original,
// with the same id, date and other fields. Events, spans and sentence indices of a part index
// the part's own text; StoryText (out/event_writer.h) turns them into the whole story's on
// output. The default is a story that is not cut.
struct StoryPart {
  uint32_t byte_offset = 0;        // bytes of the story before this part's text
  int64_t code_points_before = 0;  // code points of the story before this part's text
  uint32_t first_sentence = 0;     // sentences of the story before this part
  uint32_t index = 0;              // 0-based: which part
  bool last = true;                // no part follows
};

struct Story {
  std::string id;
  Date date;
  std::string text;  // UTF-8, as in the input
  std::optional<std::string> source, url, title;
  // The time of day a JSON Lines story's timestamp gave with its date, as written after the
  // "T" ("05:00:00Z", "07:00+02:00"); nullopt when the date had none. Kept for the caller: the
  // coder dates events by `date` alone, and the store does not keep it.
  std::optional<std::string> time;
  // PETRARCH's <Parse> tree, verbatim: `tacitus code --use-parse` codes from it
  // (cli/code_command.cc, through EventPipeline::ProcessParsed) instead of from the text.
  std::optional<std::string> parse;
  std::string file;   // the input it came from; "-" for stdin
  uint32_t line = 1;  // 1-based line of `file` where the story starts
  StoryPart part;     // the whole story unless StoryParts cut it
};

enum class StoryFormat { kAuto, kDated, kJsonLines, kPlainText, kPetrarchXml, kTabari };

// "auto", "dated", "jsonl", "text", "petrarch", "tabari"; nullopt for anything else.
std::optional<StoryFormat> ParseStoryFormat(std::string_view name);
// The name ParseStoryFormat accepts.
std::string_view StoryFormatName(StoryFormat format);

struct StoryError {
  std::string file;      // "-" for stdin
  uint32_t line = 0;     // where the story starts; 0 when the whole input failed (cannot open)
  std::string story_id;  // empty when unknown
  std::string reason;

  // "FILE:LINE: story ID: reason", ID "?" when unknown; "FILE: reason" when line is 0.
  std::string ToString() const;
};

// One of `count` disjoint parts of any corpus, chosen by story id, so that N processes (a Slurm
// job array: --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT) split a corpus without a
// manifest: each story falls in exactly one shard, the same on every machine and in every run
// (a 64-bit FNV-1a hash of the id, mixed, reduced to 0..count-1), whatever the order or the
// files the stories come in.
struct StoryShard {
  uint32_t index = 0;  // 0-based: 0..count-1
  uint32_t count = 1;

  // "I/N" with 0 <= I < N; nullopt for anything else ("4/4", "1/0", "a/2", "1/2/3").
  static std::optional<StoryShard> Parse(std::string_view text);
  // Which shard of `count` holds the story with this id (or, for a bad story without one, the
  // key StoryReader gives it).
  static uint32_t Of(std::string_view story_id, uint32_t count);
  bool Holds(std::string_view story_id) const { return Of(story_id, count) == index; }
};

struct ReadOptions {
  StoryFormat format = StoryFormat::kAuto;    // forces one format for every input unless kAuto
  std::optional<Date> date;                   // the date of plain-text stories (--date)
  size_t max_story_bytes = size_t{10} << 20;  // longer stories (JSON lines, records) are skipped
  // Only the stories of this shard are read. A bad story is reported by the shard that holds
  // its id or, without one, its "FILE:LINE" (an input that cannot be read at all: its name),
  // so that the N shards together report each problem once.
  std::optional<StoryShard> shard;
};

// Reads stories one at a time from files, directories and stdin, in order.
class StoryReader {
 public:
  // `inputs`, read in the order given: files; directories, read recursively, their files in
  // std::filesystem::path order (hidden entries, whose name starts with '.', and links to
  // directories are passed over); "-" for `in`. An empty list reads nothing. `in` must outlive
  // the reader. Nothing is opened until Next().
  StoryReader(std::vector<std::string> inputs, ReadOptions options,
              std::function<void(const StoryError&)> on_error, std::istream* in = &std::cin);
  ~StoryReader();
  StoryReader(const StoryReader&) = delete;
  StoryReader& operator=(const StoryReader&) = delete;

  // Fills *story with the next good story and returns true; false once all inputs are read.
  // Every field of *story is overwritten.
  bool Next(Story* story);

  // Bad stories and unreadable inputs reported to on_error so far.
  size_t skipped() const { return skipped_; }

 private:
  class Input;
  struct Pending {
    std::string path;
    bool in_directory = false;  // found by listing a directory, not named by the caller
  };

  // Opens the next readable input into current_; false when none is left.
  bool OpenNextInput();
  // Queues the visible entries of `directory` to be read next, in name order.
  void ListDirectory(const std::string& directory);
  void Report(StoryError error);

  std::vector<Pending> pending_;  // inputs not yet opened, the next one last
  ReadOptions options_;
  std::function<void(const StoryError&)> on_error_;
  std::function<void(StoryError)> report_;  // Report, for the format readers
  std::istream* stdin_;
  std::unique_ptr<Input> current_;
  size_t skipped_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_STORY_H_

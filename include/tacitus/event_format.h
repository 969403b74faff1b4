// A coded event as one line of text: JSON Lines (the default of `tacitus code`), CSV or TSV.
// Implemented in src/out/event_writer.cc, with the --explain text.
//
// The three formats have the same columns (kEventColumns), in the same order, with the same
// values; only the way a value is written differs:
//   story, date (the event's: "2023-11-07", "2023-11" or "2023"), date_precision (day, month,
//   year), story_date, sentence (0-based index), source, target (CAMEO actor codes; "" when
//   none), code, root, quad_class, goldstein, plover, place, country (ISO 3166 alpha-3),
//   admin1, lat, lon, pattern, matched (dictionary entries as "file:line"), issues (PETRARCH's
//   issues the sentence names), date_text (the words that set the date; "" for the story
//   date), sentence_text, source_text, target_text (the words coded as source and target),
//   code_label (CAMEO's label), then for each of source, verb, target, date and place the
//   offsets of its words in the story text: X_begin, X_end in bytes, X_char_begin, X_char_end
//   in Unicode code points (Python's text[X_char_begin:X_char_end]); 0, 0 when it has none.
// Codes (code, root, actor codes) are always strings: "040" stays "040".
//
// JSON Lines: one object per event, keys in column order; numbers are JSON numbers (quad_class,
// sentence and offsets integers; goldstein, lat, lon decimals); place, country, admin1, lat and
// lon are null when the event has no place (lat and lon also when the place has no
// coordinates); matched is an array of strings; issues an array of {code, count} ([] when none).
// CSV (RFC 4180): a header line, then one line per event; a field is quoted when it holds a
// comma, a quote or a line break. TSV: a header line, then one line per event; tabs and line
// breaks in text become spaces. A reader that types columns by their text turns "040" into 40:
// read code, root, source and target as strings (pandas: dtype=str, as the README shows). In both, an unknown value is an empty field, matched entries are
// joined by ";" and issues are written as PETRARCH writes them, "CODE,count;CODE,count".
// Line breaks within sentence_text, source_text, target_text and date_text are spaces in
// every format (byte and code point lengths unchanged).
//
// Never fails: every Event has a line, without its newline. `story_text` must be the text
// the event was coded from (Story::text); offsets outside it give empty texts. To write many
// events of one story, make its StoryText once and pass that: the code point offsets then
// take constant time per event instead of a count from the start of the text.
#ifndef TACITUS_EVENT_FORMAT_H_
#define TACITUS_EVENT_FORMAT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tacitus/event.h"
#include "tacitus/story.h"

namespace tacitus {

inline constexpr std::array<std::string_view, 45> kEventColumns = {"story",
                                                                   "date",
                                                                   "date_precision",
                                                                   "story_date",
                                                                   "sentence",
                                                                   "source",
                                                                   "target",
                                                                   "code",
                                                                   "root",
                                                                   "quad_class",
                                                                   "goldstein",
                                                                   "plover",
                                                                   "place",
                                                                   "country",
                                                                   "admin1",
                                                                   "lat",
                                                                   "lon",
                                                                   "pattern",
                                                                   "matched",
                                                                   "issues",
                                                                   "date_text",
                                                                   "sentence_text",
                                                                   "source_text",
                                                                   "target_text",
                                                                   "code_label",
                                                                   "source_begin",
                                                                   "source_end",
                                                                   "source_char_begin",
                                                                   "source_char_end",
                                                                   "verb_begin",
                                                                   "verb_end",
                                                                   "verb_char_begin",
                                                                   "verb_char_end",
                                                                   "target_begin",
                                                                   "target_end",
                                                                   "target_char_begin",
                                                                   "target_char_end",
                                                                   "date_begin",
                                                                   "date_end",
                                                                   "date_char_begin",
                                                                   "date_char_end",
                                                                   "place_begin",
                                                                   "place_end",
                                                                   "place_char_begin",
                                                                   "place_char_end"};

// One value of an event's row: null (an unknown place), a string, an integer, a decimal, the
// matched entries or the issues.
using EventValue = std::variant<std::nullptr_t, std::string, int64_t, double,
                                std::vector<std::string>, std::vector<IssueCount>>;
using EventRow = std::array<EventValue, kEventColumns.size()>;

// A story's text with an index of its code points: made in one pass over the text, it turns a
// byte offset into a code point offset in constant time, so that writing a story's events
// takes time linear in the text and the events however long the story. Holds a view of the
// text, which must outlive it.
//   const StoryText text(story.text, story.part);              // once per story
//   for (const Event& e : events) std::cout << EventToJson(e, text) << "\n";
// For a part of a long story (StoryPart), the rows give the whole story's sentence index and
// offsets: the part's own plus what lies before the part.
class StoryText {
 public:
  explicit StoryText(std::string_view text, StoryPart part = {});
  std::string_view text() const { return text_; }
  const StoryPart& part() const { return part_; }
  // The code points before byte `byte` of text() (all of them for a byte past the end).
  int64_t CodePointsBefore(uint32_t byte) const;

 private:
  static constexpr size_t kBlockBytes = 64;
  std::string_view text_;
  StoryPart part_;
  std::vector<uint32_t> before_block_;  // the code points before each block of kBlockBytes
};

// The values of the columns of kEventColumns, for writers of other formats (the Python
// binding makes its dicts of them).
EventRow EventToRow(const Event& event, const StoryText& text);

std::string EventToJson(const Event& event, const StoryText& text);
std::string EventToCsv(const Event& event, const StoryText& text);
std::string EventToTsv(const Event& event, const StoryText& text);
// As above for one event: each call indexes the text again.
EventRow EventToRow(const Event& event, std::string_view story_text);
std::string EventToJson(const Event& event, std::string_view story_text);
std::string EventToCsv(const Event& event, std::string_view story_text);
std::string EventToTsv(const Event& event, std::string_view story_text);
// The header lines of CSV and TSV: the column names joined by ',' or '\t'.
std::string EventCsvHeader();
std::string EventTsvHeader();

struct StoredEvent;  // event_store.h
// A stored event as one JSON object, the line of `tacitus query --format jsonl`, keys in the
// order of its csv and tsv columns: date, date_precision, source, target, code, root,
// quad_class, goldstein, plover, place, country, admin1, lat, lon (null when unplaced),
// num_mentions, num_sources, num_articles, first_seen, last_seen, first_story, id,
// dict_version (the dictionary versions of its mentions, comma-separated)
// (src/out/stored_event_json.cc). Never fails.
std::string StoredEventToJson(const StoredEvent& event);

}  // namespace tacitus

#endif  // TACITUS_EVENT_FORMAT_H_

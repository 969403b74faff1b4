// A coded event as one line of text: JSON Lines (the default of `tacitus code`) or TSV.
// Implemented in src/out/event_writer.cc, with the --explain text.
//
// JSON Lines: one object per event with the fields
//   story, date (the event's: "2023-11-07", "2023-11" or "2023"), date_precision (day, month,
//   year), date_span (the words that set it; [0,0] for the story date), story_date,
//   sentence, source, target, code, root, quad_class, goldstein, plover,
//   place ({name, country, admin1, lat, lon, span} or null),
//   spans {source, verb, target: [begin, end] byte offsets into the story text},
//   pattern, matched [dictionary entries as "file:line"],
//   issues [{code, count}] (only with PETRARCH issue files, and only when the sentence
//   names some)
// TSV: a header line (kTsvHeader), then one line per event; spans as "begin-end"; an
// unknown place or coordinate is an empty field; matched entries joined by ";"; issues as
// PETRARCH writes them, "CODE,count;CODE,count" (empty when none).
//
// Never fails: every Event has a line, without its newline.
#ifndef TACITUS_EVENT_FORMAT_H_
#define TACITUS_EVENT_FORMAT_H_

#include <string>
#include <string_view>

#include "tacitus/event.h"

namespace tacitus {

std::string EventToJson(const Event& event);

inline constexpr std::string_view kTsvHeader =
    "story\tdate\tdate_precision\tstory_date\tsentence\tsource\ttarget\tcode\troot\t"
    "quad_class\tgoldstein\tplover\tplace\tcountry\tadmin1\tlat\tlon\t"
    "source_span\tverb_span\ttarget_span\tpattern\tmatched\tissues";
std::string EventToTsv(const Event& event);

struct StoredEvent;  // event_store.h
// A stored event as one JSON object, the line of `tacitus query --format jsonl`: id, date,
// date_precision, source, target, code, root, quad_class, goldstein, plover, place ({name,
// country, admin1, lat, lon} or null), num_mentions, num_sources, num_articles, first_seen,
// last_seen, first_story (src/out/stored_event_json.cc). Never fails.
std::string StoredEventToJson(const StoredEvent& event);

}  // namespace tacitus

#endif  // TACITUS_EVENT_FORMAT_H_

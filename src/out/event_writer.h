// Writers for coded events: JSON Lines (the default), TSV, and the --explain text.
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
// Explain: for a person — the sentence with the source in [brackets]S, the verb in <angle
// brackets>V and the target in [brackets]T, then the event and why it was coded.
#ifndef TACITUS_OUT_EVENT_WRITER_H_
#define TACITUS_OUT_EVENT_WRITER_H_

#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "code/event.h"
#include "code/why_not.h"
#include "story/story.h"
#include "text/document.h"

namespace tacitus {

std::string EventToJson(const Event& event);

inline constexpr std::string_view kTsvHeader =
    "story\tdate\tdate_precision\tstory_date\tsentence\tsource\ttarget\tcode\troot\t"
    "quad_class\tgoldstein\tplover\tplace\tcountry\tadmin1\tlat\tlon\t"
    "source_span\tverb_span\ttarget_span\tpattern\tmatched\tissues";
std::string EventToTsv(const Event& event);

// Writes the explanation of `events` (all from `story`, analysed as `doc`).
void ExplainEvents(const Story& story, const Document& doc, std::span<const Event> events,
                   std::ostream& out);

// For each sentence of the story that gave none of `events` (datelines aside), the sentence
// and why each of its clauses gave no event (`verdicts`, from EventPipeline::Scratch):
//   putin-xi-beijing s3: Oil exports rose 8% in October.
//     why not: verb "rose": no pattern for its lemma
void ExplainMisses(const Story& story, const Document& doc, std::span<const Event> events,
                   std::span<const ClauseVerdict> verdicts, std::ostream& out);

}  // namespace tacitus

#endif  // TACITUS_OUT_EVENT_WRITER_H_

// Writers for coded events: JSON Lines (the default), TSV, and the --explain text.
//
// JSON Lines: one object per event with the fields
//   story, date, sentence, source, target, code, root, quad_class, goldstein, plover,
//   spans {source, verb, target: [begin, end] byte offsets into the story text},
//   pattern, matched [dictionary entries as "file:line"]
// TSV: a header line, then one line per event with the columns kTsvColumns; spans as
// "begin-end"; matched entries joined by ";".
// Explain: for a person — the sentence with the source in [brackets]S, the verb in <angle
// brackets>V and the target in [brackets]T, then the event and why it was coded.
#ifndef TACITUS_OUT_EVENT_WRITER_H_
#define TACITUS_OUT_EVENT_WRITER_H_

#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "code/event.h"
#include "story/story.h"
#include "text/document.h"

namespace tacitus {

std::string EventToJson(const Event& event);

inline constexpr std::string_view kTsvHeader =
    "story\tdate\tsentence\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tplover\t"
    "source_span\tverb_span\ttarget_span\tpattern\tmatched";
std::string EventToTsv(const Event& event);

// Writes the explanation of `events` (all from `story`, analysed as `doc`).
void ExplainEvents(const Story& story, const Document& doc, std::span<const Event> events,
                   std::ostream& out);

}  // namespace tacitus

#endif  // TACITUS_OUT_EVENT_WRITER_H_

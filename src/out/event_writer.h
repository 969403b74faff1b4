// Writers for coded events: the event formats (JSON Lines, TSV: out/event_format.h, which this
// header includes) and the --explain text.
//
// Explain: for a person — the sentence with the source in [brackets]S, the verb in <angle
// brackets>V and the target in [brackets]T, then the event and why it was coded.
#ifndef TACITUS_OUT_EVENT_WRITER_H_
#define TACITUS_OUT_EVENT_WRITER_H_

#include <ostream>
#include <span>
#include <string>

#include "code/why_not.h"
#include "tacitus/event.h"
#include "tacitus/event_format.h"
#include "tacitus/story.h"
#include "text/document.h"

namespace tacitus {

// Appends EventToJson(event, text) to `out`: for writers of many events, without a string
// per event.
void AppendEventJson(const Event& event, const StoryText& text, std::string* out);

// Writes the explanation of `events` (all from `story`, analysed as `doc`). Sentences are
// numbered in the whole story ("s12"), also when `story` is a part of it (StoryPart).
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

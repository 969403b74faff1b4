// Headlines and other title lines are not coded where the body repeats them: the guide
// analysts code by (news-dev/GUIDE.md, "What is an event") codes the body's sentence, which
// says when and where, and one record per event, not one per mention.
//
//   EU freezes visa talks with Moscow, warns of sanctions          <- a title line: its 164 is
//                                                                      dropped, the body's kept
//   BRUSSELS (Reuters) - European Union leaders on Thursday suspended talks with Russia ...
//
// A title line is a paragraph of one sentence that does not end as a sentence ends (no
// closing ".", "!" or "?", with or without a quote after it), and is not a dateline. Its event
// is a repeat when a sentence that is not a title line has an event with the same sides (the
// first three letters of source and target: the country or organisation) and the same root.
// A title line whose act the body does not report keeps its event. Never fails.
#ifndef TACITUS_CODE_TITLE_REPEATS_H_
#define TACITUS_CODE_TITLE_REPEATS_H_

#include <cstddef>
#include <vector>

#include "code/why_not.h"
#include "syntax/syntax.h"
#include "tacitus/event.h"
#include "text/document.h"

namespace tacitus {

// Whether sentence `s` of `doc` is a title line (above).
bool IsTitleLine(const Document& doc, uint32_t s);

// Drops each event from `first` on that comes from a title line of `doc` and that the body
// repeats (above), keeping the order of the rest. With `verdicts`, records a kTitleRepeat
// verdict for each event dropped (its clause's verb, or its event noun's phrase).
void DropTitleRepeats(const Document& doc, const Syntax& syntax, size_t first,
                      std::vector<Event>* events, std::vector<ClauseVerdict>* verdicts);

}  // namespace tacitus

#endif  // TACITUS_CODE_TITLE_REPEATS_H_

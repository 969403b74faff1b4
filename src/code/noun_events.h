// Events named by a noun ("Putin's visit to China", "the visit by Putin to China"): the noun
// patterns of the phrase's head lemma, matched on its prepositional phrases; the source is
// the possessor, else a "by" phrase, else what the pattern binds with +S.
#ifndef TACITUS_CODE_NOUN_EVENTS_H_
#define TACITUS_CODE_NOUN_EVENTS_H_

#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"
#include "tacitus/event.h"

namespace tacitus {

// Appends the events of the noun phrases of every sentence not discarded. With
// `factuality` (per clause), a noun in a clause that does not report a done act codes
// nothing ("Putin's visit will begin on Monday"), unless it states an intent (StatesIntent).
void CodeNounEvents(const CodedStory& story, const EventEmitter& emitter,
                    const std::vector<Factuality>* factuality, PatternLayout* layout,
                    std::vector<Event>* events);

// Whether a pattern's code is a statement of intent or a threat (CAMEO roots 03 and 13),
// which a clause of planned or wished acts still states: "is ready to hold talks".
bool StatesIntent(const VerbPattern& pattern);

}  // namespace tacitus

#endif  // TACITUS_CODE_NOUN_EVENTS_H_

// Events named by a noun ("Putin's visit to China", "the visit by Putin to China"): the noun
// patterns of the phrase's head lemma, matched on its prepositional phrases; the source is
// the possessor, else a "by" phrase, else what the pattern binds with +S. The object of a
// light verb ("held talks with X") and the subject of a verb of happening ("Fighting broke
// out between X and Y") are read with their clause's prepositional phrases after them.
#ifndef TACITUS_CODE_NOUN_EVENTS_H_
#define TACITUS_CODE_NOUN_EVENTS_H_

#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"
#include "tacitus/event.h"

namespace tacitus {

// Appends the events of the noun phrases of every sentence not discarded. With
// `factuality` (per clause), a noun in a clause that does not report a done act codes
// nothing ("Putin's visit will begin on Monday"), unless it states an intent
// (code/stated_intent.h).
void CodeNounEvents(const CodedStory& story, const EventEmitter& emitter,
                    const std::vector<Factuality>* factuality, PatternLayout* layout,
                    std::vector<Event>* events);

}  // namespace tacitus

#endif  // TACITUS_CODE_NOUN_EVENTS_H_

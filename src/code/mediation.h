// Who mediated the act a sentence reports. A third party that brokers an agreement, a
// ceasefire or a swap mediates between its parties (CAMEO 045), towards each of them
// (news-dev GUIDE: "a mediator gets 045 towards each party"):
//
//   Russia freed two Ukrainians in a swap brokered by Turkey.   TUR -> RUS, TUR -> UKR 045
//   The truce, mediated by Egypt and Qatar, held.               nothing: no act coded
//   In a swap arranged with the help of Oman, A freed B.        OMN -> A, OMN -> B 045
//   Following mediation by Qatar, A and B agreed to a truce.    QAT -> A, QAT -> B
//   Talks held under the auspices of the UN ...                 the UN -> each side
//   A attacked B with the help of C.                            nothing: no mediation verb,
//                                                               and no act of cooperation
//   Russia swapped prisoners with Ukraine, brokered by Putin.   nothing: a party's own side
//                                                               is no mediator
//
// The mediator is read from the words ("brokered/mediated/facilitated by M", "mediation
// by/of M", "under the auspices of M", "with the help of M" after a verb of mediation or
// arrangement); the parties are the sides of the acts of cooperation (CAMEO quad classes 1
// and 2) coded in the same sentence. What cannot be told (no mediator, no actor for it, no
// act of cooperation coded) gives no event.
#ifndef TACITUS_CODE_MEDIATION_H_
#define TACITUS_CODE_MEDIATION_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "tacitus/event.h"
#include "text/document.h"

namespace tacitus {

// Whether `lemma` is a verb whose agent brings others to an agreement rather than taking part
// in it: "a ceasefire brokered by Russia" is no act of Russia's towards whoever accepts it.
bool IsVerbOfMediation(std::string_view lemma);

// Who mediated, by what words.
struct Mediation {
  int32_t mediator = -1;  // the phrase naming the mediator; it may name no actor
  TokenRange words;       // the verb or noun of mediation
};

// The mediation sentence `sentence` reports, as above; mediator -1 when its words name none.
Mediation FindMediation(const Document& doc, const Syntax& syntax, uint32_t sentence);

// The pattern that explains a mediator's events: CAMEO 045, mediate.
const VerbPattern& MediationPattern();

// Appends, for each sentence of the story whose words name a mediator with an actor, the
// mediator's 045 towards each side of the acts of cooperation already coded from it (from
// story.first_event on), unless the mediator is of a side's country (a party is no mediator).
void CodeMediators(const CodedStory& story, const EventEmitter& emitter,
                   std::vector<Event>* events);

}  // namespace tacitus

#endif  // TACITUS_CODE_MEDIATION_H_

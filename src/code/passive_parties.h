// The parties of a mutual act that a passive reports without an agent, as analysts fill them
// in (news-dev GUIDE: reciprocal acts are coded both ways; an agent the text leaves unstated
// is taken from the story):
//   Talks were held between India and China.          the "between" phrase: IND <-> CHN
//   Talks were held in Doha between India and China.  (also hung on a named place)
//   An agreement was signed between the two rivals.    (no actors there: none)
//   Deals worth $13 billion were struck during the visit.
//                                                      the sides of the story's last visit or
//                                                      meeting before it, each way
// Only a mutual pattern (paired with itself: talks 040, agreements 057, cooperation 061) has
// parties: a one-way act ("aid was pledged during the visit") leaves its giver unknown.
//
//   std::vector<ResolvedActor> parties;
//   PassiveParties(story, story_events, *match.pattern, clause, &parties);
//   if (!parties.empty()) ... code the parties with each other ...
//
// Never fails: none when the clause is no agentless passive, the pattern is not mutual, or
// neither phrase names two sides.
#ifndef TACITUS_CODE_PASSIVE_PARTIES_H_
#define TACITUS_CODE_PASSIVE_PARTIES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "code/clause_coder.h"
#include "tacitus/event.h"

namespace tacitus {

// Replaces *parties with the sides of the mutual act that clause `clause`, an agentless
// passive matched by `pattern`, reports: the actors of its "between" phrase when they are
// two or more, else, when a "during"/"at" phrase names a meeting or a visit (a noun whose
// patterns are of root 04), the source and the target of the last such event of
// `story_events` before the clause. Empty when neither gives two different actors.
void PassiveParties(const CodedStory& story, std::span<const Event> story_events,
                    const VerbPattern& pattern, uint32_t clause,
                    std::vector<ResolvedActor>* parties);

}  // namespace tacitus

#endif  // TACITUS_CODE_PASSIVE_PARTIES_H_

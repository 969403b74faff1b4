// Whom a denial answers when it does not say: the side that last accused or attacked the
// denier's side in the story (CAMEO 016 "deny responsibility": the target is the accuser;
// news-dev GUIDE codes "X denied the charges" against whoever made them):
//
//   India accused Pakistan of sheltering militants. Pakistan denied the charge.
//                                                        PAK -> IND 016
//   Indian jets struck a camp in Pakistan. Pakistan denied that any such camp existed.
//                                                        PAK -> IND 016
//   Pakistan denied the charge. (nothing before)         no event: no one to answer
//
// What a denial denies is not done: "Russia denied that its troops attacked Ukraine" codes
// no attack (code/factuality.h).
#ifndef TACITUS_CODE_DENIAL_H_
#define TACITUS_CODE_DENIAL_H_

#include <cstdint>
#include <span>

#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "tacitus/event.h"

namespace tacitus {

// Whether `pattern` codes a denial (016) whose target, when the matched phrase names no actor,
// is left to AnsweredEvent: the pattern reads the denied words ("denied the charges") or the
// clause has nothing after the verb ("denied that ..."), `has_object` false; a bare pattern
// on an object ("denied entry") is no denial of a charge.
bool DeniesAnUnnamedCharge(const VerbPattern& pattern, bool has_object);

// The event among `events` (the story's, in any order) that a denial by `deniers` in clause
// `clause` of sentence `sentence` answers: the last one before it (an earlier sentence, or an
// earlier clause of its own) of verbal or material conflict (quad class 3 or 4; with
// `charges_only`, verbal only: an accusation, not an attack) against a denier's side (the
// first three letters of its code: a country, IGO, ...) by another side; nullptr when there
// is none.
const Event* AnsweredEvent(std::span<const Event> events, uint32_t sentence, int32_t clause,
                           std::span<const ResolvedActor> deniers, bool charges_only);

}  // namespace tacitus

#endif  // TACITUS_CODE_DENIAL_H_

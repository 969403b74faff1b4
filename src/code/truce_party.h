// Whom a ceasefire is with when the report does not say (CAMEO 087x: a truce, a halt or a
// retreat is towards the side one was fighting; news-dev GUIDE codes "declared a ceasefire"
// against the enemy the story names):
//
//   Government troops clashed with the rebels. The army declared a ceasefire.
//                                                   PHLMIL -> PHLREB 0871
//   The rebels declared a ceasefire. Government troops had shelled their camps.
//                                                   PHLREB -> PHLMIL 0871 (told after it)
//   The rebels declared a ceasefire. (no fighting told)
//                                                   PHLREB -> PHLGOV 0871 (rebels fight the
//                                                   government of the country they are coded by)
//   The government declared a ceasefire. The rebels welcomed it. (no fighting told)
//                                                   PHLGOV -> PHLREB 0871 (the armed group
//                                                   of its own country the story names)
//   Russia declared a ceasefire. (no fighting told, no rebels named)
//                                                   no event: no one to make it with
//
// A truce of two or more named sides ("the army and the rebels declared a truce") is with
// each other and needs nothing from here; a mediator ("a truce brokered by Qatar") is no side.
#ifndef TACITUS_CODE_TRUCE_PARTY_H_
#define TACITUS_CODE_TRUCE_PARTY_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "code/story_actors.h"
#include "tacitus/event.h"

namespace tacitus {

// Whether an event coded `code` is a de-escalation (087x) whose other side, when its words
// name none, is the declarer's enemy in the story (TruceParties).
bool IsTruceCode(std::string_view code);

// Replaces *enemies with the other side of the fighting that the truce of `declarers` in clause
// `clause` of sentence `sentence` ends: among `events` (the story's, in any order) the last
// assault, fight or mass violence (CAMEO 18-20) before it between a declarer's side and another side,
// else the first such act after it; else, for an armed group (REB) of a country, that
// country's government. A side is the first three letters of a code (a country, "IGO", ...)
// and whether the actor is of the state (GOV, MIL, COP, ... or the country itself) or not, so
// that troops and rebels of one country are two sides. Gives none when no enemy is found.
void TruceParties(std::span<const Event> events, uint32_t sentence, int32_t clause,
                  std::span<const ResolvedActor> declarers, std::vector<ResolvedActor>* enemies);

// Replaces *enemies, for a truce of the state that TruceParties found no enemy for, with the
// first armed group (REB) of a state declarer's country among the actors of the story's
// `phrase_count` phrases: the government's truce in a civil war is with the rebels the story
// names. Gives none for declarers outside the state or when the story names no such group.
void StateTruceRebels(const StoryActors& actors, uint32_t phrase_count,
                      std::span<const ResolvedActor> declarers,
                      std::vector<ResolvedActor>* enemies);

}  // namespace tacitus

#endif  // TACITUS_CODE_TRUCE_PARTY_H_

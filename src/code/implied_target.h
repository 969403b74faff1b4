// The side a report leaves to be understood, as analysts fill it in (news-dev GUIDE): a
// protest that names no one it is against is against the government of the protesters' own
// country ("Thousands of protesters rallied in Yerevan": ARMCVL -> ARMGOV 141).
//
//   std::vector<ResolvedActor> targets;
//   ImpliedTargets(dictionaries, "141", actors.ActorsOf(source), &targets);
//
// Never fails: an act that implies no target, or sources of no country, give none.
#ifndef TACITUS_CODE_IMPLIED_TARGET_H_
#define TACITUS_CODE_IMPLIED_TARGET_H_

#include <span>
#include <string_view>
#include <vector>

#include "code/story_actors.h"
#include "dict/dictionaries.h"

namespace tacitus {

// Replaces *targets with the targets implied for an event coded `code` whose sources are
// `sources` (each source's government, for a protest by people outside the state and armed
// groups: civilians, the opposition, students, workers, business, the media, clergy, health
// workers, or a people). The implied actors name no words (empty tokens).
void ImpliedTargets(const Dictionaries& dictionaries, std::string_view code,
                    std::span<const ResolvedActor> sources, std::vector<ResolvedActor>* targets);

}  // namespace tacitus

#endif  // TACITUS_CODE_IMPLIED_TARGET_H_

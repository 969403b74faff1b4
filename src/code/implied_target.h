// The side a report leaves to be understood, as analysts fill it in (news-dev GUIDE): a
// protest that names no one it is against is against the government of the protesters' own
// country ("Thousands of protesters rallied in Yerevan": ARMCVL -> ARMGOV 141), and so is
// calling one off ("the opposition called off its protests": PAKOPP -> PAKGOV 082); an appeal
// that names no one is to the country the story is about ("The United Nations called for
// calm" in a DHAKA story: IGOUNO -> BGD), or to the government of the appellants' own
// ("Opposition lawmakers called for an investigation": ARGOPP -> ARGGOV); the state's
// coercion at home that names no one falls on its own people ("Thai troops imposed a
// curfew": THAMIL -> THA 1723; "police fired tear gas": COP -> CVL 175). A concession a
// state makes at home is to its own public: "The prime minister resigned", "The government
// lifted the curfew" (SRBGOV -> SRBCVL 0831, KENGOV -> KENCVL 0813).
//
//   std::vector<ResolvedActor> targets;
//   ImpliedTargets(dictionaries, "141", actors.ActorsOf(source), actors.StoryCountry(),
//                  &targets);
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
// `sources`: for a protest (14x), its calling off (082) or a threat of one (133) by people
// outside the state and armed groups (civilians, the opposition, students, workers, business,
// the media, clergy, health workers, or a people), each source's government; for an appeal
// (02x),
// `story_country` (ImpliedTargets gives its government to a source of that country that is
// not its government); for censorship (1721) or violent repression (175) by the state or its
// arms, the citizens of the source's country (CVL), and for a curfew (1723) or emergency rule
// (1724), that country; for a concession to the public (a resignation or other change
// yielded to demands, 083x; lifting restrictions on freedoms, a curfew or a state of
// emergency, 0811, 0813, 0814), the civilians of each state source's country. The implied
// actors name no words (empty tokens).
void ImpliedTargets(const Dictionaries& dictionaries, std::string_view code,
                    std::span<const ResolvedActor> sources, std::string_view story_country,
                    std::vector<ResolvedActor>* targets);

}  // namespace tacitus

#endif  // TACITUS_CODE_IMPLIED_TARGET_H_

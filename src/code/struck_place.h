// The place a material act hits is its country, as analysts code "where the act happens"
// (news-dev GUIDE): "Al-Shabaab militants attacked a hotel in Mogadishu" is SOMREB -> SOM,
// "Israel threatened to expand its offensive into Rafah" ISR -> PSE, "Russian forces seized
// the town of Avdiivka" RUSMIL -> UKR, "Ukrainian drones attacked an oil refinery in Russia's
// Ryazan region" UKRMIL -> RUS. The actor dictionaries name countries and capitals only; the
// other places are the gazetteer's (DatelineCountries::UnambiguousCountryOfPlace).
//
//   if (targets.empty() && HitsPlaces(code)) {
//     const StruckPlace place = FindStruckPlace(doc, syntax, actors, places, c, target);
//     StruckPlaceTargets(cameo, code, sources, place, &scratch->implied_targets);
//   }
//
// Only deeds: a criticism of "the attack in Kerman" is not an act against Iran. Never fails:
// no place, a doubtful name or an act at the source's own home gives no target.
#ifndef TACITUS_CODE_STRUCK_PLACE_H_
#define TACITUS_CODE_STRUCK_PLACE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "code/dateline_countries.h"
#include "code/story_actors.h"
#include "dict/cameo_tables.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Whether an act of `code` is one done to a place: a show of force, a cut in relations,
// coercion, an assault, a fight or mass violence (roots 15 to 20), a threat of force (138x),
// or a military de-escalation there (087x: "Israeli troops pulled out of Khan Younis" is
// ISRMIL -> PSE), whose target the pattern names. Not the acts done to people only: arrest and
// expulsion (173, 174), abduction (181), assassination (186), whose unknown target is a
// person ("arrested Jackson" is no act against a town).
bool HitsPlaces(std::string_view code);

// A place and the words that named it.
struct StruckPlace {
  std::string_view country;  // ISO alpha-3; empty when no place was found
  TokenRange tokens;
};

// The clause of a noun's target, which is no clause's object ("Russia's bombardment of
// Kherson").
inline constexpr uint32_t kNoClause = UINT32_MAX;

// The place phrase `target` of clause `clause` names, first found: the phrase itself when
// it is a place ("Kherson", "the Kharkiv region"), its possessor ("Russia's Ryazan region"),
// its "of" phrase after a word for a place ("the town of Avdiivka"), its own "in", "near",
// "outside" phrase ("the port in Hodeidah"), and, when it is the clause's object, the
// clause's ("attacked a hotel in Mogadishu"; none for kNoClause); one level of "of" inside
// those ("in the town of Nabatieh"). A name counts when the actor dictionaries hold it as a
// country or a capital or `places` gives it one country; empty country when none does.
StruckPlace FindStruckPlace(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                            const DatelineCountries& places, uint32_t clause, int32_t target);

// Replaces *targets with `place`'s country for an act of `code` by `sources`, when each
// source is of another country, or is an armed group at home (Boko Haram in Nigeria:
// NGAREB -> NGA; `cameo` knows the groups), or the act is the state's coercion at home
// (root 17 by GOV, MIL, COP ...); empty otherwise.
void StruckPlaceTargets(const CameoTables& cameo, std::string_view code,
                        std::span<const ResolvedActor> sources, const StruckPlace& place,
                        std::vector<ResolvedActor>* targets);

}  // namespace tacitus

#endif  // TACITUS_CODE_STRUCK_PLACE_H_

// A denial told as what the speaker's own side did not do: a speaker who says its side never
// did what it is charged with answers the charge (CAMEO 016 "deny responsibility"; news-dev
// GUIDE: a denial is coded against whoever made the charge, code/denial.h):
//
//   Turkey said the Russian jet had violated its airspace. Moscow insisted the jet never
//   left Syrian airspace.                          RUSGOV -> TUR 016: its side's jet denied
//   Kyiv said Russian troops shelled the city. The Kremlin said its forces had not fired on
//   civilians.                                     RUSGOV -> UKR 016
//   Moscow said Ukrainian troops had not attacked. none: told of another side
//   The army said it would not withdraw.           none: a plan, not a denied deed
//   Moscow said its forces had not fired. (nothing before)
//                                                  none: no one to answer (AnsweredEvent)
//
//   Russia attacked Kyiv. The Ukrainian army said it had not lost any positions.
//                                                  none: an attack is no charge to answer
//
// The target is found as a denial's whose words name no accuser, of a charge only: the coder
// defers it to AnsweredEvent with `charges_only`.
#ifndef TACITUS_CODE_REPORTED_DENIAL_H_
#define TACITUS_CODE_REPORTED_DENIAL_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"

namespace tacitus {

// The phrase of the speaker who denies, when clause `clause` is such a denial; -1 when it is
// none: it must be a reported clause, negated, of a past or perfect verb ("never left", "had
// not fired"), said by an affirmed verb of saying that is done (`factuality`, ClauseFactuality's
// result: "said", "insisted", "maintained", ...), and its subject and the speaker actors of
// one country (the first three letters of their codes). Never fails.
int32_t ReportedDenier(const Syntax& syntax, const StoryActors& actors,
                       const std::vector<Factuality>& factuality, uint32_t clause);

// The pattern that explains a reported denial's events: CAMEO 016.
const VerbPattern& ReportedDenialPattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_REPORTED_DENIAL_H_

// A demand told as what another side must do: the speaker of a reported "must" asks the
// clause's subject to act (CAMEO 10, "demand"; news-dev GUIDE: a verbal act is coded when the
// statement is the news, as a demand is). No verb of demanding names it, so no pattern does:
//
//   Lavrov said NATO must withdraw its forces from Russia's borders.   RUSGOV -> IGONAT 100
//   "Israel must stop the offensive," the Egyptian minister said.       EGYGOV -> ISR 100
//   The envoy said Hamas must not launch rockets.                        "must not" demands too
//   The Kremlin said Russia must protect its citizens.                   none: its own side
//   Biden said the hackers must have been Russian.                       none: "must have" infers
//   Biden said Ukraine must win.                                         none: an outcome, wished
//   Borrell said Belarus must be held to account.                        none: passive, and "be"
//                                                                        says what it is, not
//                                                                        what it must do
//   Xi did not say Japan must apologise.                                 none: not said
//
// What is demanded is not classified: the coder codes 100 (demand, not otherwise specified)
// from the speaker to the subject's actors.
#ifndef TACITUS_CODE_REPORTED_DEMAND_H_
#define TACITUS_CODE_REPORTED_DEMAND_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Who demands and of whom, when clause `clause` is such a demand.
struct ReportedDemand {
  int32_t speaker = -1;    // phrase: who says the other must act; -1: no demand
  int32_t addressee = -1;  // phrase: who must act
};

// The demand clause `clause` states, if any (speaker == -1 when none): it must be reported
// speech said by a done, affirmed clause (`factuality`, ClauseFactuality's result), its verb
// an active one after "must" (not "must have", "be" or a verb of outcome), and its subject and speaker actors
// of different countries (the first three letters of their codes). Never fails.
ReportedDemand FindReportedDemand(const Document& doc, const Syntax& syntax,
                                  const StoryActors& actors,
                                  const std::vector<Factuality>& factuality, uint32_t clause);

// The pattern that explains a reported demand's events: CAMEO 100.
const VerbPattern& ReportedDemandPattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_REPORTED_DEMAND_H_

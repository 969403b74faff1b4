// Whether a reported clause is an accusation: a speaker who tells that another side did wrong
// makes a claim against it, and the claim is the news (news-dev GUIDE: the act of saying is
// coded when the statement is the news, "a criticism, an accusation"). What a source tells of
// a hostile act as it happened stays that act (GUIDE: "officials said police arrested 40
// people" is the arrest), so the clause must name the wrong as a wrong:
//
//   Ankara said the Russian jet violated its airspace.       TUR -> RUS 112: a violation
//   Beijing said Indian troops deliberately provoked them.   CHN -> IND 112: "deliberately"
//   Moscow said the boats had illegally entered its waters.  RUS -> the boats' side 112
//   Tehran said Israel was behind the killing.               IRN -> ISR 112: responsibility
//   The EU said the government bore primary responsibility.  the EU's side -> the government
//   Manila said Chinese ships fired water cannon at a boat.  no accusation: the act is coded
//   Police said protesters had illegally entered the palace. no accusation: the same side
//   The UN said Sudanese troops violated the truce.          IGOUNO -> SDNMIL 112
//   Police alleged that protesters had attacked officers.    COP -> CVL 112: "alleged"
//   A prosecutor alleged that the minister took bribes.      no act coded, even when the
//                                                            prosecutor names no actor
//
// Every conjunct of the reported clause is part of the claim ("crossed the line and
// deliberately provoked and attacked Chinese soldiers": one accusation, no attack coded).
// The speaker's side is the first three letters of its code (a country, a region, IGO, ...):
// a speaker of the doer's side accuses no one, save that what a speaker "alleged" of any other
// actor is a claim against it, whatever it tells. Only a done and affirmed verb of saying makes
// a claim ("did not say", "may say": none).
#ifndef TACITUS_CODE_REPORTED_ACCUSATION_H_
#define TACITUS_CODE_REPORTED_ACCUSATION_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// What a reported clause is when it is a claim of a wrong rather than a reported act.
struct ReportedClaim {
  // The clause is a claim, not an act: its own pattern codes nothing. Always so of what is
  // "alleged"; of what is "said" only when it names a wrong and accuses another side.
  bool claim = false;
  int32_t accuser = -1;  // the speaker's phrase, when the claim accuses the doer's actors
};

// Whether clause `clause` is such a claim, and who accuses its logical subject. The clause is
// coded as any other (no claim) when it reports no wrong, is no reported speech of a done
// verb of saying, or, told by a verb other than "allege", when the speaker or the doer names
// no actor or both are of one side. `factuality` is ClauseFactuality's result.
ReportedClaim FindReportedClaim(const Document& doc, const Syntax& syntax,
                                const StoryActors& actors,
                                const std::vector<Factuality>& factuality, uint32_t clause);

// The pattern that explains an accusation's events: CAMEO 112, "accuse, not otherwise
// specified", since what the speaker accuses the doer of is not classified.
const VerbPattern& ReportedAccusationPattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_REPORTED_ACCUSATION_H_

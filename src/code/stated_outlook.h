// Optimism or pessimism stated about what another actor does (CAMEO 013 "make optimistic
// comment", 012 "make pessimistic comment"; news-dev GUIDE: a comment that is itself the news):
// the speaker is hopeful or doubtful *that* something of the other's will happen, or was
// relieved that it did:
//
//   France was confident that Algerians would pursue the transition.   FRA -> Algerians 013
//   The White House said it was relieved that Yoon had reversed course. -> Yoon 013
//   Berlin expressed hope that Moscow would release the activists.      -> Moscow 013
//   Tokyo was sceptical that Pyongyang would keep its word.             -> Pyongyang 012
//   Kyiv was not confident that Moscow would withdraw.                  none: negated
//   France was confident that France would win.                         none: no other actor
//
// Concern and alarm are left to criticism (11x: "expressed concern over"), pleasure at a deed
// to praise (051). The words are the speaker's own state: "be" or another linking verb with
// the adjective ("was confident"), the passive of a verb of relief ("was relieved"), or
// "express" / "voice" with a noun of hope or doubt.
#ifndef TACITUS_CODE_STATED_OUTLOOK_H_
#define TACITUS_CODE_STATED_OUTLOOK_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

struct StatedOutlook {
  const VerbPattern* pattern = nullptr;  // OptimismPattern() or PessimismPattern(); none: null
  int32_t target = -1;                   // phrase: the subject of the that-clause
};

// The outlook clause `clause` states about another actor, if any (pattern == nullptr when
// none): the clause must be done and affirmed (`factuality`, ClauseFactuality's result), and
// the that-clause's subject must name an actor that is not the clause's subject (a code that
// begins the other's, "RUS" and "RUSGOV", is the same). The source is the clause's subject.
// Never fails.
StatedOutlook FindStatedOutlook(const Document& doc, const Syntax& syntax,
                                const StoryActors& actors,
                                const std::vector<Factuality>& factuality, uint32_t clause);

// The patterns that explain such comments' events: CAMEO 013 and 012.
const VerbPattern& OptimismPattern();
const VerbPattern& PessimismPattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_STATED_OUTLOOK_H_

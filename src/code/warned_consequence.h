// Which actor a warning threatens when it names no threatened act but what the actor will
// suffer, or what will follow unless the actor complies (CAMEO 13, news-dev GUIDE: "a
// conditional warning is still a threat"). The threatened act itself ("threatened to impose
// sanctions", "said it would strike") is code/stated_intent.h's; this is the threat told by
// its price or its condition:
//
//   Israel vowed that Hamas would pay a heavy price.   Hamas: it pays
//   Moscow warned that Kyiv would face consequences.   Kyiv: it faces a penalty
//   The EU warned that sanctions would follow if Russia did not withdraw.
//                                                      Russia: the condition's doer
//   Tehran warned it would retaliate if Israel struck. Israel: the speaker acts on a condition
//   The envoy warned of war unless the junta resigned. the junta
//   Analysts warned that Russia would face a recession.   none: a recession is no penalty
//   NATO warned Russia would attack if Kyiv joined.    none: the foretold act is Russia's, not
//                                                      the speaker's, so Kyiv is not threatened
//   Iran did not warn that Israel would pay.           none: the warning is not done
//
// The words name a penalty, not its kind: the coder codes the threat 130 (threaten, not
// otherwise specified) from the warning clause's subject to the threatened actor.
#ifndef TACITUS_CODE_WARNED_CONSEQUENCE_H_
#define TACITUS_CODE_WARNED_CONSEQUENCE_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase whose actors clause `clause` threatens by warning of a penalty or a condition, or
// -1 when it is no such warning: its verb is not one of warning or vowing ("warn", "vow",
// "threaten", "caution", "swear"), the warning is negated or not reported as done
// (`factuality`, ClauseFactuality's result), or the threatened phrase names no actor or the
// speaker itself (a code that begins the other's: "RUS", "RUSGOV"; a government warning its
// own protesters threatens them). Never fails.
int32_t WarnedActor(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                    const std::vector<Factuality>& factuality, uint32_t clause);

// The pattern that explains such a threat's events: CAMEO 130.
const VerbPattern& WarnedConsequencePattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_WARNED_CONSEQUENCE_H_

// The doer a report leaves to be understood, as analysts fill it in (news-dev GUIDE: "officials
// said police arrested 40 people" is COP -> the arrested): a passive that names no one by
// "by" ("Two activists were arrested in Moscow", "The women were charged with murder") is
// the act of the agent type the dictionaries give its verb (data/agents.txt `doer COP
// arrest`), of the country that a "from" phrase names (those sent away are the act of the
// state they leave: "were deported from Germany" is DEUGOV's in a story datelined KABUL), else
// of the country where the act happens, else of the story's.
//
//   std::vector<ResolvedActor> sources;
//   ImpliedDoers(dictionaries, doc, syntax, actors, clause_index, &sources);
//
// Never fails: a clause that is no agentless passive, a verb with no doer, or a story of no
// known country give none.
#ifndef TACITUS_CODE_IMPLIED_DOER_H_
#define TACITUS_CODE_IMPLIED_DOER_H_

#include <cstdint>
#include <vector>

#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Replaces *sources with the doer of clause `clause` when it is a passive with no agent and
// its verb has a `doer` entry: that agent type of the "from" phrase's country, else of
// ActCountry's ("COP" in Iran: IRNCOP). The implied actor names no words (empty tokens).
void ImpliedDoers(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                  const StoryActors& actors, uint32_t clause, std::vector<ResolvedActor>* sources);

}  // namespace tacitus

#endif  // TACITUS_CODE_IMPLIED_DOER_H_

// Whose a court's decision is when the report names no court: the story's courts (news-dev
// GUIDE: agents take their country from the story), as analysts code approval, criticism or
// rejection of a ruling against the judiciary:
//
//   (a Nairobi story) The opposition leader hailed the ruling.   KENOPP -> KENJUD 051
//   The president criticised the verdict.                        KENGOV -> KENJUD 111
//   The opposition hailed the ICJ ruling.                        the ICJ's, as named: not here
//   The opposition hailed the decision.                          none: not a court's word
//
//   std::vector<ResolvedActor> targets;
//   RulingCourts(dictionaries, actors, "051", "ruling", &targets);
//
// Never fails: another act, another phrase or a story of no known country give none.
#ifndef TACITUS_CODE_COURT_RULING_H_
#define TACITUS_CODE_COURT_RULING_H_

#include <string_view>
#include <vector>

#include "code/story_actors.h"
#include "dict/dictionaries.h"

namespace tacitus {

// Replaces *targets with the courts (JUD) of the story's country when `noun`, the lemma of the
// head of a target phrase that names no actor, is a court's decision ("ruling", "verdict",
// "judgment") and `code` approves (05), disapproves (11) or rejects (12) it; else clears
// *targets. The implied actor names no words (empty tokens).
void RulingCourts(const Dictionaries& dictionaries, const StoryActors& actors,
                  std::string_view code, std::string_view noun,
                  std::vector<ResolvedActor>* targets);

}  // namespace tacitus

#endif  // TACITUS_CODE_COURT_RULING_H_

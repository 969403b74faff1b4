// Criticism stated as an evaluation: the speaker pins a word of blame on an act or an actor
// (CAMEO 111 "criticize or denounce", news-dev GUIDE: a comment that is itself the news).
// The evaluation words and their codes are the `evaluation` lines of data/evaluations.txt
// (Dictionaries::EvaluationFor). Two shapes:
//
//   Moscow called the NATO drills deeply irresponsible.  naming verb + object + word:
//                                                        RUSGOV evaluates the drills
//   The president branded the new assembly "illegitimate".
//   The envoy said the Iranian raid was reckless.         reported "be" + word: the speaker
//   The minister said the referendum had not been legal.  ("not legal", "neither free nor
//                                                        fair": a denied word of approval)
//   The envoy said the raid was an act of aggression.     or a noun of blame after "a"/"an",
//   The envoy said the group had become a threat.         "act of" ("was a clear violation")
//   Kyiv called the strikes a flagrant violation.         or other nouns ("a war crime"),
//                                                         after a naming verb too
//   The envoy said the raids amounted to aggression.      "amount to", "constitute"
//   The envoy said the policy had failed and was reckless. a conjunct of what is said
//   According to the envoy, Iran's move is reckless.      the speaker after "according to"
//   The envoy said Japan's plan to dump the water was reckless.
//                                                         the noun with its infinitive
//   "This is a provocation," the envoy said of the drills. a pronoun: what the speaker
//                                                         spoke "of"
//
// The target is whoever the evaluated phrase names: its own actor, its possessor ("Iran's
// decision"), its adjective ("the Chinese actions"); for an act that names none ("said the
// incident was unacceptable") the coder takes the author of the story's act before it, as it
// does for "condemned the attack" (TacitusClauseCoder), unless a "by" phrase or a passive
// relative clause names its author ("said the move by Moscow was illegal"). A word before its noun ("illegal
// migrants") is no evaluation; neither is a clause the speaker does not report as said
// ("could call the move illegal", "did not call it illegal").
#ifndef TACITUS_CODE_EVALUATION_H_
#define TACITUS_CODE_EVALUATION_H_

#include <cstdint>
#include <vector>

#include "code/factuality.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// What an evaluation clause states: who judges what, by which line of data/evaluations.txt.
// (Named apart from eval/scorer.h's Evaluation, a score: one name for two types in one
// namespace broke the one-definition rule.)
struct StatedEvaluation {
  const VerbPattern* entry = nullptr;  // the evaluation line: code and provenance; nullptr: none
  int32_t source = -1;                 // phrase: who evaluates
  int32_t evaluated = -1;              // phrase: what is evaluated
  // Phrase: who did what is evaluated, when a phrase says so ("the move by Russia", "a
  // decision taken by the parliament"); -1 when none does.
  int32_t author = -1;
  // Clause: the clause of saying whose "of" phrase names what a pronoun evaluated stands for
  // ("'This is a provocation,' the ministry said of the drills"); its "say of" is this
  // evaluation, no statement of its own. -1 when none.
  int32_t spoken_of_by = -1;
};

// The evaluation clause `clause` states, if any (entry == nullptr when none). `factuality` is
// ClauseFactuality's result: a naming clause must be done, a reported one said by a clause
// that is done. Never fails.
StatedEvaluation FindEvaluation(const Dictionaries& dictionaries, const Document& doc,
                                const Syntax& syntax, const std::vector<Factuality>& factuality,
                                uint32_t clause);

}  // namespace tacitus

#endif  // TACITUS_CODE_EVALUATION_H_

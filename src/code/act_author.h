// Who did the act a noun phrase names, when the phrase itself names no actor: the target of
// "condemned the attack by Russian troops" is the troops, not "the attack" (news-dev GUIDE:
// a criticism of an act targets its author). Read where the sentence says it:
//
//   the move by Moscow                        "by" phrase: Moscow
//   condemned the attack by Russian troops    the "by" phrase right after an active verb's
//                                             object: Russian troops
//   was appalled by the killing of protesters the "by" phrase right after the object of the
//     by police                               verb's own preposition: police
//   the excessive use of force by police      "by" phrase of the phrase itself: police
//   a decision taken by the parliament        passive relative clause: the parliament
//   the attack                                nobody: -1 (the coder may look at the story)
//
// Evaluations ("said the move by Moscow was illegal", code/evaluation.h) and the verb
// patterns of the clause coder read it, for a target ("criticized the decision by Kyiv") and
// for a source ("the summit, hosted by France, brought together ..." is France's).
#ifndef TACITUS_CODE_ACT_AUTHOR_H_
#define TACITUS_CODE_ACT_AUTHOR_H_

#include <cstdint>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase naming who did what phrase `phrase` (in sentence `sentence`) names, by its "by"
// phrase (its own, or the first after it as an active verb's object or the object of its
// preposition) or a passive relative
// clause about it; -1 when none says, or `phrase` is -1. The author may name no actor ("by
// force"): the caller checks.
int32_t ActAuthor(const Document& doc, const Syntax& syntax, uint32_t sentence, int32_t phrase);

}  // namespace tacitus

#endif  // TACITUS_CODE_ACT_AUTHOR_H_

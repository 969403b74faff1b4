// Internal to the clause walk: which clause a verb after "and" goes on with. Coordinated verbs
// have the same form, so a gerund or a simple past after "and" may go on with a clause above
// the one just before it: "condemning the force used against them and accusing ...", "said he
// would resign and urged ...".
#ifndef TACITUS_SYNTAX_COORDINATION_FORM_H_
#define TACITUS_SYNTAX_COORDINATION_FORM_H_

#include <cstdint>

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

// The clause that verb chunk `c`, right after "and" (adverbs between), is coordinated with:
// `clause` (the one it follows, an index into syntax.clauses) or one of the clauses above it.
// A gerund goes with the nearest clause above that has a gerund; a simple past with the verb
// of saying above, or after ", and" with the nearest simple past above; a verb of saying
// after a clause that a verb of saying reports goes with that verb; a simple past after a
// past perfect and a bare "and" stays with it. Returns `clause` when no rule moves it (and
// for a negative `clause`).
int32_t ConjunctOfTheSameForm(const SentenceView& view, const Syntax& syntax, int32_t clause,
                              uint32_t c);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_COORDINATION_FORM_H_

// Internal to the clause walk: what a verb group does to the clause being built. Each verb
// group opens a clause; which kind (main, coordinated, subordinate, reported, relative,
// infinitive, participial), under which parent and with which subject depends on the marker
// before it ("that", "which", "and"), on the subject waiting for it and on the chunk right
// before it. clause_opening.cc names each of these outcomes (enum Opening).
#ifndef TACITUS_SYNTAX_CLAUSE_OPENING_H_
#define TACITUS_SYNTAX_CLAUSE_OPENING_H_

#include <cstdint>

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"
#include "syntax/walk_state.h"

namespace tacitus::syntax_internal {

// Appends the clause that verb chunk `c` of the view opens to out->clauses and makes it the
// walk's current clause, with no subject or marker waiting. A main clause becomes the parent
// of the orphans before it; a main or a marked clause takes the preposed attachments,
// adverbials and speaker waiting for it. May take the current clause's object from it ("said
// Y met Z": Y is the new clause's subject).
void OpenClauseAtVerb(const SentenceView& view, uint32_t c, WalkState* state, Syntax* out);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_CLAUSE_OPENING_H_

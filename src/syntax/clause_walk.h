// Internal to the clause parser: its second pass, which walks a sentence's chunks left to
// right and opens a clause at every verb group. The rules it follows are those listed in
// clause_parser.h; they look at the chunks around the current one and at a little state (the
// clause taking objects, the subject waiting for its verb, the last marker such as "that" or
// "which"), never further back.
#ifndef TACITUS_SYNTAX_CLAUSE_WALK_H_
#define TACITUS_SYNTAX_CLAUSE_WALK_H_

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

// Appends a clause for every verb group of the view's sentence to out->clauses, with its
// kind, parent, marker and the roles the order of the chunks gives (subject, objects, agent,
// antecedent, speaker); links coordinated and appositive noun phrases; records prepositional
// phrases and temporal adverbials in out->scratch (pending_items.h). The view's chunks must
// be in out->chunks. Never fails: chunks that fit no rule are passed over.
void WalkClauses(const SentenceView& view, Syntax* out);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_CLAUSE_WALK_H_

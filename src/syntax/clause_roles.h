// Internal to the clause parser: the roles that the clause walk cannot give as it goes,
// because they come from a clause met later or from the parent.
#ifndef TACITUS_SYNTAX_CLAUSE_ROLES_H_
#define TACITUS_SYNTAX_CLAUSE_ROLES_H_

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

// "Y ..., X said." / "Y ..., said X.": a main clause of a reporting verb with no object (but
// whom "tell" tells: "..., X told reporters") and no complement (an adverbial clause is none:
// "..., X said after the talks ended"), which begins (with its subject or its verb) right
// after a comma, quotes between allowed, reports the main clauses of its sentence before it that have no parent:
// they become kReported, with it as parent and its logical subject as speaker. `clauses`:
// the sentence's range in out->clauses.
void FindTrailingReporters(const SentenceView& view, TokenRange clauses, Syntax* out);

// "12 gunmen had been killed and more than 400 people detained": a clause coordinated with a
// passive, with a subject of its own that counts (a number, "dozens", "others") and a lone
// past form with no object after it, is a passive whose auxiliaries the coordination leaves
// out; it takes the parent's. Runs before ResolveUnderstoodRoles, while a clause's subject is
// still its own. `clauses`: the sentence's range in out->clauses.
void ShareGappedPassives(const SentenceView& view, TokenRange clauses, Syntax* out);

// "Germany condemned the attack, as did France and Italy": the noun phrase after an "as did"
// (or "as have") that follows a comma joins the subject of the clause before, as conjuncts,
// and the "did" clause keeps no object. Runs before ResolveUnderstoodRoles. `clauses`: the
// sentence's range in out->clauses.
void JoinAsDidSubjects(const SentenceView& view, TokenRange clauses, Syntax* out);

// Fills in what a clause of `clauses` (a range in out->clauses) takes from its parent (a
// speech act coordinated with what a speaker said, "said X had fled and urged calm", first
// goes with the verb of saying): the
// subject of a coordinated, participial or infinitive clause without one of its own (the
// parent's object after "urge", "ask", ...: "urged China to stop"; and before a gerund of
// "for", "of", "against" or "from" after a verb of judging, rewarding, punishing, warning or
// preventing: "criticised Hungary for blocking the aid"), and the speaker of a reported
// clause of a reporting verb.
void ResolveUnderstoodRoles(const SentenceView& view, TokenRange clauses, Syntax* out);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_CLAUSE_ROLES_H_

// Shallow syntax for news English: chunks, noun phrases, clauses with their roles.
//
//   const ClauseParser parser;      // no state: one can serve every thread
//   Syntax syntax;                  // per thread; reuse it, it stops allocating
//   parser.Parse(doc, &syntax);     // doc: tokens with Penn tags and lemmas (lex/)
//
// The parser is deterministic and linear: one left-to-right pass chunks each sentence, a
// second walks the chunks and opens a clause at every verb group. The rules are few and
// predictable rather than clever:
//   - A noun phrase right after a verb group (no comma, preposition or adjective between)
//     is its object; a second bare one makes the first the indirect object.
//   - "of", "with", "between", "like", "including", "among" right after a noun phrase
//     attach to it, as does any PP right after a subject not yet followed by its verb;
//     every other PP attaches to the clause (a PP before the verb waits for the next main
//     or subordinate clause). "by" after a passive verb gives the agent.
//   - Temporal phrases ("yesterday", "last week", "earlier this year", "on Tuesday", "in
//     2022", "two days ago") are recorded as the clause's adverbials, never as objects.
//   - A finite verb group with a relative word before it is a relative clause; with a
//     subordinator ("that", "because", "while") a subordinate clause, or a reported one
//     when it depends on a verb of saying; after "and"/"or" with no subject of its own a
//     coordinated clause sharing the previous clause's subject. A participle right after a
//     noun phrase is a reduced relative clause on it; after a comma or at the start, a
//     participial clause whose subject is the main clause's. "to" + verb is an infinitive
//     whose subject is the governing clause's subject, or its object after verbs of
//     asking and allowing ("urged China to stop").
//   - Reported speech: "X said (that) Y", "Y, X said", "Y, said X", "Y, according to X"
//     make Y's clause kReported with `speaker` X.
// Parse never fails and never recurses on input-sized structures: any token sequence,
// tagged or not, gives some well-formed Syntax (untagged tokens just form no phrases).
#ifndef TACITUS_SYNTAX_CLAUSE_PARSER_H_
#define TACITUS_SYNTAX_CLAUSE_PARSER_H_

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

class ClauseParser {
 public:
  ClauseParser() = default;

  // Replaces the contents of *out with the syntax of every sentence of `doc`. Views and
  // indices in *out refer to `doc`, which must outlive their use.
  void Parse(const Document& doc, Syntax* out) const;
};

}  // namespace tacitus

#endif  // TACITUS_SYNTAX_CLAUSE_PARSER_H_

// Who did the act a definite noun names when an earlier clause reported the act with its verb:
// news tells of a deed by its verb and then answers it by the verb's noun.
//
//   Gondor proposed a truce. Rohan rejected the proposal.      propose: Gondor
//   The court annulled the vote, ruling that ... X hailed the ruling.      rule: the court
//   Gondor offered talks. Rohan rejected the offer.             offer: Gondor
//
// The noun and the verb are matched by English derivation (the verb itself, -ing, -al,
// -ation, -ion, -sion, -ment, -ure: "accuse"/"accusation", "decide"/"decision"). The clause is
// one reported as done, before the noun in its sentence or in the four sentences before; the
// nearest whose subject names an actor wins.
//
//   const int32_t author = NominalizedActAuthor(doc, syntax, actors, factuality, clause, target);
//
// Never fails: -1 when the phrase is not "the"/"this"/"that" + noun, or no such clause says.
#ifndef TACITUS_CODE_NOMINALIZED_ACT_H_
#define TACITUS_CODE_NOMINALIZED_ACT_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Whether noun `noun` names the act of verb `verb` by English derivation (both lower case).
bool NamesTheActOfVerb(std::string_view noun, std::string_view verb);

// The phrase naming the author of the act phrase `phrase` (of clause `clause`'s sentence)
// names, as above; `factuality` of every clause (ClauseFactuality). -1 when none says.
int32_t NominalizedActAuthor(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                             std::span<const Factuality> factuality, uint32_t clause,
                             int32_t phrase);

}  // namespace tacitus

#endif  // TACITUS_CODE_NOMINALIZED_ACT_H_

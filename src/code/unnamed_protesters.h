// Who protests when a report of protests names no one, as analysts fill it in (news-dev
// GUIDE: the civilians of the country where it happens; the target is then implied, their
// government, code/implied_target.h):
//
//   Protests erupted in Algiers on Friday.                 DZACVL -> DZAGOV 141
//   The price rise sparked demonstrations across Kenya.    KENCVL -> KENGOV 141
//   Protests were planned for Friday.                      none: not a report of them
//   Beijing lodged a protest.                              none: no happening reported
//
// A noun pattern of the head alone (`noun 141 protest`) codes only in these reports: the
// subject of a verb of happening ("erupted", "broke out", "spread") or the object of a verb
// that caused it ("sparked", "triggered", "prompted").
//
//   std::vector<ResolvedActor> sources;
//   UnnamedProtesters(dictionaries, doc, syntax, actors, pattern, clause, &sources);
//
// Never fails: a story of no known country gives none.
#ifndef TACITUS_CODE_UNNAMED_PROTESTERS_H_
#define TACITUS_CODE_UNNAMED_PROTESTERS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Whether `lemma` is a verb that says what made its object happen: "sparked protests",
// "triggered", "prompted", "provoked", "fuelled", "ignited", "set off".
bool CausesItsObject(std::string_view lemma);

// Whether `pattern` is a noun pattern of its head alone, which codes only where a clause
// reports its noun happening (see above).
bool IsBareNounPattern(const VerbPattern& pattern);

// Replaces *sources with the civilians of the country where clause `clause` happens (its
// place, else the story's: ActCountry; a region named as the place gives the story's), when
// `pattern` codes a protest (14x); else clears it. The implied actor names no words (empty
// tokens).
void UnnamedProtesters(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                       const StoryActors& actors, const VerbPattern& pattern, uint32_t clause,
                       std::vector<ResolvedActor>* sources);

}  // namespace tacitus

#endif  // TACITUS_CODE_UNNAMED_PROTESTERS_H_

// Who did an act that a reaction names by a bare noun, when no coded event of the story is
// that act but an earlier sentence names it with its author. News names an act fully once and
// then by its noun: "Saudi Arabia and its allies launched air strikes in Yemen on Thursday.
// ... Iran condemned the strikes as aggression." The strikes are Saudi Arabia's (news-dev
// GUIDE: a criticism of an act targets its author), though no event was coded for them.
//
//   Saudi Arabia launched air strikes ...    the subject of a light verb whose object is the
//                                            act: Saudi Arabia
//   Russia's offensive ... / the Russian     the act's own words: Russia
//     offensive ...
//   the attack by rebel fighters ...         its "by" phrase (code/act_author.h)
//
// The earlier noun is the same as the reaction's ("the strikes" ... "air strikes") or a noun
// of the same kind of act: of a root of the criticized noun's acts of material conflict ("a
// halt to the attacks" ... "launched air strikes"; "the incident" names any such act), of
// the praised roots (DeferredTarget::act_roots). Only a light verb's clause that reports its
// act done names it ("were not taking military action" names none). The nearest earlier
// mention whose sentence names its author wins; an act the story never attributes
// ("condemned the poisoning" of an unknown poisoner) has no author, and the reaction no target.
//
//   const int32_t author = MentionedActAuthor(dictionaries, doc, syntax, actors, factuality,
//                                             sentence, act_tokens, act_roots);
//
// Never fails: -1 when no earlier sentence names the act with an author that is an actor.
#ifndef TACITUS_CODE_ACT_MENTION_H_
#define TACITUS_CODE_ACT_MENTION_H_

#include <cstdint>
#include <span>
#include <string>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase (with actors) naming the author of the act that the noun phrase covering `act`
// in sentence `sentence` names, from the nearest earlier sentence that names the act with its
// author, as above; `factuality` of every clause (ClauseFactuality); `act_roots` empty for a
// criticism, the praised roots for praise. -1 when
// no phrase covers `act` or no earlier sentence says.
int32_t MentionedActAuthor(const Dictionaries& dictionaries, const Document& doc,
                           const Syntax& syntax, const StoryActors& actors,
                           std::span<const Factuality> factuality, uint32_t sentence,
                           TokenRange act, std::span<const std::string> act_roots);

}  // namespace tacitus

#endif  // TACITUS_CODE_ACT_MENTION_H_

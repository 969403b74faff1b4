// Internal to the clause parser: what a verb chunk says about its clause's verb (tense,
// aspect, voice, negation, modal, particle), read from its tags and lemmas alone.
#ifndef TACITUS_SYNTAX_VERB_GROUP_H_
#define TACITUS_SYNTAX_VERB_GROUP_H_

#include <cstdint>

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

// The VerbGroup of chunk `c`, which must be a verb chunk of the view's sentence ("has been
// stepping up": present perfect progressive, particle "up"). `subjunctive` is left false:
// only the clause around the verb can tell.
VerbGroup AnalyzeVerbGroup(const SentenceView& view, uint32_t c);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_VERB_GROUP_H_

// The parties of a mutual act that a thing, not an actor, is the subject of: "The exercise,
// featuring the navies of India, Japan and Australia, began off Chennai" is a joint exercise
// of the three (062 each way), as "Talks between X and Y resumed" is talks of the two
// (code/noun_events.h). The subject must be a common noun that is no role word: an actor the
// dictionaries do not know ("Smith met A and B", "officials met A and B") did it with them.
//
//   if (ActsAmongItsParticipants(doc, syntax, dictionaries, pattern, subject, targets.size()))
//     ... code the targets with each other ...
//
// Never fails: false where the rule does not apply.
#ifndef TACITUS_CODE_ACT_PARTICIPANTS_H_
#define TACITUS_CODE_ACT_PARTICIPANTS_H_

#include <cstddef>
#include <cstdint>

#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Whether an act matched by `pattern` whose subject phrase `subject` names no actor is among
// the `target_actors` actors of its target: the pattern is mutual (paired with itself), the
// target names two or more actors, and the subject's head is a common noun in lower case that
// is no agent word of `dictionaries` ("exercise", "phase", "drills").
bool ActsAmongItsParticipants(const Document& doc, const Syntax& syntax,
                              const Dictionaries& dictionaries, const VerbPattern& pattern,
                              int32_t subject, size_t target_actors);

}  // namespace tacitus

#endif  // TACITUS_CODE_ACT_PARTICIPANTS_H_

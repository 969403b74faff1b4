// Who released people whom a passive report frees from a custody it names by its holder
// (CAMEO 0841: the releasing side is the source, the released the target):
//
//   Thirty Palestinian prisoners were released from Israeli prisons.   ISR -> PSECVL 0841
//   Two Ukrainian pilots were freed from Russian captivity.            RUS -> UKRMIL 0841
//   Two sailors were released from hospital.                           no source: no actor
//   Ten hostages were released by Hamas.                               the agent, as ever
//   Two French journalists held in Iran were released.                 IRN -> FRAMED 0841
//   Ten hostages held by Hamas were freed.                             PSEHMS -> ... 0841
//
//   int32_t holder = CustodyHolder(doc, syntax, actors, clause_index);
//
// Never fails: -1 when the clause is no agentless passive, or neither a "from" phrase nor a
// passive of holding on the released ("held by", "detained in") names an actor.
#ifndef TACITUS_CODE_CUSTODY_HOLDER_H_
#define TACITUS_CODE_CUSTODY_HOLDER_H_

#include <cstdint>

#include "code/story_actors.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase of clause `clause`'s first "from" attachment whose object names an actor, when
// the clause is a passive with no agent ("were released from Israeli prisons": the phrase
// "Israeli prisons", ISR); else the agent or the "in" phrase naming an actor of a reduced
// relative of holding on its subject ("journalists held in Iran were released": "Iran");
// -1 otherwise. The caller asks only for releases of people (0841):
// "migrants returned from the United States" were deported, not released.
int32_t CustodyHolder(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                      uint32_t clause);

}  // namespace tacitus

#endif  // TACITUS_CODE_CUSTODY_HOLDER_H_

// Who ordered an act that a passive report leaves without an agent, when the report says so
// (news-dev GUIDE: the act is of the side that had it done):
//
//   On the president's orders, Khaleda Zia was freed.        the president
//   Zia was freed on the orders of the president.            the president
//   Navalny was arrested on orders from the Kremlin.         the Kremlin
//   Zia was freed by the army on the president's orders.     the agent, as ever: -1 here
//
//   int32_t giver = OrderGiver(doc, syntax, actors, clause_index);
//
// Never fails: -1 when the clause is no agentless passive or no "on ... orders" phrase names
// an actor.
#ifndef TACITUS_CODE_ORDER_GIVER_H_
#define TACITUS_CODE_ORDER_GIVER_H_

#include <cstdint>

#include "code/story_actors.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase naming who gave the orders of clause `clause`'s "on" attachment whose head is
// "order" or "instruction" (its possessor, else its "of" or "from" phrase), when the clause is
// a passive with no agent and that phrase names an actor; -1 otherwise.
int32_t OrderGiver(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                   uint32_t clause);

}  // namespace tacitus

#endif  // TACITUS_CODE_ORDER_GIVER_H_

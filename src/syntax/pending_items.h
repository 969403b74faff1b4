// Internal to the clause parser: prepositional phrases and temporal adverbials as the clause
// walk meets them, held in SyntaxScratch until its end. An item's owner is a clause or a
// noun phrase, or not known yet: "In Beijing, Putin met Xi" meets "in Beijing" before the
// clause it belongs to, so the item waits (kAwaiting) until a clause takes it. At the end the
// items are written out so that each owner's attachments and adverbials are one run of
// Syntax::attachments / Syntax::adverbials, in the order they were met.
#ifndef TACITUS_SYNTAX_PENDING_ITEMS_H_
#define TACITUS_SYNTAX_PENDING_ITEMS_H_

#include <cstdint>

#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

// Records an item of `phrase` if it is >= 0, else of `clause` if it is >= 0, else one
// awaiting the next clause that takes preposed items. `range`: the preposition's tokens, or
// the adverbial's; `object`: the preposition's noun phrase (-1 for an adverbial).
void AddPendingItem(SyntaxScratch* scratch, int32_t clause, int32_t phrase, bool adverbial,
                    TokenRange range, int32_t object);

// Gives every awaiting item to clause `clause`.
void GiveAwaitingItems(SyntaxScratch* scratch, int32_t clause);

// Writes the recorded items into out->attachments and out->adverbials and their owners'
// first_/count fields; drops those that never found an owner. Reorders out->scratch.items.
void EmitPendingItems(Syntax* out);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_PENDING_ITEMS_H_

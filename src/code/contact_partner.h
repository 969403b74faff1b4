// To whom condolences go when the clause names no one: the one the speaker called or met to
// offer them (CAMEO 018 "make empathetic comment"; news-dev GUIDE: "condolences 018", coded
// towards the side consoled). News tells the contact and the sympathy in one sentence:
//
//   Modi telephoned Sharif on Tuesday to offer condolences.        Sharif: the one called
//   In a phone call with Putin, Aliyev offered his condolences.     Putin: the call's partner
//   Merkel met Hollande and expressed her sympathy.                 Hollande: the one met
//   Russia expressed its condolences.                               none: no contact told
//
// The contact is a verb of calling or meeting ("telephone", "call", "meet", "visit",
// "receive") above the clause through a purpose infinitive or a conjunction, with its object;
// or a noun of contact ("call", "conversation", "talks", "meeting") with a "with" phrase,
// attached to the clause or to such a clause above it.
#ifndef TACITUS_CODE_CONTACT_PARTNER_H_
#define TACITUS_CODE_CONTACT_PARTNER_H_

#include <cstdint>
#include <string_view>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Whether an event of `code` with no target named goes to the contact partner: empathetic
// comments (018).
bool ConsolesTheContact(std::string_view code);

// The phrase naming whom clause `clause` is in contact with, or -1 when the sentence tells of
// no such contact. Never fails.
int32_t ContactPartner(const Document& doc, const Syntax& syntax, uint32_t clause);

}  // namespace tacitus

#endif  // TACITUS_CODE_CONTACT_PARTNER_H_

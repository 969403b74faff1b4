#include "code/contact_partner.h"

#include <array>

#include "base/strings.h"

namespace tacitus {
namespace {

// Verbs whose object is the one the subject is in contact with: "telephoned Sharif".
constexpr auto kContactVerbs = std::to_array<std::string_view>(
    {"telephone", "phone", "call", "ring", "meet", "visit", "receive", "host"});

// Nouns of contact whose "with" phrase is the partner: "a phone call with Putin".
constexpr auto kContactNouns =
    std::to_array<std::string_view>({"call", "conversation", "talk", "meeting", "phone"});

// The partner named by a noun of contact among `clause`'s prepositional phrases.
int32_t PartnerOfContactNoun(const Document& doc, const Syntax& syntax, const Clause& clause) {
  for (const Attachment& a : syntax.AttachmentsOf(clause)) {
    if (a.object < 0) continue;
    const NounPhrase& contact = syntax.phrases[a.object];
    if (!In(kContactNouns, doc.tokens[contact.head].lemma)) continue;
    for (const Attachment& with : syntax.AttachmentsOf(contact)) {
      if (with.object >= 0 && doc.tokens[with.preposition.begin].lower == "with") {
        return with.object;
      }
    }
  }
  return -1;
}

}  // namespace

bool ConsolesTheContact(std::string_view code) { return code == "018"; }

int32_t ContactPartner(const Document& doc, const Syntax& syntax, uint32_t clause) {
  const Clause* c = &syntax.clauses[clause];
  for (int hops = 0; hops < kMaxChain; ++hops) {
    if (c != &syntax.clauses[clause] && In(kContactVerbs, c->verb.lemma) && c->object >= 0) {
      return c->object;
    }
    const int32_t partner = PartnerOfContactNoun(doc, syntax, *c);
    if (partner >= 0) return partner;
    // Up through what the contact was for ("to offer") or what went with it ("and offered").
    if (c->parent < 0 ||
        (c->kind != ClauseKind::kInfinitive && c->kind != ClauseKind::kCoordinated)) {
      break;
    }
    c = &syntax.clauses[c->parent];
  }
  return -1;
}

}  // namespace tacitus

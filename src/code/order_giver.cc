#include "code/order_giver.h"

#include <string_view>

namespace tacitus {
namespace {

bool IsOneWord(const Document& doc, TokenRange words, std::string_view word) {
  return words.size() == 1 && doc.tokens[words.begin].lower == word;
}

// The giver named by phrase `orders` ("the president's orders", "the orders of the
// president", "orders from the Kremlin"), -1 if none.
int32_t GiverOf(const Document& doc, const Syntax& syntax, const NounPhrase& orders) {
  if (orders.possessor >= 0) return orders.possessor;
  for (const Attachment& a : syntax.AttachmentsOf(orders)) {
    if (IsOneWord(doc, a.preposition, "of") || IsOneWord(doc, a.preposition, "from")) {
      return a.object;
    }
  }
  return -1;
}

}  // namespace

int32_t OrderGiver(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                   uint32_t clause) {
  if (clause >= syntax.clauses.size()) return -1;
  const Clause& c = syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return -1;
  for (const Attachment& a : syntax.AttachmentsOf(c)) {
    if (a.object < 0 || !IsOneWord(doc, a.preposition, "on")) continue;
    const NounPhrase& orders = syntax.phrases[a.object];
    const std::string_view head = doc.tokens[orders.head].lemma;
    if (head != "order" && head != "instruction") continue;
    const int32_t giver = GiverOf(doc, syntax, orders);
    if (giver >= 0 && !actors.ActorsOf(giver).empty()) return giver;
  }
  return -1;
}

}  // namespace tacitus

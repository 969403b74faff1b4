#include "code/custody_holder.h"

namespace tacitus {

int32_t CustodyHolder(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                      uint32_t clause) {
  if (clause >= syntax.clauses.size()) return -1;
  const Clause& c = syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return -1;
  for (const Attachment& a : syntax.AttachmentsOf(c)) {
    if (a.object < 0 || a.preposition.size() != 1 ||
        doc.tokens[a.preposition.begin].lower != "from") {
      continue;
    }
    if (!actors.ActorsOf(a.object).empty()) return a.object;
  }
  return -1;
}

}  // namespace tacitus

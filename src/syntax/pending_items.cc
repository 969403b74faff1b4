#include "syntax/pending_items.h"

#include <algorithm>
#include <tuple>

namespace tacitus::syntax_internal {

void AddPendingItem(SyntaxScratch* scratch, int32_t clause, int32_t phrase, bool adverbial,
                    TokenRange range, int32_t object) {
  SyntaxScratch::PendingItem item;
  item.clause = clause;
  item.phrase = phrase;
  item.order = static_cast<uint32_t>(scratch->items.size());
  item.adverbial = adverbial;
  item.range = range;
  item.object = object;
  if (phrase < 0 && clause < 0) {
    item.clause = SyntaxScratch::kAwaiting;
    scratch->awaiting.push_back(item.order);
  }
  scratch->items.push_back(item);
}

void GiveAwaitingItems(SyntaxScratch* scratch, int32_t clause) {
  for (uint32_t item : scratch->awaiting) scratch->items[item].clause = clause;
  scratch->awaiting.clear();
}

void EmitPendingItems(Syntax* out) {
  auto& items = out->scratch.items;
  // Adverbials after attachments, phrases' attachments before clauses', then by owner and
  // the order met: each owner's items are one run.
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(a.adverbial, a.phrase < 0, a.phrase, a.clause, a.order) <
           std::make_tuple(b.adverbial, b.phrase < 0, b.phrase, b.clause, b.order);
  });
  for (const SyntaxScratch::PendingItem& item : items) {
    if (item.adverbial) {
      if (item.clause < 0) continue;
      Clause& c = out->clauses[item.clause];
      if (c.adverbial_count++ == 0) {
        c.first_adverbial = static_cast<uint32_t>(out->adverbials.size());
      }
      out->adverbials.push_back(item.range);
      continue;
    }
    uint32_t* first = nullptr;
    uint32_t* count = nullptr;
    if (item.phrase >= 0) {
      first = &out->phrases[item.phrase].first_attachment;
      count = &out->phrases[item.phrase].attachment_count;
    } else if (item.clause >= 0) {
      first = &out->clauses[item.clause].first_attachment;
      count = &out->clauses[item.clause].attachment_count;
    } else {
      continue;
    }
    if ((*count)++ == 0) *first = static_cast<uint32_t>(out->attachments.size());
    out->attachments.push_back({item.range, item.object});
  }
}

}  // namespace tacitus::syntax_internal

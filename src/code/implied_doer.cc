#include "code/implied_doer.h"

#include <string>
#include <string_view>

namespace tacitus {
namespace {

// The country a "from" phrase of the clause names: the state that acts on those it sends away
// or hands over ("were deported from Germany", "were expelled from Poland", "was extradited
// from Spain"), wherever the story is datelined. Empty when the clause has none.
std::string_view RemovedFrom(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                             const Clause& clause) {
  for (const Attachment& a : syntax.AttachmentsOf(clause)) {
    if (a.object >= 0 && a.preposition.size() == 1 &&
        doc.tokens[a.preposition.begin].lower == "from") {
      return actors.PlaceCountry(a.object);
    }
  }
  return {};
}

}  // namespace

void ImpliedDoers(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                  const StoryActors& actors, uint32_t clause, std::vector<ResolvedActor>* sources) {
  sources->clear();
  if (clause >= syntax.clauses.size()) return;
  const Clause& c = syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return;
  const Doer* doer = dictionaries.DoerOf(c.verb.lemma);
  if (doer == nullptr) return;
  std::string_view country = RemovedFrom(doc, syntax, actors, c);
  if (country.empty()) country = actors.ActCountry(doc, syntax, clause);
  if (country.empty()) return;
  ResolvedActor actor;
  actor.code = std::string(country) + doer->code;
  actor.AddOrigin(doer->origin);
  sources->push_back(std::move(actor));
}

}  // namespace tacitus

#include "code/implied_doer.h"

#include <string>
#include <string_view>

namespace tacitus {

void ImpliedDoers(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                  const StoryActors& actors, uint32_t clause, std::vector<ResolvedActor>* sources) {
  sources->clear();
  if (clause >= syntax.clauses.size()) return;
  const Clause& c = syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return;
  const Doer* doer = dictionaries.DoerOf(c.verb.lemma);
  if (doer == nullptr) return;
  const std::string_view country = actors.ActCountry(doc, syntax, clause);
  if (country.empty()) return;
  ResolvedActor actor;
  actor.code = std::string(country) + doer->code;
  actor.AddOrigin(doer->origin);
  sources->push_back(std::move(actor));
}

}  // namespace tacitus

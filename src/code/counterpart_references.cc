// StoryActors' counterparts named with no country of their own: "Blinken met his counterpart
// in Beijing", "Kamikawa arrived in Seoul. She held talks with her counterpart." A
// counterpart is the official across the table, of another country than its owner's: the
// country of the place the act happens in, else the last other country named in its sentence
// or the one before, else the story's; never the owner's own (which would code an act of a
// country with itself, or a wrong side).
#include <string>
#include <string_view>

#include "code/story_actors.h"
#include "dict/cameo_tables.h"

namespace tacitus {

std::string_view StoryActors::OwnerCountry(const Syntax& syntax, uint32_t p) const {
  const auto country_of = [&](int32_t q) -> std::string_view {
    if (q < 0 || own_[q].code.size() < 3) return {};
    const std::string_view country = LocationPart(own_[q].code);
    return IsNonStatePrefix(country) ? std::string_view() : country;
  };
  if (const std::string_view owner = country_of(syntax.phrases[p].possessor); !owner.empty()) {
    return owner;
  }
  const int32_t c = clause_of_[p];
  return c < 0 ? std::string_view() : country_of(syntax.clauses[c].LogicalSubject());
}

bool StoryActors::PlaceCounterpart(const Document& doc, const Syntax& syntax, uint32_t p,
                                   uint32_t recent_begin, std::span<const ResolvedActor> seen) {
  const NounPhrase& phrase = syntax.phrases[p];
  const AgentPlace& place = agent_places_[p];
  if (doc.tokens[phrase.head].lemma != "counterpart" || place.agents.empty() || place.phrase >= 0 ||
      !rules_.agents_take_story_country) {
    return false;
  }
  const std::string_view owner = OwnerCountry(syntax, p);
  if (owner.empty()) return false;
  const auto other = [&](std::string_view country) { return !country.empty() && country != owner; };
  std::string_view country = PlaceIn(doc, syntax.AttachmentsOf(phrase));
  if (const int32_t c = clause_of_[p]; !other(country) && c >= 0) {
    country = PlaceIn(doc, syntax.AttachmentsOf(syntax.clauses[c]));
  }
  for (auto it = seen.rbegin(); !other(country) && it != seen.rend(); ++it) {
    if (it->tokens.begin < recent_begin) break;
    const std::string_view named = LocationPart(it->code);
    if (named.size() == 3 && !IsNonStatePrefix(named) && dictionaries_->IsActorCode(named)) {
      country = named;
    }
  }
  if (!other(country)) country = StoryCountry();
  own_[p] = ResolvedActor{};
  if (!other(country)) return true;  // no actor rather than the owner's
  own_[p].code = place.agents.Around(country);
  own_[p].tokens = phrase.tokens;
  return true;
}

}  // namespace tacitus

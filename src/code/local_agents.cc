// StoryActors: an agent of a city or region that the dictionaries do not hold is of that
// place's country ("Kharkiv's mayor", "the governor of Kherson", "Crimea's regional
// parliament" are UKR's), where only countries and capitals place agents otherwise and the
// story's country would be taken, often another's. Only a name the gazetteer gives one country.
#include <string>
#include <string_view>

#include "base/strings.h"
#include "code/story_actors.h"

namespace tacitus {
namespace {

// The phrase that says where an agent of phrase p belongs: its possessor ("Kharkiv's mayor"),
// else its "of"/"from"/"in" phrase ("the governor of Kherson"); -1 when none.
int32_t AgentPlacePhrase(const Document& doc, const Syntax& syntax, const NounPhrase& p) {
  if (p.possessor >= 0) return p.possessor;
  for (const Attachment& a : syntax.AttachmentsOf(p)) {
    if (a.object < 0 || a.preposition.size() != 1) continue;
    const std::string_view preposition = doc.tokens[a.preposition.begin].lower;
    if (preposition == "of" || preposition == "from" || preposition == "in") return a.object;
  }
  return -1;
}

// Words news puts after the name of a part of a country.
bool IsWordForARegion(std::string_view word) {
  return In(
      {"region", "province", "state", "district", "governorate", "oblast", "county", "prefecture"},
      word);
}

}  // namespace

std::string_view StoryActors::GazetteerCountry(const Document& doc, const Syntax& syntax,
                                               int32_t p) const {
  if (places_ == nullptr || p < 0) return {};
  TokenRange names = syntax.phrases[p].tokens;
  if (!names.empty() && doc.tokens[names.begin].lower == "the") ++names.begin;
  // "the Amhara region", "Borno state": the name before a word for a part of a country.
  if (names.size() > 1 && IsWordForARegion(doc.tokens[names.end - 1].lower)) --names.end;
  if (names.empty()) return {};
  for (uint32_t t = names.begin; t < names.end; ++t) {
    if (!IsProperNoun(doc.tokens[t].tag)) return {};
  }
  const std::string_view country = places_->UnambiguousCountryOfPlace(doc, names);
  if (country.empty() || !dictionaries_->IsActorCode(country)) return {};
  return country;
}

void StoryActors::PlaceLocalAgents(const Document& doc, const Syntax& syntax) {
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    AgentPlace& place = agent_places_[p];
    if (!own_[p].code.empty() || place.agents.empty() || place.phrase >= 0) continue;
    const int32_t where = AgentPlacePhrase(doc, syntax, syntax.phrases[p]);
    if (where < 0 || !own_[where].code.empty()) continue;
    const std::string_view country = GazetteerCountry(doc, syntax, where);
    if (country.empty()) continue;
    own_[p].code = place.agents.Around(country);
    own_[p].tokens = syntax.phrases[p].tokens;
    place.phrase = where;
  }
}

}  // namespace tacitus

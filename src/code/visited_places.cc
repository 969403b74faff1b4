// StoryActors: the city a journey goes to is its country, the host of the visit ("Erdogan
// arrived in Sochi": RUS), where the dictionaries name only countries and capitals. Only the
// places of a journey: a name after another verb's "to" or "in" may be anyone's ("talked to
// Smith").
#include <array>
#include <string_view>

#include "base/strings.h"
#include "code/story_actors.h"

namespace tacitus {
namespace {

// Verbs of a journey, whose object ("visited", "toured") or "to"/"in"/"for" phrase is where
// it goes.
constexpr auto kJourneyVerbs = std::to_array<std::string_view>(
    {"visit", "tour", "travel", "fly", "arrive", "land", "head", "jet", "leave", "depart"});

// Nouns of a journey, whose "to"/"in"/"of" phrase is where it goes: "his visit to Shanghai".
constexpr auto kJourneyNouns =
    std::to_array<std::string_view>({"visit", "trip", "tour", "journey", "arrival"});

bool IsJourneyPreposition(std::string_view word) {
  return word == "to" || word == "in" || word == "for" || word == "of";
}

}  // namespace

void StoryActors::ResolveVisitedPlaces(const Dictionaries& dictionaries, const Document& doc,
                                       const Syntax& syntax, const DatelineCountries& places) {
  for (const Clause& clause : syntax.clauses) {
    if (!In(kJourneyVerbs, clause.verb.lemma)) continue;
    ResolveVisitedPlace(dictionaries, doc, syntax, places, clause.object);
    for (const Attachment& a : syntax.AttachmentsOf(clause)) {
      if (a.preposition.size() == 1 &&
          IsJourneyPreposition(doc.tokens[a.preposition.begin].lower)) {
        ResolveVisitedPlace(dictionaries, doc, syntax, places, a.object);
      }
    }
  }
  for (const NounPhrase& phrase : syntax.phrases) {
    if (!In(kJourneyNouns, doc.tokens[phrase.head].lemma)) continue;
    for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
      if (a.preposition.size() == 1 &&
          IsJourneyPreposition(doc.tokens[a.preposition.begin].lower)) {
        ResolveVisitedPlace(dictionaries, doc, syntax, places, a.object);
      }
    }
  }
}

void StoryActors::ResolveVisitedPlace(const Dictionaries& dictionaries, const Document& doc,
                                      const Syntax& syntax, const DatelineCountries& places,
                                      int32_t p) {
  if (p < 0 || !own_[p].code.empty()) return;
  TokenRange names = syntax.phrases[p].tokens;
  if (!names.empty() && doc.tokens[names.begin].lower == "the") ++names.begin;
  if (names.empty()) return;
  for (uint32_t t = names.begin; t < names.end; ++t) {
    if (!IsProperNoun(doc.tokens[t].tag)) return;
  }
  const std::string_view country = places.CountryOfPlace(doc, names);
  if (country.empty() || !dictionaries.IsActorCode(country)) return;
  own_[p].code = std::string(country);
  own_[p].tokens = names;
}

}  // namespace tacitus

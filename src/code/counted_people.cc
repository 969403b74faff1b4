// StoryActors' bare counts of people: news reports crowds by their number alone ("Thousands
// rallied in Tbilisi", "Tens of thousands marched", "Dozens were detained"); the count names
// civilians, of the country the clause or the story places them in, as a bare "people" would
// be (PlaceBareAgents). A count with its own "of" phrase ("thousands of troops") is that
// phrase's actor instead (ResolveQuantities).
#include <algorithm>
#include <string_view>

#include "code/story_actors.h"

namespace tacitus {
namespace {

// The plural counts that stand alone for people: "dozens", "hundreds", "tens (of thousands)".
bool IsCountOfPeople(std::string_view lower) {
  static constexpr std::string_view kCounts[] = {"dozens",   "hundreds", "thousands",
                                                 "millions", "scores",   "tens"};
  return std::find(std::begin(kCounts), std::end(kCounts), lower) != std::end(kCounts);
}

// Whether `phrase` has an "of" phrase: what it counts ("thousands of troops").
bool CountsAnOfPhrase(const Document& doc, const Syntax& syntax, const NounPhrase& phrase) {
  for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
    if (a.object >= 0 && a.preposition.size() == 1 &&
        doc.tokens[a.preposition.begin].lower == "of") {
      return true;
    }
  }
  return false;
}

}  // namespace

void StoryActors::MarkCountedPeople(const Document& doc, const Syntax& syntax) {
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    const NounPhrase& phrase = syntax.phrases[p];
    if (phrase.tokens.empty() || phrase.head + 1 != phrase.tokens.end || phrase.possessor >= 0 ||
        !own_[p].code.empty() || !agent_places_[p].agents.empty() ||
        !IsCountOfPeople(doc.tokens[phrase.head].lower) || CountsAnOfPhrase(doc, syntax, phrase)) {
      continue;
    }
    agent_places_[p].agents.after = "CVL";
  }
}

}  // namespace tacitus

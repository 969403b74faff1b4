// StoryActors' craft referred back to: news names a plane, a ship or a drone once with its
// owner ("a Russian warplane", "three Ukrainian navy vessels") and then by the noun alone
// ("the plane violated Turkish airspace", "the boats were seized"); the craft acts for the
// owner named first.
#include <algorithm>
#include <string_view>
#include <vector>

#include "code/story_actors.h"

namespace tacitus {
namespace {

bool IsCraft(std::string_view lemma) {
  static constexpr std::string_view kCraft[] = {
      "plane",   "jet",       "aircraft", "warplane", "airliner", "helicopter", "bomber",
      "drone",   "ship",      "vessel",   "boat",     "warship",  "tanker",     "submarine",
      "frigate", "destroyer", "gunboat",  "trawler",  "convoy"};
  return std::find(std::begin(kCraft), std::end(kCraft), lemma) != std::end(kCraft);
}

}  // namespace

void StoryActors::ResolveCraftReferences(const Document& doc, const Syntax& syntax) {
  // The phrases a craft heads (few stories have any), in the order the text names them.
  std::vector<uint32_t> crafts;
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    const NounPhrase& phrase = syntax.phrases[p];
    if (!phrase.tokens.empty() && IsCraft(doc.tokens[phrase.head].lemma)) crafts.push_back(p);
  }
  std::stable_sort(crafts.begin(), crafts.end(), [&](uint32_t a, uint32_t b) {
    return syntax.phrases[a].tokens.begin < syntax.phrases[b].tokens.begin;
  });
  int32_t last_craft = -1;  // the last craft named with its owner
  for (const uint32_t p : crafts) {
    const NounPhrase& phrase = syntax.phrases[p];
    ResolvedActor& own = own_[p];
    if (!own.code.empty()) {
      if (!own.new_actor) last_craft = static_cast<int32_t>(p);
      continue;
    }
    // "the plane", "the two boats": not "a plane" (another one), nor "its jets" (the owner's).
    if (last_craft < 0 || doc.tokens[phrase.tokens.begin].lower != "the" || phrase.possessor >= 0) {
      continue;
    }
    own = own_[last_craft];
    own.tokens = phrase.tokens;
    stand_ins_[p] = last_craft;
  }
}

}  // namespace tacitus

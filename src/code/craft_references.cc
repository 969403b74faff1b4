// StoryActors' craft referred back to: news names a plane, a ship or a drone once with its
// owner ("a Russian warplane", "three Ukrainian navy vessels") and then by the noun alone
// ("the plane violated Turkish airspace", "the boats were seized"); the craft acts for the
// owner named first. Owned by a pronoun ("its jets"), it acts for what the pronoun refers to.
#include <algorithm>
#include <string_view>

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
  int32_t last_craft = -1;  // the last craft named with its owner
  for (const uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    if (phrase.tokens.empty() || !IsCraft(doc.tokens[phrase.head].lemma)) continue;
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

void StoryActors::CraftOfPronounOwner(const Document& doc, const Syntax& syntax, uint32_t p) {
  const NounPhrase& phrase = syntax.phrases[p];
  if (phrase.possessor < 0 || phrase.tokens.empty() || !IsCraft(doc.tokens[phrase.head].lemma)) {
    return;
  }
  const NounPhrase& owner = syntax.phrases[phrase.possessor];
  if (owner.tokens.size() != 1 || doc.tokens[owner.tokens.begin].tag != PosTag::kPRPS) return;
  const ResolvedActor& referent = own_[phrase.possessor];
  if (referent.code.empty() || referent.person) return;
  own_[p] = referent;
  own_[p].tokens = phrase.tokens;
}

}  // namespace tacitus

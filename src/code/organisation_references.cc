// StoryActors' international organisations referred back to by their head noun: news names
// a body once in full ("the International Criminal Court", "the U.N. Security Council",
// "European Union leaders") and then by the noun alone ("the court", "the council", "the
// leaders"), which is the body named last with that noun, not an agent of the story's country.
#include <string_view>

#include "code/story_actors.h"

namespace tacitus {
namespace {

// Whether every word of `tokens` starts with a lower-case letter: common nouns, no name.
bool AllLowerCase(const Document& doc, TokenRange tokens) {
  for (uint32_t t = tokens.begin; t < tokens.end; ++t) {
    const std::string_view text = doc.tokens[t].text;
    if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
  }
  return true;
}

}  // namespace

void StoryActors::ResolveOrganisationReferences(const Document& doc, const Syntax& syntax) {
  named_heads_.clear();  // (head lemma, phrase) of each phrase that names an actor, in order
  for (const uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    if (phrase.tokens.empty() || phrase.head >= doc.tokens.size()) continue;
    const std::string_view head = doc.tokens[phrase.head].lemma;
    ResolvedActor& own = own_[p];
    if (!own.code.empty()) {
      if (!own.person && !own.new_actor) named_heads_.emplace_back(head, p);
      continue;
    }
    // "the court": not "a court" (another one), "its court" (the owner's), nor "the Supreme
    // Court" (a name of its own).
    if (doc.tokens[phrase.tokens.begin].lower != "the" || phrase.possessor >= 0 ||
        !AllLowerCase(doc, {phrase.tokens.begin + 1, phrase.tokens.end})) {
      continue;
    }
    for (auto it = named_heads_.rbegin(); it != named_heads_.rend(); ++it) {
      if (it->first != head) continue;
      // The body named last with the noun; a court or a council of a country is left to
      // the story's country (PlaceBareAgents), which is the same country most often.
      if (own_[it->second].code.starts_with("IGO")) {
        own = own_[it->second];
        own.tokens = phrase.tokens;
        stand_ins_[p] = static_cast<int32_t>(it->second);
      }
      break;
    }
  }
}

}  // namespace tacitus

// StoryActors' international organisations referred back to by their head noun: news names
// a body once in full ("the International Criminal Court", "the U.N. Security Council",
// "European Union leaders") and then by the noun alone ("the court", "the council", "the
// leaders"), which is the body named last with that noun, not an agent of the story's country.
#include <span>
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
  // Per head noun of an organisation named so far, the last phrase that named it; few stories
  // name more than two or three.
  organisation_heads_.clear();
  for (const uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    if (phrase.tokens.empty() || phrase.head >= doc.tokens.size()) continue;
    const std::string_view head = doc.tokens[phrase.head].lemma;
    ResolvedActor& own = own_[p];
    const bool organisation = own.code.starts_with("IGO") && !own.person;
    auto named = organisation_heads_.begin();
    while (named != organisation_heads_.end() && named->first != head) ++named;
    if (organisation) {
      if (named == organisation_heads_.end()) {
        organisation_heads_.emplace_back(head, p);
      } else {
        named->second = p;
      }
      continue;
    }
    if (named == organisation_heads_.end()) continue;
    // "the court": not "a court" (another one), "its court" (the owner's), nor "the Supreme
    // Court" or "a Russian court" (another body, which the noun names from then on), nor "the
    // two leaders" (ResolveCoreference: the last two named).
    const std::span<const Token> words{doc.tokens.data() + phrase.tokens.begin,
                                       phrase.tokens.size()};
    if (own.code.empty() && words.front().lower == "the" && !RefersBack(words) &&
        phrase.possessor < 0 && AllLowerCase(doc, {phrase.tokens.begin + 1, phrase.tokens.end})) {
      own = own_[named->second];
      own.tokens = phrase.tokens;
      stand_ins_[p] = static_cast<int32_t>(named->second);
    } else {
      organisation_heads_.erase(named);
    }
  }
}

}  // namespace tacitus

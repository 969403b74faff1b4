// StoryActors' perpetrators referred back to: news names the armed group behind an attack
// once ("gunmen from the Gondor Liberation Front stormed a school", "a Nasgul assault on a
// base") and then by what they did ("troops killed all seven attackers", "police arrested
// two of the assailants"); the attackers are that group. An attacker the story never
// names ("shot by an assailant", "unknown attackers") stays unknown.
#include <algorithm>
#include <span>
#include <string_view>

#include "code/story_actors.h"

namespace tacitus {
namespace {

// Nouns for whoever carried out an attack, which no agent entry codes: they say what the
// people did, not who they are.
bool IsPerpetratorNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {"attacker", "assailant", "perpetrator",
                                                "hijacker", "abductor",  "captor"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// Whether `role` is one of an armed actor outside the state: rebels, insurgents,
// separatists, militias (Hamas's and Hezbollah's own codes among them), radicals, criminals.
bool IsArmedRole(std::string_view role) {
  return role == "REB" || role == "INS" || role == "SEP" || role == "UAF" || role == "RAD" ||
         role == "CRM" || role == "HMS" || role == "HEZ";
}

// Whether `code` is an armed actor outside the state, an international militarized group, or
// an agent of either ("Hamas fighters": PSEHMSREB).
bool IsArmedNonState(std::string_view code) {
  if (code.size() < 6 || code[0] == '"') return false;
  if (code.starts_with("IMG")) return true;
  return IsArmedRole(code.substr(3, 3)) || (code.size() >= 9 && IsArmedRole(code.substr(6, 3)));
}

// Whether the phrase of `words` picks out ones already named: "the attackers", "all seven
// attackers" (and, as an "of" phrase, "two of the attackers"), not "an assailant" or
// "attackers".
bool IsDefinite(std::span<const Token> words) {
  return !words.empty() && (words[0].lower == "the" || words[0].lower == "all");
}

}  // namespace

void StoryActors::ResolvePerpetratorReferences(const Document& doc, const Syntax& syntax) {
  int32_t last_armed = -1;  // the last phrase naming an armed actor outside the state
  uint32_t last_armed_sentence = 0;
  uint32_t sentence = 0;  // of p, as the phrases come in text order
  for (const uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    while (sentence + 1 < doc.sentences.size() &&
           doc.sentences[sentence].end_token <= phrase.tokens.begin) {
      ++sentence;
    }
    ResolvedActor& own = own_[p];
    if (last_armed < 0 && own.code.empty()) continue;  // no group named yet to refer back to
    const std::span<const Token> words{doc.tokens.data() + phrase.tokens.begin,
                                       phrase.tokens.size()};
    // "The militants", placed in the story's country as a bare agent, are the group just named:
    // "Al-Nasgul attacked a base in Gondor. The militants killed ten soldiers." Not "Nasgul
    // fighters", which name their group.
    const bool bare = !agent_places_[p].agents.empty() && agent_places_[p].phrase < 0 &&
                      phrase.possessor < 0 &&
                      std::none_of(words.begin(), words.end(),
                                   [](const Token& t) { return IsProperNoun(t.tag); });
    if (bare && IsArmedNonState(own.code) && IsDefinite(words) && last_armed >= 0 &&
        last_armed_sentence + 1 >= sentence) {
      own = own_[last_armed];
      own.tokens = phrase.tokens;
      stand_ins_[p] = last_armed;
      continue;
    }
    if (!own.code.empty()) {
      if (!own.person && !bare && IsArmedNonState(own.code)) {
        last_armed = static_cast<int32_t>(p);
        last_armed_sentence = sentence;
      }
      continue;
    }
    if (last_armed < 0 || phrase.tokens.empty() || phrase.possessor >= 0 ||
        !IsPerpetratorNoun(doc.tokens[phrase.head].lemma) || !IsDefinite(words)) {
      continue;
    }
    own = own_[last_armed];
    own.tokens = phrase.tokens;
    stand_ins_[p] = last_armed;
  }
}

}  // namespace tacitus

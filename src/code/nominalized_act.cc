#include "code/nominalized_act.h"

#include <algorithm>
#include <array>

namespace tacitus {
namespace {

// Whether `noun` is `stem` followed by `suffix`.
bool IsStemWith(std::string_view noun, std::string_view stem, std::string_view suffix) {
  return noun.size() == stem.size() + suffix.size() && noun.starts_with(stem) &&
         noun.ends_with(suffix);
}

bool IsDeterminer(std::string_view word) {
  return word == "the" || word == "this" || word == "that";
}

// A violent act is named by the nouns of any verb of attack: "Israel pounded Rafah. Egypt
// condemned the strikes", "Russian jets bombed the town ... the attack".
bool NamesAViolentAct(std::string_view noun, std::string_view verb) {
  static constexpr auto kNouns =
      std::to_array<std::string_view>({"attack", "strike", "airstrike", "bombing", "shelling",
                                       "raid", "assault", "offensive", "incursion", "bombardment"});
  static constexpr auto kVerbs =
      std::to_array<std::string_view>({"attack", "strike", "bomb", "shell", "raid", "assault",
                                       "pound", "bombard", "storm", "invade"});
  return std::find(kNouns.begin(), kNouns.end(), noun) != kNouns.end() &&
         std::find(kVerbs.begin(), kVerbs.end(), verb) != kVerbs.end();
}

}  // namespace

bool NamesTheActOfVerb(std::string_view noun, std::string_view verb) {
  if (verb.size() < 3) return false;
  if (noun == verb || NamesAViolentAct(noun, verb)) return true;  // offer, attack, demand
  // propose -> proposal, accuse -> accusation, rule -> ruling, seize -> seizure
  const std::string_view without_e = verb.ends_with('e') ? verb.substr(0, verb.size() - 1) : verb;
  for (const std::string_view suffix : {"ing", "al", "ation", "ion", "ure"}) {
    if (IsStemWith(noun, verb, suffix) || IsStemWith(noun, without_e, suffix)) return true;
  }
  if (IsStemWith(noun, verb, "ment")) return true;  // announcement, agreement
  // decide -> decision, invade -> invasion
  if (verb.ends_with("de") && IsStemWith(noun, verb.substr(0, verb.size() - 2), "sion")) {
    return true;
  }
  // shell -> shelling is above; bomb -> bombing too; ban -> banning
  return noun.size() == verb.size() + 4 && noun.starts_with(verb) &&
         noun[verb.size()] == verb.back() && noun.ends_with("ing");
}

int32_t NominalizedActAuthor(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                             std::span<const Factuality> factuality, uint32_t clause,
                             int32_t phrase) {
  if (phrase < 0 || clause >= syntax.clauses.size()) return -1;
  const NounPhrase& act = syntax.phrases[phrase];
  if (act.possessor >= 0 || act.tokens.empty() ||
      !IsDeterminer(doc.tokens[act.tokens.begin].lower)) {
    return -1;
  }
  // By its lemma, so that a plural names the act too: "the strikes", "the accusations".
  const std::string_view noun = doc.tokens[act.head].lemma;
  const uint32_t sentence = syntax.clauses[clause].sentence;
  // The clauses before the noun in its sentence, then those of the sentences before, the
  // nearest first, a few sentences back at most (a reporter names the act again further on).
  constexpr uint32_t kSentencesBack = 4;
  for (uint32_t s = sentence + 1; s-- > 0 && s + kSentencesBack >= sentence;) {
    const auto clauses = syntax.ClausesOf(syntax.sentences[s]);
    for (auto it = clauses.rbegin(); it != clauses.rend(); ++it) {
      const Clause& earlier = *it;
      const auto k = static_cast<size_t>(&earlier - syntax.clauses.data());
      if (earlier.verb.tokens.begin >= act.tokens.begin || factuality[k] != Factuality::kDone) {
        continue;
      }
      if (!NamesTheActOfVerb(noun, earlier.verb.lemma)) continue;
      const int32_t author = earlier.LogicalSubject();
      if (actors.NamesKnownActor(author)) return author;
    }
  }
  return -1;
}

}  // namespace tacitus

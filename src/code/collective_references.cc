// Collective references to two parties named before: "the two leaders", "both countries",
// "the two sides", "both parties", "the pair". The last two distinct persons (for words for
// leaders) or countries (for the others) named before the phrase's sentence, else in it.
// And "each other", "one another": the doers of their clause ("Gondor and Rohan accused each
// other": each the other).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "code/story_actors.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

template <size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

StoryActors::GroupWord StoryActors::GroupReference(std::span<const Token> words) {
  // "the pair", "the duo": two people.
  if (words.size() == 2 && words[0].lower == "the" &&
      (words[1].lower == "pair" || words[1].lower == "duo")) {
    return GroupWord::kLeaders;
  }
  // "both", "the two", then one office word at most: "the two foreign ministers".
  size_t opening = 0;
  if (!words.empty() && words[0].lower == "both") {
    opening = 1;
  } else if (words.size() >= 2 && words[0].lower == "the" && words[1].lower == "two") {
    opening = 2;
  }
  if (opening == 0 || words.size() < opening + 1 || words.size() > opening + 2) {
    return GroupWord::kNone;
  }
  if (words.size() == opening + 2) {
    const std::string_view office = words[opening].lower;
    if (office != "foreign" && office != "defence" && office != "defense" && office != "prime") {
      return GroupWord::kNone;
    }
  }
  static constexpr std::array<std::string_view, 8> kLeaders = {
      "leader", "president", "head", "minister", "counterpart", "premier", "envoy", "negotiator"};
  // "both parties" to a deal or a war, as "both sides", are its states (a political party
  // named alone is no actor of the story's country here).
  static constexpr std::array<std::string_view, 15> kCountries = {
      "country",    "nation", "state", "side",  "party", "government", "neighbour", "neighbor",
      "delegation", "ally",   "power", "rival", "camp",  "adversary",  "foe"};
  const std::string_view noun = words.back().lemma;
  if (IsOneOf(noun, kLeaders)) return GroupWord::kLeaders;
  if (IsOneOf(noun, kCountries)) return GroupWord::kCountries;
  return GroupWord::kNone;
}

void StoryActors::EachOtherReferredTo(const Syntax& syntax, uint32_t p,
                                      std::span<const Token> words,
                                      std::vector<ResolvedActor>* referred) const {
  const bool each_other =
      words.size() == 2 && ((words[0].lower == "each" && words[1].lower == "other") ||
                            (words[0].lower == "one" && words[1].lower == "another"));
  if (!each_other || !rules_.agents_take_story_country) return;  // clause_of_ is ours
  const int32_t c = clause_of_[p];
  if (c < 0) return;
  const std::span<const ResolvedActor> doers =
      ActorsOf(syntax.clauses[static_cast<size_t>(c)].LogicalSubject());
  if (doers.size() < 2) return;
  referred->assign(doers.begin(), doers.end());
  for (ResolvedActor& actor : *referred) actor.tokens = syntax.phrases[p].tokens;
}

bool StoryActors::RefersBack(std::span<const Token> words) {
  return GroupReference(words) != GroupWord::kNone;
}

void StoryActors::PairReferredTo(const Dictionaries& dictionaries, uint32_t sentence_begin,
                                 GroupWord group, PairPlace place,
                                 std::span<const ResolvedActor> seen,
                                 std::vector<ResolvedActor>* referred) {
  const auto own_sentence = std::find_if(seen.begin(), seen.end(), [&](const ResolvedActor& a) {
    return a.tokens.begin >= sentence_begin;
  });
  const bool leaders = group == GroupWord::kLeaders;
  // The doers of a clause that goes on from an earlier one of its sentence are most often
  // the two that clause named ("Fidan met Mirzoyan in Ankara, where the two ministers
  // discussed ...").
  if (place == PairPlace::kGoesOnInItsSentence) {
    *referred = LastDistinct(dictionaries, {own_sentence, seen.end()}, leaders, 2);
    if (!referred->empty()) return;
  }
  // A pair named after other actors of its own sentence is otherwise most often one named
  // before ("China and Saudi Arabia urged both sides to show restraint").
  *referred = LastDistinct(dictionaries, {seen.begin(), own_sentence}, leaders, 2);
  if (referred->empty()) *referred = LastDistinct(dictionaries, seen, leaders, 2);
}

std::vector<ResolvedActor> StoryActors::LastDistinct(const Dictionaries& dictionaries,
                                                     std::span<const ResolvedActor> seen,
                                                     bool persons, size_t count) {
  std::vector<ResolvedActor> found;
  for (auto it = seen.rbegin(); it != seen.rend() && found.size() < count; ++it) {
    if (persons && !it->person) continue;
    ResolvedActor actor = *it;
    if (!persons) {
      const std::string country(LocationPart(actor.code));
      if (country.size() < 3 || IsNonStatePrefix(country) || !dictionaries.IsActorCode(country)) {
        continue;
      }
      actor.code = country;
      actor.person = false;
    }
    const bool repeated = std::any_of(found.begin(), found.end(),
                                      [&](const ResolvedActor& f) { return f.code == actor.code; });
    if (!repeated) found.push_back(std::move(actor));
  }
  std::reverse(found.begin(), found.end());
  if (found.size() < count) found.clear();
  return found;
}

}  // namespace tacitus

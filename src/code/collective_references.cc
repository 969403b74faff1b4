// Collective references to two parties named before: "the two leaders", "both countries",
// "the two sides", "both parties", "the pair", "the two". The last two distinct persons (for
// words for leaders) or countries (for the others) named before the phrase's sentence, else
// in it, or the last phrase that named several, when it is as recent ("Ethiopian and Somali
// officials met in Ankara. The two sides ..." are not Ankara's). And a plural alone ("the
// leaders", "the foreign ministers", "the allies"): the parties named in its sentence or the
// one before, else the story's (PlaceBareAgents). And "each other", "one another": the doers
// of their clause ("Gondor and Rohan accused each other": each the other).
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

// Nouns for the persons of a pair, and for its states.
constexpr std::array<std::string_view, 8> kLeaderNouns = {
    "leader", "president", "head", "minister", "counterpart", "premier", "envoy", "negotiator"};
// "both parties" to a deal or a war, as "both sides", are its states (a political party
// named alone is no actor of the story's country here); so are "both armies".
constexpr std::array<std::string_view, 17> kCountryNouns = {
    "country",   "nation",    "state",      "side", "party",   "government",
    "neighbour", "neighbor",  "delegation", "ally", "power",   "rival",
    "camp",      "adversary", "foe",        "army", "military"};

// Whether `word` may stand between "the two" and the noun: "the two foreign ministers".
bool IsOfficeWord(std::string_view word) {
  return word == "foreign" || word == "defence" || word == "defense" || word == "prime";
}

// The country of a state's actor ("RUSGOV" -> RUS); empty for an organisation, a region the
// dictionaries do not know as an actor, or a code too short.
std::string StateOf(const Dictionaries& dictionaries, std::string_view code) {
  std::string country(LocationPart(code));
  if (country.size() < 3 || IsNonStatePrefix(country) || !dictionaries.IsActorCode(country)) {
    country.clear();
  }
  return country;
}

// Appends `actor` to *found unless an actor of its code is there.
void AddDistinct(ResolvedActor actor, std::vector<ResolvedActor>* found) {
  const bool repeated = std::any_of(found->begin(), found->end(),
                                    [&](const ResolvedActor& f) { return f.code == actor.code; });
  if (!repeated) found->push_back(std::move(actor));
}

// The actors of `group` (a phrase that named several) of a person's or a state's kind: its
// persons and officials for persons (a state's government for the state), their countries
// (bare codes) for states; empty when fewer than two distinct.
std::vector<ResolvedActor> DistinctOfGroup(const Dictionaries& dictionaries,
                                           std::span<const ResolvedActor> group, bool persons) {
  std::vector<ResolvedActor> found;
  for (const ResolvedActor& member : group) {
    ResolvedActor actor = member;
    const std::string country = StateOf(dictionaries, actor.code);
    if (persons && !country.empty() && actor.code == country) {
      actor.code += "GOV";  // "Arnor and Gondor signed a pact. The two leaders ...": theirs
    } else if (persons && !actor.person &&
               (actor.code.size() < 6 || std::string_view(actor.code).substr(3) != "GOV")) {
      continue;  // leaders are persons or officials, not "other armed groups"
    } else if (!persons) {
      if (country.empty()) continue;
      actor.code = country;
      actor.person = false;
    }
    AddDistinct(std::move(actor), &found);
  }
  if (found.size() < 2) found.clear();
  return found;
}

}  // namespace

StoryActors::GroupWord StoryActors::GroupOfNoun(std::string_view lemma) {
  if (IsOneOf(lemma, kLeaderNouns)) return GroupWord::kLeaders;
  if (IsOneOf(lemma, kCountryNouns)) return GroupWord::kCountries;
  return GroupWord::kNone;
}

StoryActors::GroupWord StoryActors::GroupReference(std::span<const Token> words) {
  // "the warring parties", "the warring sides", "the warring factions".
  if (words.size() == 3 && words[0].lower == "the" && words[1].lower == "warring" &&
      (words[2].lemma == "party" || words[2].lemma == "side" || words[2].lemma == "faction")) {
    return GroupWord::kBelligerents;
  }
  // "the pair", "the duo", "the two": two people (or two states, when no people were named).
  if (words.size() == 2 && words[0].lower == "the" &&
      (words[1].lower == "pair" || words[1].lower == "duo" || words[1].lower == "two")) {
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
  if (words.size() == opening + 2 && !IsOfficeWord(words[opening].lower)) return GroupWord::kNone;
  return GroupOfNoun(words.back().lemma);
}

StoryActors::GroupWord StoryActors::PluralGroupReference(std::span<const Token> words) {
  if (words.size() < 2 || words.size() > 3 || words[0].lower != "the") return GroupWord::kNone;
  if (words.size() == 3 && !IsOfficeWord(words[1].lower)) return GroupWord::kNone;
  const Token& noun = words.back();
  // A plural: "the leaders", not "the leader"; nor "the parties" (politics at home) or "the
  // states", "the governments", "the countries" (often many, or a list).
  if (noun.lower == noun.lemma || noun.lemma == "party" || noun.lemma == "state" ||
      noun.lemma == "government" || noun.lemma == "country" || noun.lemma == "nation") {
    return GroupWord::kNone;
  }
  return GroupOfNoun(noun.lemma);
}

void StoryActors::RecentGroupReferredTo(const Dictionaries& dictionaries, GroupWord group,
                                        uint32_t recent_begin, std::span<const ResolvedActor> seen,
                                        std::span<const ResolvedActor> last_group,
                                        std::vector<ResolvedActor>* referred) {
  const bool leaders = group == GroupWord::kLeaders;
  if (!last_group.empty() && last_group.front().tokens.begin >= recent_begin) {
    *referred = DistinctOfGroup(dictionaries, last_group, leaders);
    if (!referred->empty()) return;
  }
  const auto recent = std::find_if(seen.begin(), seen.end(), [&](const ResolvedActor& a) {
    return a.tokens.begin >= recent_begin;
  });
  *referred = LastDistinct(dictionaries, {recent, seen.end()}, leaders, 2);
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
                                 std::span<const ResolvedActor> last_group,
                                 std::vector<ResolvedActor>* referred) {
  const auto own_sentence = std::find_if(seen.begin(), seen.end(), [&](const ResolvedActor& a) {
    return a.tokens.begin >= sentence_begin;
  });
  const bool leaders = group == GroupWord::kLeaders;
  // The sides of a war are often of one country ("the army and the RSF"): the last group
  // named, by their own codes, when it has two; else two states as for "both sides".
  if (group == GroupWord::kBelligerents && !last_group.empty() &&
      last_group.front().tokens.begin < sentence_begin) {
    referred->clear();
    for (const ResolvedActor& member : last_group) AddDistinct(member, referred);
    if (referred->size() >= 2) return;
  }
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
  // The last phrase that named several, before the sentence: its parties, for leaders when
  // no two persons were named ("The foreign ministers of Arnor and Gondor met ... The two
  // ministers"), for states when it is as recent as the pair found ("Arnorian and Gondorian
  // officials met in Bree. The two sides" are not Bree's country).
  if (last_group.empty() || last_group.front().tokens.begin >= sentence_begin) return;
  if (!referred->empty() &&
      (leaders || last_group.back().tokens.begin < referred->front().tokens.begin)) {
    return;
  }
  std::vector<ResolvedActor> parties = DistinctOfGroup(dictionaries, last_group, leaders);
  if (!parties.empty()) *referred = std::move(parties);
}

std::vector<ResolvedActor> StoryActors::LastDistinct(const Dictionaries& dictionaries,
                                                     std::span<const ResolvedActor> seen,
                                                     bool persons, size_t count) {
  std::vector<ResolvedActor> found;
  for (auto it = seen.rbegin(); it != seen.rend() && found.size() < count; ++it) {
    if (persons && !it->person) continue;
    ResolvedActor actor = *it;
    if (!persons) {
      std::string country = StateOf(dictionaries, actor.code);
      if (country.empty()) continue;
      actor.code = std::move(country);
      actor.person = false;
    }
    AddDistinct(std::move(actor), &found);
  }
  std::reverse(found.begin(), found.end());
  if (found.size() < count) found.clear();
  return found;
}

}  // namespace tacitus

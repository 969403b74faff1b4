// StoryActors' story context: the country of agents whose nationality the sentence does not
// state, as analysts code them (news-dev's GUIDE.md: "Agents whose nationality the sentence
// does not state take it from the story: the dateline, an earlier mention, or where the act
// happens").
#include <algorithm>
#include <string>
#include <string_view>

#include "code/story_actors.h"
#include "dict/cameo_tables.h"
namespace tacitus {
namespace {

bool IsCountryPlace(const Actor& actor) {
  return actor.code.size() == 3 &&
         (actor.kind == ActorKind::kCountry || actor.kind == ActorKind::kCapital ||
          actor.kind == ActorKind::kAdjective || actor.kind == ActorKind::kPeople);
}

// Prepositions that say where an act happens.
bool IsPlacePreposition(std::string_view word) {
  return word == "in" || word == "at" || word == "near" || word == "across" || word == "outside" ||
         word == "throughout";
}

// `country`'s entry in a list of (country, mentions); end() when it has none.
template <typename Mentions>
auto FindMention(Mentions& mentions, std::string_view country) {
  return std::find_if(mentions.begin(), mentions.end(),
                      [&](const auto& m) { return m.first == country; });
}

}  // namespace

std::string_view StoryActors::PlaceCountry(int32_t p) const {
  if (p < 0) return {};
  const Actor* place = own_[p].place;
  return place != nullptr && IsCountryPlace(*place) ? std::string_view(place->code)
                                                    : std::string_view();
}

std::string_view StoryActors::PersonCountry(const ResolvedActor& actor) {
  const std::string_view code = actor.code;
  if (!actor.person || code.size() < 3 ||
      !std::all_of(code.begin(), code.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return {};
  }
  const std::string_view country = LocationPart(code);
  return country == "IGO" || country == "NGO" || country == "MNC" ? std::string_view() : country;
}

void StoryActors::CountMentions(const Document& doc, const Syntax& syntax) {
  mentions_.clear();
  const auto count = [&](std::string_view country) {
    const auto it = FindMention(mentions_, country);
    if (it == mentions_.end()) {
      mentions_.emplace_back(country, 1);
    } else {
      ++it->second;
    }
  };
  for (uint32_t s = 0; s < syntax.sentences.size(); ++s) {
    const TokenRange phrases = syntax.sentences[s].phrases;
    for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
      // A story about a country names its people as well as its places: a Sri Lankan
      // story may name Singapore, where its president fled, more often than Sri Lanka.
      if (const std::string_view person = PersonCountry(own_[p]); !person.empty()) count(person);
      const std::string_view country = PlaceCountry(static_cast<int32_t>(p));
      if (country.empty()) continue;
      count(country);
      if (dateline_country_.empty() && doc.sentences[s].is_dateline) dateline_country_ = country;
    }
  }
}

void StoryActors::PlaceBareAgents(const Document& doc, const Syntax& syntax) {
  // Which clause each phrase belongs to: as a role, or as the object of one of its PPs.
  clause_of_.assign(syntax.phrases.size(), -1);
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    for (const int32_t role :
         {clause.subject, clause.object, clause.indirect_object, clause.agent}) {
      for (const int32_t q : syntax.Conjuncts(role)) {
        if (clause_of_[q] < 0) clause_of_[q] = static_cast<int32_t>(c);
      }
    }
    for (const Attachment& attachment : syntax.AttachmentsOf(clause)) {
      for (const int32_t q : syntax.Conjuncts(attachment.object)) {
        if (clause_of_[q] < 0) clause_of_[q] = static_cast<int32_t>(c);
      }
    }
  }
  // The dateline's country: its first country or capital ("MALE, Maldives (AFP) -"), else
  // the country of the city it names ("LAGOS (Reuters) -") as below.
  dateline_country_.clear();
  CountMentions(doc, syntax);
  const auto mentions_of = [&](std::string_view country) {
    const auto it = FindMention(mentions_, country);
    return it == mentions_.end() ? 0 : it->second;
  };
  // A city is where the reporter files from more often than a capital is: "DUBAI" heads
  // stories on Iran, "GENEVA" on any country a UN body speaks of. Its country is the
  // story's only when the story names it too, or names no country at all.
  if (dateline_country_.empty() && !dateline_place_country_.empty() &&
      (mentions_.empty() || mentions_of(dateline_place_country_) > 0)) {
    dateline_country_ = dateline_place_country_;
  }
  // The country the story names most, when it clearly does (a tie names none, so the
  // order of mentions_ does not matter).
  main_country_.clear();
  int best = 0, second = 0;
  for (const auto& [country, count] : mentions_) {
    if (count > best) {
      second = best;
      best = count;
      main_country_ = country;
    } else if (count > second) {
      second = count;
    }
  }
  if (best < 2 || best == second) main_country_.clear();
  // A reporter files on a neighbour from its capital: a "BEIRUT" story that names Syria three
  // times and Lebanon nowhere past the dateline is about Syria, and so are its bare agents.
  if (!dateline_country_.empty() && !main_country_.empty() && best >= 3 &&
      main_country_ != dateline_country_ && mentions_of(dateline_country_) <= 1) {
    dateline_country_ = main_country_;
  }

  placed_agents_.clear();
  uint32_t sentence = 0;  // of p, as the phrases come in text order
  for (const uint32_t p : text_order_) {
    while (sentence + 1 < doc.sentences.size() &&
           doc.sentences[sentence].end_token <= syntax.phrases[p].tokens.begin) {
      ++sentence;
    }
    const std::string_view head = syntax.phrases[p].tokens.empty()
                                      ? std::string_view()
                                      : doc.tokens[syntax.phrases[p].head].lemma;
    const AgentPlace& place = agent_places_[p];
    if (own_[p].code.starts_with("IMG")) PlaceArmedGroup(doc, syntax, p);
    if (!own_[p].code.empty() || place.agents.empty() || place.phrase >= 0) {
      // An actor of a country and a role is what a later bare mention of the role refers to
      // ("Armenian police ... Police said").
      if (const std::string& code = own_[p].code;
          code.size() > 3 && code[0] != '"' && !own_[p].person) {
        placed_agents_.push_back(
            PlacedAgent{code.substr(3), std::string(LocationPart(code)), head, sentence});
      }
      continue;
    }
    // "the two leaders" refers back to two actors (ResolveCoreference), not to the story's;
    // "its consulate" is its owner's.
    const TokenRange words = syntax.phrases[p].tokens;
    if (const int32_t owner = syntax.phrases[p].possessor;
        owner >= 0 && syntax.phrases[owner].tokens.size() == 1 &&
        doc.tokens[syntax.phrases[owner].tokens.begin].tag == PosTag::kPRPS) {
      continue;
    }
    if (RefersBack({doc.tokens.data() + words.begin, words.size()})) continue;
    const std::string agents = place.agents.Around("");
    const std::string_view country =
        StoryCountryFor(doc, syntax, quantity_of_[p] >= 0 ? quantity_of_[p] : p, agents, sentence);
    if (country.empty()) continue;
    own_[p].code = place.agents.Around(country);
    if (own_[p].tokens.empty()) own_[p].tokens = syntax.phrases[p].tokens;
    placed_agents_.push_back(PlacedAgent{agents, std::string(country), head, sentence});
  }
}

void StoryActors::PlaceArmedGroup(const Document& doc, const Syntax& syntax, uint32_t p) {
  std::string_view country = PlaceIn(doc, syntax.AttachmentsOf(syntax.phrases[p]));
  if (const int32_t c = clause_of_[p]; country.empty() && c >= 0) {
    country = PlaceIn(doc, syntax.AttachmentsOf(syntax.clauses[c]));
  }
  // Not the dateline's country, which is often the capital of a power that fights the group
  // ("WASHINGTON - U.S. jets struck Islamic State positions").
  if (country.empty()) country = main_country_;
  if (country.empty()) return;
  own_[p].code = std::string(country) + "REB";
}

std::string_view StoryActors::PlaceIn(const Document& doc,
                                      std::span<const Attachment> attachments) const {
  for (const Attachment& a : attachments) {
    if (a.object < 0 || a.preposition.size() != 1 ||
        !IsPlacePreposition(doc.tokens[a.preposition.begin].lower)) {
      continue;
    }
    if (const std::string_view country = PlaceCountry(a.object); !country.empty()) {
      if (NamesAnEvent(doc, a.object)) continue;  // "killed in an Israeli strike"
      return country;
    }
    if (own_[a.object].code.empty()) {
      if (const std::string_view country = GazetteerCountry(doc, *syntax_, a.object);
          !country.empty()) {
        return country;
      }
    }
  }
  return {};
}

bool StoryActors::NamesAnEvent(const Document& doc, int32_t p) const {
  const TokenRange words = syntax_->phrases[p].tokens;
  for (uint32_t t = words.begin; t < words.end; ++t) {
    if (IsProperNoun(doc.tokens[t].tag)) return false;  // "Borno state" is a place
  }
  if (words.empty()) return false;
  // Acts of force only: "the Mexican state" is a place, though "state of emergency" an act.
  const auto patterns = dictionaries_->NounPatternsFor(doc.tokens[syntax_->phrases[p].head].lemma);
  return std::any_of(patterns.begin(), patterns.end(), [](const VerbPattern* pattern) {
    return pattern->code.starts_with("18") || pattern->code.starts_with("19") ||
           pattern->code.starts_with("20");
  });
}

std::string_view StoryActors::ParagraphScene(const Document& doc, const Syntax& syntax,
                                             uint32_t sentence) const {
  const uint32_t paragraph = doc.sentences[sentence].paragraph;
  for (uint32_t s = sentence + 1; s-- > 0 && doc.sentences[s].paragraph == paragraph;) {
    const uint32_t first = doc.sentences[s].first_token;
    if (doc.tokens[first].lower != "in") continue;
    for (const Clause& clause : syntax.ClausesOf(syntax.sentences[s])) {
      for (const Attachment& a : syntax.AttachmentsOf(clause)) {
        if (a.preposition.begin == first && a.preposition.size() == 1) {
          return PlaceCountry(a.object);
        }
      }
    }
  }
  return {};
}

bool StoryActors::ActsFromAfar(const Syntax& syntax, int32_t clause, uint32_t p) const {
  const int32_t doer = syntax.clauses[clause].LogicalSubject();
  if (doer < 0 || doer == static_cast<int32_t>(p)) return false;
  const std::string_view code = own_[doer].code;
  if (code.size() < 3 || code[0] == '"') return false;
  const std::string_view role = code.substr(3);
  return role.empty() || role.starts_with("GOV") || role.starts_with("LEG") ||
         code.starts_with("IGO");
}

std::string_view StoryActors::ActCountry(const Document& doc, const Syntax& syntax,
                                         uint32_t clause) const {
  if (clause < syntax.clauses.size()) {
    const std::string_view place = PlaceIn(doc, syntax.AttachmentsOf(syntax.clauses[clause]));
    if (!place.empty()) return place;
  }
  return StoryCountry();
}

std::string_view StoryActors::StoryCountryFor(const Document& doc, const Syntax& syntax, uint32_t p,
                                              std::string_view agents, uint32_t sentence) const {
  const auto place_in = [&](std::span<const Attachment> attachments) {
    return PlaceIn(doc, attachments);
  };
  // "police in Georgia"
  if (const std::string_view own = place_in(syntax.AttachmentsOf(syntax.phrases[p]));
      !own.empty()) {
    return own;
  }
  // "In Yerevan, police detained ...", "protesters rallied in central Bangkok"; but a
  // government acts from afar on those it names: "In Washington, the Treasury imposed
  // sanctions on the morality police" does not put the police in Washington.
  if (const int32_t c = clause_of_[p]; c >= 0 && !ActsFromAfar(syntax, c, p)) {
    if (const std::string_view act = place_in(syntax.AttachmentsOf(syntax.clauses[c]));
        !act.empty()) {
      return act;
    }
  }
  // "In Yerevan, thousands rallied outside parliament. Police detained dozens."
  if (const int32_t c = clause_of_[p]; c >= 0 && !ActsFromAfar(syntax, c, p)) {
    const auto in_sentence = [&](const SentenceSyntax& s) { return s.phrases.end > p; };
    const auto sentence =
        std::find_if(syntax.sentences.begin(), syntax.sentences.end(), in_sentence);
    if (sentence != syntax.sentences.end()) {
      const std::string_view scene =
          ParagraphScene(doc, syntax, static_cast<uint32_t>(sentence - syntax.sentences.begin()));
      if (!scene.empty()) return scene;
    }
  }
  // Those the police or the courts act on are in their country: "Turkish police detained six
  // people" in a story datelined MOSCOW.
  if (const int32_t c = clause_of_[p]; c >= 0) {
    const Clause& clause = syntax.clauses[c];
    const int32_t doer = clause.LogicalSubject();
    if (clause.LogicalObject() == static_cast<int32_t>(p) && doer >= 0) {
      const std::string_view code = own_[doer].code;
      if (code.size() == 6 && (code.ends_with("COP") || code.ends_with("JUD")) &&
          !code.starts_with("---")) {
        return LocationPart(code);
      }
    }
  }
  // The same agent, its country stated earlier: "Armenian police ... Police said" (the story's
  // own first, OwnCountryAgents). Not for the government's agents, whom news names for every
  // country in a story ("the prime minister" is the dateline's more often than the last one
  // named), unless named by the same noun just before (below); nor for civilians ("people",
  // "residents"), whom it counts on every side.
  const bool earlier_agents = agents != "GOV" && agents != "CVL";
  if (earlier_agents) {
    if (const std::string_view own = OwnCountryAgents(agents); !own.empty()) return own;
  }
  // "The Gondorian defence ministry summoned ... The ministry said": the same noun, named with
  // its country in this sentence or the one before, whatever the agent (the government's too).
  const TokenRange words = syntax.phrases[p].tokens;
  const std::string_view head =
      words.empty() ? std::string_view() : doc.tokens[syntax.phrases[p].head].lemma;
  if (agents != "CVL" && !words.empty() && doc.tokens[words.begin].lower == "the") {
    for (auto it = placed_agents_.rbegin();
         it != placed_agents_.rend() && it->sentence + 1 >= sentence; ++it) {
      if (it->head == head) return it->country;
    }
  }
  if (earlier_agents) {
    for (auto it = placed_agents_.rbegin(); it != placed_agents_.rend(); ++it) {
      if (it->agents == agents) return it->country;
    }
  }
  if (!dateline_country_.empty()) return dateline_country_;
  if (!main_country_.empty()) return main_country_;
  // A story that says of no country that it is its own (a press release with no dateline,
  // naming two countries alike): the same agent of any kind named earlier by the same noun,
  // with its country ("The Ministry of Foreign Affairs of Gondor ... The Ministry reiterates").
  for (auto it = placed_agents_.rbegin(); it != placed_agents_.rend(); ++it) {
    if (it->agents == agents && it->head == head) return it->country;
  }
  return {};
}

}  // namespace tacitus

#include "code/story_actors.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>

#include "base/strings.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// How good an entry is when several share a name: a person in office on the story's date
// beats an organisation, which beats a place, which beats a former office-holder.
int EntryRank(const Actor& actor, Date date) {
  switch (actor.kind) {
    case ActorKind::kPerson:
      return actor.RoleOn(date) != nullptr ? 0 : 7;
    case ActorKind::kOrganisation:
      return 1;
    case ActorKind::kSeat:
      return 2;
    case ActorKind::kCountry:
      return 3;
    case ActorKind::kCapital:
      return 4;
    case ActorKind::kPeople:
      return 5;
    case ActorKind::kAdjective:
      return 5;
    case ActorKind::kRegion:
      return 6;
  }
  return 8;
}

// The code of a person on a date: the role then held; a former (or future) office-holder is
// the country's elite (CAMEO "ELI"), from the nearest role.
std::string PersonCode(const Actor& person, Date date) {
  if (const DatedRole* role = person.RoleOn(date)) return role->code;
  if (!person.code.empty()) return person.code;  // PETRARCH: the undated code
  if (person.roles.empty()) return "";
  const DatedRole* nearest = &person.roles.front();
  for (const DatedRole& role : person.roles) {
    if (role.from <= date) nearest = &role;
  }
  return std::string(LocationPart(nearest->code)) + "ELI";
}

// Whether the people of an actor's country write the family name first: Chinese and Korean
// names ("Wang Yi ... Wang", "Kim Jong Un ... Kim"), not Japanese ones in English news
// ("Shinzo Abe ... Abe").
bool FamilyNameFirst(std::string_view code) {
  const std::string_view country = LocationPart(code);
  for (const std::string_view c : {"CHN", "TWN", "HKG", "MAC", "SGP", "KOR", "PRK"}) {
    if (country == c) return true;
  }
  return false;
}

// The acronym in brackets right after a name, tokens [begin, end) of `tokens`: "Rapid Support
// Forces (RSF)", "Revolutionary Armed Forces of Colombia (FARC)". Each of its letters must be
// the initial of one of the name's capitalised words, so a dateline's agency ("LAGOS, Nigeria
// (AP)") is none; empty when there is none.
std::string_view AcronymAfter(std::span<const Token> tokens, size_t begin, size_t end) {
  if (end + 2 >= tokens.size() || tokens[end].text != "(" || tokens[end + 2].text != ")") {
    return {};
  }
  const Token& acronym = tokens[end + 1];
  if (!acronym.has(kAllCaps) || acronym.text.size() > 8) return {};
  std::string initials;
  for (size_t i = begin; i < end; ++i) {
    const char first = tokens[i].text.empty() ? '\0' : tokens[i].text.front();
    if (first >= 'A' && first <= 'Z') initials += first;
  }
  for (const char letter : acronym.text) {
    if (initials.find(letter) == std::string::npos) return {};
  }
  return acronym.text;
}

bool IsPronoun(const Token& token, std::initializer_list<std::string_view> words) {
  if (token.tag != PosTag::kPRP && token.tag != PosTag::kPRPS) return false;
  return std::find(words.begin(), words.end(), token.lower) != words.end();
}

// A head word that names many: "rebels", "officials", and "police", which English counts
// as plural without an s.
bool IsPluralHead(const Token& head) {
  return head.tag == PosTag::kNNS || head.tag == PosTag::kNNPS || head.lemma == "police";
}

// The actor that leads what a "<name>-led" word (capitalised) qualifies, as the one token
// the text segmenter keeps it: "NATO-led forces" are NATO's forces, "a Saudi-led coalition" Saudi
// Arabia's, not the country they fight in. No match when the token is no such word.
PhraseMatch LeaderOf(const Dictionaries& dictionaries, const Token& token) {
  constexpr std::string_view kLed = "-led";
  if (token.lower.size() <= kLed.size() || !token.lower.ends_with(kLed)) return {};
  const size_t size = token.lower.size() - kLed.size();
  Token leader = token;
  leader.text = token.text.substr(0, size);
  leader.lower = token.lower.substr(0, size);
  leader.lemma = leader.lower;
  // "US-led": the capitals that name the United States, not the pronoun (as the tokenizer
  // flags a word: at least two letters, none lower case).
  const auto upper = std::count_if(leader.text.begin(), leader.text.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool lower = std::any_of(leader.text.begin(), leader.text.end(),
                                 [](char c) { return c >= 'a' && c <= 'z'; });
  leader.flags &= static_cast<uint8_t>(~kAllCaps);
  if (upper >= 2 && !lower) leader.flags |= kAllCaps;
  return dictionaries.actor_names().LongestAt({&leader, 1}, 0);
}

bool IsLoneIt(const Document& doc, TokenRange phrase) {
  return phrase.size() == 1 && IsPronoun(doc.tokens[phrase.begin], {"it"});
}

// The object of the phrase's "of" phrase ("the goats of Gondor": Gondor); -1 when none.
int32_t OfPhrase(const Document& doc, const Syntax& syntax, const NounPhrase& phrase) {
  for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
    if (a.object >= 0 && a.preposition.size() == 1 &&
        doc.tokens[a.preposition.begin].lower == "of") {
      return a.object;
    }
  }
  return -1;
}

// Whether `actor` is a body whose members act for it: an organisation, or a country's
// agency or armed force ("the Arnorian army"); not a person, a bare country (whose agents
// IsAgentPlace places) or a new actor of no dictionary.
bool IsBody(const ResolvedActor& actor) {
  return actor.code.size() > 3 && !actor.person && !actor.new_actor && actor.code[0] != '"' &&
         !actor.code.starts_with("---");
}

// Words for whoever leads, speaks for, sits in or follows a body: "the head of parliament"
// acts for parliament, "supporters of the opposition party" for the party, where "the rest
// of the army" or "the use of force" is no actor.
bool IsRoleOfItsOwner(std::string_view lemma) {
  static constexpr std::string_view kRoles[] = {
      "head",      "chief",     "chairman",         "chairwoman",
      "chair",     "director",  "director-general", "member",
      "speaker",   "spokesman", "spokeswoman",      "commander",
      "supporter", "follower",  "loyalist"};
  return std::find(std::begin(kRoles), std::end(kRoles), lemma) != std::end(kRoles);
}

// Words for what an armed body holds, which an attack on it strikes: "positions of the
// rebels", "a base of the army" are theirs, where "the rest of the army" or "the use of
// force" is no actor.
bool IsHoldingOfItsOwner(std::string_view lemma) {
  static constexpr std::string_view kHoldings[] = {
      "position", "base",   "camp",    "stronghold", "hideout",      "outpost",
      "bastion",  "trench", "bunker",  "barracks",   "headquarters", "convoy",
      "garrison", "depot",  "airbase", "checkpoint", "redoubt",      "fortification"};
  return std::find(std::begin(kHoldings), std::end(kHoldings), lemma) != std::end(kHoldings);
}

// Words for someone's kin, who are not who they are kin to: "the gunman's parents", "the
// wife of the president" are neither the gunman nor the government.
bool IsKinOfItsOwner(std::string_view lemma) {
  static constexpr std::string_view kKin[] = {
      "mother", "father",   "parent",      "sister",      "brother",       "sibling",
      "wife",   "husband",  "spouse",      "son",         "daughter",      "child",
      "family", "relative", "widow",       "widower",     "uncle",         "aunt",
      "cousin", "nephew",   "niece",       "girlfriend",  "boyfriend",     "fiancee",
      "fiance", "grandson", "grandmother", "grandfather", "granddaughter", "in-law"};
  return std::find(std::begin(kKin), std::end(kKin), lemma) != std::end(kKin);
}

// Nouns for one serving person by rank or post that no agent entry codes on its own: "the
// officer", "the pilot" in news most often refer back to a person named before with a rank
// or post ("Air Force pilot Captain Ivan Testov ... the officer").
bool IsServiceRole(std::string_view word) {
  static constexpr std::string_view kRoles[] = {
      "officer",  "pilot",    "captain",   "commander",   "lieutenant",
      "sergeant", "corporal", "colonel",   "soldier",     "sailor",
      "airman",   "marine",   "policeman", "policewoman", "constable"};
  return std::find(std::begin(kRoles), std::end(kRoles), word) != std::end(kRoles);
}

// Whether the phrase of `words`, of actor `actor`, names someone by a rank or post of the
// forces: a word IsServiceRole ("pilot Captain Ivan Testov"), or a person of the armed
// forces or police. "the officer" refers back to the last such mention; a person named with
// no such word is someone else ("Minister Ana Gomez ... the officer").
bool NamesServingPerson(std::span<const Token> words, const ResolvedActor& actor) {
  if (actor.person && (actor.code.ends_with("MIL") || actor.code.ends_with("COP"))) return true;
  return std::any_of(words.begin(), words.end(),
                     [](const Token& t) { return IsServiceRole(t.lower); });
}

// Whether `words` are "the" and one IsServiceRole noun: "the officer", "the pilot".
bool IsServiceRoleReference(std::span<const Token> words) {
  return words.size() == 2 && words[0].lower == "the" && IsServiceRole(words[1].lower);
}

}  // namespace

// Codes that begin with one of these are organisations or multinational actors, not places.
bool IsNonStatePrefix(std::string_view prefix) {
  static constexpr std::array<std::string_view, 6> kPrefixes = {"IGO", "NGO", "IMG",
                                                                "NGM", "MNC", "UIS"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), prefix) != kPrefixes.end();
}

bool OfOneSide(std::span<const ResolvedActor> a, std::span<const ResolvedActor> b) {
  for (const ResolvedActor& x : a) {
    for (const ResolvedActor& y : b) {
      if (SameLocation(x.code, y.code)) return true;
    }
  }
  return false;
}

uint32_t RunOnEnd(const Syntax& syntax, const NounPhrase& phrase) {
  uint32_t end = phrase.tokens.end;
  for (const NounPhrase* at = &phrase; at != nullptr;) {
    const NounPhrase* next = nullptr;
    for (const Attachment& a : syntax.AttachmentsOf(*at)) {
      if (a.object >= 0 && a.preposition.begin == end) {
        next = &syntax.phrases[a.object];
        end = next->tokens.end;
        break;
      }
    }
    at = next;
  }
  return end;
}

void StoryActors::FindHits(const Dictionaries& dictionaries, const Document& doc,
                           const Sentence& sentence, Date story_date) {
  const std::span<const Token> tokens = doc.SentenceTokens(sentence);
  // PETRARCH stacks agents: inside an agent's words, agents starting later are sought too
  // ("main opposition group" is a main opposition group and an opposition group).
  size_t agent_end = 0;
  for (size_t i = 0; i < tokens.size();) {
    const bool inside_agent = i < agent_end;
    PhraseMatch actor =
        inside_agent ? PhraseMatch{} : dictionaries.actor_names().LongestAt(tokens, i);
    if (actor.length == 0 && !inside_agent && tokens[i].has(kCapitalized)) {
      actor = LeaderOf(dictionaries, tokens[i]);
    }
    const PhraseMatch agent = dictionaries.agent_names().LongestAt(tokens, i);
    const bool use_agent = agent.length > actor.length;
    const PhraseMatch& match = use_agent ? agent : actor;
    if (inside_agent && (match.length == 0 || match.ids.empty())) {
      ++i;
      continue;
    }
    if (match.length == 0 || match.ids.empty()) {
      // A surname after the person's full name: "Tony Blair ... Blair said", "Wang Yi ...
      // Wang said" (FamilyNameFirst); an acronym after the name it stands for.
      const Token& token = tokens[i];
      const auto named = std::find_if(short_names_.begin(), short_names_.end(),
                                      [&](const auto& s) { return s.first == token.text; });
      if (named != short_names_.end() && IsProperNoun(token.tag)) {
        const uint32_t at = static_cast<uint32_t>(sentence.first_token + i);
        hits_.push_back({{at, at + 1}, false, named->second});
      }
      ++i;
      continue;
    }
    Hit hit;
    hit.tokens = {static_cast<uint32_t>(sentence.first_token + i),
                  static_cast<uint32_t>(sentence.first_token + i + match.length)};
    hit.agent = use_agent;
    hit.entry = match.ids.front();
    if (!use_agent) {  // several entries may share a name: take the likeliest on the date
      for (uint32_t id : match.ids) {
        if (EntryRank(dictionaries.actors()[id], story_date) <
            EntryRank(dictionaries.actors()[hit.entry], story_date)) {
          hit.entry = id;
        }
      }
    }
    hits_.push_back(hit);
    // An acronym the dictionaries lack, defined in brackets, names the actor from here on;
    // the brackets themselves name nothing more (the name before them is the phrase's).
    size_t defined_acronym = 0;
    if (!use_agent) {
      const std::string_view acronym = AcronymAfter(tokens, i, i + match.length);
      if (!acronym.empty() &&
          dictionaries.actor_names().LongestAt(tokens, i + match.length + 1).length == 0) {
        short_names_.emplace_back(acronym, hit.entry);
        defined_acronym = 3;  // "(", the acronym, ")"
      }
    }
    if (!use_agent && dictionaries.actors()[hit.entry].kind == ActorKind::kPerson &&
        match.length > 1) {
      // The family name ends a Western name and opens an East Asian one: "Tony Blair ...
      // Blair", "Wang Yi ... Wang".
      const std::string_view last = tokens[i + match.length - 1].text;
      short_names_.emplace_back(last, hit.entry);
      // Spanish and Portuguese names carry two family names, and news uses either: "Cristina
      // Fernández de Kirchner ... Fernández", "Andrés Manuel López Obrador ... López
      // Obrador". Any capitalised word after the first, but initials ("George W. Bush").
      for (size_t k = i + 1; k + 1 < i + match.length; ++k) {
        const std::string_view word = tokens[k].text;
        if (word.size() > 2 && word.front() >= 'A' && word.front() <= 'Z' && !word.ends_with('.')) {
          short_names_.emplace_back(word, hit.entry);
        }
      }
      if (FamilyNameFirst(PersonCode(dictionaries.actors()[hit.entry], story_date))) {
        short_names_.emplace_back(tokens[i].text, hit.entry);
      }
      // An Arabic family name is written again without its article: "Bashar al-Assad ...
      // Assad", "Abdel Fattah el-Sisi ... Sisi".
      for (const std::string_view article : {"al-", "Al-", "el-", "El-"}) {
        if (last.size() > article.size() && last.starts_with(article)) {
          short_names_.emplace_back(last.substr(article.size()), hit.entry);
        }
      }
    }
    if (use_agent && rules_.stack_agents) {
      agent_end = std::max(agent_end, i + match.length);
      ++i;
    } else {
      i += match.length + defined_acronym;
    }
  }
}

void StoryActors::AgentCodes::Add(const Agent& agent) {
  if (before.find(agent.code) != std::string::npos || after.find(agent.code) != std::string::npos) {
    return;
  }
  if (agent.prefix) {
    before.insert(0, agent.code);
  } else {
    after += agent.code;
  }
}

std::string StoryActors::AgentCodes::Around(std::string_view place) const {
  std::string code = before;
  code += place;
  code += after;
  return code;
}

ActorRules ActorRules::Petrarch(int new_actor_length) {
  return {.stack_agents = true,
          .any_actor_places_agents = true,
          .agents_placed_by_in = true,
          .unplaced_agent_as_null = true,
          .agents_take_story_country = false,
          .new_actor_length = new_actor_length};
}

bool StoryActors::IsAgentPlace(std::string_view code) const {
  return rules_.any_actor_places_agents ? !code.empty() : code.size() == 3;
}

StoryActors::PhraseNames StoryActors::NamesIn(const Dictionaries& dictionaries,
                                              const Syntax& syntax, const NounPhrase& p,
                                              Date story_date, ResolvedActor* out) const {
  uint32_t begin = p.tokens.begin;
  if (p.possessor >= 0) {
    const TokenRange possessor = syntax.phrases[p.possessor].tokens;
    if (possessor.begin == begin) begin = possessor.end;
  }
  const auto first =
      std::lower_bound(hits_.begin(), hits_.end(), begin,
                       [](const Hit& hit, uint32_t token) { return hit.tokens.begin < token; });

  // A name that runs on through the phrase's own prepositional phrases names the phrase:
  // "the Prince of Dol Amroth", "the Ministry of Silly Walks" are one name, which the syntax
  // cuts at "of". Names wholly inside those phrases stay theirs ("the president of Russia").
  const uint32_t name_end = RunOnEnd(syntax, p);
  PhraseNames names;
  for (auto hit = first; hit != hits_.end() && hit->tokens.begin < p.tokens.end &&
                         (hit->tokens.end <= p.tokens.end || hit->tokens.end <= name_end);
       ++hit) {
    names.tokens = names.tokens.empty() ? hit->tokens
                                        : TokenRange{names.tokens.begin,
                                                     std::max(names.tokens.end, hit->tokens.end)};
    if (hit->agent) {
      names.agent = &dictionaries.agents()[hit->entry];
      names.agents.Add(*names.agent);
      out->AddOrigin(names.agent->origin);
      continue;
    }
    const Actor& actor = dictionaries.actors()[hit->entry];
    out->AddOrigin(actor.origin);
    switch (actor.kind) {
      case ActorKind::kPerson:
        names.person = &actor;
        break;
      case ActorKind::kOrganisation:
      case ActorKind::kSeat:
        names.organisation = &actor;
        break;
      default:
        if (names.place == nullptr ||
            EntryRank(actor, story_date) < EntryRank(*names.place, story_date)) {
          names.place = &actor;
        }
    }
  }
  return names;
}

std::string_view StoryActors::OtherCountryOfSeat(const NounPhrase& p,
                                                 const PhraseNames& names) const {
  const Actor& seat = *names.organisation;
  if (seat.kind != ActorKind::kSeat || seat.code.size() <= 3) return {};
  std::string_view country;
  if (names.place != nullptr && names.place->code.size() == 3) {
    country = names.place->code;
  } else if (p.possessor >= 0 && own_[p.possessor].code.size() == 3 &&
             own_[p.possessor].code[0] != '"') {
    country = own_[p.possessor].code;
  }
  return !country.empty() && !SameLocation(country, seat.code) ? country : std::string_view();
}

bool StoryActors::OwnActor(const Dictionaries& dictionaries, const Document& doc,
                           const Syntax& syntax, uint32_t phrase, Date story_date,
                           ResolvedActor* out, AgentCodes* place_agents,
                           int32_t* place_phrase) const {
  *place_agents = AgentCodes{};
  *place_phrase = -1;
  const NounPhrase& p = syntax.phrases[phrase];
  const PhraseNames names = NamesIn(dictionaries, syntax, p, story_date, out);
  out->tokens = names.tokens;
  if (names.person != nullptr) {
    out->code = PersonCode(*names.person, story_date);
    out->person = true;
  } else if (names.organisation != nullptr) {
    out->code = names.organisation->code;
    // "Pakistan's Foreign Office", "the Indian Foreign Office": a seat named by its office is
    // the named country's office of that name, not the seat the dictionary gives that name.
    if (const std::string_view country = OtherCountryOfSeat(p, names); !country.empty()) {
      out->code = std::string(country) + out->code.substr(3);
    }
    if (names.agent != nullptr && names.organisation->kind == ActorKind::kOrganisation &&
        !out->code.ends_with(names.agent->code)) {
      out->code = names.agents.Around(out->code);
    }
  } else if (names.place != nullptr) {
    out->code = names.place->code;
    if (names.agent == nullptr) out->place = names.place;
    // "the Turkish people" is the nation as a whole: the country (news-dev GUIDE), where
    // "people" alone are civilians.
    const bool nation = names.agent != nullptr && names.agent->name == "people";
    if (names.agent != nullptr && !nation) {
      out->code = names.agents.Around(names.place->code);
    } else if (names.place->kind == ActorKind::kCapital) {
      out->code += "GOV";  // "Moscow said": the capital stands for the government
    } else if (names.place->kind == ActorKind::kPeople) {
      out->code += "CVL";  // "appealed to Kenyans": the people, not the state
    }
  } else if (names.agent != nullptr) {
    *place_agents = names.agents;
    PlaceAgents(doc, syntax, p, names.agents, out, place_phrase);
  }
  return !out->code.empty();
}

void StoryActors::PlaceAgents(const Document& doc, const Syntax& syntax, const NounPhrase& p,
                              const AgentCodes& agents, ResolvedActor* out,
                              int32_t* place_phrase) const {
  // An agent with no place of its own: "the president of Russia", "officials from China".
  for (const Attachment& a : syntax.AttachmentsOf(p)) {
    if (a.object < 0 || a.preposition.size() != 1) continue;
    const std::string_view preposition = doc.tokens[a.preposition.begin].lower;
    if (preposition != "of" && preposition != "from" &&
        !(rules_.agents_placed_by_in && preposition == "in")) {
      continue;
    }
    const ResolvedActor& place_actor = own_[a.object];
    // "gunmen from the Gondor Liberation Front", "officials from the Arnorian army": members
    // of a body act for it.
    if (preposition == "from" && IsBody(place_actor)) {
      out->code = place_actor.code;
      for (uint8_t i = 0; i < place_actor.origin_count; ++i) {
        out->AddOrigin(place_actor.origins[i]);
      }
      *place_phrase = a.object;
      break;
    }
    if (!IsAgentPlace(place_actor.code)) continue;
    out->code = agents.Around(place_actor.code);
    for (uint8_t i = 0; i < place_actor.origin_count; ++i) out->AddOrigin(place_actor.origins[i]);
    *place_phrase = a.object;
    break;
  }
  // A place's agent: "Iraq's national security advisor" is IRQGOV ("Gondor's government"
  // GONGOV with PETRARCH's dictionaries, where an agent of no known place is "---GOV").
  if (out->code.empty() && p.possessor >= 0 && IsAgentPlace(own_[p.possessor].code)) {
    const ResolvedActor& owner = own_[p.possessor];
    out->code = agents.Around(owner.code);
    for (uint8_t i = 0; i < owner.origin_count; ++i) out->AddOrigin(owner.origins[i]);
  }
  if (out->code.empty() && rules_.unplaced_agent_as_null) {
    out->code = agents.Around("---");
  }
}

bool StoryActors::NewActor(const Document& doc, const Syntax& syntax, uint32_t phrase,
                           int max_words, ResolvedActor* out) {
  // The phrase and the prepositional phrases that run on from it: PETRARCH's noun phrase.
  const TokenRange words{syntax.phrases[phrase].tokens.begin,
                         RunOnEnd(syntax, syntax.phrases[phrase])};
  std::string code = "\"";
  int count = 0;
  for (uint32_t t = words.begin; t < words.end; ++t) {
    const Token& token = doc.tokens[t];
    if (token.tag == PosTag::kPRP || token.tag == PosTag::kPRPS) return false;
    if (token.tag == PosTag::kPOS || token.text.empty() ||
        !IsAsciiAlphanumeric(token.text.front())) {
      continue;
    }
    if (++count > max_words) return false;
    if (count > 1) code += ' ';
    code += AsciiUppercase(token.text);
  }
  if (count == 0) return false;
  out->code = code + "\"";
  out->tokens = words;
  out->new_actor = true;
  return true;
}

const Actor* StoryActors::PlaceBefore(const Dictionaries& dictionaries, uint32_t begin,
                                      uint32_t end) const {
  const auto first =
      std::lower_bound(hits_.begin(), hits_.end(), begin,
                       [](const Hit& hit, uint32_t token) { return hit.tokens.begin < token; });
  for (auto hit = first; hit != hits_.end() && hit->tokens.end <= end; ++hit) {
    if (hit->agent) continue;
    const Actor& actor = dictionaries.actors()[hit->entry];
    if (actor.kind != ActorKind::kPerson && IsAgentPlace(actor.code)) return &actor;
  }
  return nullptr;
}

bool StoryActors::NamesKnownActor(int32_t phrase) const {
  const std::span<const ResolvedActor> actors = ActorsOf(phrase);
  return std::any_of(actors.begin(), actors.end(),
                     [](const ResolvedActor& actor) { return !actor.new_actor; });
}

void StoryActors::Resolve(const Dictionaries& dictionaries, const Document& doc,
                          const Syntax& syntax, Date story_date, const ActorRules& rules,
                          std::string_view dateline_place_country,
                          const DatelineCountries* places) {
  rules_ = rules;
  dateline_place_country_ = dateline_place_country;
  dictionaries_ = &dictionaries;
  syntax_ = &syntax;
  places_ = places;
  hits_.clear();
  short_names_.clear();
  text_order_.resize(syntax.phrases.size());
  std::iota(text_order_.begin(), text_order_.end(), 0u);
  // Ties in phrase order, as a stable sort keeps them, without the buffer one allocates.
  std::sort(text_order_.begin(), text_order_.end(), [&](uint32_t a, uint32_t b) {
    const uint32_t a_begin = syntax.phrases[a].tokens.begin;
    const uint32_t b_begin = syntax.phrases[b].tokens.begin;
    return a_begin < b_begin || (a_begin == b_begin && a < b);
  });
  for (const Sentence& sentence : doc.sentences) {
    FindHits(dictionaries, doc, sentence, story_date);
  }
  ResolveOwnActors(dictionaries, doc, syntax, story_date);
  ShareTrailingAgents(dictionaries, doc, syntax, story_date);
  if (places != nullptr) {
    ResolveVisitedPlaces(dictionaries, doc, syntax, *places);
    PlaceLocalAgents(doc, syntax);
  }
  ShareTrailingPlace(syntax);
  ShareLeadingPlace(dictionaries, doc, syntax);
  stand_ins_.assign(syntax.phrases.size(), -1);
  ResolveStandIns(dictionaries, doc, syntax, OfPhrases::kAll);
  FindQuantities(doc, syntax);
  if (rules_.agents_take_story_country) {
    ResolveOrganisationReferences(doc, syntax);
    MarkCountedPeople(doc, syntax);
    PlaceBareAgents(doc, syntax);
    ResolvePerpetratorReferences(doc, syntax);  // before quantities: "143 of the attackers"
  }
  ResolveQuantities();
  if (rules_.agents_take_story_country) {
    // Once bare agents have their country, what stands in for others is known too: "the
    // mayor of Novi Example, Ivan Testov"; "the head of parliament", but not "the rest of the
    // army" (IsRoleOfItsOwner); "positions of the rebels" (IsHoldingOfItsOwner).
    ResolveStandIns(dictionaries, doc, syntax, OfPhrases::kOfRoles);
    ResolveTitledNames(doc, syntax);
    MarkOfficeHolders(doc, syntax);
    ResolveCraftReferences(doc, syntax);
  }
  if (rules_.new_actor_length > 0) {
    for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
      if (own_[p].code.empty()) NewActor(doc, syntax, p, rules_.new_actor_length, &own_[p]);
    }
  }
  ResolveSpeakersPronouns(doc, syntax);
  ResolveCoreference(dictionaries, doc, syntax);
}

void StoryActors::ResolveOwnActors(const Dictionaries& dictionaries, const Document& doc,
                                   const Syntax& syntax, Date story_date) {
  own_.assign(syntax.phrases.size(), ResolvedActor{});
  agent_places_.assign(syntax.phrases.size(), AgentPlace{});
  // Phrases without an agent fallback first, so that "of Russia" is known when "the
  // president of Russia" asks; two passes are enough as the fallback reads only own names.
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
      if (!own_[p].code.empty() && (pass == 0 || agent_places_[p].agents.empty())) continue;
      ResolvedActor actor;
      AgentPlace& place = agent_places_[p];
      if (OwnActor(dictionaries, doc, syntax, p, story_date, &actor, &place.agents,
                   &place.phrase)) {
        own_[p] = std::move(actor);
      }
    }
  }
}

void StoryActors::ShareTrailingPlace(const Syntax& syntax) {
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    int32_t last = static_cast<int32_t>(p);
    for (int32_t q : syntax.Conjuncts(last)) last = q;
    const AgentPlace shared = agent_places_[last];
    const AgentPlace& own = agent_places_[p];
    if (last == static_cast<int32_t>(p) || shared.phrase < 0 || own.agents.empty() ||
        own.phrase >= 0) {
      continue;
    }
    if (!own_[p].code.empty() && own_[p].code != own.agents.Around("---")) {
      continue;  // "Gondor's officials"
    }
    own_[p].code = own.agents.Around(own_[shared.phrase].code);
    agent_places_[p].phrase = shared.phrase;
  }
}

void StoryActors::ShareLeadingPlace(const Dictionaries& dictionaries, const Document& doc,
                                    const Syntax& syntax) {
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    const NounPhrase& first = syntax.phrases[p];
    if (first.next_conjunct < 0) continue;
    const Actor* place = PlaceBefore(dictionaries, first.tokens.begin, first.head);
    if (place == nullptr) continue;
    for (int32_t r : syntax.Conjuncts(first.next_conjunct)) {
      const AgentPlace& own = agent_places_[r];
      const bool bare = doc.tokens[syntax.phrases[r].tokens.begin].tag != PosTag::kDT;
      if (own.agents.empty() || own.phrase >= 0 || !bare ||
          (!own_[r].code.empty() && own_[r].code != own.agents.Around("---"))) {
        continue;
      }
      own_[r].code = own.agents.Around(place->code);
      own_[r].AddOrigin(place->origin);
    }
  }
}

void StoryActors::ResolveStandIns(const Dictionaries& dictionaries, const Document& doc,
                                  const Syntax& syntax, OfPhrases of_phrases) {
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    ResolveStandIn(dictionaries, doc, syntax, of_phrases, p);
  }
}

void StoryActors::ResolveStandIn(const Dictionaries& dictionaries, const Document& doc,
                                 const Syntax& syntax, OfPhrases of_phrases, uint32_t p) {
  if (!own_[p].code.empty()) return;
  const NounPhrase& phrase = syntax.phrases[p];
  if (phrase.apposition > static_cast<int32_t>(p)) {
    ResolveStandIn(dictionaries, doc, syntax, of_phrases, static_cast<uint32_t>(phrase.apposition));
  }
  const bool kin = IsKinOfItsOwner(doc.tokens[phrase.head].lemma);
  int32_t stand_in = -1;
  if (phrase.apposition >= 0 && !own_[phrase.apposition].code.empty()) {
    stand_in = phrase.apposition;
  } else if (kin) {
    ResolveKin(dictionaries, doc, syntax, p);
    return;
  } else if (phrase.possessor >= 0 && !own_[phrase.possessor].code.empty()) {
    stand_in = phrase.possessor;
  } else if (const int32_t owner = OfPhrase(doc, syntax, phrase);
             owner >= 0 && !own_[owner].code.empty() &&
             (of_phrases == OfPhrases::kAll || IsRoleOfItsOwner(doc.tokens[phrase.head].lemma) ||
              IsHoldingOfItsOwner(doc.tokens[phrase.head].lemma))) {
    stand_in = owner;
  }
  if (stand_in < 0) return;
  own_[p] = own_[stand_in];
  stand_ins_[p] = stand_in;
}

void StoryActors::ResolveKin(const Dictionaries& dictionaries, const Document& doc,
                             const Syntax& syntax, uint32_t p) {
  const NounPhrase& phrase = syntax.phrases[p];
  const int32_t owner = phrase.possessor >= 0 ? phrase.possessor : OfPhrase(doc, syntax, phrase);
  if (owner < 0 || own_[owner].code.size() < 3) return;
  const std::string_view country = LocationPart(own_[owner].code);
  if ((dictionaries.cameo().PartKinds(country) & CameoTables::kCountry) == 0) return;
  own_[p].code = std::string(country) + "CVL";
}

void StoryActors::FindQuantities(const Document& doc, const Syntax& syntax) {
  // With the nouns of a party of people: "by a team of gunmen", "a band of militants".
  static constexpr std::string_view kQuantities[] = {
      "dozen", "hundred", "thousand", "million", "score", "ten",   "some",
      "many",  "several", "most",     "all",     "few",   "group", "number",
      "crowd", "handful", "team",     "band",    "squad"};
  quantity_of_.assign(syntax.phrases.size(), -1);
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    const NounPhrase& phrase = syntax.phrases[p];
    const Token& head = doc.tokens[phrase.head];
    if (head.tag != PosTag::kCD && std::find(std::begin(kQuantities), std::end(kQuantities),
                                             head.lemma) == std::end(kQuantities)) {
      continue;
    }
    if (const int32_t owner = OfPhrase(doc, syntax, phrase); owner >= 0) {
      quantity_of_[owner] = static_cast<int32_t>(p);
    }
  }
}

void StoryActors::ResolveQuantities() {
  // Quantities chain ("hundreds of thousands of protesters"): each pass resolves one more
  // link, whatever the order of the phrases.
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t owner = 0; owner < quantity_of_.size(); ++owner) {
      const int32_t p = quantity_of_[owner];
      if (p < 0 || !own_[p].code.empty() || own_[owner].code.empty()) continue;
      own_[p] = own_[owner];
      stand_ins_[p] = static_cast<int32_t>(owner);
      changed = true;
    }
  }
}

void StoryActors::ResolveSpeakersPronouns(const Document& doc, const Syntax& syntax) {
  for (const Clause& clause : syntax.clauses) {
    if (clause.kind != ClauseKind::kReported || clause.subject < 0 || clause.speaker < 0) continue;
    // The subject pronoun, or the one that owns the subject: "The army said its jets ...".
    int32_t referring = clause.subject;
    if (const int32_t owner = syntax.phrases[clause.subject].possessor;
        owner >= 0 && own_[clause.subject].code.empty()) {
      referring = owner;
    }
    const TokenRange subject = syntax.phrases[referring].tokens;
    const ResolvedActor& speaker = own_[clause.speaker];
    if (subject.size() != 1 || !own_[referring].code.empty() || speaker.code.empty()) {
      continue;
    }
    // "Khan, meeting Sharif, announced he was ...": a person's he/she is the speaker, though
    // another person was named last. "Police said they had arrested ...": a body named in
    // the plural says "they" of itself, though no group was named before; coordinated
    // speakers are the last group already (ResolveCoreference).
    const Token& pronoun = doc.tokens[subject.begin];
    const NounPhrase& speaking = syntax.phrases[clause.speaker];
    const bool plural_body =
        !speaker.person && speaking.next_conjunct < 0 && IsPluralHead(doc.tokens[speaking.head]);
    // "'We condemn the strike,' the ministry said", "'I call on Hamas ...,' said Lavrov": the
    // first person of what is said is its speaker, person or body.
    const bool first_person = IsPronoun(pronoun, {"we", "i", "our", "my"});
    if (!first_person &&
        !(speaker.person ? IsPronoun(pronoun, {"he", "she", "his", "her"})
                         : IsPronoun(pronoun, {"it", "its"}) ||
                               (plural_body && IsPronoun(pronoun, {"they", "their"})))) {
      continue;
    }
    own_[referring] = speaker;
    own_[referring].tokens = subject;
  }
  // "The coast guard said it had stopped the boats, which it accused of ...": an "it" in what
  // that "it" governs is the same speaker, when no other subject stands between them.
  for (const Clause& clause : syntax.clauses) {
    if (clause.subject < 0 || !own_[clause.subject].code.empty() ||
        !IsLoneIt(doc, syntax.phrases[clause.subject].tokens)) {
      continue;
    }
    int32_t above = clause.parent;
    for (int hops = 0; above >= 0 && hops < kMaxChain; ++hops) {
      const Clause& governing = syntax.clauses[static_cast<size_t>(above)];
      if (governing.subject >= 0 && governing.subject != clause.subject) {
        if (IsLoneIt(doc, syntax.phrases[governing.subject].tokens) &&
            !own_[governing.subject].code.empty()) {
          own_[clause.subject] = own_[governing.subject];
          own_[clause.subject].tokens = syntax.phrases[clause.subject].tokens;
        }
        break;
      }
      above = governing.parent;
    }
  }
}

StoryActors::PairPlace StoryActors::PlaceOfPair(const Syntax& syntax, uint32_t p) const {
  if (!rules_.agents_take_story_country) return PairPlace::kElsewhere;  // clause_of_ is ours
  const int32_t c = clause_of_[p];
  if (c < 0) return PairPlace::kElsewhere;
  const Clause& clause = syntax.clauses[static_cast<size_t>(c)];
  const bool goes_on = clause.kind == ClauseKind::kCoordinated ||
                       clause.kind == ClauseKind::kRelative ||
                       clause.kind == ClauseKind::kSubordinate;
  return goes_on && clause.subject == static_cast<int32_t>(p) ? PairPlace::kGoesOnInItsSentence
                                                              : PairPlace::kElsewhere;
}

void StoryActors::ReferredBack(const Dictionaries& dictionaries, const NounPhrase& phrase,
                               uint32_t sentence_begin, PairPlace place,
                               std::span<const Token> words, std::span<const ResolvedActor> seen,
                               std::span<const ResolvedActor> last_group,
                               std::vector<ResolvedActor>* referred) {
  referred->clear();
  if (words.size() == 1 && IsPronoun(words[0], {"he", "him", "his", "she", "her"})) {
    const auto person =
        std::find_if(seen.rbegin(), seen.rend(), [](const ResolvedActor& a) { return a.person; });
    if (person != seen.rend()) referred->push_back(*person);
  } else if (words.size() == 1 && IsPronoun(words[0], {"they", "them", "their"})) {
    referred->assign(last_group.begin(), last_group.end());
  } else if (const GroupWord group = GroupReference(words); group != GroupWord::kNone) {
    PairReferredTo(dictionaries, sentence_begin, group, place, seen, last_group, referred);
  }
  for (ResolvedActor& actor : *referred) actor.tokens = phrase.tokens;
}

void StoryActors::NotItsClausesSubject(const Syntax& syntax, uint32_t p,
                                       std::span<const Token> words,
                                       std::span<const ResolvedActor> seen,
                                       std::vector<ResolvedActor>* referred) const {
  if (words.size() != 1 || !IsPronoun(words[0], {"him", "her"})) return;
  const int32_t c = clause_of_.empty() ? -1 : clause_of_[p];
  if (c < 0) return;
  const Clause& clause = syntax.clauses[static_cast<size_t>(c)];
  const auto phrase = static_cast<int32_t>(p);
  if (clause.subject < 0 || (clause.object != phrase && clause.indirect_object != phrase)) return;
  const TokenRange subject = syntax.phrases[clause.subject].tokens;
  const auto in_subject = [&](const ResolvedActor& actor) {
    return actor.tokens.begin >= subject.begin && actor.tokens.begin < subject.end;
  };
  const auto last = std::find_if(seen.rbegin(), seen.rend(),
                                 [](const ResolvedActor& actor) { return actor.person; });
  if (last == seen.rend() || !in_subject(*last)) return;
  const auto before = std::find_if(last + 1, seen.rend(), [&](const ResolvedActor& actor) {
    return actor.person && !in_subject(actor) && actor.code != last->code;
  });
  if (before == seen.rend()) return;
  referred->front() = *before;
  referred->front().tokens = syntax.phrases[p].tokens;
}

void StoryActors::FindIncludedLists(const Document& doc, const Syntax& syntax) {
  included_.assign(syntax.phrases.size(), -1);
  const auto is_list_word = [&](TokenRange preposition) {
    const std::string_view first = doc.tokens[preposition.begin].lower;
    return (preposition.size() == 1 && first == "including") ||
           (preposition.size() == 2 && first == "such" &&
            doc.tokens[preposition.begin + 1].lower == "as");
  };
  const auto attach = [&](int32_t phrase, const Attachment& a) {
    if (phrase >= 0 && a.object >= 0 && included_[phrase] < 0) included_[phrase] = a.object;
  };
  for (const NounPhrase& phrase : syntax.phrases) {
    for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
      if (is_list_word(a.preposition))
        attach(static_cast<int32_t>(&phrase - syntax.phrases.data()), a);
    }
  }
  // The parser gives a list after a comma to the clause: it belongs to the subject or object
  // it follows ("Several countries, including Japan and India, sent aid").
  for (const Clause& clause : syntax.clauses) {
    for (const Attachment& a : syntax.AttachmentsOf(clause)) {
      // "The United States, China and Saudi Arabia were among the countries that urged ...":
      // the countries include the subject's actors.
      if (clause.verb.lemma == "be" && a.preposition.size() == 1 &&
          doc.tokens[a.preposition.begin].lower == "among") {
        if (a.object >= 0 && clause.subject >= 0 && included_[a.object] < 0) {
          included_[a.object] = clause.subject;
        }
        continue;
      }
      if (!is_list_word(a.preposition)) continue;
      for (const int32_t role : {clause.subject, clause.object}) {
        if (role < 0) continue;
        uint32_t end = 0;  // of the last conjunct and the phrases that run on from it
        for (const int32_t q : syntax.Conjuncts(role)) {
          end = std::max(end, RunOnEnd(syntax, syntax.phrases[q]));
        }
        if (end == a.preposition.begin ||
            (end + 1 == a.preposition.begin && doc.tokens[end].text == ",")) {
          attach(role, a);
        }
      }
    }
  }
}

void StoryActors::AddConjunctActors(const Syntax& syntax, uint32_t p, bool with_lists) {
  // "Several countries, including Japan and India": each listed actor too.
  const size_t before = actors_.size();
  if (with_lists && included_[p] >= 0) AddConjunctActors(syntax, included_[p], false);
  const bool lists = actors_.size() > before;
  for (int32_t q : syntax.Conjuncts(static_cast<int32_t>(p))) {
    if (own_[q].code.empty()) continue;
    // "X, Y and Z were among the leaders who ...", "officials, including X": leaders who name
    // no place of their own are the actors listed, not the story country's besides them.
    // People of other kinds are more than those named ("six people, including the gunman's
    // parents").
    if (lists && q == static_cast<int32_t>(p) && own_[q].place == nullptr &&
        agent_places_[q].phrase < 0 && stand_ins_[q] < 0 &&
        agent_places_[q].agents.Around("") == "GOV") {
      continue;
    }
    // A stand-in for a coordination stands in for each of it.
    if (const int32_t stand_in = stand_ins_[q];
        stand_in >= 0 && syntax.phrases[stand_in].next_conjunct >= 0) {
      for (int32_t r : syntax.Conjuncts(stand_in)) {
        if (!own_[r].code.empty()) actors_.push_back(own_[r]);
      }
      continue;
    }
    // "the ambassadors of Arnor and Gondor": an agent of each place; "delegations from Gondor
    // and the Nasgul Front": an organisation's is the organisation, as "a delegation from the
    // Nasgul Front" is (PlaceAgents).
    if (const AgentPlace& place = agent_places_[q];
        place.phrase >= 0 && syntax.phrases[place.phrase].next_conjunct >= 0) {
      for (int32_t r : syntax.Conjuncts(place.phrase)) {
        const ResolvedActor& named = own_[r];
        const bool place_of_agents = IsAgentPlace(named.code);
        if (!place_of_agents &&
            (named.code.empty() || named.new_actor || named.person || named.code[0] == '"')) {
          continue;
        }
        actors_.push_back(own_[q]);
        actors_.back().code = place_of_agents ? place.agents.Around(named.code) : named.code;
      }
      continue;
    }
    // PETRARCH "[FRO/BIL/SAM]": one name, several actors.
    std::string_view codes = own_[q].code;
    if (codes.find('/') == std::string_view::npos) {
      actors_.push_back(own_[q]);
      AddSharedAgents(static_cast<uint32_t>(q));
      continue;
    }
    while (!codes.empty()) {
      const size_t slash = std::min(codes.find('/'), codes.size());
      actors_.push_back(own_[q]);
      actors_.back().code = std::string(codes.substr(0, slash));
      codes = slash < codes.size() ? codes.substr(slash + 1) : std::string_view();
    }
  }
}

void StoryActors::ResolveCoreference(const Dictionaries& dictionaries, const Document& doc,
                                     const Syntax& syntax) {
  const size_t n = syntax.phrases.size();
  groups_.assign(n, Group{});
  FindIncludedLists(doc, syntax);
  actors_.clear();

  // Mentions seen so far, in text order: what pronouns and "the two leaders" refer back to.
  std::vector<ResolvedActor>& seen = coreference_.seen;
  seen.clear();
  // The last phrase that named two or more actors.
  std::vector<ResolvedActor>& last_group = coreference_.last_group;
  last_group.clear();
  ResolvedActor last_serving;  // the last mention NamesServingPerson: what "the officer" is
  RecentBodies bodies;         // what "it" and "the bloc" refer to
  std::vector<ResolvedActor>& referred = coreference_.referred;
  size_t sentence = 0;  // of the phrase, as they come in text order
  for (uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    const std::span<const Token> words{doc.tokens.data() + phrase.tokens.begin,
                                       phrase.tokens.size()};
    referred.clear();
    const auto sentence_begin = [&] {
      while (sentence + 1 < doc.sentences.size() &&
             doc.sentences[sentence].end_token <= phrase.tokens.begin) {
        ++sentence;
      }
      return doc.sentences[sentence].first_token;
    };
    // The first token of the sentence before the phrase's (of its own, for the first).
    const auto recent_begin = [&] {
      sentence_begin();
      return doc.sentences[sentence > 0 ? sentence - 1 : 0].first_token;
    };
    // "The leaders": the parties just named, rather than the story's (PlaceBareAgents); not
    // those of a list ("X and Y were among the leaders who ...": AddConjunctActors).
    if (const GroupWord plural = PluralGroupReference(words);
        plural != GroupWord::kNone && stand_ins_[p] < 0 && agent_places_[p].phrase < 0 &&
        included_[p] < 0) {
      RecentGroupReferredTo(dictionaries, plural, recent_begin(), seen, last_group, &referred);
      if (referred.size() > 1) {
        own_[p] = ResolvedActor{};
        for (ResolvedActor& actor : referred) actor.tokens = phrase.tokens;
      }
    }
    if (own_[p].code.empty() && !words.empty() && referred.empty()) {
      ReferredBack(dictionaries, phrase, sentence_begin(), PlaceOfPair(syntax, p), words, seen,
                   last_group, &referred);
      if (referred.size() == 1) NotItsClausesSubject(syntax, p, words, seen, &referred);
      if (referred.empty()) EachOtherReferredTo(syntax, p, words, &referred);
      if (const int32_t many = rules_.agents_take_story_country
                                   ? PluralReferredTo(doc, syntax, p, sentence, bodies)
                                   : -1;
          many >= 0) {
        const std::span<const ResolvedActor> actors = ActorsOf(many);
        referred.assign(actors.begin(), actors.end());
        for (ResolvedActor& actor : referred) actor.tokens = phrase.tokens;
      }
      if (IsServiceRoleReference(words) && !last_serving.code.empty()) {
        referred.push_back(last_serving);
        referred.back().tokens = phrase.tokens;
      }
      if (referred.size() == 1) own_[p] = referred.front();
      if (own_[p].code.empty() && !PlaceCounterpart(doc, syntax, p, recent_begin(), seen)) {
        PlaceByPronounOwner(syntax, p);
      }
      if (own_[p].code.empty()) CraftOfPronounOwner(doc, syntax, p);
      if (own_[p].code.empty() && rules_.agents_take_story_country) {
        sentence_begin();
        BodyReferredTo(doc, syntax, p, static_cast<uint32_t>(sentence), bodies, &own_[p]);
      }
    }
    if (referred.empty() && !agent_places_[p].agents.empty()) {
      AgentsOfPairReferredTo(dictionaries, doc, syntax, p, sentence_begin(), seen, last_group,
                             &referred);
    }

    // The phrase's group: its own actor and its conjuncts', or what it refers back to.
    Group& group = groups_[p];
    group.begin = static_cast<uint32_t>(actors_.size());
    if (referred.size() > 1) {
      actors_.insert(actors_.end(), referred.begin(), referred.end());
    } else {
      AddConjunctActors(syntax, p, /*with_lists=*/true);
    }
    group.end = static_cast<uint32_t>(actors_.size());
    if (rules_.agents_take_story_country) {
      sentence_begin();
      NotePlural(doc, syntax, p, static_cast<uint32_t>(sentence), &bodies);
    }

    if (!own_[p].code.empty()) {
      seen.push_back(own_[p]);
      if (NamesServingPerson(words, own_[p])) last_serving = own_[p];
      if (rules_.agents_take_story_country) {
        sentence_begin();
        NoteBody(doc, syntax, p, static_cast<uint32_t>(sentence), &bodies);
      }
    }
    if (referred.size() > 1) seen.insert(seen.end(), referred.begin(), referred.end());
    if (group.end - group.begin >= 2) {
      last_group.assign(actors_.begin() + group.begin, actors_.begin() + group.end);
    }
  }
}

void StoryActors::PlaceByPronounOwner(const Syntax& syntax, uint32_t p) {
  const AgentPlace& place = agent_places_[p];
  const int32_t owner = syntax.phrases[p].possessor;
  if (place.agents.empty() || place.phrase >= 0 || owner < 0) return;
  const std::string_view country = PersonCountry(own_[owner]);
  if (country.empty()) return;
  own_[p].code = place.agents.Around(country);
  own_[p].tokens = syntax.phrases[p].tokens;
}

std::span<const ResolvedActor> StoryActors::ActorsOf(int32_t phrase) const {
  if (phrase < 0 || static_cast<size_t>(phrase) >= groups_.size()) return {};
  const Group& group = groups_[phrase];
  return {actors_.data() + group.begin, group.end - group.begin};
}

}  // namespace tacitus

// StoryActors: one agent word shared by several countries, as wire copy names the parties to
// talks: nationalities coordinated before it ("Ethiopian and Eritrean officials", "U.S. and
// Chinese negotiators") and a pair referred back to after it ("officials from the two
// countries", "the foreign ministers of both sides").
#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

#include "code/story_actors.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// Whether token t joins items of a list: "and", "or", a comma.
bool JoinsList(const Document& doc, uint32_t t) {
  const std::string_view word = doc.tokens[t].lower;
  return word == "and" || word == "or" || word == ",";
}

}  // namespace

const Actor* StoryActors::LonePlace(const Dictionaries& dictionaries, const Hit& hit) const {
  if (hit.agent) return nullptr;
  const Actor& actor = dictionaries.actors()[hit.entry];
  const bool place = actor.kind == ActorKind::kCountry || actor.kind == ActorKind::kAdjective;
  return place && IsAgentPlace(actor.code) ? &actor : nullptr;
}

void StoryActors::ShareTrailingAgents(const Dictionaries& dictionaries, const Document& doc,
                                      const Syntax& syntax, Date story_date) {
  shared_agents_.clear();
  for (uint32_t p = 0; p < syntax.phrases.size(); ++p) {
    // Most phrases are neither: two places, a word joining them and an agent take four
    // words; a cut-off conjunct has a next one.
    if (syntax.phrases[p].tokens.size() >= 4) {
      ShareAgentsWithinPhrase(dictionaries, doc, syntax, story_date, p);
    }
    if (syntax.phrases[p].next_conjunct >= 0) {
      ShareAgentsAcrossConjuncts(dictionaries, syntax, story_date, p);
    }
  }
}

void StoryActors::ShareAgentsWithinPhrase(const Dictionaries& dictionaries, const Document& doc,
                                          const Syntax& syntax, Date story_date, uint32_t p) {
  // "Ethiopian and Eritrean officials": one phrase, places joined before its agents. The
  // phrase's own actor is one of them (NamesIn); each other place gets the agents too.
  const NounPhrase& phrase = syntax.phrases[p];
  if (own_[p].code.empty() || own_[p].person || own_[p].place != nullptr) return;
  auto hit = std::lower_bound(hits_.begin(), hits_.end(), phrase.tokens.begin,
                              [](const Hit& h, uint32_t token) { return h.tokens.begin < token; });
  const auto places_begin = hit;
  uint32_t expected = phrase.tokens.begin;
  if (expected < phrase.tokens.end && doc.tokens[expected].tag == PosTag::kDT) ++expected;
  for (; hit != hits_.end() && hit->tokens.begin == expected && LonePlace(dictionaries, *hit);
       ++hit) {
    expected = hit->tokens.end;
    if (expected < phrase.tokens.end && JoinsList(doc, expected)) ++expected;
    // "U.S., British and French diplomats": a comma and "and" may both stand between.
    if (expected < phrase.tokens.end && JoinsList(doc, expected)) ++expected;
  }
  const auto places_end = hit;
  if (places_end - places_begin < 2 || places_end == hits_.end() || !places_end->agent ||
      places_end->tokens.end > phrase.tokens.end) {
    return;
  }
  ResolvedActor scratch;
  const PhraseNames names = NamesIn(dictionaries, syntax, phrase, story_date, &scratch);
  if (names.person != nullptr || names.organisation != nullptr) return;
  for (auto place = places_begin; place != places_end; ++place) {
    ResolvedActor actor = own_[p];
    actor.code = names.agents.Around(LonePlace(dictionaries, *place)->code);
    if (actor.code != own_[p].code) shared_agents_.push_back({p, std::move(actor)});
  }
}

void StoryActors::ShareAgentsAcrossConjuncts(const Dictionaries& dictionaries, const Syntax& syntax,
                                             Date story_date, uint32_t p) {
  // "Chinese and Brazilian officials", which the syntax cuts into "Chinese" & "Brazilian
  // officials": a conjunct that is a lone place takes the agents of the last conjunct when
  // that one opens with its place ("Israel and Hamas officials" is a pair of the same kind).
  const NounPhrase& phrase = syntax.phrases[p];
  if (own_[p].place == nullptr || own_[p].tokens.begin != phrase.tokens.begin ||
      own_[p].tokens.end != phrase.tokens.end) {
    return;
  }
  int32_t last = phrase.next_conjunct;
  for (int32_t q : syntax.Conjuncts(phrase.next_conjunct)) last = q;
  const NounPhrase& agents_phrase = syntax.phrases[last];
  ResolvedActor scratch;
  const PhraseNames names = NamesIn(dictionaries, syntax, agents_phrase, story_date, &scratch);
  if (names.place == nullptr || names.agent == nullptr || names.person != nullptr ||
      names.organisation != nullptr || names.tokens.begin != agents_phrase.tokens.begin) {
    return;
  }
  own_[p].code = names.agents.Around(own_[p].place->code);
  own_[p].place = nullptr;
}

void StoryActors::AgentsOfPairReferredTo(const Dictionaries& dictionaries, const Document& doc,
                                         const Syntax& syntax, uint32_t p, uint32_t sentence_begin,
                                         std::span<const ResolvedActor> seen,
                                         std::span<const ResolvedActor> last_group,
                                         std::vector<ResolvedActor>* referred) const {
  const AgentPlace& place = agent_places_[p];
  if (place.agents.empty() || place.phrase >= 0) return;
  for (const Attachment& a : syntax.AttachmentsOf(syntax.phrases[p])) {
    if (a.object < 0 || a.preposition.size() != 1) continue;
    const std::string_view preposition = doc.tokens[a.preposition.begin].lower;
    if (preposition != "of" && preposition != "from") continue;
    const NounPhrase& pair = syntax.phrases[a.object];
    const std::span<const Token> words{doc.tokens.data() + pair.tokens.begin, pair.tokens.size()};
    if (!RefersBack(words)) continue;
    ReferredBack(dictionaries, pair, sentence_begin, PairPlace::kElsewhere, words, seen, last_group,
                 referred);
    for (ResolvedActor& actor : *referred) {
      actor.code = place.agents.Around(LocationPart(actor.code));
      actor.person = false;
      actor.tokens = syntax.phrases[p].tokens;
    }
    return;
  }
}

void StoryActors::AddSharedAgents(uint32_t p) {
  if (shared_agents_.empty()) return;
  auto shared = std::lower_bound(shared_agents_.begin(), shared_agents_.end(), p,
                                 [](const std::pair<uint32_t, ResolvedActor>& s, uint32_t phrase) {
                                   return s.first < phrase;
                                 });
  for (; shared != shared_agents_.end() && shared->first == p; ++shared) {
    actors_.push_back(shared->second);
  }
}

}  // namespace tacitus

#include "code/passive_parties.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace tacitus {
namespace {

bool IsPrepositionOf(const Document& doc, const Attachment& a, std::string_view word) {
  return a.object >= 0 && a.preposition.size() == 1 &&
         doc.tokens[a.preposition.begin].lower == word;
}

// Whether phrase `p` names a meeting or a visit: a noun with a pattern of root 04 ("visit",
// "talks", "summit").
bool NamesAMeeting(const CodedStory& story, int32_t p) {
  const std::string_view noun = story.doc.tokens[story.syntax.phrases[p].head].lemma;
  const auto patterns = story.dictionaries.NounPatternsFor(noun);
  return std::any_of(patterns.begin(), patterns.end(),
                     [](const VerbPattern* pattern) { return pattern->code.starts_with("04"); });
}

// The last event of root 04 with two different sides that `story_events` holds before
// clause `clause` (of sentence `sentence`); nullptr when none.
const Event* LastMeetingBefore(std::span<const Event> story_events, uint32_t sentence,
                               uint32_t clause) {
  const Event* meeting = nullptr;
  for (const Event& event : story_events) {
    const bool before =
        event.sentence < sentence || (event.sentence == sentence && event.clause >= 0 &&
                                      static_cast<uint32_t>(event.clause) < clause);
    if (before && event.root == "04" && !event.source.empty() && !event.target.empty() &&
        event.source != event.target) {
      meeting = &event;
    }
  }
  return meeting;
}

void AddParty(std::string_view code, TokenRange tokens, std::vector<ResolvedActor>* parties) {
  const bool known = std::any_of(parties->begin(), parties->end(),
                                 [&](const ResolvedActor& party) { return party.code == code; });
  if (known) return;
  ResolvedActor party;
  party.code = std::string(code);
  party.tokens = tokens;
  parties->push_back(std::move(party));
}

// The "between" phrase of clause attachment `a`: its own, or the one the parser hung on a
// named place ("were held in Islamabad between Pakistan and Afghanistan"); -1 when none.
int32_t BetweenPhrase(const CodedStory& story, const Attachment& a) {
  if (IsPrepositionOf(story.doc, a, "between")) return a.object;
  if (!IsPrepositionOf(story.doc, a, "in") && !IsPrepositionOf(story.doc, a, "at")) return -1;
  const NounPhrase& place = story.syntax.phrases[a.object];
  const std::string_view head = story.doc.tokens[place.head].text;
  if (head.empty() || head.front() < 'A' || head.front() > 'Z') return -1;
  for (const Attachment& inner : story.syntax.AttachmentsOf(place)) {
    if (IsPrepositionOf(story.doc, inner, "between")) return inner.object;
  }
  return -1;
}

}  // namespace

void PassiveParties(const CodedStory& story, std::span<const Event> story_events,
                    const VerbPattern& pattern, uint32_t clause,
                    std::vector<ResolvedActor>* parties) {
  parties->clear();
  if (clause >= story.syntax.clauses.size() || pattern.paired_code != pattern.code) return;
  const Clause& c = story.syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return;
  for (const Attachment& a : story.syntax.AttachmentsOf(c)) {
    if (const int32_t between = BetweenPhrase(story, a); between >= 0) {
      for (const ResolvedActor& actor : story.actors.ActorsOf(between)) {
        AddParty(actor.code, actor.tokens, parties);
      }
    } else if ((IsPrepositionOf(story.doc, a, "during") || IsPrepositionOf(story.doc, a, "at")) &&
               NamesAMeeting(story, a.object)) {
      const Event* meeting = LastMeetingBefore(story_events, c.sentence, clause);
      if (meeting == nullptr) continue;
      const TokenRange tokens = story.syntax.phrases[a.object].tokens;
      AddParty(meeting->source, tokens, parties);
      AddParty(meeting->target, tokens, parties);
    }
    if (parties->size() >= 2) return;
    parties->clear();
  }
}

}  // namespace tacitus

#include "code/mediation.h"

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

bool IsPreposition(const Document& doc, const Attachment& a, std::string_view word) {
  return a.preposition.size() == 1 && doc.tokens[a.preposition.begin].lower == word;
}

// Nouns whose "of"/"by" phrase is the mediator wherever they stand: "following mediation by
// Qatar", "under the auspices of the UN".
bool IsNounOfMediation(std::string_view lemma) {
  return lemma == "mediation" || lemma == "auspices" || lemma == "auspex";
}

// Nouns of help, which make a mediator only of the help to a verb of mediation or arrangement:
// "a swap arranged with the help of Oman", not "attacked with the help of allied troops".
bool IsNounOfHelp(std::string_view lemma) { return lemma == "help" || lemma == "assistance"; }

// The mediator named after attachment `at` of `attachments`, whose object is a noun of
// mediation: its own "of"/"by" phrase, else the next attachment, when it is one
// ("Following mediation by Qatar": the parser gives "by Qatar" to the verb).
int32_t NamedAfter(const Document& doc, const Syntax& syntax,
                   std::span<const Attachment> attachments, size_t at) {
  const auto of_or_by = [&](const Attachment& a) {
    return a.object >= 0 && (IsPreposition(doc, a, "of") || IsPreposition(doc, a, "by"));
  };
  for (const Attachment& own : syntax.AttachmentsOf(syntax.phrases[attachments[at].object])) {
    if (of_or_by(own)) return own.object;
  }
  if (at + 1 < attachments.size() && of_or_by(attachments[at + 1])) {
    return attachments[at + 1].object;
  }
  return -1;
}

// The mediation one of `attachments` (a clause's or a phrase's) names; `arranging` when they
// are a verb of mediation or arrangement's, where help mediates.
Mediation MediationAmong(const Document& doc, const Syntax& syntax,
                         std::span<const Attachment> attachments, bool arranging) {
  for (size_t i = 0; i < attachments.size(); ++i) {
    if (attachments[i].object < 0) continue;
    const NounPhrase& object = syntax.phrases[attachments[i].object];
    const std::string_view noun = doc.tokens[object.head].lemma;
    if (IsNounOfMediation(noun) || (arranging && IsNounOfHelp(noun))) {
      const int32_t mediator = NamedAfter(doc, syntax, attachments, i);
      if (mediator >= 0) return {mediator, {object.head, object.head + 1}};
    }
  }
  return {};
}

// Whether `event` is an act a mediator can bring about between its sides: cooperation, verbal
// or material (talks, an agreement, a truce, a swap), not a mediation itself.
bool IsMediable(const Event& event) {
  return (event.quad_class == 1 || event.quad_class == 2) && !event.code.starts_with("045");
}

}  // namespace

bool IsVerbOfMediation(std::string_view lemma) {
  return lemma == "broker" || lemma == "mediate" || lemma == "facilitate";
}

Mediation FindMediation(const Document& doc, const Syntax& syntax, uint32_t sentence) {
  const SentenceSyntax& s = syntax.sentences[sentence];
  for (const Clause& clause : syntax.ClausesOf(s)) {
    const std::string_view lemma = clause.verb.lemma;
    const bool mediating = IsVerbOfMediation(lemma);
    if (mediating && clause.verb.passive && clause.agent >= 0) {
      return {clause.agent, {clause.verb.head, clause.verb.head + 1}};
    }
    const bool arranging = mediating || lemma == "arrange" || lemma == "negotiate";
    const Mediation found = MediationAmong(doc, syntax, syntax.AttachmentsOf(clause), arranging);
    if (found.mediator >= 0) return found;
  }
  for (uint32_t p = s.phrases.begin; p < s.phrases.end; ++p) {
    const Mediation found =
        MediationAmong(doc, syntax, syntax.AttachmentsOf(syntax.phrases[p]), false);
    if (found.mediator >= 0) return found;
  }
  return {};
}

void CodeMediators(const CodedStory& story, const EventEmitter& emitter,
                   std::vector<Event>* events) {
  const size_t end = events->size();
  // The acts of cooperation by sentence, each sentence's in event order (events are not in
  // sentence order), so that a long story is not scanned again for each sentence.
  std::vector<size_t> mediable;
  for (size_t i = story.first_event; i < end; ++i) {
    if (IsMediable((*events)[i])) mediable.push_back(i);
  }
  if (mediable.empty()) return;  // most stories: no act of cooperation to mediate
  std::stable_sort(mediable.begin(), mediable.end(), [&](size_t a, size_t b) {
    return (*events)[a].sentence < (*events)[b].sentence;
  });
  std::vector<bool> done(story.doc.sentences.size());
  std::vector<ResolvedActor> parties;
  for (size_t i = story.first_event; i < end; ++i) {
    const Event& first = (*events)[i];
    // Each sentence once: at its first act of cooperation.
    if (!IsMediable(first) || done[first.sentence]) continue;
    done[first.sentence] = true;
    const uint32_t sentence = first.sentence;
    const Mediation mediation = FindMediation(story.doc, story.syntax, sentence);
    const std::span<const ResolvedActor> mediators = story.actors.ActorsOf(mediation.mediator);
    if (mediators.empty()) continue;
    parties.clear();
    bool party_mediates = false;
    const auto from =
        std::lower_bound(mediable.begin(), mediable.end(), sentence,
                         [&](size_t e, uint32_t s) { return (*events)[e].sentence < s; });
    for (auto j = from; j != mediable.end() && (*events)[*j].sentence == sentence; ++j) {
      const Event& act = (*events)[*j];
      for (const std::string* side : {&act.source, &act.target}) {
        for (const ResolvedActor& m : mediators) party_mediates |= SameLocation(m.code, *side);
        const bool known = std::any_of(parties.begin(), parties.end(),
                                       [&](const ResolvedActor& p) { return p.code == *side; });
        if (known) continue;
        ResolvedActor party;
        party.code = *side;
        parties.push_back(std::move(party));
      }
    }
    if (party_mediates) continue;
    const EventSite site{sentence, first.clause, first.phrase, mediation.words};
    emitter.EmitFound(site, MediationPattern(), mediators, parties, events);
  }
}

const VerbPattern& MediationPattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "045";
    p->head = "mediate";
    p->text = "+T ... {brokered/mediated/facilitated} by +S | mediation by +S | help of +S";
    p->origin = Origin{"src/code/mediation.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus

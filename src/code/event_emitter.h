// Turning a matched pattern and the actors on each side into events: one per (source, target)
// pair, the paired reverse event of a paired code (042:043), each with the CAMEO table's root,
// quad class, Goldstein score and PLOVER type and the provenance of every side.
//
//   const EventEmitter emit(dictionaries, story, doc);
//   emit.Emit(site, match, actors.ActorsOf(source), actors.ActorsOf(target), &events);
//
// Used by every clause coder and by the noun events; never fails (no pair, no event).
#ifndef TACITUS_CODE_EVENT_EMITTER_H_
#define TACITUS_CODE_EVENT_EMITTER_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "code/pattern_match.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "tacitus/event.h"
#include "tacitus/story.h"
#include "text/document.h"

namespace tacitus {

// Where in the analysis an event was found.
struct EventSite {
  uint32_t sentence = 0;
  int32_t clause = -1;  // the clause coded, or
  int32_t phrase = -1;  // the noun phrase of a noun event
  TokenRange verb;      // the verb group, or the event noun
};

class EventEmitter {
 public:
  // `code_missing_side`: PETRARCH without require_dyad, where an event with one side known
  // is coded against the null actor "---".
  EventEmitter(const Dictionaries& dictionaries, const Story& story, const Document& doc,
               bool code_missing_side = false)
      : dictionaries_(dictionaries),
        story_(story),
        doc_(doc),
        code_missing_side_(code_missing_side) {}

  // Appends an event per (source, target) pair of different actors, and the paired reverse
  // events; a reciprocal match codes the sources with each other ("Putin and Xi met"). A
  // pattern coded "---" (no event) gives none. With `intent`, the act is promised or
  // threatened, not done (code/stated_intent.h): each pair gets one event coded
  // `intent->intent` instead, explained by the pattern and the intent line.
  void Emit(const EventSite& site, const PatternMatch& match,
            std::span<const ResolvedActor> sources, std::span<const ResolvedActor> targets,
            std::vector<Event>* events, const IntentCode* intent = nullptr) const;

  // Appends one event per (source, target) pair of different actors, coded and explained by
  // `pattern`, which no clause matched: a rule of the coder's found the event (a reported
  // accusation, code/reported_accusation.h).
  void EmitFound(const EventSite& site, const VerbPattern& pattern,
                 std::span<const ResolvedActor> sources, std::span<const ResolvedActor> targets,
                 std::vector<Event>* events) const;

 private:
  void EmitOne(const EventSite& site, const std::string& code, const VerbPattern& pattern,
               const ResolvedActor& source, const ResolvedActor& target, std::vector<Event>* events,
               const IntentCode* intent = nullptr) const;

  const Dictionaries& dictionaries_;
  const Story& story_;
  const Document& doc_;
  bool code_missing_side_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_EVENT_EMITTER_H_

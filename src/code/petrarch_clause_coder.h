// Coding as PETRARCH does, with its dictionaries (LoadPetrarchDictionaries) and options: verb
// patterns keyed on surface forms (the lemma catches forms PETRARCH did not make), matched
// before and after the verb (PetrarchMatcher); negated clauses too, since PETRARCH patterns
// name their negations ("WILL NOT *"). The target, when no "+" binds it, is the clause's
// object if it names a known actor, else the first phrase after the verb that names one.
// Comma-delimited clauses of the lengths PetrarchOptions gives are left out, and a clause
// inside the verb phrase of one that gave an event gives none (PETRARCH codes a verb phrase
// whole). Actors follow ActorRules::Petrarch. Then the event nouns (noun_events.h). With TABARI
// dictionaries and options (PetrarchOptions' TABARI fields): a sentence that a [###] pattern or
// <TIME> phrase discards, that is shorter than minimum_words or too complex gives no event at
// all; the default target's code differs from the source's.
#ifndef TACITUS_CODE_PETRARCH_CLAUSE_CODER_H_
#define TACITUS_CODE_PETRARCH_CLAUSE_CODER_H_

#include <span>
#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"
#include "code/petrarch_options.h"

namespace tacitus {

class PetrarchClauseCoder : public ClauseCoder {
 public:
  explicit PetrarchClauseCoder(PetrarchOptions options = {});

  const ActorRules& actor_rules() const override { return rules_; }
  void CodeStory(const CodedStory& story, ClauseScratch* scratch,
                 std::vector<Event>* events) const override;

 private:
  void CodeClauses(const CodedStory& story, const EventEmitter& emitter, ClauseScratch* scratch,
                   std::vector<Event>* events) const;
  // Per sentence, whether TABARI's discards and filters leave it out (PetrarchOptions'
  // minimum_words, complex_*; the <TIME> phrases' [###] and [+++]); what `eliminated` marks
  // (EliminateCommaClauses) is not counted.
  void MarkTabariSkips(const CodedStory& story, const std::vector<bool>& eliminated,
                       std::vector<bool>* skipped) const;
  // Per sentence, whether an event coded from it carries TABARI's discard code ### as an actor
  // (an actor file's "[###]": the sentence gives no event) or its complex code +++ as an actor
  // or event code (the sentence is complex when the options have a COMPLEX: command; such an
  // event is dropped in any case: +++ is neither an actor nor a CAMEO code).
  void MarkTabariCodes(std::span<const Event> events, std::vector<bool>* skipped) const;
  // Marks the tokens of comma-delimited clauses that PETRARCH coding leaves out.
  void EliminateCommaClauses(const Document& doc, const Syntax& syntax,
                             std::vector<bool>* eliminated) const;

  PetrarchOptions options_;
  ActorRules rules_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_PETRARCH_CLAUSE_CODER_H_

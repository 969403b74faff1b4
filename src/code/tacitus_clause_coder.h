// Coding with our dictionaries (data/): for each clause whose verb is neither negated nor
// subjunctive, the most specific verb pattern of its lemma that matches (PatternLayout) gives
// the event; its source is the clause's logical subject (the agent of a passive) or the
// pattern's +S, its target the phrase bound by +T, or the clause's object for a pattern
// without +T ("rejected Iran's offer" -> IRN). A clause whose verb the pattern of its parent
// names ("threatened to impose sanctions") gives no event of its own. Then the event nouns
// (noun_events.h).
#ifndef TACITUS_CODE_TACITUS_CLAUSE_CODER_H_
#define TACITUS_CODE_TACITUS_CLAUSE_CODER_H_

#include <span>
#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"

namespace tacitus {

class TacitusClauseCoder : public ClauseCoder {
 public:
  const ActorRules& actor_rules() const override { return rules_; }
  void CodeStory(const CodedStory& story, ClauseScratch* scratch,
                 std::vector<Event>* events) const override;

 private:
  void CodeClauses(const CodedStory& story, const EventEmitter& emitter, ClauseScratch* scratch,
                   std::vector<Event>* events) const;

  // "Germany condemned the attack": the attack names no actor, so the target is the source of
  // the story's last act of material conflict before it (its sentence or an earlier one).
  // "France welcomed the swap": praise targets the authors of the last earlier act of a root
  // the noun's own patterns name (08 for "swap"); of a mutual act, both parties.
  // (When none is found and scratch->why_not: a verdict, no actor for the target.)
  void TargetTheActsAuthors(const CodedStory& story, const EventEmitter& emitter,
                            ClauseScratch* scratch, std::vector<Event>* events) const;

  ActorRules rules_;  // the defaults: our dictionaries' conventions
};

}  // namespace tacitus

#endif  // TACITUS_CODE_TACITUS_CLAUSE_CODER_H_

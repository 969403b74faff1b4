// The coding strategy: how the clauses of an analysed story become events. Two implement it:
// TacitusClauseCoder (our dictionaries and conventions, tacitus_clause_coder.h) and
// PetrarchClauseCoder (PETRARCH's dictionaries, patterns and options,
// petrarch_clause_coder.h). The Coder (coder.h) does what is common — analysis, discards,
// actors, order and duplicates, issues — and asks its ClauseCoder for the rest.
//
//   Coder coder(analyzer, dictionaries, std::make_shared<TacitusClauseCoder>());
//
// A ClauseCoder is immutable and shared by all threads; its per-thread memory is the
// ClauseScratch below. CodeStory never fails: what it cannot code gives no events.
#ifndef TACITUS_CODE_CLAUSE_CODER_H_
#define TACITUS_CODE_CLAUSE_CODER_H_

#include <string>
#include <vector>

#include "code/dateline_countries.h"
#include "code/event_emitter.h"
#include "code/factuality.h"
#include "code/pattern_layout.h"
#include "code/petrarch_matcher.h"
#include "code/story_actors.h"
#include "code/why_not.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "tacitus/event.h"
#include "tacitus/story.h"
#include "text/document.h"

namespace tacitus {

// What a clause coder reads: the story, its analysis and the actors its phrases name.
struct CodedStory {
  const Dictionaries& dictionaries;
  const Story& story;
  const Document& doc;
  const Syntax& syntax;
  const StoryActors& actors;
  const std::vector<bool>& discarded_sentences;  // per sentence: held a discard phrase
  size_t first_event = 0;  // where the story's events begin in the events vector
  // The gazetteer's countries of places the dictionaries do not hold; may be null.
  const DatelineCountries* places = nullptr;
};

// A criticism of an act named by a noun with no actor ("condemned the attack"), waiting for
// the act's source among the story's earlier events; or a denial ("denied the charges")
// waiting for its accuser.
struct DeferredTarget {
  EventSite site;
  PatternMatch match;
  int32_t source = -1;  // the criticizing or praising phrase
  TokenRange act;       // the noun phrase that names the act
  // Praise ("welcomed the swap"): the CAMEO roots of the acts the noun names ("08"); empty
  // for a criticism, which is of the story's last act of material conflict.
  std::vector<std::string> act_roots;
  // A denial, waiting for the accuser of its source's side instead (code/denial.h); with
  // `charges_only`, the side that last accused it, not one that attacked it (a reported
  // denial: code/reported_denial.h).
  bool denial = false;
  // Praise of a mutual act ("welcomed the swap": a noun whose own patterns code both ways) is
  // of both its sides, though the act found was reported one way ("Ukraine handed over 35
  // people to Russia").
  bool mutual_act = false;
  // A truce that names no other side, waiting for its source's enemy (code/truce_party.h);
  // with `intent`, one promised or agreed to ("pledged to declare a ceasefire"), not declared.
  // So too a show of force that a passive tells of its own forces ("Ukraine's forces were put
  // on full alert"): it is aimed at the side they fight.
  bool truce = false;
  const IntentCode* intent = nullptr;
  // A criticism: the roots of the acts of material conflict its noun names ("the offensive":
  // "19"), whose last coded act comes before the last act of any kind ("condemned the
  // offensive" is not of the arrests that followed it); empty for "the incident".
  std::vector<std::string> criticized_roots = {};
  bool charges_only = false;
};

// Per-thread working memory, reused from story to story; each coder uses its own members.
struct ClauseScratch {
  PatternLayout layout;  // both: the layout of a clause or noun phrase for our patterns
  // TacitusClauseCoder, per clause: its verb is a word of the pattern that coded its parent
  // ("threatened to impose sanctions" is a threat, not an imposition).
  std::vector<bool> named_by_parent;
  // TacitusClauseCoder: the clauses by parent, in order (clause c's are
  // children[child_begin[c]] up to children[child_begin[c + 1]]), indexed once per story so that
  // finding a clause's children takes time in their number, not in the story's clauses.
  std::vector<uint32_t> child_begin;
  std::vector<uint32_t> children;
  // TacitusClauseCoder, per clause: done, intended or denied (factuality.h).
  std::vector<Factuality> factuality;
  PetrarchMatcher petrarch;  // PetrarchClauseCoder
  // PetrarchClauseCoder, per token: inside a comma-delimited clause left out.
  std::vector<bool> eliminated;
  // PetrarchClauseCoder, per clause: gave an event (its embedded clauses give none).
  std::vector<bool> coded;
  // CodeStory's: per event of the story, whether another says it more precisely.
  std::vector<bool> said_more_precisely;
  // PetrarchClauseCoder, per sentence: left out by TABARI's discards and filters
  // (tabari_sentence.h); its events, nouns' too, are dropped.
  std::vector<bool> tabari_skipped;
  // TacitusClauseCoder: criticisms and praise of unattributed acts (DeferredTarget).
  std::vector<DeferredTarget> deferred;
  // TacitusClauseCoder, per clause: the targets a clause leaves to be understood
  // (implied_target.h).
  std::vector<ResolvedActor> implied_targets;
  // TacitusClauseCoder, per clause: the source an agentless passive leaves to be understood
  // (implied_doer.h), or the parties of the mutual act it reports (passive_parties.h).
  std::vector<ResolvedActor> implied_sources;
  // Both, when `why_not` is set: a verdict for each clause that gave no event (why_not.h).
  bool why_not = false;
  std::vector<ClauseVerdict> verdicts;
};

// The verdict of one clause as its coding goes, recorded only when `why_not` asks for it.
//   ClauseVerdictRecorder record(syntax, c, scratch);
//   if (patterns.empty()) { record.Refuse(NoEventReason::kNoPattern); continue; }
class ClauseVerdictRecorder {
 public:
  ClauseVerdictRecorder(const Syntax& syntax, uint32_t clause, ClauseScratch* scratch)
      : out_(scratch->why_not ? &scratch->verdicts : nullptr) {
    verdict_.sentence = syntax.clauses[clause].sentence;
    verdict_.clause = static_cast<int32_t>(clause);
    verdict_.verb = syntax.clauses[clause].verb.tokens;
  }
  // The verdict so far: the coders set its pattern and phrase as they learn them.
  ClauseVerdict& verdict() { return verdict_; }
  // Records the clause as having given no event for `reason` (nothing when not asked).
  void Refuse(NoEventReason reason) {
    if (out_ == nullptr) return;
    verdict_.reason = reason;
    out_->push_back(verdict_);
  }

 private:
  ClauseVerdict verdict_;
  std::vector<ClauseVerdict>* out_;
};

// Why a match gave no event when emitted: blocked, no actor for the source or the target
// (then *phrase is that phrase, empty when there is none), or the same actor on both sides.
NoEventReason WhyNoPair(const CodedStory& story, const PatternMatch& match, int32_t source,
                        int32_t target, TokenRange* phrase);

class ClauseCoder {
 public:
  virtual ~ClauseCoder() = default;
  // How this coder's dictionaries name actors (StoryActors::Resolve).
  virtual const ActorRules& actor_rules() const = 0;
  // Appends the events of the story's clauses and event nouns, in any order: the Coder
  // sorts them by sentence and drops repeats.
  virtual void CodeStory(const CodedStory& story, ClauseScratch* scratch,
                         std::vector<Event>* events) const = 0;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_CLAUSE_CODER_H_

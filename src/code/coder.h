// The event coder: a story in, CAMEO events out.
//
//   auto analyzer = Analyzer::Create();                      // lexicon, tagger
//   auto dictionaries = Dictionaries::Load("data");           // actors, agents, patterns
//   Coder coder(std::move(*analyzer), std::move(*dictionaries));
//   Coder::Scratch scratch;                                    // one per thread, reused
//   std::vector<Event> events;
//   coder.Code(story, &scratch, &events);
//
// For each clause whose verb is not negated, the most specific verb pattern of its lemma that
// matches gives the event; its source is the clause's logical subject (the agent of a
// passive) or the pattern's +S, its target the phrase bound by +T, and each side may be
// several actors ("Putin and Xi"): an event per pair. A pattern without +T takes its target
// from the clause's object ("rejected Iran's offer" -> IRN). A mutual pattern (040:040)
// with nothing for its +T codes the actors of a coordinated subject with each other ("Putin
// and Xi met"). Noun
// patterns code events named by a noun ("Putin's visit to China"), with the possessor or a
// "by" phrase as source. A paired code (042:043) adds the reverse event. A discard phrase
// drops its sentence, or its whole story. With PETRARCH issue files, each event carries the
// issues its sentence names.
//
// A Coder is immutable and may be used from any number of threads, each with its own
// Scratch. Code never fails: a story it cannot code gives no events.
#ifndef TACITUS_CODE_CODER_H_
#define TACITUS_CODE_CODER_H_

#include <memory>
#include <vector>

#include "code/event.h"
#include "code/pattern_matcher.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "story/story.h"
#include "syntax/analyzer.h"

namespace tacitus {

// PETRARCH's coding switches (its config file and the <Config> of validation records).
struct CoderOptions {
  // Code only events with both a source and a target; when false, a missing side is "---".
  bool require_dyad = true;
  // Comma-delimited clauses left out of PETRARCH coding, by their length in words (a word
  // begins with a letter): an initial clause up to the first comma of [comma_bmin,
  // comma_bmax] words, a terminal one from the last comma of [comma_emin, comma_emax], and
  // each internal one between two commas of [comma_min, comma_max]. A max of 0 turns that
  // kind off. Commas between the conjuncts of a noun list ("Arnor, Gondor and Rohan") delimit
  // no clause. PETRARCH's defaults.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // When above 0, a source or target phrase of at most this many words that names no actor
  // is coded as a new actor, its words in quotes (StoryActors::Resolve); a target so named
  // only when the verb phrase names no known actor. PETRARCH's default: off.
  int new_actor_length = 0;
};

// Sets the PETRARCH option `option` (require_dyad, comma_*, new_actor_length, as a PETRARCH
// config's [Options] or a validation record's <Config> names them) to `value`. Fails when a
// number is malformed; options that do not change coding (write_actor_root, ...) are
// accepted and ignored.
Status SetPetrarchOption(std::string_view option, std::string_view value, CoderOptions* options);

class Coder {
 public:
  Coder(std::shared_ptr<const Analyzer> analyzer, std::shared_ptr<const Dictionaries> dictionaries,
        CoderOptions options = {});

  struct Scratch {
    Analysis analysis;  // the last story's analysis, for explanations
    StoryActors actors;
    PatternLayout layout;
    PetrarchMatcher petrarch;
    std::vector<bool> discarded_sentences;
    std::vector<bool> eliminated;  // per token: inside a comma clause left out (PETRARCH)
    // Per clause: gave a PETRARCH event; with our patterns, had its verb named by the
    // pattern that coded its parent (so it gives none of its own).
    std::vector<bool> coded_clauses;
    bool story_discarded = false;  // the last story held a story-level discard phrase
  };

  // Appends the story's events, in sentence order, to *events.
  void Code(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // As Code, from `tree`, a Penn Treebank parse of story.text (a PETRARCH record's <Parse>)
  // instead of our own tagging. Fails when the tree is malformed, coding nothing.
  Status CodeParsed(const Story& story, std::string_view tree, Scratch* scratch,
                    std::vector<Event>* events) const;

  const Analyzer& analyzer() const { return *analyzer_; }
  const Dictionaries& dictionaries() const { return *dictionaries_; }

 private:
  // Code's work after the analysis.
  void CodeAnalysis(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // False when a story-level discard phrase occurs; marks discarded sentences.
  bool ApplyDiscards(const Document& doc, std::vector<bool>* discarded) const;
  void CodeClauses(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // Clauses coded with PETRARCH patterns (Dictionaries::petrarch()): negated clauses too,
  // since PETRARCH patterns name their negations ("WILL NOT *"); the target, when no "+"
  // binds it, is the first phrase after the verb that names an actor.
  void CodePetrarchClauses(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // Marks the tokens of comma-delimited clauses that PETRARCH coding leaves out.
  void EliminateCommaClauses(const Document& doc, const Syntax& syntax,
                             std::vector<bool>* eliminated) const;
  void CodeNounPhrases(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // The issues (Dictionaries::issues()) sentence `sentence` names: each longest issue phrase
  // counts once for its issue; an exclusion's words count for none.
  void FindIssues(const Document& doc, uint32_t sentence, std::vector<IssueCount>* issues) const;
  // Where in the analysis an event was found.
  struct Site {
    uint32_t sentence = 0;
    int32_t clause = -1;  // the clause coded, or
    int32_t phrase = -1;  // the noun phrase of a noun event
    TokenRange verb;      // the verb group, or the event noun
  };
  // Adds an event per (source, target) pair, and the paired reverse events.
  void Emit(const Story& story, const Document& doc, const Site& site, const PatternMatch& match,
            std::span<const ResolvedActor> sources, std::span<const ResolvedActor> targets,
            std::vector<Event>* events) const;
  void EmitOne(const Story& story, const Document& doc, const Site& site, const std::string& code,
               const VerbPattern& pattern, const ResolvedActor& source, const ResolvedActor& target,
               std::vector<Event>* events) const;

  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const Dictionaries> dictionaries_;
  CoderOptions options_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_CODER_H_

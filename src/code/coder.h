// The event coder: a story in, CAMEO events out.
//
//   auto analyzer = Analyzer::Create();                      // lexicon, tagger
//   auto dictionaries = Dictionaries::Load("data");           // actors, agents, patterns
//   Coder coder(std::move(*analyzer), std::move(*dictionaries),
//               std::make_shared<TacitusClauseCoder>());       // or PetrarchClauseCoder
//   Coder::Scratch scratch;                                    // one per thread, reused
//   std::vector<Event> events;
//   coder.Code(story, &scratch, &events);
//
// The Coder analyses the story, drops what a discard phrase discards (its sentence, or the
// whole story), resolves the actors each phrase names (StoryActors, by the clause coder's
// ActorRules), and asks its ClauseCoder (clause_coder.h) for the events of the clauses and
// event nouns; it then puts them in sentence order, each (sentence, source, target, code)
// once, and with PETRARCH issue files gives each event the issues its sentence names.
//
// A Coder is immutable and may be used from any number of threads, each with its own
// Scratch. Code never fails: a story it cannot code gives no events.
#ifndef TACITUS_CODE_CODER_H_
#define TACITUS_CODE_CODER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "code/clause_coder.h"
#include "code/dateline_countries.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/analyzer.h"
#include "tacitus/event.h"
#include "tacitus/story.h"

namespace tacitus {

class Coder {
 public:
  // `datelines` gives the country of a dateline's city (dateline_countries.h); nullptr: only
  // the countries and capitals the dictionaries name.
  Coder(std::shared_ptr<const Analyzer> analyzer, std::shared_ptr<const Dictionaries> dictionaries,
        std::shared_ptr<const ClauseCoder> clause_coder,
        std::shared_ptr<const DatelineCountries> datelines = nullptr);

  struct Scratch {
    Analysis analysis;  // the last story's analysis, for explanations
    StoryActors actors;
    ClauseScratch clauses;
    std::vector<bool> discarded_sentences;  // per sentence of the last story
    bool story_discarded = false;           // the last story held a story-level discard phrase
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
  // The issues (Dictionaries::issues()) sentence `sentence` names: each longest issue phrase
  // counts once for its issue; an exclusion's words count for none.
  void FindIssues(const Document& doc, uint32_t sentence, std::vector<IssueCount>* issues) const;

  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const Dictionaries> dictionaries_;
  std::shared_ptr<const ClauseCoder> clause_coder_;
  std::shared_ptr<const DatelineCountries> datelines_;  // may be null
};

}  // namespace tacitus

#endif  // TACITUS_CODE_CODER_H_

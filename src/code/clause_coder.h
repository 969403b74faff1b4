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

#include <vector>

#include "code/pattern_layout.h"
#include "code/petrarch_matcher.h"
#include "code/story_actors.h"
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
};

// Per-thread working memory, reused from story to story; each coder uses its own members.
struct ClauseScratch {
  PatternLayout layout;  // both: the layout of a clause or noun phrase for our patterns
  // TacitusClauseCoder, per clause: its verb is a word of the pattern that coded its parent
  // ("threatened to impose sanctions" is a threat, not an imposition).
  std::vector<bool> named_by_parent;
  PetrarchMatcher petrarch;  // PetrarchClauseCoder
  // PetrarchClauseCoder, per token: inside a comma-delimited clause left out.
  std::vector<bool> eliminated;
  // PetrarchClauseCoder, per clause: gave an event (its embedded clauses give none).
  std::vector<bool> coded;
};

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

#include "code/tacitus_clause_coder.h"

#include <algorithm>

#include "code/event_emitter.h"
#include "code/noun_events.h"

namespace tacitus {
namespace {

bool HasTarget(const VerbPattern& pattern) {
  return std::any_of(pattern.elements.begin(), pattern.elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kTarget;
  });
}

}  // namespace

void TacitusClauseCoder::CodeStory(const CodedStory& story, ClauseScratch* scratch,
                                   std::vector<Event>* events) const {
  const EventEmitter emitter(story.dictionaries, story.story, story.doc);
  ClauseFactuality(story.doc, story.syntax, &scratch->factuality);
  CodeClauses(story, emitter, scratch, events);
  CodeNounEvents(story, emitter, &scratch->factuality, &scratch->layout, events);
}

void TacitusClauseCoder::CodeClauses(const CodedStory& story, const EventEmitter& emitter,
                                     ClauseScratch* scratch, std::vector<Event>* events) const {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  std::vector<bool>& named = scratch->named_by_parent;
  named.assign(syntax.clauses.size(), false);
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    // A negated or subjunctive verb reports no deed: "did not attack", "demanded that Russia
    // withdraw"; a planned or wished one only a statement of intent (below).
    const Factuality factuality = scratch->factuality[c];
    if (factuality == Factuality::kDenied || story.discarded_sentences[clause.sentence] ||
        named[c]) {
      continue;
    }
    const auto patterns = story.dictionaries.VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    scratch->layout.OfClause(syntax, clause);
    PatternMatch match;
    if (!scratch->layout.Best(doc, patterns, &match, &story.actors)) continue;
    if (factuality == Factuality::kIntended && !StatesIntent(*match.pattern)) continue;
    const int32_t source = match.source >= 0 ? match.source : clause.LogicalSubject();
    // A pattern without +T names its target through the object: "rejected Iran's offer".
    const int32_t target = HasTarget(*match.pattern) ? match.target : clause.LogicalObject();
    const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    emitter.Emit(site, match, story.actors.ActorsOf(source), story.actors.ActorsOf(target), events);
    for (uint32_t k = c + 1; k < syntax.clauses.size(); ++k) {
      if (syntax.clauses[k].parent == static_cast<int32_t>(c) &&
          match.MatchedWordAt(syntax.clauses[k].verb.head)) {
        named[k] = true;
      }
    }
  }
}

}  // namespace tacitus

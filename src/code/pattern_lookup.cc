#include "code/pattern_lookup.h"

#include "code/pattern_layout.h"

namespace tacitus {

std::vector<PatternLookup> LookUpPatterns(const Dictionaries& dictionaries, const Document& doc,
                                          const Syntax& syntax) {
  std::vector<PatternLookup> found;
  PatternLayout layout;
  PatternMatch match;
  for (const Clause& clause : syntax.clauses) {
    const auto patterns = dictionaries.VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    layout.OfClause(syntax, clause);
    if (layout.Best(doc, patterns, &match)) found.push_back({clause.verb.head, match.pattern});
  }
  for (const NounPhrase& phrase : syntax.phrases) {
    const auto patterns = dictionaries.NounPatternsFor(doc.tokens[phrase.head].lemma);
    if (patterns.empty()) continue;
    layout.OfNounPhrase(syntax, phrase, /*skip_attachment=*/-1);
    if (layout.Best(doc, patterns, &match)) found.push_back({phrase.head, match.pattern});
  }
  return found;
}

}  // namespace tacitus

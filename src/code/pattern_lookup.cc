#include "code/pattern_lookup.h"

#include <cstddef>

#include "code/pattern_layout.h"

namespace tacitus {

std::vector<PatternLookup> LookUpPatterns(const Dictionaries& dictionaries, const Document& doc,
                                          const Syntax& syntax) {
  std::vector<PatternLookup> found;
  PatternLayout layout;
  PatternMatch match;
  // A clause whose verb its parent's pattern named ("threatened to impose sanctions") is part
  // of the parent's match, as the coder reads it (TacitusClauseCoder::CodeClauses).
  std::vector<PatternMatch> clause_matches(syntax.clauses.size());
  for (size_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    if (clause.parent >= 0 && clause_matches[clause.parent].pattern != nullptr &&
        clause_matches[clause.parent].MatchedWordAt(clause.verb.head)) {
      continue;
    }
    const auto patterns = dictionaries.VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    layout.OfClause(doc, syntax, clause);
    if (!layout.Best(doc, patterns, &match)) continue;
    clause_matches[c] = match;
    found.push_back({clause.verb.head, match.pattern});
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

// Which verb and noun patterns an example phrase or sentence matches: `tacitus dict lookup
// "imposed sanctions on Iran"` finds `verb 163 impose sanction on +T` and its file:line.
//
//   Analysis analysis;
//   analyzer.Analyze("Russia imposed sanctions on Iran.", &analysis);
//   for (const PatternLookup& found : LookUpPatterns(dicts, analysis.document, analysis.syntax))
//     std::cout << found.pattern->code << " " << found.pattern->origin.ToString() << "\n";
//
// Each clause's verb and each noun phrase's head is matched as the coder matches it
// (PatternLayout: the most specific pattern of its lemma whose words are found after it), but
// any phrase fills +S and +T, whether a dictionary names an actor in it or not, and
// negation, factuality and discards are not asked about: the question is which pattern the
// words call for. Never fails; an example matching nothing gives nothing.
#ifndef TACITUS_CODE_PATTERN_LOOKUP_H_
#define TACITUS_CODE_PATTERN_LOOKUP_H_

#include <cstdint>
#include <vector>

#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

struct PatternLookup {
  uint32_t head = 0;  // the token of the verb or the event noun
  const VerbPattern* pattern = nullptr;
};

// In text order of the heads: the clauses' verbs, then the noun phrases' heads.
std::vector<PatternLookup> LookUpPatterns(const Dictionaries& dictionaries, const Document& doc,
                                          const Syntax& syntax);

}  // namespace tacitus

#endif  // TACITUS_CODE_PATTERN_LOOKUP_H_

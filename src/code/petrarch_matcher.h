#ifndef TACITUS_CODE_PETRARCH_MATCHER_H_
#define TACITUS_CODE_PETRARCH_MATCHER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "code/pattern_match.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// Matching PETRARCH patterns (VerbPattern::petrarch) on a sentence: their words on surface
// forms before and after the clause's verb, in order, any number of words apart unless "_"
// joins them; $ + % bind the nearest noun phrase that names an actor (a whole coordination:
// "% agree" binds "Arnor and Gondor", not just "Gondor"), ^ passes over one noun phrase, or
// the rest of the one whose first words the pattern matched. The pattern with the most words wins, then the one with the most slots, then
// the first. The patterns must come from LoadPetrarchDictionaries, which keys their words
// (PatternElement::first_word_keys). One per thread, reused.
class PetrarchMatcher {
 public:
  // `actors` must have been resolved on the same analysis.
  bool Best(const Document& doc, const Syntax& syntax, const StoryActors& actors,
            const Clause& clause, std::span<const VerbPattern* const> patterns, PatternMatch* best);

 private:
  // Elements [element, end) of the words after the verb, from token `position` on.
  bool MatchAfter(const VerbPattern& pattern, size_t element, uint32_t position,
                  PatternMatch* match) const;
  // Elements [0, element) of the words before the verb, ending at or before `position`.
  bool MatchBefore(const VerbPattern& pattern, size_t element, int64_t position,
                   PatternMatch* match) const;
  // Tokens of `words` ("swiss francs"), whose first word has key `first_key`, at `position`
  // (forwards) or ending there (backwards); 0 when they are not there.
  uint32_t WordsAt(std::string_view words, uint64_t first_key, uint32_t position) const;
  uint32_t WordsEndingAt(std::string_view words, uint64_t first_key, uint32_t last) const;
  // False when some word element of `pattern` has none of its first words on its side of the
  // verb, so the pattern cannot match; a cheap test run before the search.
  bool MayMatch(const VerbPattern& pattern) const;
  bool Bind(PatternElement::Kind kind, int32_t phrase, PatternMatch* match) const;

  const Document* doc_ = nullptr;
  const Syntax* syntax_ = nullptr;
  const StoryActors* actors_ = nullptr;
  uint32_t begin_ = 0, end_ = 0;         // the sentence's tokens
  uint32_t verb_ = 0;                    // the verb's token
  std::vector<int32_t> starting_;        // per sentence token: the longest phrase starting there
  std::vector<int32_t> ending_;          // per sentence token: the longest phrase ending there
  std::vector<uint32_t> rest_end_;       // per sentence token: end of the longest phrase it is
                                         // inside but does not begin; 0 when none
  uint32_t first_phrase_ = 0;            // the sentence's first phrase
  std::vector<int32_t> first_conjunct_;  // per sentence phrase: the first of its coordination
  std::vector<uint64_t> token_keys_;     // per sentence token: WordKey of its lower case
  std::vector<uint64_t> keys_before_;    // token_keys_ before the verb, sorted
  std::vector<uint64_t> keys_after_;     // token_keys_ after the verb, sorted
  uint64_t bits_before_ = 0, bits_after_ = 0;  // WordBit of each of keys_before_, keys_after_
};

}  // namespace tacitus

#endif  // TACITUS_CODE_PETRARCH_MATCHER_H_

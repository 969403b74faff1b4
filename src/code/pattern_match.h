// What a verb or noun pattern matched in a clause or noun phrase: the pattern, the phrases its
// slots bound, and where its words were found. Filled by PatternLayout (our patterns) and
// PetrarchMatcher (PETRARCH's), read by the clause coders.
#ifndef TACITUS_CODE_PATTERN_MATCH_H_
#define TACITUS_CODE_PATTERN_MATCH_H_

#include <algorithm>
#include <array>
#include <cstdint>

#include "dict/dictionaries.h"

namespace tacitus {

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  int32_t target = -1;  // NounPhrase bound by +T
  int32_t source = -1;  // NounPhrase bound by +S
  uint32_t score =
      0;  // 1 for the head and each slot, 2 for each word: the more specific, the higher
  // A mutual pattern (040:040) whose final +T found no phrase: "Putin and Xi met" codes
  // the subject's actors with each other.
  bool reciprocal = false;
  // A PETRARCH "%" before the verb bound the source: the coordination acts on the clause's
  // target when it has one, else on itself (after the verb "%" binds the target).
  bool compound_source = false;
  // The tokens where words of the pattern matched after the verb (the last kMaxWordTokens
  // of them), so that a clause whose verb the pattern names is read as part of the verb
  // phrase ("believed linked to Al-Qaeda", "threatened to impose sanctions").
  static constexpr size_t kMaxWordTokens = 8;
  std::array<uint32_t, kMaxWordTokens> word_tokens{};
  uint8_t word_count = 0;
  void AddWordToken(uint32_t token) {
    if (word_count < kMaxWordTokens) word_tokens[word_count++] = token;
  }
  bool MatchedWordAt(uint32_t token) const {
    return std::find(word_tokens.begin(), word_tokens.begin() + word_count, token) !=
           word_tokens.begin() + word_count;
  }
};

}  // namespace tacitus

#endif  // TACITUS_CODE_PATTERN_MATCH_H_

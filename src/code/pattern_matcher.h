// Matching verb and noun patterns (dict/) against what the analysis found.
//
// A clause is laid out as the words that can follow its verb in a pattern: its logical object
// (the direct object, or the subject of a passive) with the object's own prepositional
// phrases, indirect object, particle, and its prepositional phrases with their objects, then
// the words of its infinitive complement ("to impose sanctions on Iran") or of a gerund one
// after a preposition ("of violating the ceasefire"), in text order. A pattern's words must be found in
// that order, each on its lemma, skipping at most a few words inside a phrase ("imposed new
// sanctions on Iran" matches `impose sanction on +T`) but never a preposition; `+T` and `+S`
// must stand where a phrase begins, and bind that phrase. A mutual pattern (its paired code
// is its own code) whose last element is a +T with no phrase to bind still matches, as a
// reciprocal event among the subject's actors.
#ifndef TACITUS_CODE_PATTERN_MATCHER_H_
#define TACITUS_CODE_PATTERN_MATCHER_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

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

// One word that a pattern can match, in the layout of a clause or noun phrase.
struct PatternItem {
  uint32_t token = 0;
  int32_t phrase = -1;        // the phrase that begins at this word, if one does
  uint32_t phrase_items = 0;  // how many items that phrase spans
  bool preposition = false;   // a preposition or particle outside any phrase
  // The object's own prepositional phrase starting here may be passed over whole ("exports
  // an amount of oil to China" for `export to +T`): the item after it; 0 when none.
  uint32_t optional_until = 0;
};

class PatternLayout {
 public:
  // The words after the verb of `clause`, as described above.
  void OfClause(const Syntax& syntax, const Clause& clause);
  // The prepositional phrases of a noun phrase, for `noun` patterns; `skip_attachment` (an
  // index into the phrase's attachments, or -1) is left out: the "by" phrase naming the source.
  void OfNounPhrase(const Syntax& syntax, const NounPhrase& phrase, int32_t skip_attachment);

  // The best-scoring of `patterns` that matches; false when none does.
  bool Best(const Document& doc, std::span<const VerbPattern* const> patterns,
            PatternMatch* best) const;

 private:
  void AddPhrase(const Syntax& syntax, int32_t phrase);
  // The words that follow `clause`'s verb: its object (with the object's own prepositional
  // phrases, which may be passed over), indirect object, particle (when `particle`) and
  // prepositional phrases.
  void AddComplements(const Syntax& syntax, const Clause& clause, bool particle);
  void AddAttachments(const Syntax& syntax, std::span<const Attachment> attachments, int32_t skip,
                      bool optional = false);
  void Flatten(const Syntax& syntax);  // constituents_ -> items_
  bool Match(const Document& doc, const VerbPattern& pattern, size_t element, size_t item,
             PatternMatch* match) const;
  // Match without passing over an optional run at `item`.
  bool MatchHere(const Document& doc, const VerbPattern& pattern, size_t element, size_t item,
                 PatternMatch* match) const;

  struct Constituent {
    uint32_t begin;         // first token, for text order
    int32_t phrase;         // -1 for a preposition or particle
    TokenRange words;       // the preposition's tokens when phrase < 0
    bool optional = false;  // part of the object's own prepositional phrases
  };
  std::vector<Constituent> constituents_;
  std::vector<PatternItem> items_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_PATTERN_MATCHER_H_

// Penn-Treebank-style tokenisation (as Stanford CoreNLP cuts news text) of normalised text.
//
//   const Tokenizer tokenizer;                   // tables compiled once; const, thread-safe
//   tokenizer.Tokenize(doc.normalized, &doc.tokens);
//
// Rules, in the order they apply to a run of letters and digits:
//   * URLs ("http://...", "www...") and e-mail addresses are one token;
//   * hyphenated words and numbers stay whole ("long-term", "Russia-China", "2023-11-08"),
//     a suspended hyphen stays on its prefix ("anti- Gondor", "pro- and anti-war"),
//     as do decimals, thousands and times ("3.5", "1,500", "10:30"), "AT&T", "and/or";
//   * a period stays on an abbreviation ("Mr.", "U.S.", "Jan.", initials "W.", "No." before
//     a number; see abbreviations.h) and is its own token everywhere else;
//   * clitics split off: "Putin's" -> "Putin" "'s" ('s 're 'll 'd 've 'm), "can't" -> "ca"
//     "n't", "won't" -> "wo" "n't", "cannot" -> "can" "not", "gonna" -> "gon" "na";
//   * an underscore between words separates them as a space does ("Dol_Amroth" -> "Dol"
//     "Amroth"), and is no token;
//   * punctuation and symbols are tokens of their own ("$" "5", "5" "%", "(" ")", '"');
//     runs stay together ("...", "--", "?!"); the apostrophe after "leaders" is a token.
// Fills text, lower, span, offset, shape and the flags kCapitalized, kAllCaps and
// kSpaceBefore; kSentenceInitial is the sentence splitter's, tag and lemma are lex/'s.
// Never fails: any bytes tokenise (a byte that is not UTF-8 is a one-byte symbol).
#ifndef TACITUS_TEXT_TOKENIZER_H_
#define TACITUS_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/document.h"

namespace tacitus {

class Tokenizer {
 public:
  Tokenizer() = default;

  // Replaces *tokens with the tokens of text.text(); views point into `text`, which must
  // outlive them and not change. Allocates only when *tokens must grow.
  void Tokenize(const NormalizedText& text, std::vector<Token>* tokens) const;

 private:
  // End of the word token that starts at `begin`, its period attached if an abbreviation.
  size_t WordTokenEnd(std::string_view s, size_t begin) const;

  Abbreviations abbreviations_;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_TOKENIZER_H_

// Cuts a tokenised story into paragraphs, datelines and sentences.
//
//   const SentenceSplitter splitter;       // tables compiled once; const, thread-safe
//   splitter.Split(&doc);                  // after the Tokenizer filled doc.tokens
//
// Rules:
//   * a blank line (two line breaks with only spaces between) ends the paragraph, and
//     with it the sentence; Sentence::paragraph counts paragraphs from 0;
//   * ".", "!" and "?" end a sentence, with the closing quotes and brackets attached to
//     them ('."', '?)'), unless a lower-case word follows ('"Why?" he asked');
//   * an ellipsis ends one only before a usual sentence opener ("The", "He", "But" ...) or
//     at the end of the paragraph;
//   * an abbreviation that can end a sentence ("U.S.", "Inc.", "etc.") ends one before a
//     usual sentence opener; titles, months, initials, "No." never do;
//   * a dateline at the start of a paragraph is a Sentence of its own with is_dateline set:
//     capitalised place words, optionally ", date", optionally "(Agency)", then a dash
//     (after a colon too: "CEBU CITY: --");
//     the place in capitals or the agency in brackets is required ("BEIJING, Nov 8 (Reuters)
//     -", "MOSCOW (AP) --", "WASHINGTON --");
//   * no sentence is longer than kMaxSentenceTokens: a longer run is cut there.
// Sets kSentenceInitial on the first token of each sentence that is not an opening quote
// or bracket. Never fails; linear in the number of tokens.
#ifndef TACITUS_TEXT_SENTENCE_SPLITTER_H_
#define TACITUS_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "text/abbreviations.h"
#include "text/document.h"

namespace tacitus {

class SentenceSplitter {
 public:
  // Longer runs without a sentence end (tables flattened into text, lists, garbage) are
  // cut so that later stages see bounded input; real news sentences stay far below.
  static constexpr uint32_t kMaxSentenceTokens = 400;
  // "UNITED NATIONS, Nov. 8, 2023 (AFP) -" is 12 tokens.
  static constexpr uint32_t kMaxDatelineTokens = 16;

  SentenceSplitter();

  // Replaces doc->sentences from doc->tokens and doc->normalized.
  void Split(Document* doc) const;

  // One past the dash of the dateline that starts at token `begin` (the rule above; tokens
  // up to `end` are looked at), or `begin` if there is none. For documents whose sentences
  // come from elsewhere (a parser's tree).
  static uint32_t DatelineEnd(const Document& doc, uint32_t begin, uint32_t end);

 private:
  // Splits tokens [begin, end), one paragraph, and appends its sentences.
  void SplitParagraph(uint32_t begin, uint32_t end, uint32_t paragraph, Document* doc) const;
  bool IsOpener(const Token& token) const { return openers_.contains(token.text); }

  Abbreviations abbreviations_;
  std::unordered_set<std::string_view> openers_;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_SENTENCE_SPLITTER_H_

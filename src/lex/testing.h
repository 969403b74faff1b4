// Test helper: a Document made from words, as the segmenter would have made it.
//
//   Document doc;
//   MakeDocument({"Western powers have criticized China 's partnership ."}, &doc);
//
// Each string is one sentence of space-separated tokens. The normalised text is the tokens
// joined by single spaces (sentences too), so every token but the very first has
// kSpaceBefore. Flags follow document.h: kCapitalized, kAllCaps (two or more letters, all
// upper case), kSentenceInitial (first token, or the one after an opening quote). The
// original text is taken to be the normalised text, so spans equal normalised offsets.
// For tests only: no error handling beyond assertions.
#ifndef TACITUS_LEX_TESTING_H_
#define TACITUS_LEX_TESTING_H_

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "text/document.h"

namespace tacitus::testing {

inline TokenShape ShapeOf(std::string_view word) {
  bool letter = false, digit = false, other = false;
  for (char c : word) {
    if (IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80) {
      letter = true;
    } else if (IsAsciiDigit(c)) {
      digit = true;
    } else {
      other = true;
    }
  }
  if (letter) return TokenShape::kWord;
  if (digit) return TokenShape::kNumber;
  constexpr std::string_view kPunctuation = ".,;:!?'\"()[]{}-`";
  for (char c : word) {
    if (kPunctuation.find(c) == std::string_view::npos) return TokenShape::kSymbol;
  }
  return other ? TokenShape::kPunctuation : TokenShape::kSymbol;
}

inline uint8_t CaseFlags(std::string_view word) {
  int upper = 0, lower = 0;
  bool first_letter_upper = false, seen_letter = false;
  for (char c : word) {
    const bool is_upper = IsAsciiUpper(c);
    const bool is_lower = IsAsciiLower(c);
    if ((is_upper || is_lower) && !seen_letter) {
      seen_letter = true;
      first_letter_upper = is_upper;
    }
    upper += is_upper;
    lower += is_lower;
  }
  uint8_t flags = 0;
  if (first_letter_upper) flags |= kCapitalized;
  if (upper >= 2 && lower == 0) flags |= kAllCaps;
  return flags;
}

// Fills `doc` (cleared first) with one sentence per element of `sentences`, each a list of
// tokens separated by single spaces. Works in place: views point into doc->normalized.
inline void MakeDocument(std::span<const std::string_view> sentences, Document* doc) {
  doc->Clear();
  struct Pending {
    uint32_t offset, size;
  };
  std::vector<Pending> words;
  std::vector<uint32_t> sentence_ends;
  std::string text;
  for (std::string_view sentence : sentences) {
    while (!sentence.empty()) {
      const size_t space = sentence.find(' ');
      const std::string_view word = sentence.substr(0, space);
      sentence.remove_prefix(space == std::string_view::npos ? sentence.size() : space + 1);
      if (word.empty()) continue;
      if (!text.empty()) text += ' ';
      words.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(word.size())});
      text += word;
    }
    sentence_ends.push_back(static_cast<uint32_t>(words.size()));
  }
  // Every byte maps to itself in the "original".
  for (uint32_t i = 0; i < text.size(); ++i) {
    doc->normalized.Append(std::string_view(text).substr(i, 1), i);
  }
  doc->normalized.Finish(static_cast<uint32_t>(text.size()));
  const std::string& normalized = doc->normalized.text();
  const std::string& folded = doc->normalized.folded();
  uint32_t first = 0;
  for (uint32_t end : sentence_ends) {
    bool after_opening_quote = false;
    for (uint32_t i = first; i < end; ++i) {
      Token token;
      token.offset = words[i].offset;
      token.text = std::string_view(normalized).substr(words[i].offset, words[i].size);
      token.lower = std::string_view(folded).substr(words[i].offset, words[i].size);
      token.span = {words[i].offset, words[i].offset + words[i].size};
      token.shape = ShapeOf(token.text);
      token.flags = CaseFlags(token.text);
      if (i == first || after_opening_quote) token.flags |= kSentenceInitial;
      if (token.offset > 0) token.flags |= kSpaceBefore;
      after_opening_quote = i == first && (token.text == "\"" || token.text == "``");
      doc->tokens.push_back(token);
    }
    if (end > first) {
      Sentence sentence;
      sentence.first_token = first;
      sentence.end_token = end;
      sentence.paragraph = 0;
      sentence.span = {doc->tokens[first].span.begin, doc->tokens[end - 1].span.end};
      doc->sentences.push_back(sentence);
    }
    first = end;
  }
}

inline void MakeDocument(std::initializer_list<std::string_view> sentences, Document* doc) {
  MakeDocument(std::span<const std::string_view>(sentences.begin(), sentences.size()), doc);
}

}  // namespace tacitus::testing

#endif  // TACITUS_LEX_TESTING_H_

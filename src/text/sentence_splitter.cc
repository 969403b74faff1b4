#include "text/sentence_splitter.h"

#include <algorithm>

#include "base/strings.h"

namespace tacitus {
namespace {

// Capitalised words that usually start a sentence and rarely follow "U.S." or "Inc." inside
// one: after an abbreviation that can end a sentence, they mean it did.
constexpr std::string_view kSentenceOpeners[] = {
    "A",     "An",        "The",       "This",     "That",    "These",     "Those",    "There",
    "Here",  "It",        "Its",       "He",       "She",     "His",       "Her",      "They",
    "Their", "We",        "Our",       "I",        "You",     "My",        "But",      "And",
    "Or",    "So",        "Yet",       "Still",    "However", "Meanwhile", "Moreover", "Also",
    "Then",  "Thus",      "Although",  "Though",   "While",   "When",      "Whether",  "If",
    "As",    "After",     "Before",    "Since",    "Because", "Despite",   "In",       "On",
    "At",    "For",       "From",      "By",       "With",    "Without",   "Under",    "Over",
    "Among", "During",    "Earlier",   "Later",    "Last",    "Next",      "Some",     "Many",
    "Most",  "Both",      "Several",   "Other",    "Others",  "Such",      "No",       "None",
    "All",   "Each",      "Every",     "What",     "Who",     "Why",       "How",      "Where",
    "Which", "According", "Officials", "Analysts",
};

bool IsQuoteOrBracket(const Token& t, std::string_view set) {
  return t.shape == TokenShape::kPunctuation && t.text.size() <= 2 &&
         set.find(t.text[0]) != std::string_view::npos;
}

// '."', '?)': a closing quote or bracket written right after the sentence end.
bool IsCloser(const Token& t) { return !t.has(kSpaceBefore) && IsQuoteOrBracket(t, "\"')]}"); }

bool IsOpeningQuoteOrBracket(const Token& t) { return IsQuoteOrBracket(t, "\"'`([{"); }

bool IsDash(const Token& t) {
  return (t.shape == TokenShape::kPunctuation && t.text[0] == '-') || t.text == "_";
}

bool StartsLowerCase(const Token& t) {
  return t.shape == TokenShape::kWord && IsAsciiLower(t.text[0]);
}

// A blank line in the whitespace before tokens[k].
bool ParagraphBreakBefore(const Document& doc, uint32_t k) {
  const Token& previous = doc.tokens[k - 1];
  std::string_view gap(doc.normalized.text());
  size_t begin = previous.offset + previous.text.size();
  gap = gap.substr(begin, doc.tokens[k].offset - begin);
  return std::count(gap.begin(), gap.end(), '\n') >= 2;
}

void AppendSentence(uint32_t begin, uint32_t end, uint32_t paragraph, bool is_dateline,
                    Document* doc) {
  Sentence& s = doc->sentences.emplace_back();
  s.first_token = begin;
  s.end_token = end;
  s.paragraph = paragraph;
  s.is_dateline = is_dateline;
  s.span = {doc->tokens[begin].span.begin, doc->tokens[end - 1].span.end};
  uint32_t first = begin;
  while (first + 1 < end && IsOpeningQuoteOrBracket(doc->tokens[first])) ++first;
  doc->tokens[first].flags |= kSentenceInitial;
}

}  // namespace

SentenceSplitter::SentenceSplitter()
    : openers_(std::begin(kSentenceOpeners), std::end(kSentenceOpeners)) {}

void SentenceSplitter::Split(Document* doc) const {
  doc->sentences.clear();
  const auto n = static_cast<uint32_t>(doc->tokens.size());
  uint32_t paragraph = 0;
  uint32_t begin = 0;
  while (begin < n) {
    uint32_t end = begin + 1;
    while (end < n && !ParagraphBreakBefore(*doc, end)) ++end;
    SplitParagraph(begin, end, paragraph, doc);
    begin = end;
    ++paragraph;
  }
}

void SentenceSplitter::SplitParagraph(uint32_t begin, uint32_t end, uint32_t paragraph,
                                      Document* doc) const {
  const std::vector<Token>& tokens = doc->tokens;
  uint32_t start = DatelineEnd(*doc, begin, end);
  if (start != begin) AppendSentence(begin, start, paragraph, /*is_dateline=*/true, doc);

  for (uint32_t k = start; k < end; ++k) {
    const Token& t = tokens[k];
    // Whether t may end the sentence, and whether the next word must be an opener to say so.
    bool may_end = false;
    bool needs_opener = false;
    if (t.shape == TokenShape::kPunctuation) {
      if (t.text[0] == '!' || t.text[0] == '?') {
        may_end = true;
      } else if (t.text[0] == '.') {
        may_end = true;
        needs_opener = t.text.size() > 1;  // an ellipsis
      }
    } else if (t.shape == TokenShape::kWord && t.text.size() > 1 && t.text.back() == '.') {
      may_end =
          abbreviations_.Find(t.text.substr(0, t.text.size() - 1)) == AbbreviationKind::kCanEnd;
      needs_opener = true;
    }
    if (may_end) {
      uint32_t last = k;
      while (last + 1 < end && IsCloser(tokens[last + 1])) ++last;
      const bool at_paragraph_end = last + 1 == end;
      bool ends = at_paragraph_end ||
                  (needs_opener ? IsOpener(tokens[last + 1]) : !StartsLowerCase(tokens[last + 1]));
      if (ends) {
        AppendSentence(start, last + 1, paragraph, /*is_dateline=*/false, doc);
        start = last + 1;
        k = last;
        continue;
      }
    }
    if (k + 1 - start >= kMaxSentenceTokens) {
      AppendSentence(start, k + 1, paragraph, /*is_dateline=*/false, doc);
      start = k + 1;
    }
  }
  if (start < end) AppendSentence(start, end, paragraph, /*is_dateline=*/false, doc);
}

uint32_t SentenceSplitter::DatelineEnd(const Document& doc, uint32_t begin, uint32_t end) {
  const std::vector<Token>& tokens = doc.tokens;
  const uint32_t limit = std::min(end, begin + kMaxDatelineTokens);
  constexpr uint32_t kMaxPlaceWords = 4;  // "UNITED NATIONS", "RIO DE JANEIRO"
  uint32_t k = begin;
  bool place_in_capitals = true;
  while (k < limit && k - begin < kMaxPlaceWords && tokens[k].shape == TokenShape::kWord &&
         tokens[k].has(kCapitalized)) {
    place_in_capitals &= tokens[k].has(kAllCaps);
    ++k;
  }
  if (k == begin) return begin;
  // ", Nov 8", ", Nov. 8, 2023"
  if (k < limit && tokens[k].text == ",") {
    ++k;
    while (k < limit && (tokens[k].shape == TokenShape::kWord ||
                         tokens[k].shape == TokenShape::kNumber || tokens[k].text == ",")) {
      ++k;
    }
  }
  // "ISLAMABAD: Pakistan handed over ...": a place in capitals and a colon.
  if (k < limit && place_in_capitals && tokens[k].text == ":" && k + 1 < limit &&
      tokens[k + 1].shape == TokenShape::kWord && tokens[k + 1].has(kCapitalized)) {
    return k + 1;
  }
  // "(Reuters)", "(AP)", "(Xinhua News Agency)"; after a place in capitals also "(dpa)"
  bool has_agency = false;
  if (k < limit && tokens[k].text == "(") {
    const uint32_t agency_begin = ++k;
    while (k < limit && tokens[k].shape == TokenShape::kWord &&
           (tokens[k].has(kCapitalized) || place_in_capitals)) {
      ++k;
    }
    if (k == agency_begin || k == limit || tokens[k].text != ")") return begin;
    has_agency = true;
    ++k;
  }
  if (k + 1 < limit && tokens[k].text == ":" && IsDash(tokens[k + 1])) ++k;  // "CEBU CITY: --"
  if (k < limit && IsDash(tokens[k]) && (place_in_capitals || has_agency)) return k + 1;
  return begin;
}

}  // namespace tacitus

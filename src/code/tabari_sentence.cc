#include "code/tabari_sentence.h"

#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

// How many tokens from `first` the phrase matches (0: none).
size_t MatchAt(std::string_view phrase, std::span<const Token> tokens, size_t first) {
  size_t t = first;
  for (std::string_view word : SplitWords(phrase, " ")) {
    if (t >= tokens.size()) return 0;
    const std::string_view lower = tokens[t].lower;
    const bool stem = word.ends_with('*');
    if (stem) word.remove_suffix(1);
    if (stem ? !lower.starts_with(word) : lower != word) return 0;
    ++t;
  }
  return t - first;
}

}  // namespace

SentenceTimeShift TimeShiftIn(const std::vector<TabariTimeShift>& times, const Document& doc,
                              uint32_t sentence) {
  SentenceTimeShift found;
  if (times.empty()) return found;
  const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[sentence]);
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const TabariTimeShift& time : times) {
      const size_t length = MatchAt(time.phrase, tokens, i);
      if (length == 0) continue;
      found.discard = found.discard || time.discard;
      found.complex = found.complex || time.complex;
      if (found.shift == nullptr && time.days != 0) {
        found.shift = &time;
        found.span = {tokens[i].span.begin, tokens[i + length - 1].span.end};
      }
    }
  }
  return found;
}

int TabariWordCount(const Document& doc, uint32_t sentence) {
  int words = 0;
  for (const Token& token : doc.SentenceTokens(doc.sentences[sentence])) {
    if (token.shape == TokenShape::kWord || token.shape == TokenShape::kNumber ||
        token.text == ",") {
      ++words;
    }
  }
  return words;
}

void ShiftTabariDates(const Dictionaries& dictionaries, const Document& doc, Date story_date,
                      std::span<Event> events) {
  const std::vector<TabariTimeShift>& times = dictionaries.time_shifts();
  if (times.empty()) return;
  // Events come in sentence order: each sentence's phrases are looked up once.
  uint32_t looked_up = UINT32_MAX;
  SentenceTimeShift found;
  for (Event& event : events) {
    if (event.sentence >= doc.sentences.size()) continue;
    if (event.sentence != looked_up) {
      found = TimeShiftIn(times, doc, event.sentence);
      looked_up = event.sentence;
    }
    if (found.shift == nullptr) continue;
    event.date = {story_date.AddDays(found.shift->days), DatePrecision::kDay, found.span};
  }
}

}  // namespace tacitus

// Readable one-line dumps of a segmented text, for golden expectations in tests.
#ifndef TACITUS_TEXT_TEXT_TEST_UTIL_H_
#define TACITUS_TEXT_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "text/document.h"
#include "text/segmenter.h"

namespace tacitus::testing {

inline const TextSegmenter& Segmenter() {
  static const TextSegmenter segmenter;
  return segmenter;
}

// The tokens of `text`, separated by single spaces: "Putin 's visit".
inline std::string TokenDump(std::string_view text) {
  Document doc;
  Segmenter().Segment(text, &doc);
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

// The sentences of `text`, tokens separated by spaces, sentences by " | "; a dateline is
// marked "<dateline>" and a new paragraph "¶".
inline std::string SentenceDump(std::string_view text) {
  Document doc;
  Segmenter().Segment(text, &doc);
  std::string out;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (i > 0) out += s.paragraph != doc.sentences[i - 1].paragraph ? " ¶ " : " | ";
    if (s.is_dateline) out += "<dateline> ";
    for (const Token& t : doc.SentenceTokens(s)) {
      if (&t != &doc.tokens[s.first_token]) out += ' ';
      out += t.text;
    }
  }
  return out;
}

// One line of a golden table: an input and its expected dump.
struct Golden {
  std::string_view text, expected;
};

// Expects `dump` of each input to be its golden line; a failure names the input.
inline void ExpectDumps(std::string (*dump)(std::string_view),
                        std::initializer_list<Golden> cases) {
  for (const Golden& c : cases) EXPECT_EQ(dump(c.text), c.expected) << c.text;
}

}  // namespace tacitus::testing

#endif  // TACITUS_TEXT_TEXT_TEST_UTIL_H_

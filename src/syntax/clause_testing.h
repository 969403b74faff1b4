// Test helper: parse hand-tagged sentences (testing.h) and compare the clause lines of
// DumpSyntax (dump.h) with the expected ones, one line per clause.
//
//   ExpectClauses("Putin/NNP met/VBD/meet Xi/NNP ./.",
//                 {R"(s0 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Xi")"});
//
// Adds a test failure for each line that differs, is missing or is extra, and for an
// annotation MakeTaggedDocument refuses. For tests only.
#ifndef TACITUS_SYNTAX_CLAUSE_TESTING_H_
#define TACITUS_SYNTAX_CLAUSE_TESTING_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "syntax/clause_parser.h"
#include "syntax/dump.h"
#include "syntax/testing.h"

namespace tacitus::testing {

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

inline void ExpectClauses(std::string_view annotated, const std::vector<std::string>& expected) {
  Document doc;
  ASSERT_TRUE(MakeTaggedDocument(annotated, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  const std::vector<std::string> lines = Lines(DumpSyntax(doc, syntax, {}));
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(i < lines.size() ? lines[i] : "(missing)", expected[i]) << "clause line " << i;
  }
  for (size_t i = expected.size(); i < lines.size(); ++i) ADD_FAILURE() << "extra: " << lines[i];
}

}  // namespace tacitus::testing

#endif  // TACITUS_SYNTAX_CLAUSE_TESTING_H_

// Helpers for tests that run the real analysis (WordNet and the tagger's counts, from their
// Debian packages): one Analyzer per test process, and finding a clause by its verb.
#ifndef TACITUS_SYNTAX_ANALYZER_TESTING_H_
#define TACITUS_SYNTAX_ANALYZER_TESTING_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string_view>

#include "syntax/analyzer.h"

namespace tacitus::testing {

// Created on first use and shared by every test of the process. When the lexicon cannot be
// loaded, the calling test fails with the reason and this returns nullptr.
inline const std::shared_ptr<const Analyzer>& SharedAnalyzer() {
  static const std::shared_ptr<const Analyzer> analyzer = [] {
    auto created = Analyzer::Create();
    EXPECT_TRUE(created.ok()) << created.status().message();
    return std::shared_ptr<const Analyzer>(created.ok() ? std::move(created).value() : nullptr);
  }();
  return analyzer;
}

// The index of the first clause whose verb has lemma `lemma`; -1 when there is none.
inline int32_t FindClause(const Analysis& analysis, std::string_view lemma) {
  for (size_t c = 0; c < analysis.syntax.clauses.size(); ++c) {
    if (analysis.syntax.clauses[c].verb.lemma == lemma) return static_cast<int32_t>(c);
  }
  return -1;
}

}  // namespace tacitus::testing

#endif  // TACITUS_SYNTAX_ANALYZER_TESTING_H_

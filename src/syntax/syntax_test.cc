#include "syntax/syntax.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <ranges>
#include <string_view>
#include <vector>

#include "syntax/clause_parser.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

static_assert(std::ranges::input_range<ConjunctChain>);
static_assert(std::ranges::input_range<AncestorChain>);

template <typename Chain>
std::vector<int32_t> Collect(const Chain& chain) {
  std::vector<int32_t> indices;
  for (const int32_t i : chain) indices.push_back(i);
  return indices;
}

// Phrases linked by next_conjunct as `links` says (links[p] is phrase p's next conjunct).
Syntax WithConjuncts(const std::vector<int32_t>& links) {
  Syntax syntax;
  for (const int32_t next : links) {
    NounPhrase phrase;
    phrase.next_conjunct = next;
    syntax.phrases.push_back(phrase);
  }
  return syntax;
}

// Clauses with these parents.
Syntax WithParents(const std::vector<int32_t>& parents) {
  Syntax syntax;
  for (const int32_t parent : parents) {
    Clause clause;
    clause.parent = parent;
    syntax.clauses.push_back(clause);
  }
  return syntax;
}

TEST(Syntax, ConjunctsAreThePhraseAndThoseCoordinatedAfterIt) {
  const Syntax syntax = WithConjuncts({2, -1, 3, -1});
  EXPECT_THAT(Collect(syntax.Conjuncts(0)), ElementsAre(0, 2, 3));
  EXPECT_THAT(Collect(syntax.Conjuncts(2)), ElementsAre(2, 3));
  EXPECT_THAT(Collect(syntax.Conjuncts(1)), ElementsAre(1));
  EXPECT_THAT(Collect(syntax.Conjuncts(-1)), IsEmpty());
}

TEST(Syntax, AncestorsAreTheParentChainWithoutTheClause) {
  const Syntax syntax = WithParents({-1, 0, 1, 0});
  EXPECT_THAT(Collect(syntax.Ancestors(2)), ElementsAre(1, 0));
  EXPECT_THAT(Collect(syntax.Ancestors(3)), ElementsAre(0));
  EXPECT_THAT(Collect(syntax.Ancestors(0)), IsEmpty());
  EXPECT_TRUE(syntax.DependsOn(2, 0));
  EXPECT_FALSE(syntax.DependsOn(2, 3));
  EXPECT_FALSE(syntax.DependsOn(0, 0));
}

TEST(Syntax, ALongChainIsCutAtTheBound) {
  std::vector<int32_t> links;
  for (int32_t p = 0; p < 100; ++p) links.push_back(p + 1 < 100 ? p + 1 : -1);
  const std::vector<int32_t> walked = Collect(WithConjuncts(links).Conjuncts(0));
  ASSERT_EQ(walked.size(), static_cast<size_t>(kMaxChain));
  EXPECT_EQ(walked.front(), 0);
  EXPECT_EQ(walked.back(), kMaxChain - 1);
}

TEST(Syntax, AWalkOverALoopEndsAtTheBound) {
  // No parse makes these, but a Syntax filled by hand may.
  const Syntax phrases = WithConjuncts({1, 0});
  const std::vector<int32_t> walked = Collect(phrases.Conjuncts(0));
  ASSERT_EQ(walked.size(), static_cast<size_t>(kMaxChain));
  EXPECT_THAT(std::vector<int32_t>(walked.begin(), walked.begin() + 3), ElementsAre(0, 1, 0));
  const Syntax clauses = WithParents({1, 0, -1});
  EXPECT_EQ(Collect(clauses.Ancestors(0)).size(), static_cast<size_t>(kMaxChain));
  EXPECT_FALSE(clauses.DependsOn(0, 2));
}

TEST(Syntax, ChainsWorkWithRangeAlgorithms) {
  const Syntax syntax = WithConjuncts({1, 2, -1});
  EXPECT_EQ(std::ranges::distance(syntax.Conjuncts(0)), 3);
  const auto chain = syntax.Conjuncts(0);
  auto it = chain.begin();
  EXPECT_EQ(*it++, 0);
  EXPECT_EQ(*it, 1);
  EXPECT_NE(it, chain.end());
}

TEST(Syntax, ConjunctsOfAParsedSubject) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(
      "Putin/NNP ,/, Xi/NNP and/CC Modi/NNP met/VBD/meet in/IN Kazan/NNP ./.", &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  ASSERT_EQ(syntax.clauses.size(), 1u);
  std::vector<std::string_view> heads;
  for (const int32_t p : syntax.Conjuncts(syntax.clauses[0].subject)) {
    heads.push_back(doc.tokens[syntax.phrases[p].head].text);
  }
  EXPECT_THAT(heads, ElementsAre("Putin", "Xi", "Modi"));
}

}  // namespace
}  // namespace tacitus

// PETRARCH patterns matched on a sentence, with the PETRARCH-format dictionaries of
// code_testing.h: words before and after the verb, synsets, and the slots + % ^.
#include "code/petrarch_matcher.h"

#include <gtest/gtest.h>

#include <string>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::FindClause;
using testing::PetrarchTestDictionaries;
using testing::PhraseWords;
using testing::SharedAnalyzer;

class PetrarchMatcherTest : public ::testing::Test {
 protected:
  // The best PETRARCH pattern for the clause of `lemma` in `text`, its verb looked up as the
  // coder does: by the surface form `verb`, else by the lemma; false when none matches.
  bool Match(const std::string& text, std::string_view lemma, std::string_view verb) {
    text_ = text;
    SharedAnalyzer()->Analyze(text_, &analysis_);
    actors_.Resolve(*PetrarchTestDictionaries(), analysis_.document, analysis_.syntax,
                    *Date::ParseIso("2001-05-04"), ActorRules::Petrarch(0));
    const int32_t c = FindClause(analysis_, lemma);
    EXPECT_GE(c, 0) << "no clause of " << lemma;
    if (c < 0) return false;
    auto patterns = PetrarchTestDictionaries()->VerbPatternsFor(verb);
    if (patterns.empty()) patterns = PetrarchTestDictionaries()->VerbPatternsFor(lemma);
    return matcher_.Best(analysis_.document, analysis_.syntax, actors_, analysis_.syntax.clauses[c],
                         patterns, &match_);
  }
  std::string Words(int32_t phrase) const { return PhraseWords(analysis_, text_, phrase); }

  std::string text_;
  Analysis analysis_;
  StoryActors actors_;
  PetrarchMatcher matcher_;
  PatternMatch match_;
};

TEST_F(PetrarchMatcherTest, ASynsetWordAndAPrepositionBindTheTarget) {
  ASSERT_TRUE(Match("Valdoria pledged aid to Merentia on Monday.", "pledge", "pledged"));
  EXPECT_EQ(match_.pattern->code, "071");
  EXPECT_EQ(Words(match_.target), "Merentia");
}

TEST_F(PetrarchMatcherTest, AWordBeforeTheVerbSelectsItsPattern) {
  ASSERT_TRUE(Match("Valdoria publicly pledged support to Merentia.", "pledge", "pledged"));
  EXPECT_EQ(match_.pattern->code, "0311");
  EXPECT_EQ(Words(match_.target), "Merentia");
}

TEST_F(PetrarchMatcherTest, PercentBeforeTheVerbBindsTheWholeCoordination) {
  ASSERT_TRUE(
      Match("Valdoria and Merentia concur that the border should stay open.", "concur", "concur"));
  EXPECT_EQ(match_.pattern->code, "030");
  EXPECT_TRUE(match_.compound_source);
  ASSERT_GE(match_.source, 0);
  EXPECT_EQ(actors_.ActorsOf(match_.source).size(), 2u);  // Valdoria and Merentia
}

TEST_F(PetrarchMatcherTest, CaretPassesOverAPhrase) {
  // "their" is matched inside "their Zembla traders"; ^ passes over the rest of that phrase.
  ASSERT_TRUE(Match("Valdoria warned their Zembla traders about Merentia.", "warn", "warned"));
  EXPECT_EQ(match_.pattern->code, "162");
  EXPECT_EQ(Words(match_.target), "Merentia");
}

TEST_F(PetrarchMatcherTest, NoPatternWithoutItsWords) {
  ASSERT_TRUE(Match("Valdoria pledged support to Merentia.", "pledge", "pledged"));
  // Only the bare verb's own pattern matches: neither "publicly" nor a synset word is there.
  EXPECT_EQ(match_.pattern->code, "030");
}

}  // namespace
}  // namespace tacitus

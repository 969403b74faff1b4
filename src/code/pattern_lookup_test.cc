// Finding patterns by an example, on the small dictionaries of code_testing.h.
#include "code/pattern_lookup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::OurTestDictionaries;
using testing::SharedAnalyzer;

// "CODE pattern text" of each match of `text`.
std::vector<std::string> Lookup(const std::string& text) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  std::vector<std::string> out;
  for (const PatternLookup& found :
       LookUpPatterns(*OurTestDictionaries(), analysis.document, analysis.syntax)) {
    out.push_back(found.pattern->code + " " + found.pattern->text);
  }
  return out;
}

TEST(PatternLookup, FindsTheVerbPatternAnExampleMatches) {
  EXPECT_EQ(Lookup("They imposed new sanctions on them."),
            std::vector<std::string>{"163 impose sanction on +T"});
  // Any phrase fills +T, named in the dictionaries or not.
  EXPECT_EQ(Lookup("The rebels attacked the convoy."), std::vector<std::string>{"190 attack +T"});
}

TEST(PatternLookup, PrefersTheMostSpecificPattern) {
  EXPECT_EQ(Lookup("He threatened to impose sanctions on them."),
            std::vector<std::string>{"1312 threaten to impose sanction on +T"});
}

TEST(PatternLookup, FindsNounPatterns) {
  EXPECT_EQ(Lookup("the attack on the city"), std::vector<std::string>{"190 attack on +T"});
}

TEST(PatternLookup, FindsNothingForWordsNoPatternHas) {
  EXPECT_TRUE(Lookup("They praised the weather.").empty());
  EXPECT_TRUE(Lookup("").empty());
}

}  // namespace
}  // namespace tacitus

// Title lines that the body repeats, coded by the coder with the small dictionaries of
// code_testing.h (190 attack +T, 040 meet +T, 111 criticize +T).
#include "code/title_repeats.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Lines(const std::string& text) {
  return testing::EventLines(testing::OurTestCoder(), text);
}

TEST(TitleRepeats, AHeadlineThatTheBodyRepeatsIsNotCoded) {
  // Sides compared by country: the title's RUS is the body's RUSMIL.
  EXPECT_THAT(Lines("Russia attacks Ukraine\n\nRussian troops attacked Ukraine on Tuesday."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST(TitleRepeats, WhyNotSaysTheBodyReportsTheHeadlinesAct) {
  const testing::CodedWithVerdicts coded = testing::CodeWithVerdicts(
      testing::OurTestCoder(), "Russia attacks Ukraine\n\nRussian troops attacked Ukraine.");
  EXPECT_EQ(coded.events.size(), 1u);
  ASSERT_EQ(coded.verdicts.size(), 1u);
  EXPECT_EQ(coded.verdicts[0].sentence, 0u);
  EXPECT_EQ(coded.verdicts[0].reason, NoEventReason::kTitleRepeat);
  EXPECT_EQ(coded.lines[0],
            "verb \"attacks\": a headline or title line whose act the body reports: the body's "
            "sentence is coded");
}

TEST(TitleRepeats, AHeadlineTheBodyDoesNotRepeatIsCoded) {
  EXPECT_THAT(Lines("Putin meets Xi\n\nRussian troops attacked Ukraine on Tuesday."),
              ElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040", "RUSMIL UKR 190"));
  // Another act between the same sides is no repeat.
  EXPECT_THAT(Lines("Putin criticizes Ukraine\n\nRussian troops attacked Ukraine on Tuesday."),
              ElementsAre("RUSGOV UKR 111", "RUSMIL UKR 190"));
}

TEST(TitleRepeats, ABodySentenceIsNeverATitle) {
  // Both end as sentences do: two reports of the act, each coded.
  EXPECT_THAT(Lines("Russian troops attacked Ukraine.\n\nRussian troops attacked Ukraine again."),
              ElementsAre("RUSMIL UKR 190", "RUSMIL UKR 190"));
}

TEST(TitleRepeats, ATitleLineIsAParagraphOfOneSentenceWithoutAFinalStop) {
  Analysis analysis;
  testing::SharedAnalyzer()->Analyze(
      "Putin meets Xi\n\n"
      "Russia criticized China. Putin met Xi\n\n"
      "Putin said: \"It was a good meeting.\"\n\n"
      "Xi meets Putin (Photo)",
      &analysis);
  const Document& doc = analysis.document;
  ASSERT_EQ(doc.sentences.size(), 5u);
  EXPECT_TRUE(IsTitleLine(doc, 0));
  EXPECT_FALSE(IsTitleLine(doc, 1));  // ends with a stop
  EXPECT_FALSE(IsTitleLine(doc, 2));  // no stop, but not alone in its paragraph
  EXPECT_FALSE(IsTitleLine(doc, 3));  // a stop before the closing quote
  EXPECT_TRUE(IsTitleLine(doc, 4));   // a bracket does not end a sentence
  EXPECT_FALSE(IsTitleLine(doc, 5));  // out of range
}

}  // namespace
}  // namespace tacitus

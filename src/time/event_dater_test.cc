// The dater on real analyses: which expression dates which clause.
#include "time/event_dater.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

// The date of an event coded from the clause whose verb lemma is `lemma` (or, when
// `lemma` is empty, a noun event in the last sentence), as "DATE PRECISION [span text]".
std::string DateOfClause(const std::string& text, std::string_view lemma,
                         const char* story_date = "2023-11-08") {
  const Analyzer* analyzer = testing::SharedAnalyzer().get();
  if (analyzer == nullptr) return "no analyzer";
  Analysis analysis;
  analyzer->Analyze(text, &analysis);
  Event event;
  if (lemma.empty()) {
    event.sentence = static_cast<uint32_t>(analysis.document.sentences.size() - 1);
  } else {
    event.clause = testing::FindClause(analysis, lemma);
    if (event.clause < 0) return "no clause " + std::string(lemma);
    event.sentence = analysis.syntax.clauses[event.clause].sentence;
  }
  const EventDate d = EventDater().DateOf(analysis, *Date::ParseIso(story_date), event);
  return d.ToString() + " " + std::string(DatePrecisionName(d.precision)) + " [" +
         text.substr(d.span.begin, d.span.size()) + "]";
}

TEST(EventDater, ClauseAdverbialSetsTheDate) {
  EXPECT_EQ(DateOfClause("Putin and Xi met in Beijing yesterday.", "meet"),
            "2023-11-07 day [yesterday]");
  EXPECT_EQ(
      DateOfClause("Rebels attacked the town on Sunday, officials said on Tuesday.", "attack"),
      "2023-11-05 day [on Sunday]");
}

TEST(EventDater, WithoutAnExpressionTheStoryDateWithAnEmptySpan) {
  EXPECT_EQ(DateOfClause("Western powers have criticized China.", "criticize"),
            "2023-11-08 day []");
}

TEST(EventDater, FutureStatementsKeepTheDateTheyWereSaid) {
  EXPECT_EQ(DateOfClause("Putin said on Monday that he will visit China next month.", "visit"),
            "2023-11-06 day [on Monday]");
  EXPECT_EQ(DateOfClause("Putin will visit China tomorrow.", "visit"), "2023-11-08 day []");
}

TEST(EventDater, SentenceThenDatelineWhenTheClauseSaysNothing) {
  // A noun event: the sentence's expression.
  EXPECT_EQ(DateOfClause("Putin's visit to China last week drew criticism.", ""),
            "2023 year [last week]");
  EXPECT_EQ(DateOfClause("BEIJING, Nov 7 (Reuters) - Putin met Xi.", "meet"),
            "2023-11-07 day [Nov 7]");
}

TEST(EventDater, AnUndatedSentenceTakesTheDayOfItsParagraphsEpisode) {
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday. The two leaders criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-20 day [on Thursday]");
  // Another paragraph is another episode, unless the sentence points back.
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday.\n\nThe leaders criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-22 day []");
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday.\n\nHours earlier, Xi criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-20 day [on Thursday]");
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday.\n\nThe two leaders criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-20 day [on Thursday]");
}

}  // namespace
}  // namespace tacitus

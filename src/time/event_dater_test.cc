// The dater on real analyses: which expression dates which clause.
#include "time/event_dater.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

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

// Three sentences that name no day: what follows is past the lead (NewsDayOfTheLead).
constexpr std::string_view kLeadWithoutADay = "Markets fell. Trade slowed. Prices rose.\n\n";

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
  // Another paragraph is another episode, unless the sentence points back (a lead that names
  // no day first, so that the day is not the story's news: NewsDayOfTheLead).
  EXPECT_EQ(DateOfClause(std::string(kLeadWithoutADay) +
                             "Xi met Duterte on Thursday.\n\nThe leaders criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-22 day []");
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday.\n\nHours earlier, Xi criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-20 day [on Thursday]");
  EXPECT_EQ(DateOfClause("Xi met Duterte on Thursday.\n\nThe two leaders criticized the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-20 day [on Thursday]");
}

TEST(EventDater, AnUndatedPastActTakesTheDayOfTheLead) {
  // Saturday 2017-09-02: the lead's Friday is the story's news, paragraphs away.
  const std::string lead = "Kenya's Supreme Court annulled the election on Friday.\n\n";
  EXPECT_EQ(DateOfClause(lead + "Turnout was high.\n\nThe opposition hailed the ruling.", "hail",
                         "2017-09-02"),
            "2017-09-01 day [on Friday]");
  // A statement in the present tense is of the story's day.
  EXPECT_EQ(DateOfClause(lead + "Turnout was high.\n\nThe opposition hails the ruling.", "hail",
                         "2017-09-02"),
            "2017-09-02 day []");
  // The lead is the first three sentences after the dateline.
  EXPECT_EQ(DateOfClause("NAIROBI (Reuters) - Turnout was high. The count was slow. "
                         "The court annulled the election on Friday.\n\n"
                         "Turnout was high.\n\nThe opposition hailed the ruling.",
                         "hail", "2017-09-02"),
            "2017-09-01 day [on Friday]");
  EXPECT_EQ(DateOfClause(std::string(kLeadWithoutADay) + lead +
                             "Turnout was high.\n\nThe opposition hailed the ruling.",
                         "hail", "2017-09-02"),
            "2017-09-02 day []");
  // A day more than a week before the story date is background, not the news.
  EXPECT_EQ(DateOfClause("The court annulled the election on August 20.\n\nTurnout was "
                         "high.\n\nThe opposition hailed the ruling.",
                         "hail", "2017-09-02"),
            "2017-09-02 day []");
}

TEST(EventDater, AnActADayAfterAnotherIsDatedFromIt) {
  // Saturday 2022-08-06, read on the Sunday: the sanctions came the day before.
  EXPECT_EQ(DateOfClause("Warships pressed on with drills on Saturday, a day after Beijing "
                         "imposed sanctions on Pelosi.",
                         "impose", "2022-08-07"),
            "2022-08-05 day [on Saturday, a day after]");
  EXPECT_EQ(DateOfClause("Police arrested him on Friday, hours after he criticized the army.",
                         "criticize", "2022-08-07"),
            "2022-08-05 day [on Friday, hours after]");
  // The interval holds for the clauses coordinated with the first.
  EXPECT_EQ(DateOfClause("Warships pressed on with drills on Saturday, a day after Beijing "
                         "imposed sanctions on Pelosi and halted talks with Washington.",
                         "halt", "2022-08-07"),
            "2022-08-05 day [on Saturday, a day after]");
  // A bare "after" says no interval: the sentence's day, as before.
  EXPECT_EQ(DateOfClause("Police arrested him on Friday after he criticized the army.", "criticize",
                         "2022-08-07"),
            "2022-08-05 day [on Friday]");
  // Never after the story date.
  EXPECT_EQ(
      DateOfClause("Troops left on Sunday, a day before Xi visited Kyiv.", "visit", "2022-08-07"),
      "2022-08-07 day [on Sunday]");
}

TEST(EventDater, ASentenceThatPointsBackCarriesTheEpisodeOn) {
  // "Hours earlier" ties the third paragraph to the first, and "then" the fifth to the third,
  // so the fifth is four paragraphs from the day named, beyond its own reach of three.
  const std::string story =
      "Xi met Duterte on Thursday.\n\nTrade grew.\n\nHours earlier, Xi welcomed Duterte."
      "\n\nPrices rose.\n\nPrices fell.\n\nThe two leaders then criticized the plan.";
  EXPECT_EQ(DateOfClause(story, "criticize", "2016-10-22"), "2016-10-20 day [on Thursday]");
  // Without the sentence between, the fifth is out of reach.
  EXPECT_EQ(DateOfClause(std::string(kLeadWithoutADay) +
                             "Xi met Duterte on Thursday.\n\nTrade grew.\n\nTrade fell.\n\n"
                             "Prices rose.\n\nPrices fell.\n\nThe two leaders then criticized "
                             "the plan.",
                         "criticize", "2016-10-22"),
            "2016-10-22 day []");
}

TEST(EventDater, DatesEventsInAnyOrderAsEachAlone) {
  const Analyzer* analyzer = testing::SharedAnalyzer().get();
  ASSERT_NE(analyzer, nullptr);
  Analysis analysis;
  analyzer->Analyze(std::string(kLeadWithoutADay) +
                        "Xi met Duterte on Thursday. The two leaders criticized the plan.\n\n"
                        "The leaders condemned the attack.",
                    &analysis);
  ASSERT_EQ(analysis.document.sentences.size(), 6u);
  const Date story_date = *Date::ParseIso("2016-10-22");
  // The episode's walk goes forward; an event before the last one asked starts it again.
  std::vector<Event> events(5);
  const uint32_t sentences[] = {4, 5, 3, 4, 4};
  for (size_t e = 0; e < events.size(); ++e) events[e].sentence = sentences[e];
  EventDater().DateEvents(analysis, story_date, events);
  const std::string expected[] = {"2016-10-20", "2016-10-22", "2016-10-20", "2016-10-20",
                                  "2016-10-20"};
  for (size_t e = 0; e < events.size(); ++e) {
    EXPECT_EQ(events[e].date.ToString(), expected[e]) << "event " << e;
    EXPECT_EQ(events[e].date, EventDater().DateOf(analysis, story_date, events[e]));
  }
}

TEST(EventDater, AnExpressionOutsideTheCalendarGivesTheStoryDate) {
  // Read on the calendar's last and first days, these would name 10000-01 and 0000-12-31.
  EXPECT_EQ(DateOfClause("Putin met Xi next month.", "meet", "9999-12-31"), "9999-12-31 day []");
  EXPECT_EQ(DateOfClause("Putin met Xi next year.", "meet", "9999-06-15"), "9999-06-15 day []");
  EXPECT_EQ(DateOfClause("Putin and Xi met in Beijing yesterday.", "meet", "0001-01-01"),
            "0001-01-01 day []");
  EXPECT_EQ(DateOfClause("Putin met Xi last year.", "meet", "0001-06-15"), "0001-06-15 day []");
  // Up to the calendar's edges they date as anywhere else.
  EXPECT_EQ(DateOfClause("Putin and Xi met in Beijing yesterday.", "meet", "0001-01-02"),
            "0001-01-01 day [yesterday]");
  EXPECT_EQ(DateOfClause("Putin met Xi next month.", "meet", "9999-11-30"),
            "9999-12 month [next month]");
}

}  // namespace
}  // namespace tacitus

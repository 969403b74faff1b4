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
            "2023-11 month [last week]");
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
  // What a verb reports is told in the tense of its saying.
  EXPECT_EQ(DateOfClause(lead + "Turnout was high.\n\nThe opposition has hailed the ruling, its "
                                "leaders said.",
                         "hail", "2017-09-02"),
            "2017-09-01 day [on Friday]");
  EXPECT_EQ(DateOfClause(lead + "Turnout was high.\n\nThe opposition has hailed the ruling, "
                                "according to its leaders.",
                         "hail", "2017-09-02"),
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

TEST(EventDater, AnActADatedActCameAfterTakesTheDayANearSentenceNames) {
  // Monday 2018-11-26: the lead's "after ..." is told in the next paragraph.
  const std::string lead =
      "Ukraine's parliament voted on Monday to impose martial law after Russian guards opened "
      "fire on three navy boats and seized them.";
  EXPECT_EQ(DateOfClause(lead + "\n\nThe clash on Sunday near the strait was the first.", "open",
                         "2018-11-26"),
            "2018-11-25 day [on Sunday]");
  EXPECT_EQ(DateOfClause(lead + "\n\nThe clash on Sunday near the strait was the first.", "seize",
                         "2018-11-26"),
            "2018-11-25 day [on Sunday]");
  // A sentence before it serves too; the main act keeps its own day.
  EXPECT_EQ(DateOfClause("The clash came on Sunday. " + lead, "seize", "2018-11-26"),
            "2018-11-25 day [on Sunday]");
  EXPECT_EQ(DateOfClause(lead + "\n\nThe clash on Sunday near the strait was the first.", "vote",
                         "2018-11-26"),
            "2018-11-26 day [on Monday]");
  // No day near, or none within the week before: the day of the act it came before.
  EXPECT_EQ(DateOfClause(lead, "seize", "2018-11-26"), "2018-11-26 day [on Monday]");
  EXPECT_EQ(DateOfClause(lead + "\n\nThe strait was closed on November 2.", "seize", "2018-11-26"),
            "2018-11-26 day [on Monday]");
  // An interval the dater cannot count says the other act is not near.
  EXPECT_EQ(DateOfClause("Protesters marched on Monday, a year after the army seized power.\n\n"
                         "Police detained two students on Saturday.",
                         "seize", "2018-11-26"),
            "2018-11-26 day [on Monday]");
}

TEST(EventDater, WhatWasSaidIsDatedByTheSaying) {
  // Tuesday 2025-01-28: the rebels said it on Monday.
  EXPECT_EQ(DateOfClause("Fighting raged in the city on Tuesday, a day after the rebels said "
                         "they had seized the airport.",
                         "seize", "2025-01-28"),
            "2025-01-27 day [on Tuesday, a day after]");
  EXPECT_EQ(DateOfClause("The ministry said on Saturday it had suspended military aid to the "
                         "junta, and the army detained the premier on Sunday.",
                         "suspend", "2014-05-25"),
            "2014-05-24 day [on Saturday]");
}

TEST(EventDater, WhatWasDoneByADayIsDatedByIt) {
  EXPECT_EQ(DateOfClause("By Wednesday afternoon, the rebels had accepted a ceasefire.", "accept",
                         "2023-09-21"),
            "2023-09-20 day [By Wednesday afternoon]");
  // A deadline of what is to come dates nothing.
  EXPECT_EQ(DateOfClause("The envoy must leave the country by Friday.", "leave", "2023-09-21"),
            "2023-09-21 day []");
}

TEST(EventDater, ASentencesDayOfTheNewsWeekComesBeforeOlderTimes) {
  // Saturday 2019-09-07, a noun event: the exchange is the news, November the background.
  EXPECT_EQ(DateOfClause("Sailors seized in the strait last November were among 35 prisoners "
                         "freed on Saturday in an exchange.",
                         "", "2019-09-07"),
            "2019-09-07 day [on Saturday]");
  // Without a day of the week, the first time it names.
  EXPECT_EQ(DateOfClause("Last November, sailors were freed in an exchange, and in May more.", "",
                         "2019-09-07"),
            "2018-11 month [Last November]");
}

TEST(EventDater, ASentenceIgnoresTheTimesOfOtherActs) {
  // Tuesday 2017-04-04: the meeting is to come.
  EXPECT_EQ(DateOfClause("Britain and France called for an emergency meeting of the Security "
                         "Council, which diplomats said would take place on Wednesday.",
                         "call", "2017-04-04"),
            "2017-04-04 day []");
  // Monday 2021-05-24: the channel's protests are background; a day of the week is not.
  EXPECT_EQ(DateOfClause("Police detained the editor of a channel that helped mobilise protests "
                         "last year.",
                         "detain", "2021-05-24"),
            "2021-05-24 day []");
  EXPECT_EQ(DateOfClause("Police detained the editor of a channel that was raided on Sunday.",
                         "detain", "2021-05-24"),
            "2021-05-23 day [on Sunday]");
  // Friday 2014-03-07: "March 16" is the coming one, not last year's.
  EXPECT_EQ(DateOfClause("The regional parliament decided to hold a referendum on March 16.",
                         "decide", "2014-03-07"),
            "2014-03-07 day []");
  EXPECT_EQ(DateOfClause("The regional parliament decided on December 28 to hold a vote.", "decide",
                         "2015-01-02"),
            "2014-12-28 day [on December 28]");
  // Half a year back and half a year ahead: the past one.
  EXPECT_EQ(DateOfClause("Protests began in June.", "begin", "2014-12-05"),
            "2014-06 month [in June]");
  // Most of a year back and weeks ahead: a coming month.
  EXPECT_EQ(DateOfClause("The president called for elections in February.", "call", "2014-12-05"),
            "2014-12-05 day []");
}

// Sentences in the manner of wire copy, each read on Wednesday 2023-11-08: the day (or month,
// or year) of the act whose verb is given.
TEST(EventDater, NewsBattery) {
  struct Case {
    const char* text;
    const char* lemma;
    const char* date;
  };
  const Case cases[] = {
      {"Russian police arrested 40 protesters in Moscow on Monday night.", "arrest", "2023-11-06"},
      {"Israeli troops raided the Jenin camp overnight, the army said on Wednesday.", "raid",
       "2023-11-08"},
      {"Malian rebels attacked an army post on Saturday, two days after the government rejected "
       "their demands.",
       "reject", "2023-11-02"},
      {"Algeria summoned the French ambassador on Tuesday after Paris criticized the election.",
       "summon", "2023-11-07"},
      {"Egypt condemned the air strikes on Tuesday. Hours earlier, Jordan recalled its ambassador.",
       "recall", "2023-11-07"},
      {"Turkey and Iraq signed a security pact in Ankara earlier this week.", "sign", "2023-11"},
      {"Kenya deployed troops to the Somali border last month.", "deploy", "2023-10"},
      {"Xi Jinping met Lula in Beijing on November 3 and signed a trade deal with Brazil.", "sign",
       "2023-11-03"},
      {"Japan imposed sanctions on Russian banks in September.", "impose", "2023-09"},
      {"Xi met Vietnamese leaders in Hanoi on Tuesday, a day after arriving for a state visit.",
       "arrive", "2023-11-06"},
      {"By Tuesday evening, Guinean soldiers had detained the opposition leader.", "detain",
       "2023-11-07"},
      {"The Security Council condemned Iran yesterday.", "condemn", "2023-11-07"},
      {"Seoul accused Pyongyang on Monday of firing a missile, which the military said would be "
       "tested again on Friday.",
       "accuse", "2023-11-06"},
      {"The Indian prime minister, who is due to visit Washington on Friday, criticized China on "
       "Sunday.",
       "criticize", "2023-11-05"},
      {"Ukrainian forces shelled Russian positions near Bakhmut three days ago.", "shell",
       "2023-11-05"},
      {"Ethiopia and Eritrea signed a peace declaration on 9 July 2018.", "sign", "2018-07-09"},
      {"Pakistan's prime minister on Monday condemned the Taliban, which killed 12 soldiers on "
       "Sunday.",
       "condemn", "2023-11-06"},
      {"The Kremlin said on Tuesday that Putin had spoken by telephone with Erdogan.", "speak",
       "2023-11-07"},
      {"Saudi Arabia, the UAE and Bahrain severed ties with Qatar last Wednesday.", "sever",
       "2023-11-01"},
      {"Nigeria's army said it had killed 30 militants in air strikes over the weekend.", "kill",
       "2023-11"},
      {"Thousands marched in Paris on Saturday. The demonstrators denounced the war.", "denounce",
       "2023-11-04"},
      {"Ghana's president met his Togolese counterpart on Thursday, the presidency said.", "meet",
       "2023-11-02"},
      {"Late on Tuesday, Iran's foreign minister telephoned his Qatari counterpart.", "telephone",
       "2023-11-07"},
      {"Early Wednesday, Israeli jets struck targets in southern Lebanon.", "strike", "2023-11-08"},
      {"Sudanese troops recaptured the town on Nov. 5, the army said.", "recapture", "2023-11-05"},
      {"Kenyan police fired tear gas at protesters in Nairobi on Monday after they blocked a "
       "highway.",
       "fire", "2023-11-06"},
      {"Kim Jong Un met Putin at a cosmodrome in September, state media reported on Wednesday.",
       "meet", "2023-09"},
      {"France recalled its ambassador to Niger this week.", "recall", "2023-11"},
      {"Earlier this year, Niger expelled French troops.", "expel", "2023"},
      {"On Monday, Hamas released two hostages. Israel freed 39 prisoners the same day.", "free",
       "2023-11-06"},
      {"The Pentagon said on Tuesday it had sent a carrier to the region, and the Navy said it "
       "would arrive on Friday.",
       "send", "2023-11-07"},
      {"Pakistani militants attacked a police station late last night.", "attack", "2023-11-07"},
      {"Sudan's army and the RSF agreed to a ceasefire on Sunday, the State Department said.",
       "agree", "2023-11-05"},
      {"Turkish police arrested a Syrian activist this morning.", "arrest", "2023-11-08"},
      {"Britain condemned Egypt last Friday, a week after a court jailed three journalists.",
       "jail", "2023-10-27"},
      {"Serbian students rallied against the government in their weekly Friday protests.", "rally",
       "2023-11-08"},
  };
  for (const Case& c : cases) {
    const std::string got = DateOfClause(c.text, c.lemma);
    EXPECT_EQ(got.substr(0, got.find(' ')), c.date) << c.text << " -> " << got;
  }
}

TEST(EventDater, AnEpisodesDayMovesAsFarAsTheSentenceSays) {
  // Wednesday 2023-11-08.
  const std::string day = "Egypt condemned the air strikes on Monday.";
  EXPECT_EQ(DateOfClause(day + " A day earlier, Jordan recalled its ambassador.", "recall"),
            "2023-11-05 day [A day earlier]");
  EXPECT_EQ(DateOfClause(day + "\n\nThe next day, Jordan recalled its ambassador.", "recall"),
            "2023-11-07 day [The next day]");
  EXPECT_EQ(DateOfClause(day + " Two days later, Jordan recalled its ambassador.", "recall"),
            "2023-11-08 day [Two days later]");
  EXPECT_EQ(DateOfClause(day + " The day before, Jordan recalled its ambassador.", "recall"),
            "2023-11-05 day [The day before]");
  // Not past the story date; "the day before the vote" dates from the vote, not the episode.
  EXPECT_EQ(DateOfClause(day + " Three days later, Jordan recalled its ambassador.", "recall"),
            "2023-11-06 day [on Monday]");
  EXPECT_EQ(
      DateOfClause(day + " Jordan recalled its ambassador the day before the vote.", "recall"),
      "2023-11-06 day [on Monday]");
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

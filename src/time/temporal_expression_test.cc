#include "time/temporal_expression.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "lex/testing.h"

namespace tacitus {
namespace {

// The first expression in `words` (one sentence, space-separated tokens) read on `story`
// ("YYYY-MM-DD"), as "DATE PRECISION [matched words]", or "none".
std::string Read(const std::string& words, const char* story,
                 Direction direction = Direction::kPast) {
  Document doc;
  testing::MakeDocument({words}, &doc);
  const Date date = *Date::ParseIso(story);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    std::optional<TemporalExpression> e = ParseTemporalExpression(doc.tokens, i, n);
    if (!e) continue;
    std::optional<EventDate> d = ResolveTemporalExpression(*e, date, direction);
    if (!d) return "invalid";
    std::string matched;
    for (uint32_t t = e->begin; t < e->end; ++t) {
      if (!matched.empty()) matched += ' ';
      matched += doc.tokens[t].text;
    }
    return d->ToString() + " " + std::string(DatePrecisionName(d->precision)) + " [" + matched +
           "]";
  }
  return "none";
}

// DaysBetweenActs at the first "after" or "before" of `words`.
std::optional<int> Between(const std::string& words) {
  Document doc;
  testing::MakeDocument({words}, &doc);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].lower == "after" || doc.tokens[i].lower == "before") {
      return DaysBetweenActs(doc.tokens, i);
    }
  }
  return std::nullopt;
}

// SaysAnInterval at the first "after" or "before" of `words`.
bool Interval(const std::string& words) {
  Document doc;
  testing::MakeDocument({words}, &doc);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].lower == "after" || doc.tokens[i].lower == "before") {
      return SaysAnInterval(doc.tokens, i);
    }
  }
  return false;
}

// DaysFromEpisode at the first word of `words`.
std::optional<int> FromEpisode(const std::string& words) {
  Document doc;
  testing::MakeDocument({words}, &doc);
  return DaysFromEpisode(doc.tokens, 0, static_cast<uint32_t>(doc.tokens.size()));
}

TEST(TemporalExpression, DaysFromEpisodeCountsFromTheDayOfTheEpisode) {
  EXPECT_EQ(FromEpisode("a day earlier , Jordan recalled"), -1);
  EXPECT_EQ(FromEpisode("two days later"), 2);
  EXPECT_EQ(FromEpisode("a week earlier"), -7);
  EXPECT_EQ(FromEpisode("the previous day"), -1);
  EXPECT_EQ(FromEpisode("the next day"), 1);
  EXPECT_EQ(FromEpisode("the following day"), 1);
  EXPECT_EQ(FromEpisode("the day before , police"), -1);
  EXPECT_EQ(FromEpisode("the day after"), 1);
  EXPECT_EQ(FromEpisode("the day before the vote"), std::nullopt);
  EXPECT_EQ(FromEpisode("two months later"), std::nullopt);
  EXPECT_EQ(FromEpisode("two days after the vote"), std::nullopt);
  EXPECT_EQ(FromEpisode("the day"), std::nullopt);
}

TEST(TemporalExpression, SaysAnIntervalOfAnyLength) {
  EXPECT_TRUE(Interval("marched , a year after the army seized power"));
  EXPECT_TRUE(Interval("months before the vote"));
  EXPECT_TRUE(Interval("hours after the attack"));
  EXPECT_TRUE(Interval("shortly before he left"));
  EXPECT_TRUE(Interval("long after the war"));
  EXPECT_FALSE(Interval("voted on Monday after guards opened fire"));
  EXPECT_FALSE(Interval("after guards opened fire"));
  EXPECT_FALSE(Interval("imposed martial law for 30 days after guards opened fire"));
  EXPECT_FALSE(Interval("the press after the vote"));
}

TEST(TemporalExpression, DaysBetweenActsFromTheIntervalBeforeAfterOrBefore) {
  EXPECT_EQ(Between("on Saturday , a day after Beijing imposed sanctions"), -1);
  EXPECT_EQ(Between("the day before the vote"), 1);
  EXPECT_EQ(Between("two days after the attack"), -2);
  EXPECT_EQ(Between("3 days before talks"), 3);
  EXPECT_EQ(Between("a week after the election"), -7);
  EXPECT_EQ(Between("hours after the blast"), 0);
  EXPECT_EQ(Between("shortly before midnight"), 0);
  // No interval, one too long to place the act, or not an interval at all.
  EXPECT_EQ(Between("after Beijing imposed sanctions"), std::nullopt);
  EXPECT_EQ(Between("five weeks after the vote"), std::nullopt);
  EXPECT_EQ(Between("years after the war"), std::nullopt);
  EXPECT_EQ(Between("the army after the coup"), std::nullopt);
  EXPECT_EQ(Between("martial law for 30 days after the clash"), std::nullopt);
  Document doc;
  testing::MakeDocument({"a day after"}, &doc);
  EXPECT_EQ(DaysBetweenActs(doc.tokens, 1), std::nullopt);   // "day" is no marker
  EXPECT_EQ(DaysBetweenActs(doc.tokens, 99), std::nullopt);  // out of range
}

TEST(TemporalExpression, DeicticDaysAcrossMonthAndYearBoundaries) {
  EXPECT_EQ(Read("They met yesterday", "2023-11-08"), "2023-11-07 day [yesterday]");
  EXPECT_EQ(Read("They met yesterday", "2024-01-01"), "2023-12-31 day [yesterday]");
  EXPECT_EQ(Read("They met yesterday", "2024-03-01"), "2024-02-29 day [yesterday]");
  EXPECT_EQ(Read("They met yesterday", "2023-03-01"), "2023-02-28 day [yesterday]");
  EXPECT_EQ(Read("They met last night", "2023-12-01"), "2023-11-30 day [last night]");
  EXPECT_EQ(Read("They meet today", "2023-11-08"), "2023-11-08 day [today]");
  EXPECT_EQ(Read("They meet tonight", "2023-11-08"), "2023-11-08 day [tonight]");
  EXPECT_EQ(Read("talks this morning", "2023-11-08"), "2023-11-08 day [this morning]");
  EXPECT_EQ(Read("They meet tomorrow", "2023-12-31"), "2024-01-01 day [tomorrow]");
  EXPECT_EQ(Read("They met yesterday afternoon", "2023-11-08"),
            "2023-11-07 day [yesterday afternoon]");
}

TEST(TemporalExpression, WeekdaysLookBackUnlessFuture) {
  // 2023-11-08 is a Wednesday.
  EXPECT_EQ(Read("met on Tuesday", "2023-11-08"), "2023-11-07 day [on Tuesday]");
  EXPECT_EQ(Read("met on Wednesday", "2023-11-08"), "2023-11-08 day [on Wednesday]");
  EXPECT_EQ(Read("met on Thursday", "2023-11-08"), "2023-11-02 day [on Thursday]");
  EXPECT_EQ(Read("met last Wednesday", "2023-11-08"), "2023-11-01 day [last Wednesday]");
  EXPECT_EQ(Read("meet on Thursday", "2023-11-08", Direction::kFuture),
            "2023-11-09 day [on Thursday]");
  EXPECT_EQ(Read("meet next Wednesday", "2023-11-08"), "2023-11-15 day [next Wednesday]");
  // Across a year: Monday 2024-01-01, "on Friday" is 2023-12-29.
  EXPECT_EQ(Read("met on Friday", "2024-01-01"), "2023-12-29 day [on Friday]");
  EXPECT_EQ(Read("clashes late Sunday night", "2024-03-01"), "2024-02-25 day [late Sunday night]");
}

TEST(TemporalExpression, WeeksAndWeekendsTakeTheMonthOfMostOfTheirDays) {
  // Wednesday 2023-11-08: last week is Oct 30 - Nov 5, across a month: five days in November.
  EXPECT_EQ(Read("met last week", "2023-11-08"), "2023-11 month [last week]");
  // Tuesday 2017-03-07: Feb 27 - Mar 5; Friday 2017-03-03: Feb 27 - Mar 3, three days in March.
  EXPECT_EQ(Read("deported last week", "2017-03-07"), "2017-03 month [last week]");
  EXPECT_EQ(Read("met this week", "2017-03-03"), "2017-03 month [this week]");
  // Thursday 2017-06-01: this week is May 29 - Jun 1, three days in May.
  EXPECT_EQ(Read("met this week", "2017-06-01"), "2017-05 month [this week]");
  // Wednesday 2023-11-22: last week is Nov 13 - 19.
  EXPECT_EQ(Read("met last week", "2023-11-22"), "2023-11 month [last week]");
  // This week up to the story date; on a Monday that is the day itself.
  EXPECT_EQ(Read("met this week", "2023-11-08"), "2023-11 month [this week]");
  EXPECT_EQ(Read("met this week", "2023-11-06"), "2023-11-06 day [this week]");
  // Monday 2024-01-01: last week is Dec 25 - 31.
  EXPECT_EQ(Read("met last week", "2024-01-01"), "2023-12 month [last week]");
  // Monday 2024-01-08: the weekend was Jan 6-7; on Sunday Jan 7 it is Jan 6-7 too.
  EXPECT_EQ(Read("protests over the weekend", "2024-01-08"), "2024-01 month [over the weekend]");
  EXPECT_EQ(Read("protests over the weekend", "2024-01-06"), "2024-01-06 day [over the weekend]");
  // Monday 2024-01-01: the weekend was Dec 30-31.
  EXPECT_EQ(Read("protests at the weekend", "2024-01-01"), "2023-12 month [at the weekend]");
  // Monday 2023-10-02: Sep 30 - Oct 1 lies across a month: a day each, the later month.
  EXPECT_EQ(Read("protests over the weekend", "2023-10-02"), "2023-10 month [over the weekend]");
}

TEST(TemporalExpression, AWeekdayThatRecursNamesNoDay) {
  EXPECT_EQ(Read("kept up their weekly Friday protests", "2019-04-03"), "none");
  EXPECT_EQ(Read("rallies every Sunday", "2019-04-03"), "none");
  EXPECT_EQ(Read("rallied each Tuesday evening", "2019-04-03"), "none");
  EXPECT_EQ(Read("rallied on Friday", "2019-04-03"), "2019-03-29 day [on Friday]");
}

// ParseDeadline at the first "by" of `words`, read on `story`, as Read gives it.
std::string ReadDeadline(const std::string& words, const char* story) {
  Document doc;
  testing::MakeDocument({words}, &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (doc.tokens[i].lower != "by") continue;
    std::optional<TemporalExpression> e = ParseDeadline(doc.tokens, i, n);
    if (!e) return "none";
    std::optional<EventDate> d =
        ResolveTemporalExpression(*e, *Date::ParseIso(story), Direction::kPast);
    return d ? d->ToString() + " " + std::to_string(e->end - e->begin) + " tokens" : "invalid";
  }
  return "no by";
}

TEST(TemporalExpression, ADeadlineIsReadAfterItsBy) {
  // Thursday 2023-09-21.
  EXPECT_EQ(ReadDeadline("By Wednesday afternoon , rebels had agreed", "2023-09-21"),
            "2023-09-20 3 tokens");
  EXPECT_EQ(ReadDeadline("had left by late Sunday", "2023-09-21"), "2023-09-17 3 tokens");
  EXPECT_EQ(ReadDeadline("was signed by Putin", "2023-09-21"), "none");
  EXPECT_EQ(ReadDeadline("signed Wednesday", "2023-09-21"), "no by");
  // Only after "by": the plain reading still treats it as a bound.
  EXPECT_EQ(Read("had agreed by Wednesday", "2023-09-21"), "none");
}

TEST(TemporalExpression, MonthsAndYears) {
  EXPECT_EQ(Read("met last month", "2024-01-15"), "2023-12 month [last month]");
  EXPECT_EQ(Read("met this month", "2024-01-15"), "2024-01 month [this month]");
  EXPECT_EQ(Read("meet next month", "2023-12-15"), "2024-01 month [next month]");
  EXPECT_EQ(Read("issued earlier this year", "2023-11-08"), "2023 year [earlier this year]");
  EXPECT_EQ(Read("elected last year", "2024-01-02"), "2023 year [last year]");
  EXPECT_EQ(Read("signed in March", "2023-11-08"), "2023-03 month [in March]");
  EXPECT_EQ(Read("signed in March", "2023-03-02"), "2023-03 month [in March]");
  EXPECT_EQ(Read("signed in March", "2023-02-27"), "2022-03 month [in March]");
  EXPECT_EQ(Read("will sign in March", "2023-11-08", Direction::kFuture),
            "2024-03 month [in March]");
  EXPECT_EQ(Read("signed last March", "2023-03-20"), "2022-03 month [last March]");
  EXPECT_EQ(Read("signed in March 2021", "2023-11-08"), "2021-03 month [in March 2021]");
  EXPECT_EQ(Read("signed in 2019", "2023-11-08"), "2019 year [in 2019]");
  // "march" is a verb, and a bare number is no year.
  EXPECT_EQ(Read("they march on the capital", "2023-11-08"), "none");
  EXPECT_EQ(Read("killed 2019 people", "2023-11-08"), "none");
}

TEST(TemporalExpression, AgoCountsBackAcrossBoundaries) {
  EXPECT_EQ(Read("attacked two days ago", "2024-03-01"), "2024-02-28 day [two days ago]");
  EXPECT_EQ(Read("attacked 3 days ago", "2023-01-02"), "2022-12-30 day [3 days ago]");
  EXPECT_EQ(Read("attacked a week ago", "2023-11-08"), "2023-11-01 day [a week ago]");
  EXPECT_EQ(Read("signed two months ago", "2024-01-20"), "2023-11 month [two months ago]");
  EXPECT_EQ(Read("signed a year ago", "2024-01-20"), "2023 year [a year ago]");
}

TEST(TemporalExpression, ExplicitDatesInNewsForms) {
  EXPECT_EQ(Read("met on March 17", "2023-11-08"), "2023-03-17 day [on March 17]");
  EXPECT_EQ(Read("met on 17 March 2021", "2023-11-08"), "2021-03-17 day [on 17 March 2021]");
  EXPECT_EQ(Read("met on Mar. 17", "2023-11-08"), "2023-03-17 day [on Mar. 17]");
  EXPECT_EQ(Read("met on Sept. 5 , 2020", "2023-11-08"), "2020-09-05 day [on Sept. 5 , 2020]");
  EXPECT_EQ(Read("met on 2023-03-17", "2023-11-08"), "2023-03-17 day [on 2023-03-17]");
  EXPECT_EQ(Read("met on the 17th of March", "2023-11-08"), "2023-03-17 day [17th of March]");
  EXPECT_EQ(Read("met on Tuesday , Nov. 7", "2023-11-08"), "2023-11-07 day [on Tuesday , Nov. 7]");
  // Without a year: the closest one not after the story date, across New Year.
  EXPECT_EQ(Read("met on Dec. 30", "2024-01-03"), "2023-12-30 day [on Dec. 30]");
  EXPECT_EQ(Read("will meet on Jan. 5", "2023-12-30", Direction::kFuture),
            "2024-01-05 day [on Jan. 5]");
  // February 29 goes back to the last leap year.
  EXPECT_EQ(Read("born on Feb. 29", "2023-06-01"), "2020-02-29 day [on Feb. 29]");
  EXPECT_EQ(Read("met on February 30", "2023-06-01"), "invalid");
}

TEST(TemporalExpression, BoundsAreNotDates) {
  EXPECT_EQ(Read("fighting since Tuesday", "2023-11-08"), "none");
  EXPECT_EQ(Read("talks until March 17", "2023-11-08"), "none");
  EXPECT_EQ(Read("a ceasefire by next week", "2023-11-08"), "none");
}

}  // namespace
}  // namespace tacitus

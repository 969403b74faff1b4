#include "tacitus/date.h"

#include <gtest/gtest.h>

#include <optional>

namespace tacitus {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

TEST(Date, ParsesIso) {
  EXPECT_EQ(Date::ParseIso("2023-11-08"), D(2023, 11, 8));
  EXPECT_EQ(Date::ParseIso("2024-02-29"), D(2024, 2, 29));
  EXPECT_EQ(Date::ParseIso("2000-02-29"), D(2000, 2, 29));
  EXPECT_EQ(Date::ParseIso("0001-01-01"), D(1, 1, 1));
  EXPECT_EQ(Date::ParseIso("1999-12-31"), D(1999, 12, 31));
}

TEST(Date, RejectsMalformedOrUnrealIso) {
  for (const char* bad : {"2023-02-30",  "2023-02-29",  "1900-02-29", "2023-04-31",
                          "2023-13-01",  "2023-00-10",  "2023-01-00", "2023-01-32",
                          "2023-2-03",   "2023-02-3",   "23-02-03",   "20230203",
                          " 2023-02-03", "2023-02-03 ", "+023-02-03", "2023/02/03",
                          "2023-02-0x",  "yesterday",   "",           "2023-02-033"}) {
    EXPECT_EQ(Date::ParseIso(bad), std::nullopt) << bad;
  }
}

TEST(Date, ParsesCompact) {
  EXPECT_EQ(Date::ParseCompact("20080804"), D(2008, 8, 4));
  EXPECT_EQ(Date::ParseCompact("19950101"), D(1995, 1, 1));
  for (const char* bad : {"20080231", "2008084", "200808041", "2008-08-04", "2008080a", ""}) {
    EXPECT_EQ(Date::ParseCompact(bad), std::nullopt) << bad;
  }
}

TEST(Date, KnowsLeapYearsAndMonthLengths) {
  EXPECT_TRUE(Date::IsLeapYear(2000));
  EXPECT_TRUE(Date::IsLeapYear(2024));
  EXPECT_FALSE(Date::IsLeapYear(1900));
  EXPECT_FALSE(Date::IsLeapYear(2023));
  EXPECT_FALSE(Date::IsLeapYear(2100));
  EXPECT_EQ(Date::DaysInMonth(2024, 2), 29);
  EXPECT_EQ(Date::DaysInMonth(2023, 2), 28);
  EXPECT_EQ(Date::DaysInMonth(2023, 4), 30);
  EXPECT_EQ(Date::DaysInMonth(2023, 12), 31);
  EXPECT_EQ(Date::DaysInMonth(2023, 13), 0);
  EXPECT_FALSE(D(2023, 2, 29).IsValid());
  EXPECT_FALSE(D(2023, 0, 1).IsValid());
  EXPECT_FALSE(D(2023, 268, 1).IsValid());  // would wrap to 12 if passed to chrono unchecked
  EXPECT_FALSE(D(70000, 1, 1).IsValid());
  EXPECT_EQ(Date::FromYmd(2023, 2, 29), std::nullopt);
  EXPECT_EQ(Date::FromYmd(2024, 2, 29), D(2024, 2, 29));
}

TEST(Date, PrintsIso) {
  EXPECT_EQ(D(2023, 11, 8).ToString(), "2023-11-08");
  EXPECT_EQ(D(999, 1, 5).ToString(), "0999-01-05");
  EXPECT_EQ(D(0, 12, 31).ToString(), "0000-12-31");
  // Outside four digits of year, as printf's %04d writes them.
  EXPECT_EQ(D(70000, 1, 1).ToString(), "70000-01-01");
  EXPECT_EQ(D(-44, 3, 15).ToString(), "-044-03-15");
}

TEST(Date, CountsDaysFromTheUnixEpoch) {
  // Reference values: 2023-01-01T00:00Z is Unix time 1672531200 = 19358 * 86400.
  EXPECT_EQ(D(1970, 1, 1).ToDays(), 0);
  EXPECT_EQ(D(1969, 12, 31).ToDays(), -1);
  EXPECT_EQ(D(2023, 1, 1).ToDays(), 19358);
  EXPECT_EQ(D(2023, 11, 8).ToDays(), 19358 + 311);
  EXPECT_EQ(D(2000, 3, 1).ToDays() - D(2000, 2, 28).ToDays(), 2);  // through Feb 29
  EXPECT_EQ(D(1900, 3, 1).ToDays() - D(1900, 2, 28).ToDays(), 1);  // no Feb 29
  EXPECT_EQ(Date::FromDays(19669), D(2023, 11, 8));
  EXPECT_EQ(Date::FromDays(-1), D(1969, 12, 31));
}

TEST(Date, AddsDaysAcrossMonthYearAndLeapBoundaries) {
  EXPECT_EQ(D(2023, 11, 8).AddDays(-1), D(2023, 11, 7));
  EXPECT_EQ(D(2024, 3, 1).AddDays(-1), D(2024, 2, 29));
  EXPECT_EQ(D(2023, 3, 1).AddDays(-1), D(2023, 2, 28));
  EXPECT_EQ(D(2100, 3, 1).AddDays(-1), D(2100, 2, 28));
  EXPECT_EQ(D(2000, 3, 1).AddDays(-1), D(2000, 2, 29));
  EXPECT_EQ(D(2024, 1, 1).AddDays(-1), D(2023, 12, 31));
  EXPECT_EQ(D(2023, 12, 31).AddDays(1), D(2024, 1, 1));
  EXPECT_EQ(D(2023, 1, 31).AddDays(1), D(2023, 2, 1));
  EXPECT_EQ(D(2023, 11, 8).AddDays(366), D(2024, 11, 8));  // spans 2024-02-29
  EXPECT_EQ(D(2023, 11, 8).AddDays(-365), D(2022, 11, 8));
}

// Walks four centuries (1600..2400, with both kinds of century years) one day at a time using
// only the Gregorian rules written out here, and checks every date against the day count.
TEST(Date, AgreesWithADayByDayWalk) {
  auto leap = [](int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); };
  const int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date walk{1600, 1, 1};
  const int64_t start = walk.ToDays();
  ASSERT_EQ(start, -135140);      // from Python's datetime
  int weekday = Date::kSaturday;  // 1600-01-01
  for (int64_t n = start; walk.year < 2401; ++n) {
    ASSERT_EQ(Date::FromDays(n), walk) << n;
    ASSERT_EQ(walk.ToDays(), n) << walk.ToString();
    ASSERT_EQ(walk.Weekday(), weekday) << walk.ToString();
    ASSERT_EQ(Date::ParseIso(walk.ToString()), walk);
    const int length = kMonthDays[walk.month - 1] + (walk.month == 2 && leap(walk.year));
    if (++walk.day > length) {
      walk.day = 1;
      if (++walk.month > 12) {
        walk.month = 1;
        ++walk.year;
      }
    }
    weekday = (weekday + 1) % 7;
  }
}

TEST(Date, KnowsWeekdays) {
  EXPECT_EQ(D(1970, 1, 1).Weekday(), Date::kThursday);
  EXPECT_EQ(D(2023, 11, 8).Weekday(), Date::kWednesday);
  EXPECT_EQ(D(2000, 2, 29).Weekday(), Date::kTuesday);
  EXPECT_EQ(D(2023, 11, 12).Weekday(), Date::kSunday);
  EXPECT_EQ(D(2023, 11, 13).Weekday(), Date::kMonday);
}

TEST(Date, FindsTheLastWeekdayBefore) {
  const Date wednesday{2023, 11, 8};
  EXPECT_EQ(wednesday.LastWeekdayBefore(Date::kTuesday), D(2023, 11, 7));
  EXPECT_EQ(wednesday.LastWeekdayBefore(Date::kWednesday), D(2023, 11, 1));
  EXPECT_EQ(wednesday.LastWeekdayBefore(Date::kThursday), D(2023, 11, 2));
  EXPECT_EQ(D(2024, 3, 1).LastWeekdayBefore(Date::kThursday), D(2024, 2, 29));
  EXPECT_EQ(D(2024, 1, 1).LastWeekdayBefore(Date::kSunday), D(2023, 12, 31));
}

TEST(Date, OrdersChronologically) {
  EXPECT_LT(D(2023, 12, 31), D(2024, 1, 1));
  EXPECT_LT(D(2024, 1, 31), D(2024, 2, 1));
  EXPECT_LT(D(2024, 2, 1), D(2024, 2, 2));
  EXPECT_GT(D(2024, 2, 2), D(2023, 11, 30));
  EXPECT_EQ(D(2024, 2, 2), D(2024, 2, 2));
  EXPECT_NE(D(2024, 2, 2), D(2024, 2, 3));
}

}  // namespace
}  // namespace tacitus

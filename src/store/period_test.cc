#include "tacitus/period.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

namespace tacitus {
namespace {

Date D(const char* iso) { return *Date::ParseIso(iso); }

TEST(Period, IsoWeeksBelongToTheYearOfTheirThursday) {
  // 2021-01-03 is a Sunday: still in 2020-W53. 2024-12-30 is a Monday: 2025-W01.
  EXPECT_EQ(PeriodLabel(PeriodStart(D("2021-01-03"), PeriodUnit::kWeek), PeriodUnit::kWeek),
            "2020-W53");
  EXPECT_EQ(PeriodStart(D("2021-01-03"), PeriodUnit::kWeek), D("2020-12-28"));
  EXPECT_EQ(PeriodLabel(PeriodStart(D("2024-12-31"), PeriodUnit::kWeek), PeriodUnit::kWeek),
            "2025-W01");
  EXPECT_EQ(PeriodLabel(PeriodStart(D("2023-11-08"), PeriodUnit::kWeek), PeriodUnit::kWeek),
            "2023-W45");
  EXPECT_EQ(PeriodLabel(PeriodStart(D("2023-01-01"), PeriodUnit::kWeek), PeriodUnit::kWeek),
            "2022-W52");
}

TEST(Period, APartialDateStandsForAnEndOfItsPeriod) {
  const auto read = [](std::string_view text, DateEdge edge) {
    const std::optional<Date> date = ParseDateOrPeriod(text, edge);
    return date ? date->ToString() : std::string("none");
  };
  EXPECT_EQ(read("2023-11-08", DateEdge::kLastDay), "2023-11-08");
  EXPECT_EQ(read("2024-02", DateEdge::kFirstDay), "2024-02-01");
  EXPECT_EQ(read("2024-02", DateEdge::kLastDay), "2024-02-29");
  EXPECT_EQ(read("2023", DateEdge::kLastDay), "2023-12-31");
  EXPECT_EQ(read("2023-13", DateEdge::kFirstDay), "none");
  EXPECT_EQ(read("20x3", DateEdge::kFirstDay), "none");
  EXPECT_EQ(read("", DateEdge::kFirstDay), "none");
  EXPECT_EQ(read("2023-11-31", DateEdge::kFirstDay), "none");
}

TEST(Period, MonthsAndYearsRollOver) {
  EXPECT_EQ(PeriodStart(D("2024-02-29"), PeriodUnit::kMonth), D("2024-02-01"));
  EXPECT_EQ(NextPeriodStart(D("2023-12-01"), PeriodUnit::kMonth), D("2024-01-01"));
  EXPECT_EQ(NextPeriodStart(D("2023-01-01"), PeriodUnit::kYear), D("2024-01-01"));
  EXPECT_EQ(NextPeriodStart(D("2024-12-30"), PeriodUnit::kWeek), D("2025-01-06"));
  EXPECT_EQ(PeriodLabel(D("2024-02-01"), PeriodUnit::kMonth), "2024-02");
  EXPECT_EQ(PeriodLabel(D("2024-01-01"), PeriodUnit::kYear), "2024");
  EXPECT_EQ(ParsePeriodUnit("fortnight"), std::nullopt);
  EXPECT_EQ(ParsePeriodUnit("week"), PeriodUnit::kWeek);
}

}  // namespace
}  // namespace tacitus

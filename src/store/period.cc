#include "tacitus/period.h"

#include <cstdio>

namespace tacitus {

std::optional<PeriodUnit> ParsePeriodUnit(std::string_view name) {
  if (name == "day") return PeriodUnit::kDay;
  if (name == "week") return PeriodUnit::kWeek;
  if (name == "month") return PeriodUnit::kMonth;
  if (name == "year") return PeriodUnit::kYear;
  return std::nullopt;
}

std::string_view PeriodUnitName(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay:
      return "day";
    case PeriodUnit::kWeek:
      return "week";
    case PeriodUnit::kMonth:
      return "month";
    case PeriodUnit::kYear:
      return "year";
  }
  return "day";
}

Date PeriodStart(Date date, PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay:
      return date;
    case PeriodUnit::kWeek:
      return date.AddDays(-date.Weekday());
    case PeriodUnit::kMonth:
      return Date{date.year, date.month, 1};
    case PeriodUnit::kYear:
      return Date{date.year, 1, 1};
  }
  return date;
}

Date NextPeriodStart(Date start, PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay:
      return start.AddDays(1);
    case PeriodUnit::kWeek:
      return start.AddDays(7);
    case PeriodUnit::kMonth:
      return start.month == 12 ? Date{start.year + 1, 1, 1} : Date{start.year, start.month + 1, 1};
    case PeriodUnit::kYear:
      return Date{start.year + 1, 1, 1};
  }
  return start.AddDays(1);
}

std::string PeriodLabel(Date start, PeriodUnit unit) {
  char label[24];
  switch (unit) {
    case PeriodUnit::kDay:
      return start.ToString();
    case PeriodUnit::kWeek: {
      // ISO 8601: week 1 is the week with the year's first Thursday.
      const Date thursday = start.AddDays(Date::kThursday - start.Weekday());
      const int64_t day_of_year = thursday.ToDays() - Date{thursday.year, 1, 1}.ToDays();
      std::snprintf(label, sizeof label, "%04d-W%02d", thursday.year,
                    static_cast<int>(day_of_year / 7 + 1));
      return label;
    }
    case PeriodUnit::kMonth:
      std::snprintf(label, sizeof label, "%04d-%02d", start.year, start.month);
      return label;
    case PeriodUnit::kYear:
      std::snprintf(label, sizeof label, "%04d", start.year);
      return label;
  }
  return start.ToString();
}

std::optional<Date> ParseDateOrPeriod(std::string_view text, DateEdge edge) {
  if (std::optional<Date> date = Date::ParseIso(text)) return date;
  // The number written at [begin, begin + size), -1 unless all digits.
  const auto digits = [&](size_t begin, size_t size) {
    int number = 0;
    for (size_t i = begin; i < begin + size; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      number = number * 10 + (text[i] - '0');
    }
    return number;
  };
  const bool month = text.size() == 7 && text[4] == '-';
  if (text.size() != 4 && !month) return std::nullopt;
  const int year = digits(0, 4), month_number = month ? digits(5, 2) : 1;
  if (year < 0 || month_number < 0) return std::nullopt;
  const std::optional<Date> first = Date::FromYmd(year, month_number, 1);
  if (!first || edge == DateEdge::kFirstDay) return first;
  return NextPeriodStart(*first, month ? PeriodUnit::kMonth : PeriodUnit::kYear).AddDays(-1);
}

}  // namespace tacitus

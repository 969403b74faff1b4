// Calendar periods for dyadic series: day, ISO week (Monday to Sunday), month,
// year.
//
//   Date start = PeriodStart(*Date::ParseIso("2024-12-31"), PeriodUnit::kWeek);
//   // 2024-12-30 PeriodLabel(start, PeriodUnit::kWeek); // "2025-W01"
//   NextPeriodStart(start, PeriodUnit::kWeek); // 2025-01-06
#ifndef TACITUS_PERIOD_H_
#define TACITUS_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

#include "tacitus/date.h"

namespace tacitus {

enum class PeriodUnit { kDay, kWeek, kMonth, kYear };

// "day", "week", "month", "year"; nullopt for anything else.
std::optional<PeriodUnit> ParsePeriodUnit(std::string_view name);
std::string_view PeriodUnitName(PeriodUnit unit);

// The first day of the period holding `date`: itself, its ISO week's Monday,
// the 1st of its month, January 1st.
Date PeriodStart(Date date, PeriodUnit unit);
Date NextPeriodStart(Date start, PeriodUnit unit);
// "2023-11-08", "2023-W45" (ISO week-numbering year: the year of the week's
// Thursday), "2023-11", "2023". `start` must be a PeriodStart.
std::string PeriodLabel(Date start, PeriodUnit unit);

// Which end of a period a partial date stands for.
enum class DateEdge { kFirstDay, kLastDay };
// A date written YYYY-MM-DD, or YYYY-MM or YYYY for the first or last day of that month or
// year; nullopt for anything else.
std::optional<Date> ParseDateOrPeriod(std::string_view text, DateEdge edge);

}  // namespace tacitus

#endif  // TACITUS_PERIOD_H_

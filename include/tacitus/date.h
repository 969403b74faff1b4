// A civil date in the proleptic Gregorian calendar: a story's date, an event's date.
//
//   std::optional<Date> d = Date::ParseIso("2023-11-08");   // nullopt for "2023-02-30"
//   Date yesterday = d->AddDays(-1);                        // 2023-11-07
//   int wd = d->Weekday();                                  // Date::kWednesday
//   Date last_tuesday = d->LastWeekdayBefore(Date::kTuesday);  // 2023-11-07
//
// A Date made by ParseIso, ParseCompact, FromYmd, FromDays or AddDays is always a real date;
// only a Date built field by field can be invalid (IsValid() says so). Dates are plain values:
// cheap to copy, ordered chronologically by the comparison operators, safe from any thread.
//
// Arithmetic goes through a day count (days since 1970-01-01, negative before), so it is right
// across month, year and leap-year boundaries. The supported range is years -32767..32767
// (that of std::chrono::year); FromDays and AddDays outside it are undefined.
#ifndef TACITUS_DATE_H_
#define TACITUS_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tacitus {

struct Date {
  // Weekday() values: ISO 8601 order, counted from 0.
  static constexpr int kMonday = 0;
  static constexpr int kTuesday = 1;
  static constexpr int kWednesday = 2;
  static constexpr int kThursday = 3;
  static constexpr int kFriday = 4;
  static constexpr int kSaturday = 5;
  static constexpr int kSunday = 6;

  // Field order matters: the defaulted comparisons compare year, then month, then day.
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth(year, month)

  // "YYYY-MM-DD": exactly 4-digit year, 2-digit month and day, a real date. Anything else
  // (other lengths, signs, spaces, "2023-02-30", "yesterday") gives nullopt.
  static std::optional<Date> ParseIso(std::string_view text);
  // "YYYYMMDD" (PETRARCH's story dates), exactly 8 digits, a real date; otherwise nullopt.
  static std::optional<Date> ParseCompact(std::string_view text);
  // The date if year/month/day name a real day in the supported range; otherwise nullopt.
  static std::optional<Date> FromYmd(int year, int month, int day);
  // The date `days` days after 1970-01-01 (before it when negative).
  static Date FromDays(int64_t days);

  static bool IsLeapYear(int year);
  // 28..31; 0 when month is not 1..12.
  static int DaysInMonth(int year, int month);

  bool IsValid() const;
  // ISO 8601 "YYYY-MM-DD" (years outside 0..9999 get a sign or more digits).
  std::string ToString() const;
  // Days since 1970-01-01. Only meaningful for a valid date.
  int64_t ToDays() const;
  Date AddDays(int64_t days) const { return FromDays(ToDays() + days); }
  // kMonday..kSunday.
  int Weekday() const;
  // The closest earlier date (never this one) that falls on `weekday` (kMonday..kSunday):
  // "last Tuesday" read on a Tuesday is a week back.
  Date LastWeekdayBefore(int weekday) const;

  friend bool operator==(const Date&, const Date&) = default;
  friend std::strong_ordering operator<=>(const Date&, const Date&) = default;
};

}  // namespace tacitus

#endif  // TACITUS_DATE_H_

#include "tacitus/date.h"

#include <chrono>
#include <cstdio>

namespace tacitus {
namespace {

// Qualified everywhere: inside Date's members, year/month/day name the fields.
namespace chrono = std::chrono;

// The value of text[begin, begin + count) when it is all ASCII digits, else -1.
int ParseDigits(std::string_view text, size_t begin, size_t count) {
  int value = 0;
  for (size_t i = begin; i < begin + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

chrono::year_month_day ToChrono(const Date& date) {
  return chrono::year_month_day{chrono::year{date.year},
                                chrono::month{static_cast<unsigned>(date.month)},
                                chrono::day{static_cast<unsigned>(date.day)}};
}

}  // namespace

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = ParseDigits(text, 0, 4);
  const int m = ParseDigits(text, 5, 2);
  const int d = ParseDigits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return FromYmd(y, m, d);
}

std::optional<Date> Date::ParseCompact(std::string_view text) {
  if (text.size() != 8) return std::nullopt;
  const int y = ParseDigits(text, 0, 4);
  const int m = ParseDigits(text, 4, 2);
  const int d = ParseDigits(text, 6, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return FromYmd(y, m, d);
}

std::optional<Date> Date::FromYmd(int y, int m, int d) {
  const Date date{y, m, d};
  if (!date.IsValid()) return std::nullopt;
  return date;
}

Date Date::FromDays(int64_t count) {
  const chrono::year_month_day ymd{chrono::sys_days{chrono::days{count}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool Date::IsLeapYear(int y) { return chrono::year{y}.is_leap(); }

int Date::DaysInMonth(int y, int m) {
  if (m < 1 || m > 12) return 0;
  const chrono::year_month_day_last end{
      chrono::year{y}, chrono::month_day_last{chrono::month{static_cast<unsigned>(m)}}};
  return static_cast<int>(static_cast<unsigned>(end.day()));
}

bool Date::IsValid() const {
  // Range checks first: chrono's constructors take the fields modulo their width.
  constexpr int kMinYear = static_cast<int>(chrono::year::min());
  constexpr int kMaxYear = static_cast<int>(chrono::year::max());
  if (year < kMinYear || year > kMaxYear) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return ToChrono(*this).ok();
}

std::string Date::ToString() const {
  // Written by hand, once per event on the writers' hot path, where snprintf costs as much as
  // the rest of the line; snprintf for the rare date outside 0000-00-00 .. 9999-99-99.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string text = "0000-00-00";
    // Writes `value` in the `count` digits that end before text[end].
    const auto digits = [&text](size_t end, int value, size_t count) {
      for (size_t i = 1; i <= count; ++i, value /= 10) {
        text[end - i] = static_cast<char>('0' + value % 10);
      }
    };
    digits(4, year, 4);
    digits(7, month, 2);
    digits(10, day, 2);
    return text;
  }
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0);
}

int64_t Date::ToDays() const {
  return chrono::sys_days{ToChrono(*this)}.time_since_epoch().count();
}

int Date::Weekday() const {
  // iso_encoding(): Monday = 1 .. Sunday = 7.
  return static_cast<int>(chrono::weekday{chrono::sys_days{ToChrono(*this)}}.iso_encoding()) - 1;
}

Date Date::LastWeekdayBefore(int weekday) const {
  const int back = (Weekday() - weekday + 7) % 7;
  return AddDays(back == 0 ? -7 : -back);
}

}  // namespace tacitus

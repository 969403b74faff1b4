#include "time/temporal_expression.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

using Kind = TemporalExpression::Kind;
using Relation = TemporalExpression::Relation;

// Words after which an expression bounds the event instead of dating it.
constexpr auto kBoundWords = std::to_array<std::string_view>(
    {"since", "until", "till", "before", "after", "by", "for", "from", "through", "within"});
constexpr auto kPlainPrepositions =
    std::to_array<std::string_view>({"on", "in", "during", "over", "at", "throughout"});
constexpr auto kLooseModifiers =
    std::to_array<std::string_view>({"earlier", "later", "early", "late"});
constexpr auto kPartsOfDay =
    std::to_array<std::string_view>({"morning", "afternoon", "evening", "night"});
constexpr auto kWeekdays = std::to_array<std::string_view>(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
// Words before "after" or "before" that say how far apart two acts are (plural units lose
// their "s" first).
constexpr auto kIntervalWords = std::to_array<std::string_view>(
    {"minute", "hour", "moment", "day", "week", "month", "year", "decade", "shortly", "soon",
     "just", "long", "immediately", "right"});
constexpr auto kRecurrenceWords = std::to_array<std::string_view>({"weekly", "every", "each"});
constexpr auto kMonthNames =
    std::to_array<std::string_view>({"january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"});
constexpr auto kMonthAbbreviations = std::to_array<std::string_view>(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"});
constexpr auto kCountWords =
    std::to_array<std::string_view>({"one", "two", "three", "four", "five", "six", "seven", "eight",
                                     "nine", "ten", "eleven", "twelve"});

template <size_t N>
int IndexOf(const std::array<std::string_view, N>& words, std::string_view w) {
  auto it = std::find(words.begin(), words.end(), w);
  return it == words.end() ? -1 : static_cast<int>(it - words.begin());
}

// Digits only, as a number; -1 for anything else or more than 4 digits.
int SmallNumber(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  int n = 0;
  for (char ch : w) {
    if (ch < '0' || ch > '9') return -1;
    n = n * 10 + (ch - '0');
  }
  return n;
}

class Matcher {
 public:
  Matcher(std::span<const Token> tokens, uint32_t end) : tokens_(tokens), end_(end) {}

  std::optional<TemporalExpression> Parse(uint32_t begin) const {
    if (begin >= end_) return std::nullopt;
    if (begin > 0 && In(kBoundWords, Word(begin - 1))) return std::nullopt;
    return ParseFrom(begin, begin);
  }

  // "by Wednesday afternoon": the expression after the "by" at `by`.
  std::optional<TemporalExpression> ParseDeadline(uint32_t by) const {
    if (by >= end_ || Word(by) != "by") return std::nullopt;
    return ParseFrom(by, by + 1);
  }

 private:
  // The expression whose words start at `i`, spanning from `begin`.
  std::optional<TemporalExpression> ParseFrom(uint32_t begin, uint32_t i) const {
    bool after_preposition = false;  // in, during...: licenses a bare month or year
    bool loose = false;              // early, late...: licenses a bare month
    while (i < end_) {
      const std::string_view w = Word(i);
      if (!after_preposition && !loose && In(kPlainPrepositions, w)) {
        after_preposition = true;
      } else if (!loose && In(kLooseModifiers, w)) {
        loose = true;
      } else if (In(kBoundWords, w)) {
        return std::nullopt;
      } else {
        break;
      }
      ++i;
    }
    std::optional<TemporalExpression> e = Core(i, after_preposition || loose);
    if (e) e->begin = begin;
    return e;
  }

  std::string_view Word(uint32_t i) const { return i < end_ ? tokens_[i].lower : ""; }

  // Month 1..12 of a month name or (capitalised) abbreviation; 0 otherwise. Full names too
  // must be capitalised: "march" and "may" are usually verbs.
  int MonthAt(uint32_t i) const {
    if (i >= end_ || !tokens_[i].has(kCapitalized)) return 0;
    std::string_view w = Word(i);
    if (int m = IndexOf(kMonthNames, w); m >= 0) return m + 1;
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w == "sept") return 9;
    return IndexOf(kMonthAbbreviations, w) + 1;
  }

  // 1..31, with or without an ordinal suffix ("17", "17th"); 0 otherwise.
  int DayAt(uint32_t i) const {
    std::string_view w = Word(i);
    if (w.size() > 2 &&
        (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))) {
      w.remove_suffix(2);
    }
    if (w.size() > 2) return 0;
    const int n = SmallNumber(w);
    return n >= 1 && n <= 31 ? n : 0;
  }

  // A four-digit year 1000..2999; 0 otherwise.
  int YearAt(uint32_t i) const {
    const std::string_view w = Word(i);
    if (w.size() != 4) return 0;
    const int n = SmallNumber(w);
    return n >= 1000 && n <= 2999 ? n : 0;
  }

  int CountAt(uint32_t i) const {
    const std::string_view w = Word(i);
    if (w == "a" || w == "an") return 1;
    if (int n = IndexOf(kCountWords, w); n >= 0) return n + 1;
    const int n = SmallNumber(w);
    return n >= 1 && n <= 999 ? n : 0;
  }

  // Whether the weekday at `i` names a day that comes back each week rather than one day:
  // "their weekly Friday demonstrations", "every Sunday".
  bool Recurring(uint32_t i) const { return i > 0 && In(kRecurrenceWords, tokens_[i - 1].lower); }

  // `end` extended over "morning", "night"...
  uint32_t PartOfDay(uint32_t end) const { return In(kPartsOfDay, Word(end)) ? end + 1 : end; }

  static TemporalExpression Make(Kind kind, uint32_t end, int value = 0,
                                 Relation relation = Relation::kNone) {
    TemporalExpression e;
    e.kind = kind;
    e.value = value;
    e.relation = relation;
    e.end = end;
    return e;
  }

  std::optional<TemporalExpression> Core(uint32_t i, bool licensed) const {
    if (i >= end_) return std::nullopt;
    const std::string_view w = Word(i);
    if (w == "today" || w == "tonight") return Make(Kind::kDayOffset, PartOfDay(i + 1), 0);
    if (w == "yesterday") return Make(Kind::kDayOffset, PartOfDay(i + 1), -1);
    if (w == "tomorrow") return Make(Kind::kDayOffset, PartOfDay(i + 1), 1);
    if (auto e = Relative(i)) return e;
    if (w == "the" && Word(i + 1) == "weekend" && licensed) {
      return Make(Kind::kWeekend, i + 2);
    }
    if (int wd = IndexOf(kWeekdays, w); wd >= 0) {
      if (Recurring(i)) return std::nullopt;
      // "Tuesday, March 17": the date says more than the weekday.
      const uint32_t next = Word(i + 1) == "," ? i + 2 : i + 1;
      if (auto date = MonthDay(next)) return date;
      return Make(Kind::kWeekday, PartOfDay(i + 1), wd);
    }
    if (auto e = Ago(i)) return e;
    if (auto e = MonthDay(i)) return e;
    if (auto e = DayMonth(i)) return e;
    if (int m = MonthAt(i); m > 0 && licensed) {
      TemporalExpression e = Make(Kind::kMonth, i + 1);
      e.month = m;
      return e;
    }
    if (std::optional<Date> d = Date::ParseIso(tokens_[i].text)) {
      TemporalExpression e = Make(Kind::kDate, i + 1);
      e.year = d->year;
      e.month = d->month;
      e.day = d->day;
      return e;
    }
    if (int y = YearAt(i); y > 0 && licensed) {
      TemporalExpression e = Make(Kind::kYear, i + 1);
      e.year = y;
      return e;
    }
    return std::nullopt;
  }

  // last/this/next/past/coming + night, morning, week, weekend, month, year, weekday, month.
  std::optional<TemporalExpression> Relative(uint32_t i) const {
    const std::string_view w = Word(i);
    Relation relation;
    if (w == "last" || w == "past" || w == "previous") {
      relation = Relation::kLast;
    } else if (w == "this") {
      relation = Relation::kThis;
    } else if (w == "next" || w == "coming") {
      relation = Relation::kNext;
    } else {
      return std::nullopt;
    }
    const int offset = relation == Relation::kLast ? -1 : relation == Relation::kNext ? 1 : 0;
    const std::string_view n = Word(i + 1);
    if (n == "night" && relation != Relation::kNext) {
      return Make(Kind::kDayOffset, i + 2, relation == Relation::kLast ? -1 : 0);
    }
    if ((n == "morning" || n == "afternoon" || n == "evening") && relation == Relation::kThis) {
      return Make(Kind::kDayOffset, i + 2, 0);
    }
    if (n == "week") return Make(Kind::kWeek, i + 2, 0, relation);
    if (n == "weekend") return Make(Kind::kWeekend, i + 2, 0, relation);
    if (n == "month") return Make(Kind::kMonthOffset, i + 2, offset, relation);
    if (n == "year") return Make(Kind::kYearOffset, i + 2, offset, relation);
    if (int wd = IndexOf(kWeekdays, n); wd >= 0) {
      return Make(Kind::kWeekday, PartOfDay(i + 2), wd, relation);
    }
    if (int m = MonthAt(i + 1); m > 0) {
      TemporalExpression e = Make(Kind::kMonth, i + 2, 0, relation);
      e.month = m;
      return e;
    }
    return std::nullopt;
  }

  // "two days ago", "a year ago".
  std::optional<TemporalExpression> Ago(uint32_t i) const {
    const int count = CountAt(i);
    if (count == 0 || Word(i + 2) != "ago") return std::nullopt;
    std::string_view unit = Word(i + 1);
    if (unit.ends_with('s')) unit.remove_suffix(1);
    if (unit == "day") return Make(Kind::kDayOffset, i + 3, -count);
    if (unit == "week") return Make(Kind::kDayOffset, i + 3, -7 * count);
    if (unit == "month") return Make(Kind::kMonthOffset, i + 3, -count);
    if (unit == "year") return Make(Kind::kYearOffset, i + 3, -count);
    return std::nullopt;
  }

  // An optional year after a date: "March 17, 2023", "17 March 2023".
  void OptionalYear(uint32_t at, TemporalExpression* e) const {
    const uint32_t y_at = Word(at) == "," ? at + 1 : at;
    if (int y = YearAt(y_at); y > 0) {
      e->year = y;
      e->end = y_at + 1;
    }
  }

  // "March 17", "Mar. 17, 2023", "March 2023".
  std::optional<TemporalExpression> MonthDay(uint32_t i) const {
    const int m = MonthAt(i);
    if (m == 0) return std::nullopt;
    if (int y = YearAt(i + 1); y > 0) {
      TemporalExpression e = Make(Kind::kMonth, i + 2);
      e.month = m;
      e.year = y;
      return e;
    }
    const int d = DayAt(i + 1);
    if (d == 0) return std::nullopt;
    TemporalExpression e = Make(Kind::kDate, i + 2);
    e.month = m;
    e.day = d;
    OptionalYear(i + 2, &e);
    return e;
  }

  // "17 March", "17th March 2023", "17 of March".
  std::optional<TemporalExpression> DayMonth(uint32_t i) const {
    const int d = DayAt(i);
    if (d == 0) return std::nullopt;
    const uint32_t m_at = Word(i + 1) == "of" ? i + 2 : i + 1;
    const int m = MonthAt(m_at);
    if (m == 0) return std::nullopt;
    TemporalExpression e = Make(Kind::kDate, m_at + 1);
    e.month = m;
    e.day = d;
    OptionalYear(m_at + 1, &e);
    return e;
  }

  std::span<const Token> tokens_;
  uint32_t end_;
};

// "for 30 days after ...", "within two weeks after ...": how long something lasts, not when.
bool IsDuration(std::span<const Token> tokens, uint32_t marker) {
  return marker >= 3 && (tokens[marker - 3].lower == "for" || tokens[marker - 3].lower == "within");
}

EventDate AtDay(Date d) { return {d, DatePrecision::kDay, {}}; }
EventDate AtMonth(int year, int month) { return {Date{year, month, 1}, DatePrecision::kMonth, {}}; }
EventDate AtYear(int year) { return {Date{year, 1, 1}, DatePrecision::kYear, {}}; }

// The day of [first, last], else the month that holds most of its days (a week or weekend
// over the turn of a month: its middle day's month, the later one on a tie).
EventDate Covering(Date first, Date last) {
  if (first == last) return AtDay(first);
  const Date middle = Date::FromDays((first.ToDays() + last.ToDays() + 1) / 2);
  return AtMonth(middle.year, middle.month);
}

// Days from `from` forward to the next `weekday`, 0 when it is that day.
int DaysUntil(int from, int weekday) { return (weekday - from + 7) % 7; }

}  // namespace

std::optional<TemporalExpression> ParseTemporalExpression(std::span<const Token> tokens,
                                                          uint32_t begin, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  return Matcher(tokens, end).Parse(begin);
}

std::optional<TemporalExpression> ParseDeadline(std::span<const Token> tokens, uint32_t by,
                                                uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  return Matcher(tokens, end).ParseDeadline(by);
}

std::optional<EventDate> ResolveTemporalExpression(const TemporalExpression& e, Date story,
                                                   Direction direction) {
  bool future = direction == Direction::kFuture;
  if (e.relation == Relation::kLast) future = false;
  if (e.relation == Relation::kNext) future = true;
  const int weekday = story.Weekday();
  switch (e.kind) {
    case Kind::kDayOffset:
      return AtDay(story.AddDays(e.value));
    case Kind::kWeekday: {
      if (e.relation == Relation::kLast) return AtDay(story.LastWeekdayBefore(e.value));
      if (e.relation == Relation::kNext) {
        const int ahead = DaysUntil(weekday, e.value);
        return AtDay(story.AddDays(ahead == 0 ? 7 : ahead));
      }
      if (future) return AtDay(story.AddDays(DaysUntil(weekday, e.value)));
      return AtDay(story.AddDays(-DaysUntil(e.value, weekday)));
    }
    case Kind::kWeek: {
      const Date monday = story.AddDays(-weekday);
      if (e.relation == Relation::kLast) return Covering(monday.AddDays(-7), monday.AddDays(-1));
      if (e.relation == Relation::kNext) return Covering(monday.AddDays(7), monday.AddDays(13));
      return future ? Covering(story, monday.AddDays(6)) : Covering(monday, story);
    }
    case Kind::kWeekend: {
      const bool on_weekend = weekday >= Date::kSaturday;
      Date saturday;
      if (future) {
        saturday = on_weekend ? story.AddDays(Date::kSaturday - weekday)
                              : story.AddDays(DaysUntil(weekday, Date::kSaturday));
        if (on_weekend && e.relation == Relation::kNext) saturday = saturday.AddDays(7);
        return Covering(std::max(saturday, story), saturday.AddDays(1));
      }
      saturday = on_weekend ? story.AddDays(Date::kSaturday - weekday)
                            : story.LastWeekdayBefore(Date::kSaturday);
      if (on_weekend && e.relation == Relation::kLast) saturday = saturday.AddDays(-7);
      return Covering(saturday, std::min(saturday.AddDays(1), story));
    }
    case Kind::kMonthOffset: {
      const int months = story.year * 12 + (story.month - 1) + e.value;
      const int year = months >= 0 ? months / 12 : (months - 11) / 12;
      return AtMonth(year, months - year * 12 + 1);
    }
    case Kind::kYearOffset:
      return AtYear(story.year + e.value);
    case Kind::kMonth: {
      if (e.month < 1 || e.month > 12) return std::nullopt;
      if (e.year != 0) return AtMonth(e.year, e.month);
      const bool strict = e.relation == Relation::kLast || e.relation == Relation::kNext;
      int year = story.year;
      if (future) {
        if (e.month < story.month || (strict && e.month == story.month)) ++year;
      } else {
        if (e.month > story.month || (strict && e.month == story.month)) --year;
      }
      return AtMonth(year, e.month);
    }
    case Kind::kDate: {
      if (e.year != 0) {
        std::optional<Date> d = Date::FromYmd(e.year, e.month, e.day);
        return d ? std::optional<EventDate>(AtDay(*d)) : std::nullopt;
      }
      // Eight years always reach a leap year's February 29.
      for (int k = 0; k <= 8; ++k) {
        const int year = future ? story.year + k : story.year - k;
        std::optional<Date> d = Date::FromYmd(year, e.month, e.day);
        if (d && (future ? *d >= story : *d <= story)) return AtDay(*d);
      }
      return std::nullopt;
    }
    case Kind::kYear:
      return AtYear(e.year);
  }
  return std::nullopt;
}

std::optional<int> DaysBetweenActs(std::span<const Token> tokens, uint32_t marker) {
  if (marker >= tokens.size() || marker == 0) return std::nullopt;
  const std::string_view relation = tokens[marker].lower;
  if (relation != "after" && relation != "before") return std::nullopt;
  const int sign = relation == "after" ? -1 : 1;
  std::string_view unit = tokens[marker - 1].lower;
  if (unit == "shortly" || unit == "soon" || unit == "just" || unit == "hours" ||
      unit == "minutes" || unit == "moments") {
    return 0;
  }
  if (marker < 2) return std::nullopt;
  if (IsDuration(tokens, marker)) return std::nullopt;
  const std::string_view count_word = tokens[marker - 2].lower;
  int count = 0;
  if (count_word == "a" || count_word == "an" || count_word == "one" || count_word == "the") {
    count = 1;
  } else if (int n = IndexOf(kCountWords, count_word); n >= 0) {
    count = n + 1;
  } else {
    count = SmallNumber(count_word);
  }
  if (unit.ends_with('s')) unit.remove_suffix(1);
  const int days = unit == "day" ? count : unit == "week" ? 7 * count : -1;
  if (count < 1 || days < 0 || days > 31) return std::nullopt;
  return sign * days;
}

bool SaysAnInterval(std::span<const Token> tokens, uint32_t marker) {
  if (marker == 0 || marker >= tokens.size()) return false;
  if (IsDuration(tokens, marker)) return false;
  std::string_view word = tokens[marker - 1].lower;
  if (word.size() > 1 && word.ends_with('s') && !word.ends_with("ss")) word.remove_suffix(1);
  return In(kIntervalWords, word);
}

std::optional<int> DaysFromEpisode(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  const auto word = [&](uint32_t i) { return i < end ? tokens[i].lower : std::string_view(); };
  if (begin >= end) return std::nullopt;
  const std::string_view first = word(begin);
  const std::string_view second = word(begin + 1);
  const std::string_view third = word(begin + 2);
  if (first == "the" && third == "day") {
    if (second == "previous") return -1;
    if (second == "next" || second == "following") return 1;
  }
  if (first == "the" && second == "day" && (third == "before" || third == "after")) {
    // "The day before, ..." ends its phrase; "the day before the vote" dates from the vote.
    const std::string_view after = word(begin + 3);
    if (!after.empty() && after != "," && after != ".") return std::nullopt;
    return third == "before" ? -1 : 1;
  }
  int count = 0;
  if (first == "a" || first == "an" || first == "one") {
    count = 1;
  } else if (int n = IndexOf(kCountWords, first); n >= 0) {
    count = n + 1;
  } else {
    count = SmallNumber(first);
  }
  std::string_view unit = second;
  if (unit.ends_with('s')) unit.remove_suffix(1);
  const int days = unit == "day" ? count : unit == "week" ? 7 * count : -1;
  if (count < 1 || days < 1 || days > 31) return std::nullopt;
  if (third == "earlier") return -days;
  if (third == "later") return days;
  return std::nullopt;
}

}  // namespace tacitus

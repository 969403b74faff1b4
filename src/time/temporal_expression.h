// Temporal expressions of news text, found in tokens and resolved against the story's date.
//
//   std::optional<TemporalExpression> e = ParseTemporalExpression(tokens, i, tokens.size());
//   if (e) {
//     std::optional<EventDate> d = ResolveTemporalExpression(*e, story_date, Direction::kPast);
//   }
//
// Recognised (case-insensitive unless noted; an optional leading "on", "in", "during",
// "over", "at", "throughout" and "earlier"/"later"/"early"/"late" are part of the match):
//   today, tonight, this morning/afternoon/evening   the story date
//   yesterday, last night                            the day before
//   tomorrow                                         the day after
//   Tuesday, last/this/next Tuesday (+ morning...)   a weekday (see Resolve)
//   last/this/next week, (over the) weekend          a week or weekend (see Resolve)
//   last/this/next month, last/this/next year        a month or year
//   N days/weeks/months/years ago (N: digits, "a", "an", one..twelve)
//   March, in March 2023, March 17, March 17, 2023, Mar. 17, 17 March 2023, 17th March,
//   Tuesday, March 17                                month names must be capitalised;
//                                                    abbreviations "Jan".."Dec", "Sept"
//   2023-03-17                                       ISO dates
//   in 2022, during 2022                             a bare year only after in/during
// An expression directly after since/until/till/before/after/by/for/from/through/within is
// not the time of the event but a bound on it, and is not matched (ParseDeadline reads one
// after "by"). A weekday after "weekly", "every" or "each" recurs ("their weekly Friday
// protests") and names no day.
//
// Pure functions of their arguments: safe from any thread, no allocation.
#ifndef TACITUS_TIME_TEMPORAL_EXPRESSION_H_
#define TACITUS_TIME_TEMPORAL_EXPRESSION_H_

#include <cstdint>
#include <optional>
#include <span>

#include "tacitus/date.h"
#include "tacitus/event.h"
#include "text/document.h"

namespace tacitus {

struct TemporalExpression {
  enum class Kind : uint8_t {
    kDayOffset,    // `value` days from the story date (today 0, yesterday -1, 3 days ago -3)
    kWeekday,      // `value` = Date::kMonday..kSunday, `relation`
    kWeek,         // `relation`: last/this/next week
    kWeekend,      // `relation`
    kMonthOffset,  // `value` months from the story's month
    kYearOffset,   // `value` years from the story's year
    kMonth,        // `month`, `year` if given (0 otherwise), `relation`
    kDate,         // `month`, `day`, `year` if given (0 otherwise)
    kYear,         // `year`
  };
  enum class Relation : uint8_t { kNone, kLast, kThis, kNext };

  Kind kind = Kind::kDayOffset;
  Relation relation = Relation::kNone;
  int value = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  uint32_t begin = 0;  // tokens [begin, end) of the whole expression
  uint32_t end = 0;
};

// The expression that starts at tokens[begin] and ends at or before tokens[end], if any.
// `begin` may point at a leading preposition or "earlier"; tokens[begin - 1] is looked at
// for since/until/...
std::optional<TemporalExpression> ParseTemporalExpression(std::span<const Token> tokens,
                                                          uint32_t begin, uint32_t end);

// The expression after the "by" at tokens[by] ("by Wednesday afternoon", "by late Sunday"),
// spanning from the "by"; nullopt when tokens[by] is not "by" or no expression follows. What
// was done by then is dated by it: "By Friday, rebels had taken the town."
std::optional<TemporalExpression> ParseDeadline(std::span<const Token> tokens, uint32_t by,
                                                uint32_t end);

// Which way an expression that does not say points: "on Tuesday" in "met on Tuesday" is the
// last Tuesday, in "will meet on Tuesday" the next.
enum class Direction : uint8_t { kPast, kFuture };

// The date the expression names, read on `story_date`, with `span` left empty:
//   weekday   kNone: the closest on or before the story date (on or after for kFuture);
//             kLast: strictly before; kNext: strictly after; kThis: as kNone.
//   week      the ISO week (Monday to Sunday) before, of, or after the story date; "this week"
//             read in the past ends at the story date.
//   weekend   the Saturday and Sunday closest before (or, for kFuture/kNext, after) the story
//             date, up to the story date; "last weekend" read on a weekend is the one before.
//   March     without a year: the latest March up to the story's month (kPast, kLast
//             strictly before it), the earliest from it on (kFuture, kNext strictly after).
//   March 17  without a year: the closest March 17 on or before the story date (on or after
//             for kFuture); Feb 29 goes to the closest leap year.
// A week or weekend is a range of days: the date is its day when it has one, else the month
// that holds most of its days (its middle day's month; on a tie, the later month): "last
// week" read on Tuesday 2017-03-07 (Feb 27 to Mar 5) is 2017-03.
// nullopt when the expression names no real date ("February 30", "13th month").
std::optional<EventDate> ResolveTemporalExpression(const TemporalExpression& expression,
                                                   Date story_date, Direction direction);

// How many days apart two acts are that "a day after", "two days before", "a week after",
// "hours after", "shortly before" ... relate, read from the words before the "after" or
// "before" at tokens[marker]: the days from the act of the main clause to that of the clause
// "after" introduces (negative: it came first) or "before" introduces (positive); 0 where
// the words say hours, minutes, moments, "shortly", "soon" or "just". nullopt for a bare
// "after" or "before", an interval of more than 31 days, a duration ("for 30 days after"),
// and any other word at `marker`.
std::optional<int> DaysBetweenActs(std::span<const Token> tokens, uint32_t marker);

// How many days from the day of the episode a sentence continues the three words at
// tokens[begin] place its act: "a day earlier", "two days later", "the previous day", "the next day", "the
// following day", "the day before" or "the day after" ending a phrase ("The day before, ...";
// not "the day before the vote") give -1, +2, -1, +1, +1, -1, +1; nullopt for anything else and
// for intervals of more than 31 days.
std::optional<int> DaysFromEpisode(std::span<const Token> tokens, uint32_t begin, uint32_t end);

// Whether the word before the "after" or "before" at tokens[marker] says how far apart the two
// acts are, whether or not DaysBetweenActs counts it: "a year after", "months before", "long
// after", "shortly before", "hours after". False for a bare "after", for a duration before it
// ("martial law for 30 days after guards opened fire": the "after" is bare), and when `marker`
// is 0 or out of range.
bool SaysAnInterval(std::span<const Token> tokens, uint32_t marker);

}  // namespace tacitus

#endif  // TACITUS_TIME_TEMPORAL_EXPRESSION_H_

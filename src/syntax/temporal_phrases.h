// Internal to the clause parser: the words of temporal phrases ("yesterday", "last week",
// "earlier this year", "on Tuesday", "in 2022", "two days ago"), which the parser records as
// a clause's adverbials and never as its objects, and which also end a noun phrase ("met in
// Beijing yesterday").
#ifndef TACITUS_SYNTAX_TEMPORAL_PHRASES_H_
#define TACITUS_SYNTAX_TEMPORAL_PHRASES_H_

#include <array>
#include <string_view>

#include "syntax/sentence_view.h"
#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

inline constexpr auto kTemporalDeixis = std::to_array<std::string_view>(
    {"yesterday", "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"});
inline constexpr auto kTimeUnits = std::to_array<std::string_view>(
    {"year",   "years",   "month",    "months",  "week",      "weeks",   "day",
     "days",   "weekend", "weekends", "morning", "afternoon", "evening", "night",
     "decade", "decades", "century",  "quarter", "hour",      "hours",   "spring",
     "summer", "autumn",  "winter",   "minutes"});
inline constexpr auto kTemporalAdverbs = std::to_array<std::string_view>(
    {"now", "recently", "currently", "soon", "earlier", "later", "previously", "lately",
     "yesterday", "today", "tomorrow", "tonight"});
inline constexpr auto kTemporalPrepositions = std::to_array<std::string_view>(
    {"on", "in", "during", "since", "until", "till", "through", "throughout", "over", "within",
     "by", "at", "before", "after", "from", "for", "earlier", "later"});

// Whether token t is a year: a four-digit number beginning with 1 or 2 ("2016").
bool IsYear(const SentenceView& view, uint32_t t);
// Whether `lower` (a lowercased word) is a month's name or its abbreviation ("march", "dec").
bool IsMonthName(std::string_view lower);

// Whether noun phrase `np` names a time: a day ("yesterday", "Tuesday"); after a preposition
// a month or a year ("in March", "in 2022"); a time unit after a preposition or before "ago"
// ("for two days", "two days ago"), or with a modifier that points it ("last week").
bool IsTemporal(const SentenceView& view, const NounPhrase& np, bool after_preposition,
                bool before_ago);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_TEMPORAL_PHRASES_H_

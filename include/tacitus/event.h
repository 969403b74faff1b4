// A coded event: who did what to whom, when and where, in which sentence of which story,
// and why.
#ifndef TACITUS_EVENT_H_
#define TACITUS_EVENT_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/date.h"
#include "tacitus/span.h"

namespace tacitus {

enum class DatePrecision : uint8_t { kDay, kMonth, kYear };
std::string_view DatePrecisionName(DatePrecision precision);  // "day", "month", "year"

// When the event happened (time/). Until a temporal expression says otherwise, the story's
// date, to the day, with an empty span.
struct EventDate {
  Date date;
  DatePrecision precision = DatePrecision::kDay;
  Span span;  // bytes of the story text that set it ("yesterday"); empty: the story date
  // "2023-11-07", "2023-11" or "2023", as precise as known.
  std::string ToString() const;
  friend bool operator==(const EventDate&, const EventDate&) = default;
};

// Where it happened (place/): a gazetteer entry.
struct EventPlace {
  std::string name;     // "Beijing"
  std::string country;  // ISO 3166 alpha-3, as CAMEO country codes are: "CHN"
  std::string admin1;   // first-level subdivision where known: "Beijing", "Texas"
  std::optional<double> lat, lon;
  Span span;  // bytes of the story text that named it
  friend bool operator==(const EventPlace&, const EventPlace&) = default;
};

// A PETRARCH issue (its issue files) named in an event's sentence, and how many times.
struct IssueCount {
  std::string code;  // "NAMED_TERROR_GROUP"
  uint32_t count = 0;
  friend bool operator==(const IssueCount&, const IssueCount&) = default;
};

// Issues as PETRARCH writes them: "NAMED_TERROR_GROUP,1;SANCTIONS,2"; empty for none.
std::string IssuesText(std::span<const IssueCount> issues);

struct Event {
  std::string story;  // story id
  Date story_date;    // the story's date
  EventDate date;     // the event's own date
  std::optional<EventPlace> place;
  uint32_t sentence = 0;  // 0-based index of the sentence in the story
  Span sentence_span;     // bytes of the story text (Story::text) of that sentence
  int32_t clause = -1;    // index into Syntax::clauses of the coded clause; -1: a noun event
  int32_t phrase = -1;    // index into Syntax::phrases of the event noun's phrase; -1: a clause
  std::string source;     // CAMEO actor codes: "RUSGOV", "WST", "IGOICC"
  std::string target;
  std::string code;        // CAMEO event code: "042", "111", "1731"
  std::string code_label;  // its CAMEO label: "Express intent to meet or negotiate"
  std::string root;        // its two-digit root: "04"
  int quad_class = 0;      // 1 verbal cooperation .. 4 material conflict
  double goldstein = 0;    // -10 .. +10
  std::string plover;      // PLOVER event type ("CONSULT"), "DROPPED" where PLOVER has none
  // Bytes of the story text (Story::text) that named the source and target and the verb
  // (or event noun) that said what happened.
  Span source_span;
  Span verb_span;
  Span target_span;
  std::string pattern;               // the verb or noun pattern as written in the dictionary
  std::vector<std::string> matched;  // dictionary entries used, "data/verbs/04-consult.txt:12"
  std::vector<IssueCount> issues;    // in order of first mention; empty without issue files

  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace tacitus

#endif  // TACITUS_EVENT_H_

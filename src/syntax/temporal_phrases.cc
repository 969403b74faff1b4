#include "syntax/temporal_phrases.h"

#include <algorithm>
#include <cstdint>

#include "base/strings.h"

namespace tacitus::syntax_internal {
namespace {

constexpr auto kMonths = std::to_array<std::string_view>(
    {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
     "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
     "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
// Modifiers that make a bare time-unit phrase an adverbial: "last week", "this year".
constexpr auto kTimeModifiers = std::to_array<std::string_view>(
    {"this", "last", "next", "that", "past", "coming", "previous", "recent", "same", "following",
     "each", "every", "early", "late"});

}  // namespace

bool IsYear(const SentenceView& view, uint32_t t) {
  const std::string_view w = view.Lower(t);
  return view.Tag(t) == PosTag::kCD && w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
         std::all_of(w.begin(), w.end(), IsAsciiDigit);
}

bool IsMonthName(std::string_view lower) { return In(kMonths, lower); }

bool IsTemporal(const SentenceView& view, const NounPhrase& np, bool after_preposition,
                bool before_ago) {
  const std::string_view head = view.Lower(np.head);
  if (In(kTemporalDeixis, head)) return true;
  if (after_preposition && (IsMonthName(head) || IsYear(view, np.head))) {
    return IsProperNoun(view.Tag(np.head)) || IsYear(view, np.head);
  }
  if (!In(kTimeUnits, head)) return false;
  if (after_preposition || before_ago) return true;
  for (uint32_t t = np.tokens.begin; t < np.head; ++t) {
    if (In(kTimeModifiers, view.Lower(t))) return true;
  }
  return false;
}

}  // namespace tacitus::syntax_internal

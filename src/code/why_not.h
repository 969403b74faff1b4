// Why a clause gave no event — the question users of event coders ask most. When asked
// (ClauseScratch::why_not), the clause coders record a verdict for each clause that coded
// nothing, and the caller reports them for the sentences without events:
//
//   s4: "Kenyatta said he disagreed with the decision."
//     verb "disagree": no pattern for its lemma
//     verb "say": no pattern matched its words
//
// A clause whose verb the pattern of its parent named ("threatened to impose sanctions")
// has no verdict: it is part of its parent's event.
#ifndef TACITUS_CODE_WHY_NOT_H_
#define TACITUS_CODE_WHY_NOT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

enum class NoEventReason : uint8_t {
  kDiscarded,    // the sentence holds a discard phrase
  kCommaClause,  // PETRARCH: inside a comma-delimited clause left out
  kDenied,       // negated or subjunctive: "did not attack", "demanded that X withdraw"
  kIntended,     // planned, wished, possible or conditional (factuality.h), not an intent code
  kBackground,   // a perfect summing up a long stretch: "has killed 35,000 since 2009"
  kClaimed,      // alleged: a claim, not an act, and no accuser (reported_accusation.h)
  kNoPattern,    // no verb pattern for the verb's lemma
  kNoMatch,      // patterns for the lemma, none matching the clause's words
  kBlocked,      // a "---" pattern matched: not an event in this sense
  kNoSource,     // the source phrase names no actor (or there is none)
  kNoTarget,     // the target phrase names no actor (or there is none)
  kSameActor,    // the source and the target are the same actor
  kTitleRepeat,  // a headline or title line whose act the body reports (title_repeats.h)
};

// "discarded", "comma clause", "negated", "not done", "background", "claimed", "no pattern", "no match", "blocked",
// "no source", "no target", "same actor", "title repeat".
std::string_view NoEventReasonName(NoEventReason reason);

struct ClauseVerdict {
  uint32_t sentence = 0;
  int32_t clause = -1;
  NoEventReason reason = NoEventReason::kNoPattern;
  TokenRange verb;                       // the clause's verb group
  TokenRange phrase;                     // kNoSource, kNoTarget: the phrase; empty if none
  const VerbPattern* pattern = nullptr;  // the pattern that matched, where one did
};

// One line for people: `verb "condemn": no actor for the target "the attack" (pattern
// "condemn +T")`. Spans index `text`, the story text.
std::string DescribeVerdict(const Document& doc, std::string_view text,
                            const ClauseVerdict& verdict);

}  // namespace tacitus

#endif  // TACITUS_CODE_WHY_NOT_H_

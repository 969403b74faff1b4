// Whether a clause reports an act as done or under way — what event data codes — or only as
// planned, wished, possible, conditional or denied (news-dev GUIDE: "Not coded: plans and
// future acts, conditions and hypotheticals, negated acts"):
//
//   Biden met Putin.                         done
//   Biden will meet Putin next month.        planned   (future)
//   Russia could retaliate.                  possible  (a modal)
//   Germany urged Serbia to resume talks.    "to resume talks" wished (IsIntentionVerb)
//   China remains ready to talk.             "to talk" wished (a linking verb + "ready")
//   Japan is committed to working with Seoul. "working" pledged (IsPledgedGerund)
//   Iran proposed holding talks.             "holding" proposed (IsProposedGerund)
//   Police used tear gas to disperse them.   "to disperse" done (a purpose)
//   The ban amounts to holding them hostage. "holding" likened, not done (LikenedGerund)
//   If Iran attacks, ...                     conditional
//   Iran did not attack.                     denied    (negated; also subjunctive)
//   Neither Iran nor Iraq attacked.          denied    (a subject that "neither" begins)
//   Iran has no plans to attack.             "to attack" denied (an object that "no" begins)
//   India stopped buying Russian oil.        "buying" denied (the gerund of a verb of ending)
//   Iran denied that it attacked.            "that it attacked" denied (IsDenialVerb)
//   ISIS has killed 5,000 since 2014.        background (a perfect with "since" a year)
//
// What a clause embedded in a planned or wished one reports is not done either ("said it
// would send troops that will patrol"). Reported speech keeps the reported act's own
// status: "X said Y attacked Z" reports an attack.
#ifndef TACITUS_CODE_FACTUALITY_H_
#define TACITUS_CODE_FACTUALITY_H_

#include <cstdint>
#include <vector>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

enum class Factuality : uint8_t {
  kDone,        // reported as having happened or being under way
  kIntended,    // planned, wished, possible or conditional: future, a modal, an infinitive
  kDenied,      // negated or subjunctive ("did not attack", "demanded that Russia withdraw")
  kBackground,  // a perfect summing up a long stretch ("has killed 35,000 since 2009")
};

// Whether `clause` is a gerund its parent pledges rather than reports: "remains committed to
// working with Seoul", "is dedicated to strengthening ties" (a participial clause after
// "committed to" or "dedicated to").
bool IsPledgedGerund(const Document& doc, const Syntax& syntax, const Clause& clause);

// Whether `clause` is a gerund that a verb of proposal takes as its object, right after it:
// "proposed holding talks with Riyadh", "is considering sending troops" (proposed or weighed,
// not done).
bool IsProposedGerund(const Syntax& syntax, const Clause& clause);

// The factuality of every clause of `syntax`, by index, in *out.
void ClauseFactuality(const Document& doc, const Syntax& syntax, std::vector<Factuality>* out);

}  // namespace tacitus

#endif  // TACITUS_CODE_FACTUALITY_H_

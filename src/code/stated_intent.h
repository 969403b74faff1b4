// Which clause states an intent to do the act another clause names, when the act is promised,
// offered, agreed to, vowed or threatened rather than done — news-dev GUIDE: "a statement of
// intent is itself an event where CAMEO has a code for it" (03x, 13x), while a plan nobody
// commits to is not coded:
//
//   Pakistan agreed to hold talks with India.      "to hold" stated by "agreed" (cooperation)
//   China pledged to send aid to Nepal.            "to send" stated by "pledged"
//   Iran is ready to resume talks.                 "to resume" stated by "is ready"
//   Japan stood ready to send aid to Turkey.       "to send" stated by "stood ready"
//   India remains committed to working with Japan. "working" stated by "committed"
//   Trump threatened to impose tariffs on Canada.  "to impose" stated by "threatened" (conflict)
//   Iran proposed holding talks with Riyadh.       "holding" stated by "proposed" (cooperation)
//   The State Department said the United States would provide assistance.
//                                                  "would provide" stated by "said"
//   Biden will meet Putin next month.              no statement: a plan
//   Russia refused to agree to talk.               no statement: "agree" is itself refused
//
// The coder turns the act's code into the intent's (Dictionaries::IntentCodeFor) and codes
// the stating clause's subject as the source. Whether the reported future's subject is the
// speaker ("X said it would") is for the coder, which knows the actors.
#ifndef TACITUS_CODE_STATED_INTENT_H_
#define TACITUS_CODE_STATED_INTENT_H_

#include <cstdint>
#include <span>
#include <vector>

#include "code/factuality.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

struct IntentStatement {
  enum class Acts : uint8_t {
    kAny,          // "pledged to", "vowed to", "is ready to", "said it would"
    kCooperation,  // "agreed to": an agreement to impose sanctions is a decision, not a threat
    kConflict,     // "threatened to", "warned it would": a threat to talk is no threat
    kProposal,     // "proposed to", "proposed holding": cooperation proposed, conceding nothing
  };
  int32_t clause = -1;  // the stating clause; -1 when the act is not a stated intent
  Acts acts = Acts::kAny;
  bool reported_future = false;  // "said it would ...": the speaker must be the actor
};

// The statement of intent of clause `clause` of `syntax`, if any. `factuality` is
// ClauseFactuality's result: a stating clause that is itself not done ("could agree to",
// "refused to pledge to") states nothing.
IntentStatement FindIntentStatement(const Document& doc, const Syntax& syntax,
                                    const std::vector<Factuality>& factuality, uint32_t clause);

// Whether a pattern's code is itself a statement of intent or a threat (CAMEO roots 03 and
// 13), which a clause of planned or wished acts still states: "is ready to hold talks".
bool StatesIntent(const VerbPattern& pattern);

// The intent line that codes the act `pattern` matched when `statement` states it: nullptr
// when there is no statement, the pattern states an intent itself, the act is not of the kind
// the statement commits to, agreeing to it concedes it (AgreeingConcedes), or no intent line
// covers the act's code.
const IntentCode* StatedIntentCode(const Dictionaries& dictionaries, const VerbPattern& pattern,
                                   const IntentStatement& statement);

// Whether agreeing to the act is doing it: a state accedes to an administrative or political
// concession (CAMEO 081x, 083x) by agreeing to it ("the prime minister agreed to step down"
// is 0831, "agreed to let the opposition march" 0811), while an agreement to talk, aid or
// withdraw troops states an intent (036, 033, 0356). False for any other statement.
bool AgreeingConcedes(const VerbPattern& pattern, const IntentStatement& statement);

// Whether `clause` is a passive of commitment with no agent, whose subject commits itself
// ("Japan is committed to strengthening ties with India", "remains committed to", "is
// determined to"): a pattern of intent on it takes that subject as its source. False for an
// active clause ("Russia committed troops") or one whose agent is named.
bool CommitsItsSubject(const Clause& clause);

// The phrase whose actors state the intent: the stating clause's subject, or -1 when a
// reported future tells of another actor's acts ("Kyiv said Russia would attack": the act's
// source, `act_source`, has actors and none shares a country with the speaker).
int32_t IntentSource(const Syntax& syntax, const StoryActors& actors,
                     const IntentStatement& statement, int32_t act_source);

// Whether phrase `phrase` names actors and none of them is one of `speakers` or a part of one
// ("RUS" and "RUSGOV" are one; a government and its own protesters, "KENGOV" and "KENCVL",
// are two): whom a speaker's warning or hope is about (code/warned_consequence.h,
// code/stated_outlook.h).
bool NamesAnotherActor(const StoryActors& actors, int32_t phrase,
                       std::span<const ResolvedActor> speakers);

}  // namespace tacitus

#endif  // TACITUS_CODE_STATED_INTENT_H_

// Internal to the clause walk (clause_walk.cc, and clause_opening.cc for its verb groups):
// what it remembers from the chunks it has passed. Nothing else: every rule looks at this
// and at the chunks around the current one.
#ifndef TACITUS_SYNTAX_WALK_STATE_H_
#define TACITUS_SYNTAX_WALK_STATE_H_

#include <cstdint>

#include "syntax/syntax.h"

namespace tacitus::syntax_internal {

inline constexpr int32_t kOrphan = -3;  // parent: the next main clause, once it is known

// The role the walk gave the last noun phrase it met.
enum class Role : uint8_t { kNone, kSubject, kObject, kPpObject };

// The word that announces the next clause, as the walk met it.
enum class MarkerKind : uint8_t { kNone, kRelative, kThat, kSubordinator, kCoordinator };

struct Marker {
  MarkerKind kind = MarkerKind::kNone;
  int32_t token = -1;
  int32_t antecedent = -1;  // kRelative: the phrase it modifies
  int32_t parent = -1;      // the clause the next clause depends on, or kOrphan
  bool wh_adverb = false;   // "where", "when": the antecedent is no argument
  bool possessive = false;  // "whose": the antecedent owns the subject, is no argument
};

struct WalkState {
  int32_t current = -1;  // the clause that takes objects and attachments
  int32_t top = -1;      // the latest main clause
  int32_t subject = -1;  // a noun phrase waiting for its verb
  int32_t last_np = -1;  // the last noun phrase met, and its chunk and role
  int64_t last_np_chunk = -1;
  Role last_role = Role::kNone;
  int64_t prep_chunk = -1;    // a preposition waiting for its object
  bool objects_open = false;  // a noun phrase now may be the current clause's object
  Marker marker;
  int32_t inverted_clause = -1;      // '"...," said Putin': the clause whose subject comes next
  int32_t pending_speaker = -1;      // "According to X, ...": the next main clause's speaker
  uint32_t skip_chunk = UINT32_MAX;  // "ago", already taken with its phrase
  // "said that protesters who blocked the road would be arrested": the marker whose subject
  // a relative clause set aside, for the verb that takes that subject back.
  Marker held_marker;
};

// A subject waiting for its verb is set aside while an inserted clause runs ("Putin, who
// arrived on Tuesday, met Xi"); the next main clause without one takes it back.
inline void SetAsideSubject(WalkState* state, SyntaxScratch* scratch) {
  if (state->subject >= 0) scratch->saved_subjects.push_back(state->subject);
  state->subject = -1;
}

// A clause inserted in the subject of a marked clause ("said that men who blocked the road
// would be ...") keeps the marker for the verb that takes the subject back.
inline void HoldTheMarker(WalkState* state) {
  const bool marked =
      state->marker.kind == MarkerKind::kThat || state->marker.kind == MarkerKind::kSubordinator;
  state->held_marker = marked ? state->marker : Marker{};
}

// Reported speech with `speaker` as the one who said it ("X said", "according to X").
inline void SetSpeaker(Clause* clause, int32_t speaker) {
  clause->speaker = speaker;
  if (clause->kind == ClauseKind::kMain) clause->kind = ClauseKind::kReported;
}

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_WALK_STATE_H_

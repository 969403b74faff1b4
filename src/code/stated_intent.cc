#include "code/stated_intent.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.h"
#include "dict/cameo_tables.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

using Acts = IntentStatement::Acts;

// Verbs whose infinitive (or, passive, gerund: "is committed to working with") their subject
// commits to, whatever the act.
constexpr auto kCommittingVerbs = std::to_array<std::string_view>(
    {"pledge", "promise", "vow", "offer", "commit", "undertake", "swear", "resolve", "dedicate"});

// Verbs whose passive commits its subject to the infinitive: "is prepared to send troops".
constexpr auto kReadiedVerbs = std::to_array<std::string_view>({"prepare", "determine"});

// Words after "be" or another linking verb that commit its subject to the infinitive: "is
// ready to talk", "stood ready to help", "remains committed to".
constexpr auto kCommittedWords =
    std::to_array<std::string_view>({"ready", "willing", "prepared", "determined", "committed"});

// Verbs of going on or starting, which pass their infinitive or -ing act on to what states
// them: "pledged to keep supporting Kyiv", "will continue to support Ukraine, Blinken said".
constexpr auto kAspectVerbs =
    std::to_array<std::string_view>({"continue", "keep", "begin", "start"});

// Nouns of commitment whose infinitive the clause's subject commits to: "expressed its
// readiness to deploy police officers to Haiti", "reaffirmed its willingness to help",
// "accepted an invitation to visit Japan".
constexpr auto kCommittingNouns = std::to_array<std::string_view>(
    {"readiness", "willingness", "commitment", "pledge", "promise", "determination", "preparedness",
     "desire", "vow", "invitation"});

// Nouns of threat whose infinitive the clause's subject threatens, as "threaten to" does:
// "renewed its threat to cut ties with Israel", "repeated threats to impose tariffs".
constexpr auto kThreatNouns = std::to_array<std::string_view>({"threat", "ultimatum"});

// Verbs of saying whose subject, telling what it would do, commits to it.
constexpr auto kDeclaringVerbs = std::to_array<std::string_view>(
    {"say", "announce", "declare", "confirm", "state", "pledge", "promise", "vow", "insist",
     "reiterate", "reaffirm", "add", "assure", "tell"});

// What an infinitive under `stating` commits to; false when nothing.
bool InfinitiveCommitment(const Document& doc, const Clause& stating, const Clause& infinitive,
                          Acts* acts) {
  const std::string_view lemma = stating.verb.lemma;
  if (lemma == "agree") {
    *acts = Acts::kCooperation;
    return true;
  }
  if (lemma == "threaten") {
    *acts = Acts::kConflict;
    return true;
  }
  if (lemma == "propose") {
    *acts = Acts::kProposal;
    return true;
  }
  *acts = Acts::kAny;
  if (In(kCommittingVerbs, lemma)) return true;
  // The word before the infinitive, when it lies after the stating verb ("made a commitment to
  // send"). A tree may put the infinitive first: then there is none.
  const uint32_t infinitive_begin = infinitive.verb.tokens.begin;
  if (infinitive_begin > stating.verb.head + 1) {
    const std::string_view noun = doc.tokens[infinitive_begin - 1].lemma;
    if (In(kThreatNouns, noun)) {
      *acts = Acts::kConflict;
      return true;
    }
    if (In(kCommittingNouns, noun)) return true;
  }
  if (stating.verb.passive && In(kReadiedVerbs, lemma)) return true;
  if (!LinksToReadiness(lemma)) return false;
  for (uint32_t t = stating.verb.head + 1; t < infinitive.verb.tokens.begin; ++t) {
    if (In(kCommittedWords, doc.tokens[t].lemma)) return true;
  }
  return false;
}

// Whether `reported` tells what will be done; a warning may also tell what could be ("warned
// that protesters could be arrested"), a declaration may not ("said it could help").
bool SpeaksOfItsFuture(const Document& doc, const Clause& reported, bool warning) {
  if (reported.verb.tense == Tense::kFuture) return true;
  if (reported.verb.modal < 0) return false;
  const std::string_view modal = doc.tokens[reported.verb.modal].lower;
  return modal == "would" || (warning && (modal == "could" || modal == "may" || modal == "might"));
}

// Whether `act` is what `stating` tells: reported speech, or the that-clause of a verb of
// commitment, which the parser does not take for speech ("vowed that it would retaliate").
bool IsTold(const Document& doc, const Clause& stating, const Clause& act) {
  if (act.kind == ClauseKind::kReported) return true;
  return act.kind == ClauseKind::kSubordinate && act.marker >= 0 &&
         doc.tokens[act.marker].lower == "that" &&
         (In(kCommittingVerbs, stating.verb.lemma) || stating.verb.lemma == "threaten");
}

}  // namespace

IntentStatement FindIntentStatement(const Document& doc, const Syntax& syntax,
                                    const std::vector<Factuality>& factuality, uint32_t clause) {
  IntentStatement statement;
  if (syntax.clauses[clause].verb.negated) return statement;
  // "agreed to resume trade and (to) restore ties": a non-finite conjunct is stated as the
  // first one is.
  const Clause* act = &syntax.clauses[clause];
  for (int hops = 0; act->kind == ClauseKind::kCoordinated && !act->verb.finite &&
                     act->parent >= 0 && hops < kMaxChain;
       ++hops) {
    act = &syntax.clauses[act->parent];
  }
  for (int hops = 0;
       (act->kind == ClauseKind::kInfinitive || act->kind == ClauseKind::kParticipial) &&
       act->parent >= 0 && hops < kMaxChain;
       ++hops) {
    const Clause& above = syntax.clauses[act->parent];
    if (!In(kAspectVerbs, above.verb.lemma)) break;
    act = &above;
  }
  const int32_t parent = act->parent;
  if (parent < 0 || factuality[parent] != Factuality::kDone) return statement;
  const Clause& stating = syntax.clauses[parent];
  if (act->kind == ClauseKind::kInfinitive || IsPledgedGerund(doc, syntax, *act) ||
      IsProposedGerund(syntax, *act)) {
    if (InfinitiveCommitment(doc, stating, *act, &statement.acts)) statement.clause = parent;
  } else if (IsTold(doc, stating, *act)) {
    const std::string_view lemma = stating.verb.lemma;
    const bool warning = lemma == "warn" || lemma == "threaten";
    if ((In(kDeclaringVerbs, lemma) || warning) && SpeaksOfItsFuture(doc, *act, warning)) {
      statement.clause = parent;
      statement.acts = warning ? Acts::kConflict : Acts::kAny;
      statement.reported_future = true;
    }
  }
  return statement;
}

bool StatesIntent(const VerbPattern& pattern) {
  return pattern.code.starts_with("03") || pattern.code.starts_with("13");
}

bool AgreeingConcedes(const VerbPattern& pattern, const IntentStatement& statement) {
  return statement.clause >= 0 && statement.acts == Acts::kCooperation &&
         (pattern.code.starts_with("081") || pattern.code.starts_with("083"));
}

const IntentCode* StatedIntentCode(const Dictionaries& dictionaries, const VerbPattern& pattern,
                                   const IntentStatement& statement) {
  if (statement.clause < 0 || pattern.code == kNoEventCode || StatesIntent(pattern) ||
      AgreeingConcedes(pattern, statement)) {
    return nullptr;
  }
  const EventType* type = dictionaries.FindEventType(pattern.code);
  if (type == nullptr) return nullptr;
  const bool cooperation = type->quad_class <= 2;
  if (((statement.acts == Acts::kCooperation || statement.acts == Acts::kProposal) &&
       !cooperation) ||
      (statement.acts == Acts::kConflict && cooperation)) {
    return nullptr;
  }
  return dictionaries.IntentCodeFor(pattern.code);
}

bool CommitsItsSubject(const Clause& clause) {
  const std::string_view lemma = clause.verb.lemma;
  return clause.verb.passive && clause.agent < 0 &&
         (In(kCommittingVerbs, lemma) || In(kReadiedVerbs, lemma));
}

int32_t IntentSource(const Syntax& syntax, const StoryActors& actors,
                     const IntentStatement& statement, int32_t act_source) {
  // "is committed to", "is prepared to": the passive's subject commits itself.
  const Clause& stating = syntax.clauses[statement.clause];
  const int32_t speaker =
      stating.verb.passive && stating.agent < 0 ? stating.subject : stating.LogicalSubject();
  if (!statement.reported_future || act_source < 0 || act_source == speaker) return speaker;
  const auto doers = actors.ActorsOf(act_source);
  if (doers.empty()) return speaker;  // "it", "the pilot would be freed"
  for (const ResolvedActor& doer : doers) {
    for (const ResolvedActor& teller : actors.ActorsOf(speaker)) {
      if (SameLocation(doer.code, teller.code)) return speaker;
    }
  }
  return -1;
}

bool NamesAnotherActor(const StoryActors& actors, int32_t phrase,
                       std::span<const ResolvedActor> speakers) {
  const auto named = actors.ActorsOf(phrase);
  if (named.empty()) return false;
  for (const ResolvedActor& a : named) {
    for (const ResolvedActor& s : speakers) {
      const std::string_view one = a.code;
      const std::string_view other = s.code;
      if (one.starts_with(other) || other.starts_with(one)) return false;
    }
  }
  return true;
}

}  // namespace tacitus

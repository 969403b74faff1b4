#include "syntax/clause_roles.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "base/strings.h"
#include "lex/verb_classes.h"

namespace tacitus::syntax_internal {
namespace {

// Verbs whose object is the subject of a following infinitive: "urged China to stop".
constexpr auto kObjectControlVerbs = std::to_array<std::string_view>(
    {"ask",   "urge",      "call",   "tell",     "allow",    "force",     "persuade",  "invite",
     "order", "encourage", "help",   "enable",   "warn",     "request",   "require",   "pressure",
     "press", "permit",    "compel", "advise",   "instruct", "authorize", "authorise", "lead",
     "push",  "want",      "expect", "convince", "appeal",   "challenge"});

// Verbs whose object did what a following "for", "of", "against" or "from" gerund tells:
// "criticised Hungary for blocking the aid", "thanked Berlin for sending tanks", "accused
// Russia of shelling Kharkiv", "warned Finland against joining NATO", "barred the opposition
// from contesting the vote". Judging, rewarding, punishing, warning and preventing; not
// "drew criticism for", "claimed responsibility for", whose object is no doer.
constexpr auto kDoerObjectVerbs = std::to_array<std::string_view>(
    {"criticize",    "criticise", "condemn",   "denounce", "blame",    "slam",      "rebuke",
     "fault",        "chide",     "castigate", "lambaste", "lambast",  "berate",    "scold",
     "reprimand",    "censure",   "accuse",    "suspect",  "praise",   "commend",   "thank",
     "congratulate", "hail",      "laud",      "applaud",  "credit",   "reward",    "honour",
     "honor",        "punish",    "sanction",  "fine",     "sue",      "arrest",    "detain",
     "jail",         "imprison",  "charge",    "convict",  "sentence", "prosecute", "indict",
     "expel",        "suspend",   "ban",       "bar",      "forgive",  "pardon",    "warn",
     "caution",      "prevent",   "stop",      "block",    "prohibit", "deter",     "dissuade",
     "discourage",   "exclude",   "restrain",  "target",   "attack",   "reproach",  "admonish"});

// Prepositions that open such a gerund.
constexpr auto kDoerGerundMarkers =
    std::to_array<std::string_view>({"for", "of", "against", "from"});

// Whether participial clause `c` tells what its parent's object did: "criticised Hungary for
// blocking the aid" (above). A passive parent's subject is that doer already.
bool TellsTheObjectsDeed(const SentenceView& view, const Clause& c, const Clause& parent) {
  return c.kind == ClauseKind::kParticipial && c.marker >= 0 && !parent.verb.passive &&
         parent.object >= 0 &&
         In(kDoerGerundMarkers, view.Lower(static_cast<uint32_t>(c.marker))) &&
         In(kDoerObjectVerbs, parent.verb.lemma);
}

// Subordinators of an adverbial clause, which tells when or why something was said, not what:
// "'...,' Duda said after the missile landed".
constexpr auto kAdverbialMarkers =
    std::to_array<std::string_view>({"after", "before", "when", "while", "as", "since", "until",
                                     "because", "although", "though", "once"});

// Whether a later clause is a reported or subordinate complement of clause `clause`; an
// adverbial clause is none.
bool HasComplement(const SentenceView& view, const Syntax& syntax, uint32_t clause) {
  for (uint32_t k = clause + 1; k < syntax.clauses.size(); ++k) {
    const Clause& c = syntax.clauses[k];
    if (c.parent != static_cast<int32_t>(clause)) continue;
    if (c.kind == ClauseKind::kReported) return true;
    if (c.kind == ClauseKind::kSubordinate &&
        (c.marker < 0 || !In(kAdverbialMarkers, view.Lower(static_cast<uint32_t>(c.marker))))) {
      return true;
    }
  }
  return false;
}

// Verbs of the speaker's own speech acts, which news coordinates with what the speaker said:
// "X said Y had crossed the line and demanded that Y investigate", "Japan said five missiles
// had landed in its waters and lodged a protest with Beijing".
constexpr auto kSpeechActVerbs = std::to_array<std::string_view>(
    {"say",      "add",       "urge",      "call",      "demand", "appeal",  "ask",
     "warn",     "insist",    "stress",    "reiterate", "vow",    "pledge",  "condemn",
     "denounce", "criticize", "criticise", "accuse",    "blame",  "deny",    "reject",
     "protest",  "lodge",     "summon",    "express",   "voice",  "threaten"});

// "China said Indian troops had crossed the line and demanded ...", "he said his government
// would resign and urged calm": a conjunct of a reported clause with no subject of its own
// whose verb is a speech act goes with the verb of saying, when the reported clause tells a
// state or an earlier or later act (a perfect, a modal or future, "be") and the conjunct does
// not share its modal. Of a simple past ("said protesters blocked roads and demanded ...") it
// stays the reported subject's.
bool IsTheSpeakersOwnAct(const Syntax& syntax, const Clause& c) {
  if (c.kind != ClauseKind::kCoordinated || c.subject >= 0 || !c.verb.finite || c.verb.modal >= 0 ||
      c.verb.tense == Tense::kFuture || !In(kSpeechActVerbs, c.verb.lemma)) {
    return false;
  }
  const Clause& reported = syntax.clauses[c.parent];
  if (reported.kind != ClauseKind::kReported || reported.parent < 0 ||
      !IsReportingVerb(syntax.clauses[reported.parent].verb.lemma)) {
    return false;
  }
  return reported.verb.perfect || reported.verb.modal >= 0 ||
         reported.verb.tense == Tense::kFuture || reported.verb.lemma == "be";
}

// Words that count people or things as a number does: "dozens were wounded", "three others".
constexpr auto kCountingWords = std::to_array<std::string_view>(
    {"dozens", "hundreds", "thousands", "scores", "others", "several", "many", "more"});

// Whether phrase `p` counts its members: "more than 400 people", "dozens", "three others".
bool IsACount(const SentenceView& view, const Syntax& syntax, int32_t p) {
  const NounPhrase& phrase = syntax.phrases[static_cast<size_t>(p)];
  for (uint32_t t = phrase.tokens.begin; t < phrase.tokens.end; ++t) {
    if (view.Tag(t) == PosTag::kCD || In(kCountingWords, view.Lower(t))) return true;
  }
  return false;
}

}  // namespace

void ShareGappedPassives(const SentenceView& view, TokenRange clauses, Syntax* out) {
  for (uint32_t k = clauses.begin; k < clauses.end; ++k) {
    Clause& c = out->clauses[k];
    if (c.kind != ClauseKind::kCoordinated || c.parent < 0 || c.subject < 0) continue;
    const Clause& parent = out->clauses[static_cast<size_t>(c.parent)];
    if (!parent.verb.passive || !parent.verb.finite || c.verb.passive) continue;
    const PosTag tag = view.Tag(c.verb.head);
    if (c.verb.tokens.size() != 1 || (tag != PosTag::kVBD && tag != PosTag::kVBN)) continue;
    if (c.object >= 0 || c.indirect_object >= 0 || parent.subject == c.subject) continue;
    if (!IsACount(view, *out, c.subject)) continue;
    c.verb.passive = true;
    c.verb.finite = true;
    c.verb.tense = parent.verb.tense;
    c.verb.perfect = parent.verb.perfect;
  }
}

void FindTrailingReporters(const SentenceView& view, TokenRange clauses, Syntax* out) {
  for (uint32_t r = clauses.begin; r < clauses.end; ++r) {
    const Clause& reporter = out->clauses[r];
    const bool tells_its_object = reporter.verb.lemma == "tell";  // "told reporters"
    if (reporter.kind != ClauseKind::kMain || (reporter.object >= 0 && !tells_its_object) ||
        !IsReportingVerb(reporter.verb.lemma) || HasComplement(view, *out, r)) {
      continue;
    }
    uint32_t start = reporter.verb.tokens.begin;
    if (reporter.subject >= 0) {
      start = std::min(start, out->phrases[reporter.subject].tokens.begin);
    }
    uint32_t before = start;
    while (before > view.first_token() && IsQuote(view.Text(before - 1))) --before;
    if (before == view.first_token() || view.Text(before - 1) != ",") continue;
    for (uint32_t q = clauses.begin; q < r; ++q) {
      Clause& reported = out->clauses[q];
      if (reported.kind != ClauseKind::kMain || reported.parent >= 0) continue;
      reported.kind = ClauseKind::kReported;
      reported.parent = static_cast<int32_t>(r);
      reported.speaker = reporter.LogicalSubject();
    }
  }
}

void JoinAsDidSubjects(const SentenceView& view, TokenRange clauses, Syntax* out) {
  for (uint32_t k = clauses.begin; k < clauses.end; ++k) {
    Clause& c = out->clauses[k];
    if (c.parent < 0 || c.subject >= 0 || c.object < 0 || c.verb.tokens.size() != 1 ||
        (c.verb.lemma != "do" && c.verb.lemma != "have")) {
      continue;
    }
    const uint32_t verb = c.verb.tokens.begin;
    if (verb < view.first_token() + 2 || view.Lower(verb - 1) != "as" ||
        view.Text(verb - 2) != ",") {
      continue;
    }
    const Clause& parent = out->clauses[static_cast<size_t>(c.parent)];
    if (parent.subject < 0) continue;
    int32_t last = parent.subject;
    for (int32_t q : out->Conjuncts(parent.subject)) last = q;
    out->phrases[static_cast<size_t>(last)].next_conjunct = c.object;
    c.object = -1;
  }
}

void ResolveUnderstoodRoles(const SentenceView& view, TokenRange clauses, Syntax* out) {
  // Parents mostly precede their children; the second pass covers preposed clauses whose
  // parent comes later.
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t k = clauses.begin; k < clauses.end; ++k) {
      Clause& c = out->clauses[k];
      if (c.parent < 0) continue;
      if (IsTheSpeakersOwnAct(*out, c)) c.parent = out->clauses[c.parent].parent;
      const Clause& parent = out->clauses[c.parent];
      if (c.subject < 0 &&
          (c.kind == ClauseKind::kCoordinated || c.kind == ClauseKind::kParticipial ||
           c.kind == ClauseKind::kInfinitive)) {
        const bool object_control =
            (c.kind == ClauseKind::kInfinitive && !parent.verb.passive && parent.object >= 0 &&
             In(kObjectControlVerbs, parent.verb.lemma)) ||
            TellsTheObjectsDeed(view, c, parent);
        c.subject = object_control ? parent.object : parent.subject;
      }
      if (c.kind == ClauseKind::kReported && c.speaker < 0 && IsReportingVerb(parent.verb.lemma)) {
        c.speaker = parent.LogicalSubject();
      }
    }
  }
}

}  // namespace tacitus::syntax_internal

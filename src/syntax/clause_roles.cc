#include "syntax/clause_roles.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "lex/verb_classes.h"

namespace tacitus::syntax_internal {
namespace {

// Verbs whose object is the subject of a following infinitive: "urged China to stop".
constexpr auto kObjectControlVerbs = std::to_array<std::string_view>(
    {"ask",   "urge",      "call",   "tell",     "allow",    "force",     "persuade",  "invite",
     "order", "encourage", "help",   "enable",   "warn",     "request",   "require",   "pressure",
     "press", "permit",    "compel", "advise",   "instruct", "authorize", "authorise", "lead",
     "push",  "want",      "expect", "convince", "appeal",   "challenge"});

// Whether a later clause is a reported or subordinate complement of clause `clause`.
bool HasComplement(const Syntax& syntax, uint32_t clause) {
  for (uint32_t k = clause + 1; k < syntax.clauses.size(); ++k) {
    const Clause& c = syntax.clauses[k];
    if (c.parent == static_cast<int32_t>(clause) &&
        (c.kind == ClauseKind::kReported || c.kind == ClauseKind::kSubordinate)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void FindTrailingReporters(const SentenceView& view, TokenRange clauses, Syntax* out) {
  for (uint32_t r = clauses.begin; r < clauses.end; ++r) {
    const Clause& reporter = out->clauses[r];
    if (reporter.kind != ClauseKind::kMain || reporter.object >= 0 ||
        !IsReportingVerb(reporter.verb.lemma) || HasComplement(*out, r)) {
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

void ResolveUnderstoodRoles(TokenRange clauses, Syntax* out) {
  // Parents mostly precede their children; the second pass covers preposed clauses whose
  // parent comes later.
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t k = clauses.begin; k < clauses.end; ++k) {
      Clause& c = out->clauses[k];
      if (c.parent < 0) continue;
      const Clause& parent = out->clauses[c.parent];
      if (c.subject < 0 &&
          (c.kind == ClauseKind::kCoordinated || c.kind == ClauseKind::kParticipial ||
           c.kind == ClauseKind::kInfinitive)) {
        const bool object_control = c.kind == ClauseKind::kInfinitive && !parent.verb.passive &&
                                    parent.object >= 0 &&
                                    In(kObjectControlVerbs, parent.verb.lemma);
        c.subject = object_control ? parent.object : parent.subject;
      }
      if (c.kind == ClauseKind::kReported && c.speaker < 0 && IsReportingVerb(parent.verb.lemma)) {
        c.speaker = parent.LogicalSubject();
      }
    }
  }
}

}  // namespace tacitus::syntax_internal

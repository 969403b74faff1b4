#include "code/reported_denial.h"

#include <array>
#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

// Verbs that tell what the speaker holds true against a charge.
constexpr auto kAssertingVerbs = std::to_array<std::string_view>(
    {"say", "insist", "maintain", "stress", "assert", "reiterate", "tell", "add"});

// Whether a negated verb group tells a deed that was not done: a past or a perfect ("never
// left", "had not fired", "did not attack"), not a plan or a state ("would not withdraw",
// "was not there").
bool DeniesADeed(const VerbGroup& verb) {
  return verb.negated && !verb.subjunctive && verb.modal < 0 && verb.lemma != "be" &&
         (verb.tense == Tense::kPast || verb.perfect);
}

}  // namespace

int32_t ReportedDenier(const Syntax& syntax, const StoryActors& actors,
                       const std::vector<Factuality>& factuality, uint32_t clause) {
  const Clause& c = syntax.clauses[clause];
  if (c.kind != ClauseKind::kReported || c.parent < 0 || c.speaker < 0 || !DeniesADeed(c.verb)) {
    return -1;
  }
  const auto saying = static_cast<size_t>(c.parent);
  if (factuality[saying] != Factuality::kDone ||
      !In(kAssertingVerbs, syntax.clauses[saying].verb.lemma)) {
    return -1;
  }
  return OfOneSide(actors.ActorsOf(c.speaker), actors.ActorsOf(c.LogicalSubject())) ? c.speaker
                                                                                    : -1;
}

const VerbPattern& ReportedDenialPattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "016";
    p->head = "say";
    p->text = "+S {say/insist/...} (its side) {never/did not/had not} ...";
    p->origin = Origin{"src/code/reported_denial.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus

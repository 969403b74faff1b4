#include "code/reported_demand.h"

#include <array>
#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

// Verbs of an outcome, which no one can be asked to bring about: "Ukraine must win" wishes.
constexpr auto kOutcomeVerbs =
    std::to_array<std::string_view>({"be", "win", "lose", "prevail", "succeed", "fail"});

// Whether the verb group of `clause` asks its subject to act: "must withdraw", "must not
// attack"; not "must have planned" (an inference), "must be punished" (a passive: whose act?),
// "must be a partner" (what the subject is) or "must win" (an outcome).
bool MustAct(const Document& doc, const Clause& clause) {
  const VerbGroup& verb = clause.verb;
  return verb.modal >= 0 && doc.tokens[static_cast<size_t>(verb.modal)].lower == "must" &&
         !verb.perfect && !verb.passive && !In(kOutcomeVerbs, verb.lemma);
}

}  // namespace

ReportedDemand FindReportedDemand(const Document& doc, const Syntax& syntax,
                                  const StoryActors& actors,
                                  const std::vector<Factuality>& factuality, uint32_t clause) {
  const Clause& c = syntax.clauses[clause];
  if (c.kind != ClauseKind::kReported || c.speaker < 0 || c.subject < 0 || c.parent < 0 ||
      factuality[static_cast<size_t>(c.parent)] != Factuality::kDone || !MustAct(doc, c)) {
    return {};
  }
  const auto speakers = actors.ActorsOf(c.speaker);
  const auto addressees = actors.ActorsOf(c.subject);
  if (speakers.empty() || addressees.empty() || OfOneSide(speakers, addressees)) return {};
  return {.speaker = c.speaker, .addressee = c.subject};
}

const VerbPattern& ReportedDemandPattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "100";
    p->head = "say";
    p->text = "+S {say/tell/...} +T must ...";
    p->origin = Origin{"src/code/reported_demand.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus

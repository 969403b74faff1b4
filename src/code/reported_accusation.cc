#include "code/reported_accusation.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.h"
#include "dict/cameo_tables.h"
#include "text/pos_tag.h"

namespace tacitus {
namespace {

// Verbs whose reported clause is the subject's claim. Not "report", "confirm" or "announce":
// they present what they tell as established.
constexpr auto kClaimingVerbs = std::to_array<std::string_view>(
    {"say", "tell", "claim", "allege", "insist", "state", "assert", "contend", "add", "argue",
     "write", "tweet", "stress", "reiterate", "note"});

// Verbs that name their act as a wrong.
constexpr auto kWrongdoingVerbs = std::to_array<std::string_view>(
    {"violate", "breach", "infringe", "flout", "provoke", "instigate", "orchestrate", "mastermind",
     "incite", "meddle", "interfere", "rig", "sabotage"});

// Adverbs that make an act a wrong: "illegally entered", "deliberately provoked".
constexpr auto kWrongfulAdverbs =
    std::to_array<std::string_view>({"illegally", "unlawfully", "deliberately", "intentionally",
                                     "wrongfully", "knowingly", "provocatively"});

// Words after "be" that make its subject the author of a wrong: "was behind the attack",
// "were responsible for the violence" (and "was to blame"); and the objects of "bear" that do ("bore
// responsibility", "bears the blame").
constexpr auto kAuthorWords = std::to_array<std::string_view>({"responsible", "behind"});
constexpr auto kBorneWords = std::to_array<std::string_view>({"responsibility", "blame"});

// Whether `clause` names its act as a wrong.
bool NamesAWrong(const Document& doc, const Syntax& syntax, const Clause& clause) {
  const std::string_view lemma = clause.verb.lemma;
  if (In(kWrongdoingVerbs, lemma)) return true;
  // The verb group holds its adverbs ("had illegally entered"); one may stand right before
  // it ("deliberately provoked").
  const uint32_t begin = clause.verb.tokens.begin;
  for (uint32_t t = begin > 0 ? begin - 1 : 0; t < clause.verb.tokens.end; ++t) {
    if (In(kWrongfulAdverbs, doc.tokens[t].lower)) return true;
  }
  if (lemma == "be") {
    // After its adverbs: "was directly responsible", "were to blame".
    uint32_t t = clause.verb.tokens.end;
    while (t < doc.tokens.size() && IsAdverb(doc.tokens[t].tag)) ++t;
    if (t >= doc.tokens.size()) return false;
    return In(kAuthorWords, doc.tokens[t].lower) ||
           (doc.tokens[t].lower == "to" && t + 1 < doc.tokens.size() &&
            doc.tokens[t + 1].lower == "blame");
  }
  if (lemma == "bear" && clause.object >= 0) {
    return In(kBorneWords, doc.tokens[syntax.phrases[clause.object].head].lemma);
  }
  return false;
}

}  // namespace

ReportedClaim FindReportedClaim(const Document& doc, const Syntax& syntax,
                                const StoryActors& actors,
                                const std::vector<Factuality>& factuality, uint32_t clause) {
  if (factuality[clause] != Factuality::kDone) return {};
  const int32_t reported_index = syntax.ReportedClauseOf(clause);
  if (reported_index < 0) return {};
  const Clause& reported = syntax.clauses[static_cast<size_t>(reported_index)];
  if (reported.parent < 0 || reported.speaker < 0) return {};
  const auto stating = static_cast<size_t>(reported.parent);
  const Clause& saying = syntax.clauses[stating];
  if (factuality[stating] != Factuality::kDone || saying.verb.negated ||
      !In(kClaimingVerbs, saying.verb.lemma)) {
    return {};
  }
  // "alleged that": the verb makes what it tells a claim, against any other actor.
  const bool alleged = saying.verb.lemma == "allege";
  // The claim: the reported clause and its conjuncts, which follow it in the sentence.
  bool wrong = alleged;
  for (size_t k = static_cast<size_t>(reported_index);
       !wrong && k < syntax.clauses.size() && syntax.clauses[k].sentence == reported.sentence;
       ++k) {
    if (syntax.ReportedClauseOf(static_cast<uint32_t>(k)) == reported_index &&
        factuality[k] == Factuality::kDone) {
      wrong = NamesAWrong(doc, syntax, syntax.clauses[k]);
    }
  }
  if (!wrong) return {};
  const ReportedClaim unattributed{.claim = alleged};
  const auto speakers = actors.ActorsOf(reported.speaker);
  const auto doers = actors.ActorsOf(syntax.clauses[clause].LogicalSubject());
  if (speakers.empty() || doers.empty()) return unattributed;
  for (const ResolvedActor& speaker : speakers) {
    for (const ResolvedActor& doer : doers) {
      if (alleged ? speaker.code == doer.code : SameLocation(speaker.code, doer.code)) {
        return unattributed;
      }
    }
  }
  return {.claim = true, .accuser = reported.speaker};
}

const VerbPattern& ReportedAccusationPattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "112";
    p->head = "say";
    p->text = "+S {say/tell/claim/allege/...} +T {violated/deliberately .../was behind/...}";
    p->origin = Origin{"src/code/reported_accusation.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus

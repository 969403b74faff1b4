#include "code/warned_consequence.h"

#include <array>
#include <string_view>

#include "base/strings.h"
#include "code/stated_intent.h"

namespace tacitus {
namespace {

// Verbs whose subject, telling what will befall another, threatens it.
constexpr auto kWarningVerbs =
    std::to_array<std::string_view>({"warn", "vow", "threaten", "caution", "swear"});

// Verbs whose subject undergoes their object: "would pay a price", "will face consequences".
constexpr auto kUndergoingVerbs =
    std::to_array<std::string_view>({"pay", "face", "suffer", "bear", "feel", "incur"});

// What one side makes another undergo: "face consequences", not "face a recession".
constexpr auto kPenalties = std::to_array<std::string_view>(
    {"price", "cost", "consequence", "repercussion", "retaliation", "retribution", "reprisal",
     "punishment", "response", "wrath", "revenge", "sanction", "justice", "force", "fury"});

// Words that make a clause the condition of what it depends on.
constexpr auto kConditions = std::to_array<std::string_view>({"if", "unless"});

bool Foretold(const Document& doc, const VerbGroup& verb) {
  if (verb.tense == Tense::kFuture) return true;
  if (verb.modal < 0) return false;
  const std::string_view modal = doc.tokens[verb.modal].lower;
  return modal == "would" || modal == "could" || modal == "may" || modal == "might";
}

// "Hamas would pay a heavy price", "Kyiv will pay dearly", "Turkey would face consequences".
bool UndergoesAPenalty(const Document& doc, const Syntax& syntax, const Clause& told) {
  const VerbGroup& verb = told.verb;
  if (verb.passive || verb.negated || !In(kUndergoingVerbs, verb.lemma)) return false;
  if (told.object < 0) return verb.lemma == "pay" && Foretold(doc, verb);
  return In(kPenalties, doc.tokens[syntax.phrases[told.object].head].lemma);
}

bool IsCondition(const Document& doc, const Clause& c) {
  return c.kind == ClauseKind::kSubordinate && c.marker >= 0 &&
         In(kConditions, doc.tokens[c.marker].lower);
}

// What a warning tells: reported speech, or a "that" clause ("vowed that ...").
bool IsTold(const Document& doc, const Clause& c) {
  return c.kind == ClauseKind::kReported ||
         (c.kind == ClauseKind::kSubordinate &&
          (c.marker < 0 || doc.tokens[c.marker].lower == "that"));
}

}  // namespace

int32_t WarnedActor(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                    const std::vector<Factuality>& factuality, uint32_t clause) {
  const Clause& warning = syntax.clauses[clause];
  if (!In(kWarningVerbs, warning.verb.lemma) || warning.verb.negated ||
      factuality[clause] != Factuality::kDone) {
    return -1;
  }
  const auto speakers = actors.ActorsOf(warning.LogicalSubject());
  if (speakers.empty()) return -1;
  const std::span<const Clause> sentence = syntax.ClausesOf(syntax.sentences[warning.sentence]);
  const auto index = [&](const Clause& c) {
    return static_cast<int32_t>(&c - syntax.clauses.data());
  };
  // The condition of the warning itself ("warned of war unless the junta resigned"), or of
  // what it foretells when that befalls no one or is the speaker's own deed ("sanctions would
  // follow if", "it would retaliate if").
  const auto condition_of = [&](int32_t parent) -> int32_t {
    for (const Clause& c : sentence) {
      if (c.parent == parent && IsCondition(doc, c) &&
          NamesAnotherActor(actors, c.LogicalSubject(), speakers)) {
        return c.LogicalSubject();
      }
    }
    return -1;
  };
  for (const Clause& told : sentence) {
    if (told.parent != static_cast<int32_t>(clause) || !IsTold(doc, told)) continue;
    if (UndergoesAPenalty(doc, syntax, told)) {
      if (NamesAnotherActor(actors, told.subject, speakers)) return told.subject;
      continue;
    }
    const int32_t doer = told.LogicalSubject();
    if (doer >= 0 && !actors.ActorsOf(doer).empty() && NamesAnotherActor(actors, doer, speakers)) {
      continue;  // another side's act foretold: a warning about it, not a threat
    }
    const int32_t threatened = condition_of(index(told));
    if (threatened >= 0) return threatened;
  }
  return condition_of(static_cast<int32_t>(clause));
}

const VerbPattern& WarnedConsequencePattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "130";
    p->head = "warn";
    p->text = "+S {warn/vow/threaten/...} +T {would pay/face consequences/...} | ... if +T ...";
    p->origin = Origin{"src/code/warned_consequence.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus

#include "code/factuality.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// Whether an infinitive is wished or planned by the clause above it: a verb of intention
// ("planned to"), or "be" or another linking verb with an adjective of readiness or schedule
// ("is ready to", "is due to", "stood ready to") — not every "be" ("it is important to note
// that"), or a noun of readiness right before it, wherever it stands ("expressed readiness to
// resume talks", "The EU's threat to impose sanctions angered Tbilisi").
bool IntendedInfinitive(const Document& doc, const Clause& parent, const Clause& infinitive) {
  const uint32_t begin = infinitive.verb.tokens.begin;  // the word before it: begin - 1
  if (begin > 0 && begin - 1 != parent.verb.head && IsReadinessNoun(doc.tokens[begin - 1].lemma)) {
    return true;
  }
  if (!LinksToReadiness(parent.verb.lemma)) return IsIntentionVerb(parent.verb.lemma);
  for (uint32_t t = parent.verb.head + 1; t < infinitive.verb.tokens.begin; ++t) {
    if (IsIntentionVerb(doc.tokens[t].lemma) || IsReadinessWord(doc.tokens[t].lemma)) return true;
  }
  return false;
}

// Whether an infinitive completes a noun of intention that a named possessor has, right
// before it (IsIntentionNoun): "said Ukraine's decision to attack was reckless" tells what
// that side decided, not an attack the speaker reports done. Not with a pronoun: "said its
// decision to restore ties" tells the speaker's own act. Asked only of an infinitive under a
// verb of saying, whose noun the parser makes the subject of what is said.
bool CompletesANamedIntention(const Document& doc, const Syntax& syntax, const Clause& infinitive) {
  for (const NounPhrase& noun : syntax.PhrasesOf(syntax.sentences[infinitive.sentence])) {
    if (noun.tokens.end != infinitive.verb.tokens.begin || noun.possessor < 0) continue;
    const uint32_t possessor = syntax.phrases[static_cast<size_t>(noun.possessor)].head;
    return IsIntentionNoun(doc.tokens[noun.head].lemma) &&
           doc.tokens[possessor].tag != PosTag::kPRPS;
  }
  return false;
}

// Whether a gerund after "of" completes a noun of readiness or intention right before it
// ("has no intention of attacking Ukraine", "announced plans of building a base"): wished or
// planned, not done.
bool IntendedGerund(const Document& doc, const Clause& clause) {
  if (clause.kind != ClauseKind::kParticipial || clause.marker < 1 ||
      doc.tokens[clause.marker].lower != "of") {
    return false;
  }
  return IsReadinessNoun(doc.tokens[clause.marker - 1].lemma);
}

// Whether a gerund tells what is warned against or kept from happening: after "against"
// ("warned Kyiv against attacking Crimea", "campaigned against joining NATO") or after a
// verb of restraint's "from" ("refrained from attacking Rafah", "barred police from
// arresting him"). False without a parent clause.
bool AvertedGerund(const Document& doc, const Syntax& syntax, const Clause& clause) {
  static constexpr auto kRestraints = std::to_array<std::string_view>(
      {"refrain", "abstain", "desist", "prevent", "stop", "bar", "ban", "deter", "discourage",
       "prohibit", "keep", "block", "dissuade", "restrain", "forbid", "hold"});
  if (clause.kind != ClauseKind::kParticipial || clause.marker < 0 || clause.parent < 0) {
    return false;
  }
  const std::string_view marker = doc.tokens[clause.marker].lower;
  if (marker == "against") return true;
  const std::string_view parent = syntax.clauses[clause.parent].verb.lemma;
  return marker == "from" &&
         std::find(kRestraints.begin(), kRestraints.end(), parent) != kRestraints.end();
}

// Whether the clause's subject, before its verb, begins with "neither": "Neither Japan nor
// Korea condemned the test" denies the act of every conjunct. False without a subject.
bool NeitherSubject(const Document& doc, const Syntax& syntax, const Clause& clause) {
  if (clause.subject < 0) return false;
  const TokenRange subject = syntax.phrases[static_cast<size_t>(clause.subject)].tokens;
  return subject.begin < clause.verb.head && doc.tokens[subject.begin].lower == "neither";
}

// Whether an infinitive completes its parent's object that "no" begins, right before it: "have
// no plans to meet", "had no intention to negotiate" deny the act.
bool CompletesANegatedObject(const Document& doc, const Syntax& syntax, const Clause& infinitive) {
  if (infinitive.kind != ClauseKind::kInfinitive || infinitive.parent < 0) return false;
  const int32_t object = syntax.clauses[static_cast<size_t>(infinitive.parent)].object;
  if (object < 0) return false;
  const TokenRange tokens = syntax.phrases[static_cast<size_t>(object)].tokens;
  return tokens.size() > 1 && tokens.end == infinitive.verb.tokens.begin &&
         doc.tokens[tokens.begin].lower == "no";
}

// Whether `clause` is the gerund that a verb of ending takes as its object, right after it:
// "stopped buying Russian oil", "ceased shelling the town" report the act's end, not the act.
bool EndedGerund(const Syntax& syntax, const Clause& clause) {
  static constexpr auto kEndingVerbs = std::to_array<std::string_view>(
      {"stop", "cease", "halt", "quit", "suspend", "discontinue", "end", "abandon"});
  if (clause.kind != ClauseKind::kParticipial || clause.parent < 0 || clause.marker >= 0) {
    return false;
  }
  const VerbGroup& parent = syntax.clauses[static_cast<size_t>(clause.parent)].verb;
  return parent.tokens.end == clause.verb.tokens.begin &&
         std::find(kEndingVerbs.begin(), kEndingVerbs.end(), parent.lemma) != kEndingVerbs.end();
}

// Whether a word is a year: four digits beginning with 1 or 2 ("2009").
bool IsYearWord(std::string_view word) {
  return word.size() == 4 && (word[0] == '1' || word[0] == '2') &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether a temporal adverbial reaches back past the story's episode: "since" with a year
// ("since 2009", "since July 2015"), or "for" with years, months or decades ("for
// decades", "for more than 15 years"); not "since Sunday" nor "for two days".
bool ReachesFarBack(const Document& doc, TokenRange adverbial) {
  static constexpr auto kLongUnits =
      std::to_array<std::string_view>({"year", "month", "decade", "century"});
  if (adverbial.size() < 2) return false;
  const std::string_view preposition = doc.tokens[adverbial.begin].lower;
  for (uint32_t t = adverbial.begin + 1; t < adverbial.end; ++t) {
    const Token& token = doc.tokens[t];
    if (preposition == "since" && IsYearWord(token.lower)) {
      return true;
    }
    if (preposition == "for" &&
        std::find(kLongUnits.begin(), kLongUnits.end(), token.lemma) != kLongUnits.end()) {
      return true;
    }
  }
  return false;
}

// Whether a perfect clause sums up a long stretch rather than reporting an act: "Boko Haram
// has killed 35,000 people since 2009", "the rebels have fought the army for decades" (the
// GUIDE's vague background and cumulative totals). Not a progressive, which tells an act
// still under way ("the court has been investigating the officers since 2022").
bool SumsUpALongStretch(const Document& doc, const Syntax& syntax, const Clause& clause) {
  if (!clause.verb.perfect || clause.verb.progressive) return false;
  for (const TokenRange adverbial : syntax.AdverbialsOf(clause)) {
    if (ReachesFarBack(doc, adverbial)) return true;
  }
  return false;
}

// Whether a gerund is what its parent likens an act to: after "to" with "amount", or with
// "tantamount", "equivalent" or "akin" right before it ("said the ban amounted to holding
// Malaysians hostage", "is tantamount to declaring war"): a comparison, not a reported act.
bool LikenedGerund(const Document& doc, const Syntax& syntax, const Clause& clause) {
  static constexpr auto kLikenings =
      std::to_array<std::string_view>({"tantamount", "equivalent", "akin"});
  if (clause.kind != ClauseKind::kParticipial || clause.parent < 0 || clause.marker < 1 ||
      doc.tokens[clause.marker].lower != "to") {
    return false;
  }
  const std::string_view before = doc.tokens[clause.marker - 1].lower;
  return syntax.clauses[clause.parent].verb.lemma == "amount" ||
         std::find(kLikenings.begin(), kLikenings.end(), before) != kLikenings.end();
}

// The clause's own status, before what it is embedded in.
Factuality OwnFactuality(const Document& doc, const Syntax& syntax, const Clause& clause) {
  if (clause.verb.negated || clause.verb.subjunctive || NeitherSubject(doc, syntax, clause) ||
      AvertedGerund(doc, syntax, clause) || CompletesANegatedObject(doc, syntax, clause) ||
      EndedGerund(syntax, clause)) {
    return Factuality::kDenied;
  }
  if (clause.verb.tense == Tense::kFuture || clause.verb.modal >= 0) return Factuality::kIntended;
  if (SumsUpALongStretch(doc, syntax, clause)) return Factuality::kBackground;
  // "planned to visit", "urged Serbia to resume talks", "is ready to talk"; not "voted to
  // impose martial law", nor "it is important to note that".
  if (clause.kind == ClauseKind::kInfinitive &&
      (clause.parent < 0 || IntendedInfinitive(doc, syntax.clauses[clause.parent], clause) ||
       (IsReportingVerb(syntax.clauses[clause.parent].verb.lemma) &&
        CompletesANamedIntention(doc, syntax, clause)))) {
    return Factuality::kIntended;
  }
  if (IsPledgedGerund(doc, syntax, clause) || IsProposedGerund(syntax, clause) ||
      IntendedGerund(doc, clause) || LikenedGerund(doc, syntax, clause)) {
    return Factuality::kIntended;
  }
  if (clause.kind == ClauseKind::kSubordinate && clause.marker >= 0) {
    const std::string_view marker = doc.tokens[clause.marker].lower;
    if (marker == "if" || marker == "unless" || marker == "whether") {
      return Factuality::kIntended;
    }
  }
  return Factuality::kDone;
}

}  // namespace

bool IsPledgedGerund(const Document& doc, const Syntax& syntax, const Clause& clause) {
  if (clause.kind != ClauseKind::kParticipial || clause.parent < 0 || clause.marker < 0 ||
      doc.tokens[clause.marker].lower != "to") {
    return false;
  }
  const VerbGroup& pledging = syntax.clauses[clause.parent].verb;
  return pledging.passive && (pledging.lemma == "commit" || pledging.lemma == "dedicate");
}

bool IsProposedGerund(const Syntax& syntax, const Clause& clause) {
  static constexpr auto kProposingVerbs = std::to_array<std::string_view>(
      {"propose", "suggest", "recommend", "consider", "contemplate"});
  if (clause.kind != ClauseKind::kParticipial || clause.parent < 0 || clause.marker >= 0) {
    return false;
  }
  const VerbGroup& parent = syntax.clauses[static_cast<size_t>(clause.parent)].verb;
  return parent.tokens.end == clause.verb.tokens.begin && In(kProposingVerbs, parent.lemma);
}

void ClauseFactuality(const Document& doc, const Syntax& syntax, std::vector<Factuality>* out) {
  out->assign(syntax.clauses.size(), Factuality::kDone);
  // A parent does not always come before its clauses (a trailing "..., X said" is the parent
  // of what precedes it), so each clause walks up its own ancestors.
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    Factuality status = OwnFactuality(doc, syntax, syntax.clauses[c]);
    // "Russia denied that its troops attacked": what is denied is not reported as done.
    const Clause& clause = syntax.clauses[c];
    if (status == Factuality::kDone && clause.kind == ClauseKind::kReported && clause.parent >= 0 &&
        IsDenialVerb(syntax.clauses[clause.parent].verb.lemma) &&
        !syntax.clauses[clause.parent].verb.negated) {
      status = Factuality::kDenied;
    }
    if (status == Factuality::kDone) {
      const Clause* child = &syntax.clauses[c];
      for (const int32_t parent : syntax.Ancestors(c)) {
        // A coordinated clause shares only its subject; what it reports is its own, unless
        // its verb has no tense of its own ("would inform X and consult Y").
        if (child->kind == ClauseKind::kCoordinated && child->verb.finite) break;
        const Factuality above = OwnFactuality(doc, syntax, syntax.clauses[parent]);
        if (above == Factuality::kIntended) {
          status = Factuality::kIntended;
          break;
        }
        child = &syntax.clauses[parent];
      }
    }
    (*out)[c] = status;
  }
}

}  // namespace tacitus

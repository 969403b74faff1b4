#include "syntax/clause_opening.h"

#include <array>
#include <cstdint>
#include <string_view>

#include "lex/verb_classes.h"
#include "syntax/coordination_form.h"
#include "syntax/pending_items.h"
#include "syntax/verb_group.h"

namespace tacitus::syntax_internal {
namespace {

// What a verb group does to the clause being built: the kind of clause it opens, and where
// that clause finds its parent and subject. ClassifyVerb says which; OpenClause does it.
enum class Opening : uint8_t {
  kCoordinatedAfterConjunction,  // "met Y and signed Z": shares the subject
  kCoordinatedInList,            // "to discuss goals, foster cooperation, ..."
  kSubjunctive,                  // "demanded that Russia withdraw": a that-clause
  kGerundAfterPreposition,       // "in meeting China's demand"
  kParticipleAfterVerb,          // "stop supporting Russia"
  kReducedRelative,              // "the warrant issued by the ICC"
  kParticipialAdjunct,           // ", underscoring the strength ..."
  kInfinitive,                   // "to engage", "helped build"
  kRelative,                     // "which was issued", "the deal that Putin signed"
  kMarkedSubordinate,            // after "that", "because": reported after a verb of saying
  kMarkedCoordinate,             // "alliances are shifting and challenges require ..."
  kComplementWithoutThat,        // "said Y met Z": the supposed object is the subject
  kComplementAfterModifiers,     // "said the move by Y was illegal": so with its PPs
  kComplementAfterInfinitive,    // "said Y's decision to expel Z was illegal": so with its "to"
  kReportedAfterAdjunct,         // "said on Saturday it was ...": reported, its subject met
  kMainAfterInsertion,           // "Putin, who arrived on Tuesday, met Xi"
  kMarkedAfterRelative,          // "said that men who blocked the road would be ...": "that"
  kMainAfterParenthesis,         // "The gangs, now allied under X, began ...": "allied" inserted
  kCoordinatedVerbList,          // "accepted X, declared Y and asked Z": shares the subject
  kInvertedReporting,            // '"...," said Putin': a main clause, its subject after it
  kMain,
};

// Where an opened clause goes: its parent (a clause, -1 or kOrphan), whether it is a main
// clause (which adopts the orphans), and whether it takes what waits for the next clause:
// preposed attachments and adverbials, and a speaker from "according to X, ...".
struct Placement {
  int32_t parent = -1;
  bool main = false;
  bool takes_preposed = false;
};

class ClauseOpener {
 public:
  ClauseOpener(const SentenceView& view, WalkState* state, Syntax* out)
      : view_(view), state_(*state), out_(*out), scratch_(out->scratch) {}

  void Open(uint32_t c) {
    Clause clause;
    clause.sentence = view_.sentence();
    clause.verb = AnalyzeVerbGroup(view_, c);
    const int64_t prev = view_.PreviousSignificant(c);
    if (IsLoneParticiple(c, clause.verb) && ReadsAsSimplePast(c, prev)) {
      clause.verb.passive = false;
      clause.verb.finite = true;
      clause.verb.tense = Tense::kPast;
    } else if (ModifiesThePrepositionObjectBefore(c, clause.verb)) {
      clause.verb.finite = false;
      clause.verb.passive = true;
      clause.verb.tense = Tense::kNone;
    }
    const Placement placement = OpenClause(ClassifyVerb(c, prev, clause.verb), c, prev, &clause);
    if (!clause.verb.finite && state_.current < 0 && state_.subject >= 0 &&
        clause.subject != state_.subject) {
      // A non-finite clause inside the subject's phrase or a parenthesis leaves the subject
      // waiting for its verb: "the minister, in remarks published on Monday, urged ...".
      SetAsideSubject(&state_, &scratch_);
    }
    AddClause(clause, placement);
  }

 private:
  // Which Opening verb chunk c makes; `prev` is the chunk before it (PreviousSignificant).
  Opening ClassifyVerb(uint32_t c, int64_t prev, const VerbGroup& verb) const {
    PosTag first = view_.Tag(view_.FirstVerbToken(c));
    if (first == PosTag::kVBD && !verb.finite) first = PosTag::kVBN;  // read as one in Open
    if (prev >= 0 && view_.IsKind(static_cast<uint32_t>(prev), ChunkKind::kConjunction) &&
        (state_.current >= 0 || state_.top >= 0) &&
        ((state_.subject < 0 && state_.marker.kind == MarkerKind::kNone) || MarkedNoClause())) {
      return Opening::kCoordinatedAfterConjunction;
    }
    if (!verb.finite && prev >= 0 && view_.IsComma(static_cast<uint32_t>(prev)) &&
        state_.current >= 0 && state_.subject < 0 &&
        (first == PosTag::kVB || (first == PosTag::kTO && ContinuesAnInfinitive()))) {
      return Opening::kCoordinatedInList;
    }
    if (state_.subject >= 0 && state_.marker.kind == MarkerKind::kThat &&
        ((!verb.finite && first == PosTag::kVB) || AskedPresent(c, verb))) {
      return Opening::kSubjunctive;
    }
    if (!verb.finite && (first == PosTag::kVBG || first == PosTag::kVBN)) {
      return ClassifyParticiple(c, prev, first);
    }
    if (!verb.finite) return Opening::kInfinitive;
    return ClassifyFinite(c, prev, verb);
  }

  // A past participle with no auxiliary ("disagreed", "arrived"): the tagger's VBN.
  bool IsLoneParticiple(uint32_t c, const VerbGroup& verb) const {
    return verb.passive && !verb.finite && view_.FirstVerbToken(c) == verb.head &&
           view_.Tag(verb.head) == PosTag::kVBN;
  }

  // Whether a lone participle at chunk c is a simple past the tagger read as a participle,
  // which no "by" phrase follows: after a subject pronoun ("said he personally disagreed"),
  // which no participle modifies; after the subject of a marked clause that has no other
  // verb before the next punctuation ("as the rebels closed in,", not "because the troops
  // sent there were tired"); or after the comma that ends a clause or phrases inserted after
  // the subject, the main clause not met yet ("Hadi, who fled as the rebels closed in,
  // arrived").
  bool ReadsAsSimplePast(uint32_t c, int64_t prev) const {
    if (prev < 0 || (view_.IsKind(c + 1, ChunkKind::kPrep) && HeadLower(c + 1) == "by")) {
      return false;
    }
    const auto before = static_cast<uint32_t>(prev);
    if (view_.IsKind(before, ChunkKind::kNoun)) {
      static constexpr std::array<std::string_view, 5> kSubjectPronouns = {"he", "she", "they",
                                                                           "we", "i"};
      const Chunk& noun = view_.ChunkAt(before);
      if (noun.tokens.end - noun.tokens.begin == 1 && In(kSubjectPronouns, HeadLower(before))) {
        return true;
      }
      if (EndsARelativeOnTheWaitingSubject() &&
          out_.clauses[static_cast<size_t>(state_.current)].object == noun.phrase) {
        return true;  // "the gunmen who attacked the convoy fled"
      }
      return state_.subject >= 0 && state_.subject == noun.phrase &&
             (state_.marker.kind == MarkerKind::kSubordinator ||
              state_.marker.kind == MarkerKind::kThat) &&
             !FiniteVerbBeforePunctuation(c + 1);
    }
    if (!view_.IsComma(before) || state_.top >= 0) return false;
    if (state_.subject < 0) return state_.current >= 0 && !scratch_.saved_subjects.empty();
    // The subject waits after phrases set off by commas, and an object follows, which a
    // participle set off so takes only if it has two: "Several partners, including Japan,
    // voiced concern" (not "The envoy, given a chance, spoke").
    return state_.current < 0 && view_.IsKind(c + 1, ChunkKind::kNoun) &&
           !TakesTwoObjects(view_.Lemma(view_.ChunkAt(c).head));
  }

  // Whether verb chunk c is a lone "-ed" past right after the object of a preposition, with
  // no subject or marker waiting for a verb and no object after it: the participle that the
  // tagger read as a past, which modifies that object ("In a letter posted on Monday, X
  // asked", "was freed with dozens detained during the unrest").
  bool ModifiesThePrepositionObjectBefore(uint32_t c, const VerbGroup& verb) const {
    const uint32_t head = verb.head;
    return verb.finite && verb.tense == Tense::kPast && verb.tokens.end - verb.tokens.begin == 1 &&
           view_.Tag(head) == PosTag::kVBD && view_.Lower(head).ends_with("ed") &&
           state_.subject < 0 && state_.marker.kind == MarkerKind::kNone &&
           state_.last_role == Role::kPpObject && state_.last_np >= 0 &&
           state_.last_np_chunk + 1 == static_cast<int64_t>(c) &&
           !view_.IsKind(c + 1, ChunkKind::kNoun);
  }

  bool FiniteVerbBeforePunctuation(uint32_t c) const {
    for (; c < view_.end_chunk() && !view_.IsKind(c, ChunkKind::kPunctuation); ++c) {
      if (view_.IsFiniteVerbChunk(c)) return true;
    }
    return false;
  }
  std::string_view HeadLower(uint32_t c) const { return view_.Lower(view_.ChunkAt(c).head); }

  // A subordinator whose clause never came: "rejected the use of force as a weapon and said
  // ...": no verb between "as" and the "and" before this verb, so "as" was a preposition.
  bool MarkedNoClause() const {
    return state_.marker.kind == MarkerKind::kSubordinator && state_.subject >= 0 &&
           state_.current >= 0 &&
           out_.phrases[state_.subject].tokens.begin > static_cast<uint32_t>(state_.marker.token);
  }

  // Whether the current clause is an infinitive, or a list its first member is one, which a
  // "to" infinitive after a comma continues: "agreed to resume flights, to restore ties and
  // to reopen embassies" states three acts agreed to, not a purpose of the first.
  bool ContinuesAnInfinitive() const {
    const Clause* current = &out_.clauses[static_cast<size_t>(state_.current)];
    while (current->kind == ClauseKind::kCoordinated && current->parent >= 0) {
      current = &out_.clauses[static_cast<size_t>(current->parent)];
    }
    return current->kind == ClauseKind::kInfinitive;
  }

  // A bare present after "that" under a verb that asks ("demanded that the troops leave") is
  // the subjunctive that the tagger could not tell from a present (VBP): asked for, not told.
  bool AskedPresent(uint32_t c, const VerbGroup& verb) const {
    const uint32_t first = view_.FirstVerbToken(c);
    return state_.marker.parent >= 0 && view_.Tag(first) == PosTag::kVBP && first == verb.head &&
           view_.Lower(first) == view_.Lemma(first) &&
           AsksForItsThatClause(out_.clauses[state_.marker.parent].verb.lemma);
  }

  Opening ClassifyParticiple(uint32_t c, int64_t prev, PosTag first) const {
    const int64_t at = static_cast<int64_t>(c);
    if (state_.prep_chunk >= 0 && state_.prep_chunk == at - 1) {
      return Opening::kGerundAfterPreposition;
    }
    if (prev >= 0 && prev == at - 1 && view_.IsKind(c - 1, ChunkKind::kVerb)) {
      return Opening::kParticipleAfterVerb;
    }
    const bool after_phrase =
        state_.last_np >= 0 && (state_.last_np_chunk == at - 1 ||
                                (first == PosTag::kVBN && state_.last_np_chunk == at - 2 &&
                                 view_.IsComma(c - 1) && state_.last_role == Role::kSubject));
    return after_phrase ? Opening::kReducedRelative : Opening::kParticipialAdjunct;
  }

  Opening ClassifyFinite(uint32_t c, int64_t prev, const VerbGroup& verb) const {
    switch (state_.marker.kind) {
      case MarkerKind::kRelative:
        return Opening::kRelative;
      case MarkerKind::kThat:
      case MarkerKind::kSubordinator:
        return Opening::kMarkedSubordinate;
      case MarkerKind::kCoordinator:
        return Opening::kMarkedCoordinate;
      case MarkerKind::kNone:
        break;
    }
    if (EndsARelativeOnTheWaitingSubject()) {
      return state_.held_marker.kind != MarkerKind::kNone ? Opening::kMarkedAfterRelative
                                                          : Opening::kMainAfterInsertion;
    }
    if (ReportsANounWithItsInfinitive(prev)) return Opening::kComplementAfterInfinitive;
    if (state_.subject < 0 && state_.current >= 0 && state_.last_np_chunk == prev &&
        ((state_.last_role == Role::kObject && !ObjectInsideTheWaitingSubject()) ||
         ObjectEndsInOfPhrases(prev))) {
      return Opening::kComplementWithoutThat;
    }
    if (ReportsAModifiedPhrase(prev)) return Opening::kComplementAfterModifiers;
    if (SaysWhatTheSubjectDoes()) return Opening::kReportedAfterAdjunct;
    if (state_.subject < 0 && !scratch_.saved_subjects.empty()) {
      return state_.held_marker.kind != MarkerKind::kNone ? Opening::kMarkedAfterRelative
                                                          : Opening::kMainAfterInsertion;
    }
    if (state_.subject >= 0 || prev < 0 || !view_.IsComma(static_cast<uint32_t>(prev))) {
      return Opening::kMain;
    }
    // A finite verb after a comma, no subject waiting for it.
    if (IsReportingVerb(verb.lemma) && NamesItsSpeakerAfter(c, prev)) {
      return Opening::kInvertedReporting;
    }
    if (state_.current >= 0 && state_.current == state_.top &&
        InsertedAfterItsSubject(state_.top)) {
      return Opening::kMainAfterParenthesis;
    }
    // Not after a relative clause, which ends where its antecedent's verb comes: "Brazil,
    // whose government backs X, urged ...".
    if (state_.current >= 0 && state_.top >= 0 &&
        out_.clauses[state_.current].kind != ClauseKind::kRelative &&
        out_.clauses[state_.current].subject >= 0) {
      return Opening::kCoordinatedVerbList;
    }
    return Opening::kMain;
  }

  // Whether verb chunk c after the comma at `prev` reports what comes before it, its speaker
  // after it: after a quote ('"...," said Putin'), or with only a noun phrase and its
  // prepositional phrases after it ("..., said a spokesman for the ministry."), not an object
  // and more ("accepted X, declared a state of emergency and asked Y").
  bool NamesItsSpeakerAfter(uint32_t c, int64_t prev) const {
    for (auto k = static_cast<uint32_t>(prev) + 1; k < c; ++k) {
      if (view_.IsKind(k, ChunkKind::kPunctuation) && IsQuote(view_.Text(view_.ChunkAt(k).head))) {
        return true;
      }
    }
    uint32_t j = c + 1;
    if (!view_.IsKind(j, ChunkKind::kNoun)) return false;
    ++j;
    while (view_.IsKind(j, ChunkKind::kPrep) && view_.IsKind(j + 1, ChunkKind::kNoun)) j += 2;
    return j >= view_.end_chunk() || view_.IsKind(j, ChunkKind::kPunctuation) ||
           view_.IsKind(j, ChunkKind::kRelative);
  }

  // Whether main clause `top` is a participle set off after its subject that the tagger read
  // as a past ("The gangs, now allied under X, began ..."): its verb a lone "-ed" form right
  // after "subject ," and adverbs.
  bool InsertedAfterItsSubject(int32_t top) const {
    const Clause& clause = out_.clauses[static_cast<size_t>(top)];
    if (clause.subject < 0 || clause.verb.tokens.end - clause.verb.tokens.begin != 1 ||
        view_.Tag(clause.verb.head) != PosTag::kVBD ||
        !view_.Lower(clause.verb.head).ends_with("ed")) {
      return false;
    }
    uint32_t t = clause.verb.head;
    while (t > view_.first_token() && view_.Tag(t - 1) == PosTag::kRB) --t;
    return t >= view_.first_token() + 2 && view_.Text(t - 1) == "," &&
           out_.phrases[clause.subject].tokens.end == t - 1;
  }

  // The last orphan, when it is a relative clause (on the subject set aside or a phrase inside
  // it), goes under the clause about to be added, which takes that subject back, instead of
  // waiting for the next main clause.
  void AdoptTheRelativeInTheSubject() {
    if (scratch_.orphans.empty()) return;
    Clause& relative = out_.clauses[scratch_.orphans.back()];
    if (relative.kind != ClauseKind::kRelative) return;
    scratch_.orphans.pop_back();
    relative.parent = static_cast<int32_t>(out_.clauses.size());
  }

  // Whether the current clause is a relative clause on the subject set aside for its verb,
  // which the verb after it then is ("the gunmen who attacked the convoy fled"), unless it
  // reports or thinks something ("the men who said the road was closed").
  bool EndsARelativeOnTheWaitingSubject() const {
    if (state_.subject >= 0 || state_.current < 0 || scratch_.saved_subjects.empty()) {
      return false;
    }
    const Clause& current = out_.clauses[static_cast<size_t>(state_.current)];
    return current.kind == ClauseKind::kRelative &&
           current.antecedent == scratch_.saved_subjects.back() &&
           !TakesClauseComplement(current.verb.lemma);
  }

  // Whether the current clause, inserted in a subject set aside for its verb, is no verb of
  // saying or thinking, so that its object is no subject of a complement: in "a decision
  // taken by the parliament to join Russia was illegal", "was" takes back "a decision".
  bool ObjectInsideTheWaitingSubject() const {
    return !scratch_.saved_subjects.empty() &&
           !TakesClauseComplement(out_.clauses[static_cast<size_t>(state_.current)].verb.lemma);
  }

  // Whether the chunks up to `prev` are the object of the current clause's verb of saying or
  // thinking and its "of" phrases, which a finite verb after them makes the subject of a
  // complement: "said five of the missiles had landed".
  bool ObjectEndsInOfPhrases(int64_t prev) const {
    const Clause& governor = out_.clauses[static_cast<size_t>(state_.current)];
    if (state_.last_role != Role::kPpObject || governor.object < 0 ||
        !TakesClauseComplement(governor.verb.lemma)) {
      return false;
    }
    auto k = static_cast<uint32_t>(prev);
    while (k >= view_.first_chunk() + 2 && view_.IsKind(k, ChunkKind::kNoun) &&
           view_.IsKind(k - 1, ChunkKind::kPrep) && HeadLower(k - 1) == "of") {
      k -= 2;
    }
    return static_cast<int64_t>(k) < prev && view_.IsKind(k, ChunkKind::kNoun) &&
           view_.ChunkAt(k).phrase == governor.object;
  }

  // Whether a finite verb with no subject after chunk `prev` reports what the current
  // clause's verb of saying has as its object with that object's prepositional phrases: "said
  // the move by Moscow was illegal", "said the election in Belarus had not been fair". Only
  // prepositions and their noun phrases stand between the object and the verb ("told
  // reporters" names whom it is said to).
  bool ReportsAModifiedPhrase(int64_t prev) const {
    if (state_.subject >= 0 || state_.current < 0 || prev < 0) return false;
    if (state_.last_role != Role::kPpObject || state_.last_np_chunk != prev) return false;
    const Clause& governor = out_.clauses[state_.current];
    if (governor.object < 0 || governor.verb.passive || governor.verb.lemma == "tell" ||
        !IsReportingVerb(governor.verb.lemma)) {
      return false;
    }
    const uint32_t object_end = out_.phrases[governor.object].tokens.end;
    for (auto c = static_cast<uint32_t>(prev); view_.ChunkAt(c).tokens.begin >= object_end; --c) {
      if (!view_.IsKind(c, ChunkKind::kPrep) && !view_.IsKind(c, ChunkKind::kNoun)) return false;
      if (c == 0) break;
    }
    return true;
  }

  // Whether a finite verb with no subject right after the noun phrase at chunk `prev` reports
  // what the current clause's verb of saying has as its object with the infinitive that
  // follows that object, a noun of intention: "said Japan's plan to release the water was
  // irresponsible", "said the decision to expel the envoys had been a mistake".
  bool ReportsANounWithItsInfinitive(int64_t prev) const {
    if (state_.subject >= 0 || state_.current < 0 || prev < 0 || state_.last_np_chunk != prev) {
      return false;
    }
    const Clause& infinitive = out_.clauses[static_cast<size_t>(state_.current)];
    if (infinitive.kind != ClauseKind::kInfinitive || infinitive.parent < 0) return false;
    const Clause& governor = out_.clauses[static_cast<size_t>(infinitive.parent)];
    return governor.object >= 0 && !governor.verb.passive && governor.verb.lemma != "tell" &&
           IsReportingVerb(governor.verb.lemma) &&
           out_.phrases[governor.object].tokens.end == infinitive.verb.tokens.begin &&
           IsIntentionNoun(view_.Lemma(out_.phrases[governor.object].head));
  }

  // Whether the subject met since the current clause's verb is that of what the verb reports:
  // a verb of saying with no object, then only its adverbials and PPs ("said on Saturday it
  // was suspending ...", "said in a statement the army had ..."), no punctuation but a colon
  // and the quote that opens the speech (said: "We will ...").
  bool SaysWhatTheSubjectDoes() const {
    if (state_.subject < 0 || state_.current < 0) return false;
    const Clause& current = out_.clauses[state_.current];
    if (current.object >= 0 || !IsReportingVerb(current.verb.lemma)) return false;
    const uint32_t subject_begin = out_.phrases[state_.subject].tokens.begin;
    if (subject_begin <= current.verb.tokens.end) return false;  // right after: its object
    for (uint32_t t = current.verb.tokens.end; t < subject_begin; ++t) {
      if (!IsPunctuation(view_.Tag(t))) continue;
      if (view_.Tag(t) != PosTag::kColon || t + 2 != subject_begin ||
          view_.Tag(t + 1) != PosTag::kOpenQuote) {
        return false;
      }
      ++t;
    }
    return true;
  }

  // A lone participle coordinated with a finite active verb shares its auxiliaries: "had
  // crossed the line and provoked", "crossed the line and then attacked" (tagged VBN after the
  // adverb) are active and done, not the passive a lone participle heads elsewhere; "was
  // arrested and charged" stays passive.
  void ShareAuxiliaries(const VerbGroup& first, uint32_t c, VerbGroup* verb) const {
    if (!verb->passive || verb->finite || !first.finite || first.passive ||
        view_.FirstVerbToken(c) != verb->head) {
      return;
    }
    verb->passive = false;
    verb->finite = true;
    verb->tense = first.tense;
    verb->perfect = first.perfect;
  }

  // Whether a participial adjunct goes on with the act of the adverbial clause of time
  // before it, not with the main clause: "came a day after gunmen attacked a camp, kidnapping
  // ten workers", "fired tear gas as thousands marched, chanting slogans" (not "would not step
  // down until an election was held, calling ...", whose subject does not act; "when" is as
  // often the setting of the main act: "attacked a convoy when it stopped, killing two").
  // So with a reported act, unless the participle is itself an act of speech, which only the
  // speaker does: "said troops shelled the village, killing five people", not "..., accusing
  // Kyiv of provocation".
  bool GoesOnWithTheActBefore(const Clause& participle) const {
    if (state_.current < 0 || state_.current == state_.top) return false;
    const Clause& current = out_.clauses[static_cast<size_t>(state_.current)];
    if (current.kind == ClauseKind::kReported && !current.verb.passive) {
      return !IsSpeechAct(participle.verb.lemma);
    }
    if (current.kind != ClauseKind::kSubordinate || current.verb.passive || current.marker < 0) {
      return false;
    }
    static constexpr std::array<std::string_view, 3> kTimeMarkers = {"after", "as", "while"};
    return In(kTimeMarkers, view_.Lower(static_cast<uint32_t>(current.marker)));
  }

  // Fills in the clause that verb chunk c opens as `opening` says; returns where it goes.
  Placement OpenClause(Opening opening, uint32_t c, int64_t prev, Clause* clause) {
    const int32_t current_or_orphan = state_.current >= 0 ? state_.current : kOrphan;
    switch (opening) {
      case Opening::kCoordinatedAfterConjunction: {
        clause->kind = ClauseKind::kCoordinated;
        clause->marker = static_cast<int32_t>(view_.ChunkAt(static_cast<uint32_t>(prev)).head);
        const int32_t parent = ConjunctOfTheSameForm(
            view_, out_, state_.current >= 0 ? state_.current : state_.top, c);
        ShareAuxiliaries(out_.clauses[static_cast<size_t>(parent)].verb, c, &clause->verb);
        return {.parent = parent};
      }
      case Opening::kCoordinatedInList:
        clause->kind = ClauseKind::kCoordinated;
        return {.parent = state_.current};
      case Opening::kSubjunctive:
        clause->verb.subjunctive = true;
        return OpenMarked(ClauseKind::kSubordinate, clause);
      case Opening::kGerundAfterPreposition:
        clause->kind = ClauseKind::kParticipial;
        clause->marker = static_cast<int32_t>(view_.ChunkAt(c - 1).head);
        state_.prep_chunk = -1;
        return {.parent = current_or_orphan};
      case Opening::kParticipleAfterVerb:
        clause->kind = ClauseKind::kParticipial;
        return {.parent = current_or_orphan};
      case Opening::kReducedRelative:
        return OpenReducedRelative(clause);
      case Opening::kParticipialAdjunct:
        clause->kind = ClauseKind::kParticipial;
        if (GoesOnWithTheActBefore(*clause)) return {.parent = state_.current};
        return {.parent = state_.top >= 0 ? state_.top : current_or_orphan};
      case Opening::kInfinitive:
        clause->kind = ClauseKind::kInfinitive;
        return {.parent = state_.current >= 0 ? state_.current
                                              : (state_.top >= 0 ? state_.top : kOrphan)};
      case Opening::kRelative:
        return OpenRelative(clause);
      case Opening::kMarkedSubordinate:
        return OpenMarked(MarkedClauseKind(), clause);
      case Opening::kMarkedCoordinate:
        clause->kind = ClauseKind::kCoordinated;
        clause->marker = state_.marker.token;
        clause->subject = state_.subject;
        return {.parent = state_.current >= 0 ? state_.current : state_.top};
      case Opening::kComplementWithoutThat:
        return OpenComplementWithoutThat(clause);
      case Opening::kComplementAfterModifiers:
        return OpenComplementAfterModifiers(clause);
      case Opening::kComplementAfterInfinitive:
        return OpenComplementAfterInfinitive(clause);
      case Opening::kReportedAfterAdjunct:
        clause->kind = ClauseKind::kReported;
        clause->subject = state_.subject;
        return {.parent = state_.current};
      case Opening::kMarkedAfterRelative: {
        state_.marker = state_.held_marker;
        state_.held_marker = {};
        AdoptTheRelativeInTheSubject();
        const Placement placement = OpenMarked(MarkedClauseKind(), clause);
        clause->subject = scratch_.saved_subjects.back();
        scratch_.saved_subjects.pop_back();
        return placement;
      }
      case Opening::kMainAfterInsertion:
        state_.held_marker = {};
        clause->kind = ClauseKind::kMain;
        clause->subject = scratch_.saved_subjects.back();
        scratch_.saved_subjects.pop_back();
        return {.main = true};
      case Opening::kMainAfterParenthesis:
        return OpenMainAfterParenthesis(clause);
      case Opening::kCoordinatedVerbList:
        clause->kind = ClauseKind::kCoordinated;
        return {.parent = state_.current};
      case Opening::kInvertedReporting:
        // A main clause whose subject is the next noun phrase.
        state_.inverted_clause = static_cast<int32_t>(out_.clauses.size());
        [[fallthrough]];
      case Opening::kMain:
        clause->kind = ClauseKind::kMain;
        clause->subject = state_.subject;
        return {.main = true};
    }
    return {};
  }

  // The main clause takes the subject of the one that was its inserted participle, which
  // becomes a participial clause under it, no longer a past.
  Placement OpenMainAfterParenthesis(Clause* clause) {
    Clause& inserted = out_.clauses[static_cast<size_t>(state_.top)];
    clause->kind = ClauseKind::kMain;
    clause->subject = inserted.subject;
    inserted.kind = ClauseKind::kParticipial;
    inserted.verb.finite = false;
    inserted.verb.tense = Tense::kNone;
    inserted.verb.passive = true;
    scratch_.orphans.push_back(static_cast<uint32_t>(state_.top));
    return {.main = true};
  }

  // A clause after its marker ("that", "because"), with the subject met since.
  Placement OpenMarked(ClauseKind kind, Clause* clause) const {
    clause->kind = kind;
    clause->marker = state_.marker.token;
    clause->subject = state_.subject;
    return {.parent = state_.marker.parent, .takes_preposed = true};
  }

  // After "that" a clause depending on a verb of saying is reported speech.
  ClauseKind MarkedClauseKind() const {
    const bool reported = state_.marker.kind == MarkerKind::kThat && state_.marker.parent >= 0 &&
                          IsReportingVerb(out_.clauses[state_.marker.parent].verb.lemma);
    return reported ? ClauseKind::kReported : ClauseKind::kSubordinate;
  }

  Placement OpenReducedRelative(Clause* clause) {
    clause->kind = ClauseKind::kRelative;
    clause->antecedent = state_.last_np;
    clause->subject = state_.last_np;
    const bool in_subject = state_.last_role == Role::kSubject && state_.subject == state_.last_np;
    const int32_t parent = (in_subject || state_.current < 0) ? kOrphan : state_.current;
    if (in_subject) {
      HoldTheMarker(&state_);
      SetAsideSubject(&state_, &scratch_);
    }
    return {.parent = parent};
  }

  Placement OpenRelative(Clause* clause) const {
    clause->kind = ClauseKind::kRelative;
    clause->antecedent = state_.marker.antecedent;
    clause->marker = state_.marker.token;
    if (state_.subject >= 0) {  // "the deal that Putin signed", not "X, whose troops left"
      clause->subject = state_.subject;
      if (!state_.marker.wh_adverb && !state_.marker.possessive) {
        clause->object = state_.marker.antecedent;
      }
      // "Israel, whose foreign minister summoned ...": the antecedent owns the subject.
      NounPhrase& subject = out_.phrases[static_cast<size_t>(state_.subject)];
      if (state_.marker.possessive && subject.possessor < 0) {
        subject.possessor = state_.marker.antecedent;
      }
    } else if (!state_.marker.wh_adverb) {
      clause->subject = state_.marker.antecedent;
    }
    return {.parent = state_.marker.parent};
  }

  // "said Y met Z", "said Y and Z met": the governor's supposed object was the subject of a
  // complement clause, and is its object no more.
  Placement OpenComplementWithoutThat(Clause* clause) {
    Clause& governor = out_.clauses[state_.current];
    // The object, when the last phrase is its conjunct or the object of its "of" phrase.
    const int32_t subject =
        governor.object >= 0 && (state_.last_role == Role::kPpObject ||
                                 InCoordination(governor.object, state_.last_np))
            ? governor.object
            : state_.last_np;
    if (governor.object == subject) {
      governor.object = governor.indirect_object;
      governor.indirect_object = -1;
    } else if (governor.indirect_object == subject) {
      governor.indirect_object = -1;
    }
    clause->kind =
        IsReportingVerb(governor.verb.lemma) ? ClauseKind::kReported : ClauseKind::kSubordinate;
    clause->subject = subject;
    return {.parent = state_.current};
  }

  // The clause a verb of saying reports, whose subject is the verb's supposed object and whose
  // prepositional phrases, taken as the verb's, are the subject's: "said [the move by
  // Moscow] was illegal".
  Placement OpenComplementAfterModifiers(Clause* clause) {
    Clause& governor = out_.clauses[state_.current];
    const int32_t subject = governor.object;
    const uint32_t subject_end = out_.phrases[subject].tokens.end;
    for (SyntaxScratch::PendingItem& item : scratch_.items) {
      if (item.clause == state_.current && item.phrase < 0 && !item.adverbial &&
          item.range.begin >= subject_end) {
        item.clause = -1;
        item.phrase = subject;
      }
    }
    governor.object = governor.indirect_object;
    governor.indirect_object = -1;
    clause->kind = ClauseKind::kReported;
    clause->subject = subject;
    return {.parent = state_.current};
  }

  // The clause a verb of saying reports, whose subject is the verb's supposed object, the
  // noun the current infinitive completes: "said [Japan's plan to release the water] was
  // irresponsible". The infinitive keeps its own object.
  Placement OpenComplementAfterInfinitive(Clause* clause) {
    const int32_t governor_index = out_.clauses[static_cast<size_t>(state_.current)].parent;
    Clause& governor = out_.clauses[static_cast<size_t>(governor_index)];
    clause->kind = ClauseKind::kReported;
    clause->subject = governor.object;
    governor.object = governor.indirect_object;
    governor.indirect_object = -1;
    return {.parent = governor_index};
  }

  // Appends the opened clause and makes it the current one.
  void AddClause(Clause clause, Placement placement) {
    const auto index = static_cast<int32_t>(out_.clauses.size());
    clause.parent = placement.parent == kOrphan ? -1 : placement.parent;
    out_.clauses.push_back(clause);
    if (placement.parent == kOrphan) scratch_.orphans.push_back(static_cast<uint32_t>(index));
    if (placement.main) {
      for (uint32_t orphan : scratch_.orphans) {
        if (static_cast<int32_t>(orphan) != index) out_.clauses[orphan].parent = index;
      }
      scratch_.orphans.clear();
      state_.top = index;
    }
    if (placement.main || placement.takes_preposed) {
      GiveAwaitingItems(&scratch_, index);
      if (state_.pending_speaker >= 0) SetSpeaker(&out_.clauses[index], state_.pending_speaker);
      state_.pending_speaker = -1;
    }
    state_.current = index;
    state_.subject = -1;
    state_.objects_open = true;
    state_.marker = {};
    if (state_.last_role == Role::kSubject) state_.last_role = Role::kNone;
  }

  // Whether phrase p is `first` or one of the phrases coordinated after it.
  bool InCoordination(int32_t first, int32_t p) const {
    for (const int32_t q : out_.Conjuncts(first)) {
      if (q == p) return true;
    }
    return false;
  }

  const SentenceView& view_;
  WalkState& state_;
  Syntax& out_;
  SyntaxScratch& scratch_;
};

}  // namespace

void OpenClauseAtVerb(const SentenceView& view, uint32_t c, WalkState* state, Syntax* out) {
  ClauseOpener(view, state, out).Open(c);
}

}  // namespace tacitus::syntax_internal

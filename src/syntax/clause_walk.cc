#include "syntax/clause_walk.h"

#include <array>
#include <cstdint>
#include <string_view>

#include "base/strings.h"
#include "lex/verb_classes.h"
#include "syntax/clause_opening.h"
#include "syntax/pending_items.h"
#include "syntax/temporal_phrases.h"
#include "syntax/walk_state.h"

namespace tacitus::syntax_internal {
namespace {

// Prepositions that, right after a noun phrase, attach to it rather than to the verb.
constexpr auto kNounPrepositions = std::to_array<std::string_view>(
    {"of", "with", "between", "like", "including", "among", "such"});

// Nouns that take a preposition of their own, which after other nouns goes to the verb: a
// visit "to" a place ("met Xi during her visit to Beijing") and counterparts or delegations
// "from" a country ("held talks with his counterparts from Iran and Turkey"). Not diplomats
// or officials: they are withdrawn, expelled and evacuated "from" a country, the verb's.
constexpr auto kNounsTakingTo =
    std::to_array<std::string_view>({"visit", "trip", "journey", "tour", "voyage"});
constexpr auto kNounsTakingFrom =
    std::to_array<std::string_view>({"counterpart", "delegation", "delegate", "representative"});

bool NounTakesPreposition(std::string_view noun_lemma, std::string_view preposition) {
  if (preposition == "to") return In(kNounsTakingTo, noun_lemma);
  if (preposition == "from") return In(kNounsTakingFrom, noun_lemma);
  return false;
}

class ClauseWalk {
 public:
  ClauseWalk(const SentenceView& view, Syntax* out)
      : view_(view), out_(*out), scratch_(out->scratch) {}

  void Run() {
    for (uint32_t c = view_.first_chunk(); c < view_.end_chunk(); ++c) {
      if (c == state_.skip_chunk) continue;
      switch (view_.ChunkAt(c).kind) {
        case ChunkKind::kNoun:
          OnNoun(c);
          break;
        case ChunkKind::kVerb:
          OpenClauseAtVerb(view_, c, &state_, &out_);
          break;
        case ChunkKind::kPrep:
          state_.prep_chunk = static_cast<int64_t>(c);
          state_.objects_open = false;
          break;
        case ChunkKind::kSubordinator:
          OnSubordinator(c);
          break;
        case ChunkKind::kRelative:
          OnRelative(c);
          break;
        case ChunkKind::kAdverb:
          OnAdverb(c);
          break;
        case ChunkKind::kAdjective:
        case ChunkKind::kConjunction:
          state_.objects_open = false;
          break;
        case ChunkKind::kPunctuation:
          OnPunctuation(c);
          break;
        case ChunkKind::kOther:
          break;
      }
    }
  }

 private:
  std::string_view HeadWord(uint32_t c) const { return view_.Lower(view_.ChunkAt(c).head); }

  void AddClauseItem(bool adverbial, TokenRange range, int32_t object) {
    AddPendingItem(&scratch_, state_.current, -1, adverbial, range, object);
  }

  bool IsTemporalPhrase(int32_t p, bool after_preposition, bool before_ago) const {
    return IsTemporal(view_, out_.phrases[p], after_preposition, before_ago);
  }

  // ---- noun phrases ----
  void SetLastPhrase(int32_t p, uint32_t c, Role role) {
    state_.last_np = p;
    state_.last_np_chunk = static_cast<int64_t>(c);
    state_.last_role = role;
  }

  // Not bounded by kMaxChain, which would cut a longer list short: p is later than every
  // phrase of the chain, so the chain cannot loop.
  void LinkConjunct(int32_t tail, int32_t p) {
    int32_t t = tail;
    while (out_.phrases[t].next_conjunct >= 0) t = out_.phrases[t].next_conjunct;
    out_.phrases[t].next_conjunct = p;
  }

  void SetApposition(int32_t p) {
    if (out_.phrases[state_.last_np].apposition < 0) out_.phrases[state_.last_np].apposition = p;
  }

  // After "NP ,": do further ", NP" items end in "and NP"? ("Russia, Ukraine, and the EU")
  bool ListContinues(uint32_t c) const {
    uint32_t j = c + 1;
    while (j < view_.end_chunk()) {
      if (view_.IsAndOr(j)) return view_.IsKind(j + 1, ChunkKind::kNoun);
      if (!view_.IsComma(j)) return false;
      if (view_.IsAndOr(j + 1)) return view_.IsKind(j + 2, ChunkKind::kNoun);
      if (!view_.IsKind(j + 1, ChunkKind::kNoun)) return false;
      j += 2;
    }
    return false;
  }

  // Whether the list that noun chunk c starts ("Putin and Xi", "Russia, China, and India")
  // ends in its last conjunct right before a finite verb, whose subject it then is.
  bool ListEndsAtFiniteVerb(uint32_t c) const {
    uint32_t j = c + 1;
    while (view_.IsComma(j) && view_.IsKind(j + 1, ChunkKind::kNoun)) j += 2;
    if (view_.IsComma(j)) ++j;  // the serial comma
    return view_.IsAndOr(j) && view_.IsKind(j + 1, ChunkKind::kNoun) &&
           view_.IsFiniteVerbChunk(j + 2);
  }

  // Can what follows chunk c close an apposition ("Xi Jinping, China's president, ...")?
  bool ClosesApposition(uint32_t c) const {
    if (c >= view_.end_chunk()) return true;
    if (view_.IsKind(c, ChunkKind::kRelative)) return true;
    if (view_.IsKind(c, ChunkKind::kVerb)) {
      return view_.Tag(view_.FirstVerbToken(c)) == PosTag::kVBN;
    }
    if (!view_.IsKind(c, ChunkKind::kPunctuation)) return false;
    const std::string_view p = view_.Text(view_.ChunkAt(c).head);
    return p == "," || p == "." || p == ")" || p == ";" || p == ":" || p == "--" || IsQuote(p);
  }

  // "Ivan Testov, 45, a former editor of ...": whether noun chunk c is a person's age, a bare
  // number set off by commas after a name, which the apposition after it skips.
  bool IsAgeAfterName(uint32_t c) const {
    const TokenRange tokens = view_.ChunkAt(c).tokens;
    const std::string_view w = view_.Lower(tokens.begin);
    const bool two_digits_or_fewer =
        !w.empty() && w.size() <= 2 && IsAsciiDigit(w[0]) && IsAsciiDigit(w.back());
    return tokens.end == tokens.begin + 1 && view_.Tag(tokens.begin) == PosTag::kCD &&
           two_digits_or_fewer && view_.IsComma(c + 1) &&
           IsProperNoun(view_.Tag(out_.phrases[state_.last_np].head));
  }

  // Whether noun chunk c, after "along with" or "together with" right after the subject,
  // is a co-agent of that subject: a finite verb follows it (after a comma that closes the
  // aside). "Japan, along with Australia, condemned China": both condemned.
  bool JoinsTheSubject(uint32_t c) const {
    const uint32_t first = view_.ChunkAt(c).tokens.begin;
    if (state_.subject < 0 || state_.last_role != Role::kSubject || first < 2 ||
        view_.Lower(first - 1) != "with") {
      return false;
    }
    const std::string_view before = view_.Lower(first - 2);
    const uint32_t verb = view_.IsComma(c + 1) ? c + 2 : c + 1;
    return (before == "along" || before == "together") && view_.IsFiniteVerbChunk(verb);
  }

  // The chunk after the "of" phrases that begin at chunk c ("a former editor | of the Times |
  // ,"); c itself when there are none.
  uint32_t AfterOfPhrases(uint32_t c) const {
    while (view_.IsKind(c, ChunkKind::kPrep) && HeadWord(c) == "of" &&
           view_.IsKind(c + 1, ChunkKind::kNoun)) {
      c += 2;
    }
    return c;
  }

  void OnNoun(uint32_t c) {
    const int32_t p = view_.ChunkAt(c).phrase;
    const int64_t prev = static_cast<int64_t>(c) - 1;
    if (state_.last_np >= 0 && view_.IsPunct(c - 1, "(") && state_.last_np_chunk == prev - 1 &&
        view_.IsPunct(c + 1, ")")) {
      SetApposition(p);  // "the International Criminal Court (ICC)"
      return;
    }
    if (GapsTheVerb(p, c)) {
      LinkConjunct(out_.clauses[state_.current].object, p);
      SetLastPhrase(p, c, Role::kObject);
      return;
    }
    if (state_.last_np >= 0 && view_.IsAndOr(c - 1) &&
        (state_.last_np_chunk == prev - 1 ||
         (state_.last_np_chunk == prev - 2 && view_.IsComma(c - 2)))) {
      OnNounAfterAndOr(p, c);
      return;
    }
    if (state_.prep_chunk >= 0 && state_.prep_chunk == prev && JoinsTheSubject(c)) {
      LinkConjunct(state_.subject, p);  // "Japan, along with Australia, condemned ..."
      SetLastPhrase(p, c, Role::kSubject);
      return;
    }
    if (state_.prep_chunk >= 0 && state_.prep_chunk == prev) {
      OnPrepositionObject(p, c);
      return;
    }
    if (view_.IsKind(c - 1, ChunkKind::kConjunction) && state_.current >= 0 && state_.subject < 0 &&
        view_.IsFiniteVerbChunk(c + 1)) {  // "alliances are shifting and challenges require ..."
      StartCoordinatedClause(p, c);
      return;
    }
    if (state_.last_np >= 0 && view_.IsComma(c - 1) && state_.last_np_chunk == prev - 1 &&
        TakeAfterComma(p, c)) {
      return;
    }
    if (TakeAsTemporal(p, c)) return;
    if (state_.inverted_clause >= 0) {  // '"...," said Putin'
      out_.clauses[state_.inverted_clause].subject = p;
      state_.inverted_clause = -1;
      SetLastPhrase(p, c, Role::kNone);
      return;
    }
    if (state_.current >= 0 && state_.objects_open && TakeAsObject(p, c)) return;
    if (InsideTheWaitingSubject(c)) {  // "Ten civilians, among them women, were freed"
      SetLastPhrase(p, c, Role::kPpObject);
      return;
    }
    state_.subject = p;
    SetLastPhrase(p, c, Role::kSubject);
  }

  // Whether noun chunk c, right after the object of a preposition that follows a subject
  // still waiting for its verb, goes on with that prepositional phrase rather than replacing
  // the subject.
  bool InsideTheWaitingSubject(uint32_t c) const {
    return state_.subject >= 0 && state_.last_role == Role::kPpObject &&
           state_.last_np_chunk + 1 == static_cast<int64_t>(c) &&
           out_.phrases[state_.subject].tokens.end < view_.ChunkAt(c).tokens.begin;
  }

  // "Putin and Xi", "Russia, China and India": another conjunct; but "X met Y and Z signed
  // W" coordinates clauses.
  void OnNounAfterAndOr(int32_t p, uint32_t c) {
    // "the meeting between Putin and Xi serves" coordinates no clauses: a subject still
    // waits for that verb. After "believes" or "said", "Y and Z can cope" is the
    // complement's subject.
    const bool complement_subjects = state_.current >= 0 && state_.last_role == Role::kObject &&
                                     out_.clauses[state_.current].object == state_.last_np &&
                                     TakesClauseComplement(out_.clauses[state_.current].verb.lemma);
    const bool clause_coordination =
        state_.current >= 0 && state_.subject < 0 && !complement_subjects &&
        state_.last_role != Role::kSubject &&
        (view_.IsFiniteVerbChunk(c + 1) || FiniteVerbAfterRelative(c + 1) ||
         (view_.IsComma(c - 2) && FiniteVerbAfterItsPhrases(c)));
    if (clause_coordination) {
      StartCoordinatedClause(p, c);
      return;
    }
    LinkConjunct(state_.last_np, p);
    SetLastPhrase(p, c, state_.last_role);
  }

  // Gapping: "met Erdogan on Monday and Raisi on Tuesday" — noun chunk c after "and" right
  // after a time phrase ("on Monday", which the walk took as the clause's time) is another
  // object of the clause's verb, when the clause has an object and c is no time itself nor
  // the subject of a verb of its own. False otherwise.
  bool GapsTheVerb(int32_t p, uint32_t c) const {
    if (state_.current < 0 || state_.last_np >= 0 || c < 3 || !view_.IsAndOr(c - 1) ||
        !view_.IsKind(c - 2, ChunkKind::kNoun) || !view_.IsKind(c - 3, ChunkKind::kPrep) ||
        view_.IsKind(c + 1, ChunkKind::kVerb)) {
      return false;
    }
    const int32_t object = out_.clauses[state_.current].object;
    return object >= 0 && object < view_.ChunkAt(c - 2).phrase &&
           IsTemporalPhrase(view_.ChunkAt(c - 2).phrase, /*after_preposition=*/true,
                            /*before_ago=*/false) &&
           !IsTemporalPhrase(p, /*after_preposition=*/true, /*before_ago=*/false);
  }

  // Whether chunk c opens ", who ..." or ", whose ..." set off by commas and a finite verb
  // follows the second comma: "and Machar, whose whereabouts are unknown, instructed ...".
  bool FiniteVerbAfterRelative(uint32_t c) const {
    if (!view_.IsComma(c) || !view_.IsKind(c + 1, ChunkKind::kRelative)) return false;
    for (uint32_t k = c + 2; k < view_.end_chunk(); ++k) {
      if (view_.IsComma(k)) return view_.IsFiniteVerbChunk(k + 1);
      if (view_.IsKind(k, ChunkKind::kPunctuation)) return false;
    }
    return false;
  }

  // Whether noun chunk c, with the prepositional phrases and conjuncts after it, comes right
  // before a finite verb: ", and troops from Russia, Belarus and Armenia began ...".
  bool FiniteVerbAfterItsPhrases(uint32_t c) const {
    uint32_t j = c + 1;
    while (j < view_.end_chunk()) {
      if ((view_.IsKind(j, ChunkKind::kPrep) || view_.IsComma(j) || view_.IsAndOr(j)) &&
          view_.IsKind(j + 1, ChunkKind::kNoun)) {
        j += 2;
      } else if (view_.IsComma(j) && view_.IsAndOr(j + 1) &&
                 view_.IsKind(j + 2, ChunkKind::kNoun)) {
        j += 3;
      } else {
        break;
      }
    }
    return j > c + 1 && view_.IsFiniteVerbChunk(j);
  }

  // Phrase p after a conjunction is the subject of a clause coordinated with the current one.
  void StartCoordinatedClause(int32_t p, uint32_t c) {
    state_.marker = {MarkerKind::kCoordinator, static_cast<int32_t>(view_.ChunkAt(c - 1).head), -1,
                     -1, false};
    state_.subject = p;
    SetLastPhrase(p, c, Role::kSubject);
  }

  // "NP , p": whether p goes on a list ("Russia, Ukraine, and the EU") or is an apposition
  // ("Xi Jinping, China's president,"); if so, takes it as that.
  bool TakeAfterComma(int32_t p, uint32_t c) {
    if (IsAgeAfterName(c)) {
      state_.last_np_chunk = static_cast<int64_t>(c);  // the name stays the phrase to go on
      return true;
    }
    // A PP before any clause and its subject: "In a phone call, Putin and Xi criticized ...".
    // (Not "The mayor of Novi Sad, Milan Djuric, resigned", whose subject already waits.)
    const bool preposed_pp =
        state_.last_role == Role::kPpObject && state_.current < 0 && state_.subject < 0;
    // After a preposed PP, a list right before the verb is its subject, not more of the PP's
    // object (not "the ministers of A, B and C met", where the subject already waits).
    if (preposed_pp && ListEndsAtFiniteVerb(c)) return false;
    if (ListContinues(c)) {
      LinkConjunct(state_.last_np, p);
      SetLastPhrase(p, c, state_.last_role);
      return true;
    }
    if (ClosesApposition(AfterOfPhrases(c + 1)) && !preposed_pp &&
        !IsTemporalPhrase(p, false, false)) {
      SetApposition(p);
      SetLastPhrase(p, c, state_.last_role);
      return true;
    }
    return false;
  }

  // Whether p names a time ("yesterday", "last week", "two days ago"); if so, records it as
  // an adverbial of the current clause.
  bool TakeAsTemporal(int32_t p, uint32_t c) {
    const bool before_ago = view_.IsKind(c + 1, ChunkKind::kAdverb) && HeadWord(c + 1) == "ago";
    if (!IsTemporalPhrase(p, false, before_ago)) return false;
    TokenRange range = view_.ChunkAt(c).tokens;
    if (view_.IsKind(c - 1, ChunkKind::kAdverb) && In(kTemporalAdverbs, HeadWord(c - 1))) {
      range.begin = view_.ChunkAt(c - 1).tokens.begin;  // "earlier this year"
    }
    if (before_ago) {
      range.end = view_.ChunkAt(c + 1).tokens.end;
      state_.skip_chunk = c + 1;
    }
    AddClauseItem(true, range, -1);
    state_.last_np = -1;
    return true;
  }

  // The current clause's object, or its second one ("gave Ukraine a warning": the first
  // becomes the indirect object); false when it has both.
  bool TakeAsObject(int32_t p, uint32_t c) {
    Clause& clause = out_.clauses[state_.current];
    if (clause.object < 0) {
      clause.object = p;
      SetLastPhrase(p, c, Role::kObject);
      return true;
    }
    if (clause.indirect_object < 0 && state_.last_role == Role::kObject &&
        state_.last_np_chunk == static_cast<int64_t>(c) - 1) {
      clause.indirect_object = clause.object;
      clause.object = p;
      SetLastPhrase(p, c, Role::kObject);
      return true;
    }
    return false;
  }

  void OnPrepositionObject(int32_t p, uint32_t c) {
    const uint32_t prep_chunk = static_cast<uint32_t>(state_.prep_chunk);
    const TokenRange prep = view_.ChunkAt(prep_chunk).tokens;
    const std::string_view word = view_.Lower(prep.begin);
    state_.prep_chunk = -1;
    if (In(kTemporalPrepositions, word) && IsTemporalPhrase(p, true, false)) {
      AddClauseItem(true, {prep.begin, view_.ChunkAt(c).tokens.end}, -1);
      state_.last_np = -1;
      return;
    }
    if (word == "according") {
      const int32_t target = state_.top >= 0 ? state_.top : state_.current;
      if (target >= 0) {
        SetSpeaker(&out_.clauses[target], p);
      } else {
        state_.pending_speaker = p;
      }
      SetLastPhrase(p, c, Role::kPpObject);
      return;
    }
    if (word == "by" && state_.current >= 0 && out_.clauses[state_.current].verb.passive &&
        out_.clauses[state_.current].agent < 0) {
      out_.clauses[state_.current].agent = p;
      SetLastPhrase(p, c, Role::kPpObject);
      return;
    }
    const bool after_phrase =
        state_.last_np >= 0 && state_.last_np_chunk + 1 == static_cast<int64_t>(prep_chunk);
    if (after_phrase &&
        (In(kNounPrepositions, word) || state_.last_role == Role::kSubject ||
         NounTakesPreposition(view_.Lemma(out_.phrases[state_.last_np].head), word))) {
      AddPendingItem(&scratch_, -1, state_.last_np, false, prep, p);
    } else {
      AddClauseItem(false, prep, p);
    }
    SetLastPhrase(p, c, Role::kPpObject);
  }

  // ---- markers, adverbs, punctuation ----
  void OnSubordinator(uint32_t c) {
    const auto token = static_cast<int32_t>(view_.ChunkAt(c).head);
    const MarkerKind kind = HeadWord(c) == "that" ? MarkerKind::kThat : MarkerKind::kSubordinator;
    int32_t parent = state_.current >= 0 ? state_.current : kOrphan;
    if (kind == MarkerKind::kThat && c > 0 && view_.IsKind(c - 1, ChunkKind::kConjunction)) {
      parent = ReportingClauseOf(parent, parent);
    }
    state_.marker = {kind, token, -1, parent, false};
    SetAsideSubject(&state_, &scratch_);
    state_.objects_open = false;
    state_.prep_chunk = -1;
  }

  // "said he had ordered ships to the region and that the US would send arms": a that-clause
  // after a coordinator is reported by the verb that reports the clause it follows, the
  // reporting clause above `clause`; `otherwise` when no reported clause is above it.
  int32_t ReportingClauseOf(int32_t clause, int32_t otherwise) const {
    for (int hops = 0; clause >= 0 && hops < kMaxChain; ++hops) {
      const Clause& above = out_.clauses[static_cast<size_t>(clause)];
      if (above.kind == ClauseKind::kReported) return above.parent >= 0 ? above.parent : otherwise;
      clause = above.parent;
    }
    return otherwise;
  }

  void OnRelative(uint32_t c) {
    const int64_t at = static_cast<int64_t>(c);
    const bool adjacent =
        state_.last_np >= 0 && (state_.last_np_chunk == at - 1 ||
                                (state_.last_np_chunk == at - 2 && view_.IsComma(c - 1)));
    if (!adjacent) {  // "what he said", "when they met": a free clause
      OnSubordinator(c);
      return;
    }
    // On the subject, or its last conjunct ("Brazil and Colombia, whose governments ..."), or
    // on a phrase inside it ("the state of war that had existed ... has ended").
    const bool on_subject = state_.last_role == Role::kSubject && state_.subject >= 0;
    const bool in_subject =
        on_subject || (state_.last_role == Role::kPpObject && state_.subject >= 0);
    if (in_subject) HoldTheMarker(&state_);
    const PosTag tag = view_.Tag(view_.ChunkAt(c).head);
    state_.marker = {MarkerKind::kRelative,
                     static_cast<int32_t>(view_.ChunkAt(c).head),
                     on_subject ? state_.subject : state_.last_np,
                     (in_subject || state_.current < 0) ? kOrphan : state_.current,
                     tag == PosTag::kWRB,
                     tag == PosTag::kWPS};
    if (in_subject) SetAsideSubject(&state_, &scratch_);
    state_.objects_open = false;
    state_.prep_chunk = -1;
  }

  void OnAdverb(uint32_t c) {
    if (!In(kTemporalAdverbs, HeadWord(c))) return;
    // "earlier this year" is recorded whole with its noun phrase.
    if (view_.IsKind(c + 1, ChunkKind::kNoun) &&
        IsTemporalPhrase(view_.ChunkAt(c + 1).phrase, false, false)) {
      return;
    }
    AddClauseItem(true, view_.ChunkAt(c).tokens, -1);
  }

  // Whether the colon at chunk c opens a quotation that the current clause's verb of saying,
  // with no object, reports: Putin said: "We will respond".
  bool OpensQuotedSpeech(uint32_t c) const {
    if (state_.current < 0 || c + 1 >= view_.end_chunk() ||
        view_.Tag(view_.ChunkAt(c + 1).head) != PosTag::kOpenQuote) {
      return false;
    }
    const Clause& current = out_.clauses[static_cast<size_t>(state_.current)];
    return current.object < 0 && IsReportingVerb(current.verb.lemma);
  }

  void OnPunctuation(uint32_t c) {
    const std::string_view p = view_.Text(view_.ChunkAt(c).head);
    if (IsQuote(p) || p == "(" || p == ")") return;
    state_.objects_open = false;
    state_.prep_chunk = -1;
    // A new clause is expected; after "said:" and a quote, the speech it reports.
    if (p == ";" || p == "--" || (p == ":" && !OpensQuotedSpeech(c))) state_.current = -1;
  }

  const SentenceView& view_;
  Syntax& out_;
  SyntaxScratch& scratch_;
  WalkState state_;
};

}  // namespace

void WalkClauses(const SentenceView& view, Syntax* out) { ClauseWalk(view, out).Run(); }

}  // namespace tacitus::syntax_internal

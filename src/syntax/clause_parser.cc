#include "syntax/clause_parser.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#include "lex/verb_classes.h"

namespace tacitus {
namespace {

template <size_t N>
using WordList = std::array<std::string_view, N>;

template <size_t N>
bool In(const WordList<N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr auto kNegators = std::to_array<std::string_view>({"not", "n't", "never"});
constexpr auto kFutureModals = std::to_array<std::string_view>({"will", "shall", "'ll", "wo"});
// Prepositions that, right after a noun phrase, attach to it rather than to the verb.
constexpr auto kNounPrepositions = std::to_array<std::string_view>(
    {"of", "with", "between", "like", "including", "among", "such"});
constexpr auto kSubordinators = std::to_array<std::string_view>(
    {"because", "although", "though", "whereas", "unless", "whether", "if", "while"});
// Words that are prepositions before a noun phrase and subordinators before a clause.
constexpr auto kClauseOrNounSubordinators =
    std::to_array<std::string_view>({"as", "since", "after", "before", "until", "once"});
// VBG forms that work as prepositions: "including the Belt and Road Initiative".
constexpr auto kParticiplePrepositions = std::to_array<std::string_view>(
    {"including", "regarding", "concerning", "excluding", "following", "considering"});
// First words of two-word prepositions: "according to", "because of".
constexpr auto kPrepositionsBeforeTo =
    std::to_array<std::string_view>({"according", "due", "prior", "thanks"});
constexpr auto kPrepositionsBeforeOf = std::to_array<std::string_view>(
    {"because", "instead", "ahead", "regardless", "irrespective", "out"});
// Verbs whose object is the subject of a following infinitive: "urged China to stop".
constexpr auto kObjectControlVerbs = std::to_array<std::string_view>(
    {"ask",   "urge",      "call",   "tell",     "allow",    "force",     "persuade",  "invite",
     "order", "encourage", "help",   "enable",   "warn",     "request",   "require",   "pressure",
     "press", "permit",    "compel", "advise",   "instruct", "authorize", "authorise", "lead",
     "push",  "want",      "expect", "convince", "appeal",   "challenge"});
constexpr auto kTemporalDeixis = std::to_array<std::string_view>(
    {"yesterday", "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"});
constexpr auto kMonths = std::to_array<std::string_view>(
    {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
     "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
     "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
constexpr auto kTimeUnits = std::to_array<std::string_view>(
    {"year",   "years",   "month",    "months",  "week",      "weeks",   "day",
     "days",   "weekend", "weekends", "morning", "afternoon", "evening", "night",
     "decade", "decades", "century",  "quarter", "hour",      "hours",   "spring",
     "summer", "autumn",  "winter",   "minutes"});
// Modifiers that make a bare time-unit phrase an adverbial: "last week", "this year".
constexpr auto kTimeModifiers = std::to_array<std::string_view>(
    {"this", "last", "next", "that", "past", "coming", "previous", "recent", "same", "following",
     "each", "every", "early", "late"});
constexpr auto kTemporalAdverbs = std::to_array<std::string_view>(
    {"now", "recently", "currently", "soon", "earlier", "later", "previously", "lately",
     "yesterday", "today", "tomorrow", "tonight"});
constexpr auto kTemporalPrepositions = std::to_array<std::string_view>(
    {"on", "in", "during", "since", "until", "till", "through", "throughout", "over", "within",
     "by", "at", "before", "after", "from", "for", "earlier", "later"});

constexpr int32_t kOrphan = -3;  // parent: the next main clause, once it is known

enum class Role : uint8_t { kNone, kSubject, kObject, kPpObject };

enum class MarkerKind : uint8_t { kNone, kRelative, kThat, kSubordinator, kCoordinator };

struct Marker {
  MarkerKind kind = MarkerKind::kNone;
  int32_t token = -1;
  int32_t antecedent = -1;
  int32_t parent = -1;
  bool wh_adverb = false;  // "where", "when": the antecedent is no argument
};

bool IsFiniteTag(PosTag t) {
  return t == PosTag::kMD || t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP;
}

bool IsQuote(std::string_view text) { return text == "``" || text == "''" || text == "\""; }

// One sentence's parse. Lives on the stack of Parse; all storage is in Syntax.
class SentenceParser {
 public:
  SentenceParser(const Document& doc, uint32_t sentence, Syntax* out)
      : doc_(doc),
        out_(*out),
        scratch_(out->scratch),
        sentence_(sentence),
        tb_(doc.sentences[sentence].first_token),
        te_(doc.sentences[sentence].end_token) {}

  void Run() {
    scratch_.Clear();
    SentenceSyntax range;
    range.chunks.begin = static_cast<uint32_t>(out_.chunks.size());
    range.phrases.begin = static_cast<uint32_t>(out_.phrases.size());
    range.clauses.begin = static_cast<uint32_t>(out_.clauses.size());
    first_clause_ = range.clauses.begin;
    cb_ = range.chunks.begin;  // ChunkSentence reads the chunks it has made
    ChunkSentence();
    ce_ = static_cast<uint32_t>(out_.chunks.size());
    MarkSubordinators();
    BuildClauses();
    range.chunks.end = ce_;
    range.phrases.end = static_cast<uint32_t>(out_.phrases.size());
    range.clauses.end = static_cast<uint32_t>(out_.clauses.size());
    FindTrailingReporters();
    ResolveUnderstoodRoles();
    EmitPendingItems();
    out_.sentences.push_back(range);
  }

 private:
  // ---- tokens ----
  PosTag Tag(uint32_t i) const { return i < te_ ? doc_.tokens[i].tag : PosTag::kNone; }
  std::string_view Lower(uint32_t i) const { return doc_.tokens[i].lower; }
  std::string_view Lemma(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    return t.lemma.empty() ? t.lower : t.lemma;
  }
  bool IsNegator(uint32_t i) const { return i < te_ && In(kNegators, Lower(i)); }

  // ---- chunking ----
  void AddChunk(ChunkKind kind, uint32_t begin, uint32_t end, uint32_t head, int32_t phrase = -1) {
    out_.chunks.push_back({kind, {begin, end}, head, phrase});
  }

  int32_t AddPhrase(uint32_t begin, uint32_t end, uint32_t head, int32_t possessor) {
    NounPhrase p;
    p.tokens = {begin, end};
    p.head = head;
    p.possessor = possessor;
    out_.phrases.push_back(p);
    return static_cast<int32_t>(out_.phrases.size() - 1);
  }

  void ChunkSentence() {
    uint32_t i = tb_;
    while (i < te_) {
      const PosTag t = Tag(i);
      const std::string_view w = Lower(i);
      if (i + 1 < te_ && ((In(kPrepositionsBeforeTo, w) && Lower(i + 1) == "to") ||
                          (In(kPrepositionsBeforeOf, w) && Lower(i + 1) == "of") ||
                          (w == "such" && Lower(i + 1) == "as"))) {
        AddChunk(ChunkKind::kPrep, i, i + 2, i);
        i += 2;
        continue;
      }
      if (t == PosTag::kVBG && In(kParticiplePrepositions, w) && NounStart(i + 1)) {
        AddChunk(ChunkKind::kPrep, i, i + 1, i);
        ++i;
        continue;
      }
      if (NounStart(i)) {
        const uint32_t end = ScanNoun(i);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (VerbStart(i)) {
        i = ScanVerb(i);
        continue;
      }
      ChunkKind kind = ChunkKind::kOther;
      if (t == PosTag::kIN) {
        kind = (w == "that" || In(kSubordinators, w)) ? ChunkKind::kSubordinator : ChunkKind::kPrep;
      } else if (t == PosTag::kTO) {
        kind = ChunkKind::kPrep;
      } else if (t == PosTag::kCC) {
        kind = ChunkKind::kConjunction;
      } else if (t == PosTag::kWDT || t == PosTag::kWP || t == PosTag::kWPS || t == PosTag::kWRB) {
        kind = ChunkKind::kRelative;
      } else if (IsAdverb(t)) {
        kind = ChunkKind::kAdverb;
      } else if (IsAdjective(t)) {
        kind = ChunkKind::kAdjective;
      } else if (IsPunctuation(t)) {
        kind = ChunkKind::kPunctuation;
      }
      AddChunk(kind, i, i + 1, i);
      ++i;
    }
  }

  bool NounStart(uint32_t i) const {
    const PosTag t = Tag(i);
    if (IsNoun(t) || IsAdjective(t)) return true;
    switch (t) {
      case PosTag::kCD:
      case PosTag::kDT:
      case PosTag::kPDT:
      case PosTag::kPRP:
      case PosTag::kPRPS:
      case PosTag::kEX:
      case PosTag::kDollar:
      case PosTag::kHash:
        return true;
      case PosTag::kVBG:
      case PosTag::kVBN: {
        // "of heightened tension", "the rising prices": a participle used as an adjective.
        const PosTag next = Tag(i + 1);
        if (i > tb_ && (Tag(i - 1) == PosTag::kIN || Tag(i - 1) == PosTag::kDT) &&
            (next == PosTag::kNN || next == PosTag::kNNS)) {
          return true;
        }
        // "will abandon improved relations": a past participle right after a lexical verb
        // cannot continue its verb group (only have/be/get take one), so it modifies the
        // object. Present participles can ("stop supporting rebels") and are left alone.
        return t == PosTag::kVBN && i > tb_ && IsVerb(Tag(i - 1)) && !IsAuxiliaryLemma(i - 1) &&
               (next == PosTag::kNN || next == PosTag::kNNS || IsAdjective(next));
      }
      default:
        return false;
    }
  }

  // Chunks the noun phrase starting at i, with its possessors, and returns its end; returns
  // i when there is no noun to head one (adjectives alone are left to the caller).
  uint32_t ScanNoun(uint32_t i) {
    const PosTag first = Tag(i);
    if (first == PosTag::kPRP || first == PosTag::kEX) {
      const int32_t p = AddPhrase(i, i + 1, i, -1);
      AddChunk(ChunkKind::kNoun, i, i + 1, i, p);
      return i + 1;
    }
    const size_t phrases_before = out_.phrases.size();
    uint32_t j = i, segment = i;
    int32_t head = -1, possessor = -1;
    while (j < te_) {
      const PosTag t = Tag(j);
      if (t == PosTag::kPOS) {
        if (head < 0) break;
        possessor = AddPhrase(i, j, static_cast<uint32_t>(head), possessor);
        head = -1;
        segment = ++j;
        continue;
      }
      if (IsNoun(t) || t == PosTag::kCD) {
        // "met in Beijing yesterday": a day name after a noun starts an adverbial;
        // "a warning two days ago": so does a number after a common noun.
        if (head >= 0 &&
            (In(kTemporalDeixis, Lower(j)) || (t == PosTag::kCD && !IsProperNoun(Tag(j - 1))))) {
          break;
        }
        // A number before adjectives and their noun counts them: "three Russian banks",
        // "two full days".
        if (t == PosTag::kCD && head < 0 && IsAdjective(Tag(j + 1)) &&
            CommonNounAfterAdjectives(j + 1) >= 0) {
          ++j;
          continue;
        }
        head = static_cast<int32_t>(j++);
        continue;
      }
      if (head >= 0 && t == PosTag::kCC && IsNameWithAnd(segment, j)) {
        ++j;  // "the Belt and Road Initiative"
        continue;
      }
      // After a name, adjectives before a common noun go on with the phrase: "the US
      // special envoy", "the Gondor main opposition group"; not after a verb of two objects,
      // where they open the second ("gave the Kurds new weapons"), nor before a time
      // ("visited Washington last week" ends its object at the name).
      if (const int64_t noun = CommonNounAfterAdjectives(j);
          head >= 0 && IsProperNoun(Tag(static_cast<uint32_t>(head))) && IsAdjective(t) &&
          noun >= 0 && !In(kTimeUnits, Lower(static_cast<uint32_t>(noun))) &&
          !AfterTwoObjectVerb()) {
        head = -1;
        ++j;
        continue;
      }
      if (head >= 0) break;  // after a noun only nouns and 's continue the phrase
      if (t == PosTag::kDT || t == PosTag::kPDT) {
        if (j != segment && Tag(j - 1) != PosTag::kPDT) break;
      } else if (t == PosTag::kPRPS) {
        if (j != segment) break;
        possessor = AddPhrase(j, j + 1, j, -1);
      } else if (IsAdverb(t)) {
        // "a rapidly changing world", "an increasingly important partner"
        const PosTag next = Tag(j + 1);
        if (j == segment || !(IsAdjective(next) || next == PosTag::kVBG || next == PosTag::kVBN))
          break;
      } else if (t == PosTag::kVBN || t == PosTag::kVBG) {
        // "the affected villages"; before a name only inside a phrase already begun: "a
        // clearly inebriated Bree official".
        const PosTag next = Tag(j + 1);
        if (!(next == PosTag::kNN || next == PosTag::kNNS || IsAdjective(next) ||
              (j != segment && next == PosTag::kNNP))) {
          break;
        }
      } else if (t == PosTag::kCC) {
        // "economic and diplomatic discussions"
        if (j == segment || !IsAdjective(Tag(j - 1)) || !IsAdjective(Tag(j + 1))) break;
      } else if (Lower(j) == ",") {
        // Coordinate adjectives: "complete, full diplomatic ties", "a long, bloody war".
        if (j == segment || !IsAdjective(Tag(j - 1)) || !IsAdjective(Tag(j + 1)) ||
            CommonNounAfterAdjectives(j + 1) < 0) {
          break;
        }
      } else if (!IsAdjective(t) && t != PosTag::kDollar && t != PosTag::kHash) {
        break;
      }
      ++j;
    }
    if (head >= 0) {
      const auto end = static_cast<uint32_t>(head + 1);
      const int32_t p = AddPhrase(i, end, static_cast<uint32_t>(head), possessor);
      AddChunk(ChunkKind::kNoun, i, end, static_cast<uint32_t>(head), p);
      return end;
    }
    if (possessor >= 0) {  // "the forum's" with nothing after: the possessive is the phrase
      const uint32_t end = out_.phrases[possessor].tokens.end + 1;  // with the 's
      out_.phrases.resize(static_cast<size_t>(possessor) + 1);
      AddChunk(ChunkKind::kNoun, i, end, out_.phrases[possessor].head, possessor);
      return end;
    }
    out_.phrases.resize(phrases_before);
    if (first == PosTag::kDT && j == i + 1) {  // "this", "both": a determiner standing alone
      const int32_t p = AddPhrase(i, i + 1, i, -1);
      AddChunk(ChunkKind::kNoun, i, i + 1, i, p);
      return i + 1;
    }
    return i;
  }

  // The common noun that the adjectives from token j on end in; -1 when they end otherwise.
  int64_t CommonNounAfterAdjectives(uint32_t j) const {
    while (IsAdjective(Tag(j))) ++j;
    return Tag(j) == PosTag::kNN || Tag(j) == PosTag::kNNS ? static_cast<int64_t>(j) : -1;
  }

  // Whether the chunk made last in this sentence is a verb group of a verb that takes two
  // objects ("gave", "offered").
  bool AfterTwoObjectVerb() const {
    if (out_.chunks.size() <= cb_) return false;
    const Chunk& last = out_.chunks.back();
    return last.kind == ChunkKind::kVerb && TakesTwoObjects(Lemma(last.head));
  }

  // "the Belt and Road Initiative": "the", one proper noun, "and", two proper nouns and
  // then no more noun. Names like this are common; "the Kremlin and Beijing" is not one.
  bool IsNameWithAnd(uint32_t segment, uint32_t cc) const {
    return cc == segment + 2 && Lower(segment) == "the" && Tag(segment + 1) == PosTag::kNNP &&
           Lower(cc) == "and" && Tag(cc + 1) == PosTag::kNNP && Tag(cc + 2) == PosTag::kNNP &&
           !IsNoun(Tag(cc + 3)) && Tag(cc + 3) != PosTag::kPOS;
  }

  uint32_t SkipAdverbs(uint32_t k) const {
    while (k < te_ && IsAdverb(Tag(k))) ++k;
    return k;
  }

  bool VerbStart(uint32_t i) const {
    const PosTag t = Tag(i);
    if (t == PosTag::kMD || IsVerb(t)) return true;
    if (t == PosTag::kTO) return Tag(SkipAdverbs(i + 1)) == PosTag::kVB;
    if (IsNegator(i)) {
      const uint32_t k = i + 1;
      return Tag(k) == PosTag::kMD || IsVerb(Tag(k)) ||
             (Tag(k) == PosTag::kTO && Tag(SkipAdverbs(k + 1)) == PosTag::kVB);
    }
    return false;
  }

  // A verb that can take another verb of its group after it: "has", "was", "got", "did".
  bool IsAuxiliaryLemma(uint32_t j) const {
    const std::string_view lemma = Lemma(j);
    return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
  }

  bool IsAuxiliary(uint32_t j, uint32_t next) const {
    if (!IsVerb(Tag(next))) return false;
    if (Tag(j) == PosTag::kMD) return true;
    const std::string_view lemma = Lemma(j);
    return lemma == "be" || lemma == "have" || lemma == "do" ||
           (lemma == "get" && Tag(next) == PosTag::kVBN);
  }

  uint32_t ScanVerb(uint32_t i) {
    uint32_t j = i;
    while (IsNegator(j)) ++j;
    if (Tag(j) == PosTag::kTO) j = SkipAdverbs(j + 1);
    int32_t main = -1;
    while (j < te_ && (Tag(j) == PosTag::kMD || IsVerb(Tag(j)))) {
      const uint32_t next = SkipAdverbs(j + 1);
      if (!IsAuxiliary(j, next)) {
        main = static_cast<int32_t>(j++);
        break;
      }
      j = next;
    }
    if (main < 0) main = static_cast<int32_t>(j > i ? j - 1 : i);
    // "is not important", "did not": a negated auxiliary used as the main verb.
    while (IsNegator(j)) ++j;
    if (j == i) j = i + 1;
    if (Tag(j) == PosTag::kRP) ++j;
    AddChunk(ChunkKind::kVerb, i, j, static_cast<uint32_t>(main));
    return j;
  }

  // ---- chunk helpers ----
  const Chunk& ChunkAt(uint32_t c) const { return out_.chunks[c]; }
  bool IsKind(uint32_t c, ChunkKind kind) const {
    return c >= cb_ && c < ce_ && ChunkAt(c).kind == kind;
  }
  bool IsPunct(uint32_t c, std::string_view text) const {
    return IsKind(c, ChunkKind::kPunctuation) && doc_.tokens[ChunkAt(c).head].text == text;
  }
  bool IsComma(uint32_t c) const { return IsPunct(c, ","); }
  bool IsAndOr(uint32_t c) const {
    if (!IsKind(c, ChunkKind::kConjunction)) return false;
    const std::string_view w = Lower(ChunkAt(c).head);
    return w == "and" || w == "or" || w == "nor";  // "neither X nor Y"
  }
  uint32_t FirstVerbToken(uint32_t c) const {
    const TokenRange r = ChunkAt(c).tokens;
    for (uint32_t t = r.begin; t < r.end; ++t) {
      if (Tag(t) == PosTag::kMD || IsVerb(Tag(t)) || Tag(t) == PosTag::kTO) return t;
    }
    return ChunkAt(c).head;
  }
  bool IsFiniteVerbChunk(uint32_t c) const {
    return IsKind(c, ChunkKind::kVerb) && IsFiniteTag(Tag(FirstVerbToken(c)));
  }
  // The chunk before c, skipping adverbs and quotes; -1 when there is none in the sentence.
  int64_t PreviousSignificant(uint32_t c) const {
    int64_t k = static_cast<int64_t>(c) - 1;
    while (k >= cb_) {
      const Chunk& ch = ChunkAt(static_cast<uint32_t>(k));
      const bool quote = ch.kind == ChunkKind::kPunctuation && IsQuote(doc_.tokens[ch.head].text);
      if (!(ch.kind == ChunkKind::kAdverb || quote)) return k;
      --k;
    }
    return -1;
  }

  // An "as"/"since"/"after" followed by a subject and a finite verb introduces a clause.
  void MarkSubordinators() {
    constexpr int kLookahead = 16;
    for (uint32_t c = cb_; c < ce_; ++c) {
      Chunk& ch = out_.chunks[c];
      if (ch.kind != ChunkKind::kPrep || ch.tokens.size() != 1 ||
          !In(kClauseOrNounSubordinators, Lower(ch.head))) {
        continue;
      }
      bool seen_noun = false;
      for (uint32_t k = c + 1; k < ce_ && k < c + 1 + kLookahead; ++k) {
        const ChunkKind kind = ChunkAt(k).kind;
        if (kind == ChunkKind::kNoun) {
          seen_noun = true;
        } else if (kind == ChunkKind::kVerb) {
          if (seen_noun && IsFiniteVerbChunk(k)) ch.kind = ChunkKind::kSubordinator;
          break;
        } else if (kind != ChunkKind::kPrep && kind != ChunkKind::kConjunction &&
                   kind != ChunkKind::kAdverb && kind != ChunkKind::kAdjective) {
          break;
        }
      }
    }
  }

  // ---- verb groups ----
  VerbGroup AnalyzeVerb(uint32_t c) const {
    const Chunk& ch = ChunkAt(c);
    VerbGroup vg;
    vg.tokens = ch.tokens;
    vg.head = ch.head;
    vg.lemma = Lemma(ch.head);
    int32_t previous_verb = -1;
    bool first = true;
    for (uint32_t t = ch.tokens.begin; t < ch.tokens.end; ++t) {
      const PosTag tag = Tag(t);
      if (IsNegator(t)) vg.negated = true;
      if (tag == PosTag::kRP) vg.particle = static_cast<int32_t>(t);
      if (tag != PosTag::kMD && !IsVerb(tag)) continue;
      if (first) {
        first = false;
        vg.finite = IsFiniteTag(tag);
        if (tag == PosTag::kMD) {
          if (In(kFutureModals, Lower(t))) {
            vg.tense = Tense::kFuture;
          } else {
            vg.modal = static_cast<int32_t>(t);
          }
        } else if (tag == PosTag::kVBD) {
          vg.tense = Tense::kPast;
        } else if (tag == PosTag::kVBZ || tag == PosTag::kVBP) {
          vg.tense = Tense::kPresent;
        }
      }
      if (previous_verb >= 0) {
        const std::string_view aux = Lemma(static_cast<uint32_t>(previous_verb));
        if (aux == "have" && tag == PosTag::kVBN) vg.perfect = true;
        if (aux == "be" && tag == PosTag::kVBG) vg.progressive = true;
        if ((aux == "be" || aux == "get") && tag == PosTag::kVBN) vg.passive = true;
      }
      previous_verb = static_cast<int32_t>(t);
    }
    // A past participle standing alone heads a passive: "a project championed by Xi".
    if (!vg.finite && FirstVerbToken(c) == ch.head && Tag(ch.head) == PosTag::kVBN) {
      vg.passive = true;
    }
    return vg;
  }

  // ---- temporal phrases ----
  bool IsYear(uint32_t t) const {
    const std::string_view w = Lower(t);
    return Tag(t) == PosTag::kCD && w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
           std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  bool IsTemporal(int32_t p, bool after_preposition, bool before_ago) const {
    const NounPhrase& np = out_.phrases[p];
    const std::string_view head = Lower(np.head);
    if (In(kTemporalDeixis, head)) return true;
    if (after_preposition && (In(kMonths, head) || IsYear(np.head))) {
      return IsProperNoun(Tag(np.head)) || IsYear(np.head);
    }
    if (!In(kTimeUnits, head)) return false;
    if (after_preposition || before_ago) return true;
    for (uint32_t t = np.tokens.begin; t < np.head; ++t) {
      if (In(kTimeModifiers, Lower(t))) return true;
    }
    return false;
  }

  // ---- pending attachments and adverbials ----
  void AddItem(int32_t clause, int32_t phrase, bool adverbial, TokenRange range, int32_t object) {
    SyntaxScratch::PendingItem item;
    item.clause = clause;
    item.phrase = phrase;
    item.order = static_cast<uint32_t>(scratch_.items.size());
    item.adverbial = adverbial;
    item.range = range;
    item.object = object;
    if (phrase < 0 && clause < 0) {
      item.clause = SyntaxScratch::kAwaiting;
      scratch_.awaiting.push_back(item.order);
    }
    scratch_.items.push_back(item);
  }

  void AddClauseItem(bool adverbial, TokenRange range, int32_t object) {
    AddItem(current_, -1, adverbial, range, object);
  }

  // ---- clause building ----
  void BuildClauses() {
    for (uint32_t c = cb_; c < ce_; ++c) {
      if (c == skip_chunk_) continue;
      switch (ChunkAt(c).kind) {
        case ChunkKind::kNoun:
          OnNoun(c);
          break;
        case ChunkKind::kVerb:
          OnVerb(c);
          break;
        case ChunkKind::kPrep:
          prep_chunk_ = static_cast<int64_t>(c);
          objects_open_ = false;
          break;
        case ChunkKind::kSubordinator:
          OnSubordinator(c, /*relative_word=*/false);
          break;
        case ChunkKind::kRelative:
          OnRelative(c);
          break;
        case ChunkKind::kAdverb:
          OnAdverb(c);
          break;
        case ChunkKind::kAdjective:
        case ChunkKind::kConjunction:
          objects_open_ = false;
          break;
        case ChunkKind::kPunctuation:
          OnPunctuation(c);
          break;
        case ChunkKind::kOther:
          break;
      }
    }
  }

  void SetLastPhrase(int32_t p, uint32_t c, Role role) {
    last_np_ = p;
    last_np_chunk_ = static_cast<int64_t>(c);
    last_role_ = role;
  }

  void LinkConjunct(int32_t tail, int32_t p) {
    int32_t t = tail;
    while (out_.phrases[t].next_conjunct >= 0) t = out_.phrases[t].next_conjunct;
    out_.phrases[t].next_conjunct = p;
  }

  // Whether phrase p is `first` or one of the phrases coordinated after it.
  bool InCoordination(int32_t first, int32_t p) const {
    for (const int32_t q : out_.Conjuncts(first)) {
      if (q == p) return true;
    }
    return false;
  }

  // After "NP ,": do further ", NP" items end in "and NP"? ("Russia, Ukraine, and the EU")
  bool ListContinues(uint32_t c) const {
    uint32_t j = c + 1;
    while (j < ce_) {
      if (IsAndOr(j)) return IsKind(j + 1, ChunkKind::kNoun);
      if (!IsComma(j)) return false;
      if (IsAndOr(j + 1)) return IsKind(j + 2, ChunkKind::kNoun);
      if (!IsKind(j + 1, ChunkKind::kNoun)) return false;
      j += 2;
    }
    return false;
  }

  // Can what follows chunk c close an apposition ("Xi Jinping, China's president, ...")?
  bool ClosesApposition(uint32_t c) const {
    if (c >= ce_) return true;
    if (IsKind(c, ChunkKind::kRelative)) return true;
    if (IsKind(c, ChunkKind::kVerb)) return Tag(FirstVerbToken(c)) == PosTag::kVBN;
    if (!IsKind(c, ChunkKind::kPunctuation)) return false;
    const std::string_view p = doc_.tokens[ChunkAt(c).head].text;
    return p == "," || p == "." || p == ")" || p == ";" || p == ":" || p == "--" || IsQuote(p);
  }

  void OnNoun(uint32_t c) {
    const int32_t p = ChunkAt(c).phrase;
    const int64_t prev = static_cast<int64_t>(c) - 1;
    if (last_np_ >= 0 && IsPunct(c - 1, "(") && last_np_chunk_ == prev - 1 && IsPunct(c + 1, ")")) {
      if (out_.phrases[last_np_].apposition < 0) out_.phrases[last_np_].apposition = p;
      return;
    }
    if (last_np_ >= 0 && IsAndOr(c - 1) &&
        (last_np_chunk_ == prev - 1 || (last_np_chunk_ == prev - 2 && IsComma(c - 2)))) {
      // "X met Y and Z signed W" coordinates clauses; "the meeting between Putin and Xi
      // serves" does not: a subject still waits for that verb.
      // After "believes" or "said", "Y and Z can cope" is the complement's subject.
      const bool complement_subjects = current_ >= 0 && last_role_ == Role::kObject &&
                                       out_.clauses[current_].object == last_np_ &&
                                       TakesClauseComplement(out_.clauses[current_].verb.lemma);
      const bool clause_coordination = current_ >= 0 && subject_ < 0 && !complement_subjects &&
                                       last_role_ != Role::kSubject && IsFiniteVerbChunk(c + 1);
      if (!clause_coordination) {
        LinkConjunct(last_np_, p);
        SetLastPhrase(p, c, last_role_);
        return;
      }
      marker_ = {MarkerKind::kCoordinator, static_cast<int32_t>(ChunkAt(c - 1).head), -1, -1,
                 false};
      subject_ = p;
      SetLastPhrase(p, c, Role::kSubject);
      return;
    }
    if (prep_chunk_ >= 0 && prep_chunk_ == prev) {
      OnPrepositionObject(p, c);
      return;
    }
    if (IsKind(c - 1, ChunkKind::kConjunction) && current_ >= 0 && subject_ < 0 &&
        IsFiniteVerbChunk(c + 1)) {  // "alliances are shifting and challenges require ..."
      marker_ = {MarkerKind::kCoordinator, static_cast<int32_t>(ChunkAt(c - 1).head), -1, -1,
                 false};
      subject_ = p;
      SetLastPhrase(p, c, Role::kSubject);
      return;
    }
    if (last_np_ >= 0 && IsComma(c - 1) && last_np_chunk_ == prev - 1) {
      if (ListContinues(c)) {
        LinkConjunct(last_np_, p);
        SetLastPhrase(p, c, last_role_);
        return;
      }
      const bool preposed_pp = last_role_ == Role::kPpObject && current_ < 0;
      if (ClosesApposition(c + 1) && !preposed_pp && !IsTemporal(p, false, false)) {
        if (out_.phrases[last_np_].apposition < 0) out_.phrases[last_np_].apposition = p;
        SetLastPhrase(p, c, last_role_);
        return;
      }
    }
    const bool before_ago =
        IsKind(c + 1, ChunkKind::kAdverb) && Lower(ChunkAt(c + 1).head) == "ago";
    if (IsTemporal(p, false, before_ago)) {
      TokenRange range = ChunkAt(c).tokens;
      if (IsKind(c - 1, ChunkKind::kAdverb) && In(kTemporalAdverbs, Lower(ChunkAt(c - 1).head))) {
        range.begin = ChunkAt(c - 1).tokens.begin;  // "earlier this year"
      }
      if (before_ago) {
        range.end = ChunkAt(c + 1).tokens.end;
        skip_chunk_ = c + 1;
      }
      AddClauseItem(true, range, -1);
      last_np_ = -1;
      return;
    }
    if (inverted_clause_ >= 0) {  // '"...," said Putin'
      out_.clauses[inverted_clause_].subject = p;
      inverted_clause_ = -1;
      SetLastPhrase(p, c, Role::kNone);
      return;
    }
    if (current_ >= 0 && objects_open_) {
      Clause& clause = out_.clauses[current_];
      if (clause.object < 0) {
        clause.object = p;
        SetLastPhrase(p, c, Role::kObject);
        return;
      }
      if (clause.indirect_object < 0 && last_role_ == Role::kObject && last_np_chunk_ == prev) {
        clause.indirect_object = clause.object;
        clause.object = p;
        SetLastPhrase(p, c, Role::kObject);
        return;
      }
    }
    subject_ = p;
    SetLastPhrase(p, c, Role::kSubject);
  }

  void OnPrepositionObject(int32_t p, uint32_t c) {
    const uint32_t prep_chunk = static_cast<uint32_t>(prep_chunk_);
    const TokenRange prep = ChunkAt(prep_chunk).tokens;
    const std::string_view word = Lower(prep.begin);
    prep_chunk_ = -1;
    if (In(kTemporalPrepositions, word) && IsTemporal(p, true, false)) {
      AddClauseItem(true, {prep.begin, ChunkAt(c).tokens.end}, -1);
      last_np_ = -1;
      return;
    }
    if (word == "according") {
      const int32_t target = top_ >= 0 ? top_ : current_;
      if (target >= 0) {
        SetSpeaker(target, p);
      } else {
        pending_speaker_ = p;
      }
      SetLastPhrase(p, c, Role::kPpObject);
      return;
    }
    if (word == "by" && current_ >= 0 && out_.clauses[current_].verb.passive &&
        out_.clauses[current_].agent < 0) {
      out_.clauses[current_].agent = p;
      SetLastPhrase(p, c, Role::kPpObject);
      return;
    }
    const bool after_phrase =
        last_np_ >= 0 && last_np_chunk_ + 1 == static_cast<int64_t>(prep_chunk);
    if (after_phrase && (In(kNounPrepositions, word) || last_role_ == Role::kSubject)) {
      AddItem(-1, last_np_, false, prep, p);
    } else {
      AddClauseItem(false, prep, p);
    }
    SetLastPhrase(p, c, Role::kPpObject);
  }

  void SetSpeaker(int32_t clause, int32_t speaker) {
    Clause& c = out_.clauses[clause];
    c.speaker = speaker;
    if (c.kind == ClauseKind::kMain) c.kind = ClauseKind::kReported;
  }

  // A subject waiting for its verb is set aside while an inserted clause runs:
  // "Putin, who arrived on Tuesday, met Xi".
  void SetAsideSubject() {
    if (subject_ >= 0) scratch_.saved_subjects.push_back(subject_);
    subject_ = -1;
  }

  void OnSubordinator(uint32_t c, bool /*relative_word*/) {
    const auto token = static_cast<int32_t>(ChunkAt(c).head);
    const MarkerKind kind =
        Lower(ChunkAt(c).head) == "that" ? MarkerKind::kThat : MarkerKind::kSubordinator;
    marker_ = {kind, token, -1, current_ >= 0 ? current_ : kOrphan, false};
    SetAsideSubject();
    objects_open_ = false;
    prep_chunk_ = -1;
  }

  void OnRelative(uint32_t c) {
    const int64_t at = static_cast<int64_t>(c);
    const bool adjacent =
        last_np_ >= 0 && (last_np_chunk_ == at - 1 || (last_np_chunk_ == at - 2 && IsComma(c - 1)));
    if (!adjacent) {  // "what he said", "when they met": a free clause
      OnSubordinator(c, true);
      return;
    }
    const bool in_subject = last_role_ == Role::kSubject && subject_ == last_np_;
    marker_ = {MarkerKind::kRelative, static_cast<int32_t>(ChunkAt(c).head), last_np_,
               (in_subject || current_ < 0) ? kOrphan : current_,
               Tag(ChunkAt(c).head) == PosTag::kWRB};
    if (in_subject) SetAsideSubject();
    objects_open_ = false;
    prep_chunk_ = -1;
  }

  void OnAdverb(uint32_t c) {
    const std::string_view w = Lower(ChunkAt(c).head);
    if (!In(kTemporalAdverbs, w)) return;
    // "earlier this year" is recorded whole with its noun phrase.
    if (IsKind(c + 1, ChunkKind::kNoun) && IsTemporal(ChunkAt(c + 1).phrase, false, false)) {
      return;
    }
    AddClauseItem(true, ChunkAt(c).tokens, -1);
  }

  void OnPunctuation(uint32_t c) {
    const std::string_view p = doc_.tokens[ChunkAt(c).head].text;
    if (IsQuote(p) || p == "(" || p == ")") return;
    objects_open_ = false;
    prep_chunk_ = -1;
    if (p == ";" || p == ":" || p == "--") current_ = -1;  // a new clause is expected
  }

  void OnVerb(uint32_t c) {
    Clause clause;
    clause.sentence = sentence_;
    clause.verb = AnalyzeVerb(c);
    const PosTag first = Tag(FirstVerbToken(c));
    const int64_t prev = PreviousSignificant(c);
    const int64_t at = static_cast<int64_t>(c);
    bool main = false, takes_preposed = false;
    int32_t parent = -1;
    if (prev >= 0 && IsKind(static_cast<uint32_t>(prev), ChunkKind::kConjunction) && subject_ < 0 &&
        marker_.kind == MarkerKind::kNone && (current_ >= 0 || top_ >= 0)) {
      clause.kind = ClauseKind::kCoordinated;  // "met Y and signed Z"
      clause.marker = static_cast<int32_t>(ChunkAt(static_cast<uint32_t>(prev)).head);
      parent = current_ >= 0 ? current_ : top_;
    } else if (!clause.verb.finite && first == PosTag::kVB && prev >= 0 &&
               IsComma(static_cast<uint32_t>(prev)) && current_ >= 0 && subject_ < 0) {
      clause.kind = ClauseKind::kCoordinated;  // "to discuss goals, foster cooperation, ..."
      parent = current_;
    } else if (!clause.verb.finite && first == PosTag::kVB && subject_ >= 0 &&
               marker_.kind == MarkerKind::kThat) {
      clause.verb.subjunctive = true;  // "demanded that Russia withdraw": as a that-clause
      clause.kind = ClauseKind::kSubordinate;
      clause.marker = marker_.token;
      clause.subject = subject_;
      parent = marker_.parent;
      takes_preposed = true;
    } else if (!clause.verb.finite && (first == PosTag::kVBG || first == PosTag::kVBN)) {
      const bool after_phrase =
          last_np_ >= 0 &&
          (last_np_chunk_ == at - 1 || (first == PosTag::kVBN && last_np_chunk_ == at - 2 &&
                                        IsComma(c - 1) && last_role_ == Role::kSubject));
      if (prep_chunk_ >= 0 && prep_chunk_ == at - 1) {  // "in meeting China's demand"
        clause.kind = ClauseKind::kParticipial;
        clause.marker = static_cast<int32_t>(ChunkAt(c - 1).head);
        parent = current_ >= 0 ? current_ : kOrphan;
        prep_chunk_ = -1;
      } else if (prev >= 0 && prev == at - 1 && IsKind(c - 1, ChunkKind::kVerb)) {
        clause.kind = ClauseKind::kParticipial;  // "stop supporting Russia"
        parent = current_ >= 0 ? current_ : kOrphan;
      } else if (after_phrase) {  // "the warrant issued by the ICC"
        clause.kind = ClauseKind::kRelative;
        clause.antecedent = last_np_;
        clause.subject = last_np_;
        const bool in_subject = last_role_ == Role::kSubject && subject_ == last_np_;
        parent = (in_subject || current_ < 0) ? kOrphan : current_;
        if (in_subject) SetAsideSubject();
      } else {  // ", underscoring the strength ..."
        clause.kind = ClauseKind::kParticipial;
        parent = top_ >= 0 ? top_ : (current_ >= 0 ? current_ : kOrphan);
      }
    } else if (!clause.verb.finite) {
      clause.kind = ClauseKind::kInfinitive;  // "to engage", "helped build"
      parent = current_ >= 0 ? current_ : (top_ >= 0 ? top_ : kOrphan);
    } else {
      switch (marker_.kind) {
        case MarkerKind::kRelative:
          clause.kind = ClauseKind::kRelative;
          clause.antecedent = marker_.antecedent;
          clause.marker = marker_.token;
          if (subject_ >= 0) {  // "the deal that Putin signed"
            clause.subject = subject_;
            if (!marker_.wh_adverb) clause.object = marker_.antecedent;
          } else if (!marker_.wh_adverb) {
            clause.subject = marker_.antecedent;
          }
          parent = marker_.parent;
          break;
        case MarkerKind::kThat:
        case MarkerKind::kSubordinator: {
          const bool reported = marker_.kind == MarkerKind::kThat && marker_.parent >= 0 &&
                                IsReportingVerb(out_.clauses[marker_.parent].verb.lemma);
          clause.kind = reported ? ClauseKind::kReported : ClauseKind::kSubordinate;
          clause.marker = marker_.token;
          clause.subject = subject_;
          parent = marker_.parent;
          takes_preposed = true;
          break;
        }
        case MarkerKind::kCoordinator:
          clause.kind = ClauseKind::kCoordinated;
          clause.marker = marker_.token;
          clause.subject = subject_;
          parent = current_ >= 0 ? current_ : top_;
          break;
        case MarkerKind::kNone:
          if (subject_ < 0 && current_ >= 0 && last_role_ == Role::kObject &&
              last_np_chunk_ == prev) {
            // "said Y met Z", "said Y and Z met": the supposed object was the subject of a
            // complement clause.
            Clause& governor = out_.clauses[current_];
            const int32_t subject =
                governor.object >= 0 && InCoordination(governor.object, last_np_) ? governor.object
                                                                                  : last_np_;
            if (governor.object == subject) {
              governor.object = governor.indirect_object;
              governor.indirect_object = -1;
            } else if (governor.indirect_object == subject) {
              governor.indirect_object = -1;
            }
            clause.kind = IsReportingVerb(governor.verb.lemma) ? ClauseKind::kReported
                                                               : ClauseKind::kSubordinate;
            clause.subject = subject;
            parent = current_;
          } else if (subject_ < 0 && !scratch_.saved_subjects.empty()) {
            clause.kind = ClauseKind::kMain;
            clause.subject = scratch_.saved_subjects.back();
            scratch_.saved_subjects.pop_back();
            main = true;
          } else {
            clause.kind = ClauseKind::kMain;
            clause.subject = subject_;
            main = true;
            if (subject_ < 0 && prev >= 0 && IsReportingVerb(clause.verb.lemma) &&
                IsComma(static_cast<uint32_t>(prev))) {
              inverted_clause_ = static_cast<int32_t>(out_.clauses.size());
            }
          }
          break;
      }
    }
    if (!clause.verb.finite && current_ < 0 && subject_ >= 0 && clause.subject != subject_) {
      // A non-finite clause inside the subject's phrase or a parenthesis leaves the subject
      // waiting for its verb: "the minister, in remarks published on Monday, urged ...".
      SetAsideSubject();
    }
    const auto index = static_cast<int32_t>(out_.clauses.size());
    clause.parent = parent == kOrphan ? -1 : parent;
    out_.clauses.push_back(clause);
    if (parent == kOrphan) scratch_.orphans.push_back(static_cast<uint32_t>(index));
    if (main) {
      for (uint32_t orphan : scratch_.orphans) {
        if (static_cast<int32_t>(orphan) != index) out_.clauses[orphan].parent = index;
      }
      scratch_.orphans.clear();
      top_ = index;
      takes_preposed = true;
    }
    if (takes_preposed) {
      for (uint32_t item : scratch_.awaiting) scratch_.items[item].clause = index;
      scratch_.awaiting.clear();
      if (pending_speaker_ >= 0) SetSpeaker(index, pending_speaker_);
      pending_speaker_ = -1;
    }
    current_ = index;
    subject_ = -1;
    objects_open_ = true;
    marker_ = {};
    if (last_role_ == Role::kSubject) last_role_ = Role::kNone;
  }

  // ---- after the walk ----
  bool HasComplement(uint32_t clause) const {
    for (uint32_t k = clause + 1; k < out_.clauses.size(); ++k) {
      const Clause& c = out_.clauses[k];
      if (c.parent == static_cast<int32_t>(clause) &&
          (c.kind == ClauseKind::kReported || c.kind == ClauseKind::kSubordinate)) {
        return true;
      }
    }
    return false;
  }

  // "Y ..., X said." / "Y ..., said X.": a bare reporting clause after a comma reports the
  // main clauses before it.
  void FindTrailingReporters() {
    const auto end = static_cast<uint32_t>(out_.clauses.size());
    for (uint32_t r = first_clause_; r < end; ++r) {
      const Clause& reporter = out_.clauses[r];
      if (reporter.kind != ClauseKind::kMain || reporter.object >= 0 ||
          !IsReportingVerb(reporter.verb.lemma) || HasComplement(r)) {
        continue;
      }
      uint32_t start = reporter.verb.tokens.begin;
      if (reporter.subject >= 0)
        start = std::min(start, out_.phrases[reporter.subject].tokens.begin);
      uint32_t before = start;
      while (before > tb_ && IsQuote(doc_.tokens[before - 1].text)) --before;
      if (before == tb_ || doc_.tokens[before - 1].text != ",") continue;
      for (uint32_t q = first_clause_; q < r; ++q) {
        Clause& reported = out_.clauses[q];
        if (reported.kind != ClauseKind::kMain || reported.parent >= 0) continue;
        reported.kind = ClauseKind::kReported;
        reported.parent = static_cast<int32_t>(r);
        reported.speaker = reporter.LogicalSubject();
      }
    }
  }

  // Understood subjects and speakers come from the parent. Parents mostly precede their
  // children; the second pass covers preposed clauses whose parent comes later.
  void ResolveUnderstoodRoles() {
    const auto end = static_cast<uint32_t>(out_.clauses.size());
    for (int pass = 0; pass < 2; ++pass) {
      for (uint32_t k = first_clause_; k < end; ++k) {
        Clause& c = out_.clauses[k];
        if (c.parent < 0) continue;
        const Clause& parent = out_.clauses[c.parent];
        if (c.subject < 0 &&
            (c.kind == ClauseKind::kCoordinated || c.kind == ClauseKind::kParticipial ||
             c.kind == ClauseKind::kInfinitive)) {
          const bool object_control = c.kind == ClauseKind::kInfinitive && !parent.verb.passive &&
                                      parent.object >= 0 &&
                                      In(kObjectControlVerbs, parent.verb.lemma);
          c.subject = object_control ? parent.object : parent.subject;
        }
        if (c.kind == ClauseKind::kReported && c.speaker < 0 &&
            IsReportingVerb(parent.verb.lemma)) {
          c.speaker = parent.LogicalSubject();
        }
      }
    }
  }

  void EmitPendingItems() {
    auto& items = scratch_.items;
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
      return std::make_tuple(a.adverbial, a.phrase < 0, a.phrase, a.clause, a.order) <
             std::make_tuple(b.adverbial, b.phrase < 0, b.phrase, b.clause, b.order);
    });
    for (const SyntaxScratch::PendingItem& item : items) {
      if (item.adverbial) {
        if (item.clause < 0) continue;
        Clause& c = out_.clauses[item.clause];
        if (c.adverbial_count++ == 0)
          c.first_adverbial = static_cast<uint32_t>(out_.adverbials.size());
        out_.adverbials.push_back(item.range);
        continue;
      }
      uint32_t* first = nullptr;
      uint32_t* count = nullptr;
      if (item.phrase >= 0) {
        first = &out_.phrases[item.phrase].first_attachment;
        count = &out_.phrases[item.phrase].attachment_count;
      } else if (item.clause >= 0) {
        first = &out_.clauses[item.clause].first_attachment;
        count = &out_.clauses[item.clause].attachment_count;
      } else {
        continue;
      }
      if ((*count)++ == 0) *first = static_cast<uint32_t>(out_.attachments.size());
      out_.attachments.push_back({item.range, item.object});
    }
  }

  const Document& doc_;
  Syntax& out_;
  SyntaxScratch& scratch_;
  const uint32_t sentence_;
  const uint32_t tb_, te_;    // the sentence's tokens
  uint32_t cb_ = 0, ce_ = 0;  // its chunks
  uint32_t first_clause_ = 0;

  int32_t current_ = -1;  // the clause that takes objects and attachments
  int32_t top_ = -1;      // the latest main clause
  int32_t subject_ = -1;  // a noun phrase waiting for its verb
  int32_t last_np_ = -1;
  int64_t last_np_chunk_ = -1;
  Role last_role_ = Role::kNone;
  int64_t prep_chunk_ = -1;  // a preposition waiting for its object
  bool objects_open_ = false;
  Marker marker_;
  int32_t inverted_clause_ = -1;
  int32_t pending_speaker_ = -1;
  uint32_t skip_chunk_ = UINT32_MAX;
};

}  // namespace

void ClauseParser::Parse(const Document& doc, Syntax* out) const {
  out->Clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceParser(doc, s, out).Run();
  }
}

}  // namespace tacitus

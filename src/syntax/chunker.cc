#include "syntax/chunker.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "lex/verb_classes.h"
#include "syntax/sentence_view.h"
#include "syntax/temporal_phrases.h"

namespace tacitus::syntax_internal {
namespace {

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
// Two words that bound the number after them: "more than 100 protesters", "at least 20".
constexpr std::pair<std::string_view, std::string_view> kNumberBounds[] = {
    {"more", "than"}, {"fewer", "than"}, {"less", "than"},
    {"at", "least"},  {"at", "most"},    {"up", "to"}};
// Prepositions that bound a number when a plural noun follows it: "over 50 supporters",
// "around 200 people" (not "over 2 days", a time).
constexpr auto kNumberBoundPrepositions =
    std::to_array<std::string_view>({"over", "about", "around", "under"});
// Verbs that take those prepositions as their particle: "handed over 35 prisoners" hands
// over the prisoners, all 35 of them.
constexpr auto kParticleVerbs = std::to_array<std::string_view>(
    {"hand", "turn", "take", "give", "sign", "bring", "win", "pass", "swap"});
// The adverbs those verbs take as their particle when the tagger reads one as an adverb
// before a participle or adjective of the object: "handed over captured soldiers".
constexpr auto kAdverbParticles =
    std::to_array<std::string_view>({"over", "back", "up", "out", "down", "off", "away"});
// The most tokens between the quotes of a quoted stretch that a phrase takes in: news
// quotes a word or a short phrase inside a clause ("a case of \"state hijacking\""); longer
// quotations are speech.
constexpr uint32_t kMaxQuotedTokens = 8;
// Words of quantity that a bound can count: "more than a dozen", "up to hundreds of".
constexpr auto kQuantityNouns =
    std::to_array<std::string_view>({"dozen", "dozens", "hundred", "hundreds", "thousand",
                                     "thousands", "million", "millions", "score", "scores"});

// A noun phrase being scanned from `begin`: `next` is the token to look at, `segment` where
// the part after the last possessive begins ("China 's | partnership"), `head` the noun it
// ends in so far (-1: none yet) and `possessor` the phrase of the possessives before it.
// `quote_open` says an opening quote inside the phrase is not closed yet; `quote_closed`
// is the closing quote taken last (-1: none).
struct NounScan {
  uint32_t begin = 0;
  uint32_t next = 0;
  uint32_t segment = 0;
  int32_t head = -1;
  int32_t possessor = -1;
  bool quote_open = false;
  int32_t quote_closed = -1;
};

class Chunker {
 public:
  Chunker(const Document& doc, uint32_t sentence, Syntax* out)
      : view_(doc, sentence, out->chunks, {}),
        out_(*out),
        cb_(static_cast<uint32_t>(out->chunks.size())) {}

  TokenRange Run() {
    uint32_t i = view_.first_token();
    while (i < te()) i = ChunkFrom(i);
    const TokenRange chunks{cb_, static_cast<uint32_t>(out_.chunks.size())};
    const TokenRange folded = open_quote_chunk_ ? FoldQuotes(chunks) : chunks;
    MarkSubordinators(SentenceView(view_.doc(), view_.sentence(), out_.chunks, folded));
    return folded;
  }

 private:
  uint32_t te() const { return view_.end_token(); }
  PosTag Tag(uint32_t i) const { return view_.Tag(i); }
  std::string_view Lower(uint32_t i) const { return view_.Lower(i); }

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

  // Chunks what starts at token i and returns where the next chunk starts.
  uint32_t ChunkFrom(uint32_t i) {
    if (IsTwoWordPreposition(i)) {
      AddChunk(ChunkKind::kPrep, i, i + 2, i);
      return i + 2;
    }
    if (IsAsWellAsBeforeNoun(i)) {
      AddChunk(ChunkKind::kConjunction, i, i + 3, i + 2);
      return i + 3;
    }
    if (Tag(i) == PosTag::kVBG && In(kParticiplePrepositions, Lower(i)) && NounStart(i + 1)) {
      AddChunk(ChunkKind::kPrep, i, i + 1, i);
      return i + 1;
    }
    if (const uint32_t bound = NumberBoundLength(i); bound > 0) {
      const uint32_t end = ScanNoun(i, i + bound);
      if (end > i + bound) return end;
    }
    if (IsQuantifierStandingAlone(i)) return AddOneWordPhrase(i);
    if (IsComplementizerTaggedDeterminer(i)) {
      AddChunk(ChunkKind::kSubordinator, i, i + 1, i);
      return i + 1;
    }
    if (NounStart(i)) {
      const uint32_t end = ScanNoun(i);
      if (end > i) return end;
    }
    if (VerbStart(i)) return ScanVerb(i);
    open_quote_chunk_ = open_quote_chunk_ || Tag(i) == PosTag::kOpenQuote;
    AddChunk(OneWordKind(i), i, i + 1, i);
    return i + 1;
  }

  // "as well as" joining two noun phrases, as "and" does: "condemned Russia as well as
  // Belarus", "Britain as well as France". Before a verb or a preposition ("as well as
  // launching", "as well as in Gaza") it stays three words of no list.
  bool IsAsWellAsBeforeNoun(uint32_t i) const {
    return i + 3 < te() && Lower(i) == "as" && Lower(i + 1) == "well" && Lower(i + 2) == "as" &&
           NounStart(i + 3);
  }

  // Whether the quantifier at i ("many", "most", "several") stands for a noun phrase of its
  // own, first in its clause and with a verb or "of" after it: "Many chanted ...", "Most of
  // the troops belong ..." (not "they all agreed").
  bool IsQuantifierStandingAlone(uint32_t i) const {
    static constexpr auto kQuantifiers =
        std::to_array<std::string_view>({"many", "most", "several", "few", "both", "some"});
    const PosTag t = Tag(i);
    if (t != PosTag::kJJ && t != PosTag::kJJS && t != PosTag::kDT) return false;
    const PosTag next = Tag(i + 1);
    if (next != PosTag::kMD && !IsVerb(next) && next != PosTag::kIN) return false;
    if (i > view_.first_token() && Tag(i - 1) != PosTag::kCC && Tag(i - 1) != PosTag::kComma) {
      return false;
    }
    return In(kQuantifiers, Lower(i)) && (next != PosTag::kIN || Lower(i + 1) == "of");
  }

  // Whether a "that" tagged as a determiner opens the complement clause of the verb of saying
  // or thinking right before it (adverbs between), a tensed verb coming before the next
  // punctuation: "warned that travel bans would follow", "said that anyone who ... would".
  // Not "denied that report.", whose "that" is a determiner.
  bool IsComplementizerTaggedDeterminer(uint32_t i) const {
    if (Tag(i) != PosTag::kDT || Lower(i) != "that" || i == view_.first_token()) return false;
    uint32_t verb = i - 1;
    while (verb > view_.first_token() && IsAdverb(Tag(verb))) --verb;
    if (!IsVerb(Tag(verb)) || !TakesClauseComplement(view_.Lemma(verb))) return false;
    for (uint32_t k = i + 1; k < te() && !IsPunctuation(Tag(k)); ++k) {
      if (Tag(k) == PosTag::kMD || Tag(k) == PosTag::kVBD || Tag(k) == PosTag::kVBZ ||
          Tag(k) == PosTag::kVBP) {
        return true;
      }
    }
    return false;
  }

  // "according to", "because of", "such as"; ", among them" before a noun phrase, which
  // says "including" ("13 civilians, among them four children, were freed").
  bool IsTwoWordPreposition(uint32_t i) const {
    const std::string_view w = Lower(i);
    return i + 1 < te() && ((In(kPrepositionsBeforeTo, w) && Lower(i + 1) == "to") ||
                            (In(kPrepositionsBeforeOf, w) && Lower(i + 1) == "of") ||
                            (w == "such" && Lower(i + 1) == "as") || IsAmongThem(i));
  }

  bool IsAmongThem(uint32_t i) const {
    return Lower(i) == "among" && Lower(i + 1) == "them" && i > view_.first_token() &&
           Lower(i - 1) == "," && NounStart(i + 2);
  }

  // The kind of the one-token chunk of a token that starts no phrase or verb group.
  ChunkKind OneWordKind(uint32_t i) const {
    const PosTag t = Tag(i);
    const std::string_view w = Lower(i);
    if (t == PosTag::kIN) {
      return (w == "that" || In(kSubordinators, w)) ? ChunkKind::kSubordinator : ChunkKind::kPrep;
    }
    if (t == PosTag::kTO) return ChunkKind::kPrep;
    if (t == PosTag::kCC) return ChunkKind::kConjunction;
    if (t == PosTag::kWDT || t == PosTag::kWP || t == PosTag::kWPS || t == PosTag::kWRB) {
      return ChunkKind::kRelative;
    }
    if (IsAdverb(t)) return ChunkKind::kAdverb;
    if (IsAdjective(t)) return ChunkKind::kAdjective;
    if (IsPunctuation(t)) return ChunkKind::kPunctuation;
    return ChunkKind::kOther;
  }

  // ---- noun phrases ----
  // The length of the words at i that bound a number after them and belong to its noun
  // phrase ("killed at least 20 people": the object is "at least 20 people", not a
  // prepositional phrase "at least ..."); 0 when there are none.
  uint32_t NumberBoundLength(uint32_t i) const {
    const std::string_view w = Lower(i);
    for (const auto& [first, second] : kNumberBounds) {
      if (w == first && i + 1 < te() && Lower(i + 1) == second && StartsQuantity(i + 2)) return 2;
    }
    if (Tag(i) == PosTag::kIN && In(kNumberBoundPrepositions, w) && Tag(i + 1) == PosTag::kCD &&
        !(i > view_.first_token() && IsVerb(Tag(i - 1)) &&
          In(kParticleVerbs, view_.Lemma(i - 1)))) {
      uint32_t k = i + 2;
      while (IsAdjective(Tag(k)) || Tag(k) == PosTag::kNN) ++k;
      if (Tag(k) == PosTag::kNNS && !In(kTimeUnits, Lower(k))) return 1;
    }
    return 0;
  }

  // Whether a count starts at k: a number, "dozens", "a hundred".
  bool StartsQuantity(uint32_t k) const {
    if (k >= te()) return false;
    if (Tag(k) == PosTag::kCD || In(kQuantityNouns, Lower(k))) return true;
    return Lower(k) == "a" && k + 1 < te() && In(kQuantityNouns, Lower(k + 1));
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
      case PosTag::kVB:
        return IsBareVerbBeforeItsNoun(i);
      case PosTag::kVBG:
      case PosTag::kVBN: {
        // "of heightened tension", "the rising prices": a participle used as an adjective.
        const PosTag next = Tag(i + 1);
        if (i > view_.first_token() && (Tag(i - 1) == PosTag::kIN || Tag(i - 1) == PosTag::kDT) &&
            (next == PosTag::kNN || next == PosTag::kNNS)) {
          return true;
        }
        // "will abandon improved relations": a past participle right after a lexical verb
        // cannot continue its verb group (only have/be/get take one), so it modifies the
        // object. Present participles can ("stop supporting rebels") and are left alone.
        // A particle or adverb may come between: "handed over captured soldiers".
        if (t != PosTag::kVBN || i <= view_.first_token()) return false;
        uint32_t verb = i - 1;
        if ((Tag(verb) == PosTag::kRP || Tag(verb) == PosTag::kRB) && verb > view_.first_token()) {
          --verb;
        }
        return IsVerb(Tag(verb)) && !IsAuxiliaryLemma(verb) &&
               (next == PosTag::kNN || next == PosTag::kNNS || IsAdjective(next));
      }
      default:
        return false;
    }
  }

  // Whether the bare verb form at i, right after a tensed or participle lexical verb and
  // before a common noun, is the first word of a compound noun the tagger read as a verb:
  // "fired tear gas". Verbs that take a bare infinitive ("helped build bridges", "made
  // them leave") and auxiliaries keep it a verb.
  bool IsBareVerbBeforeItsNoun(uint32_t i) const {
    static constexpr auto kBareInfinitiveVerbs = std::to_array<std::string_view>(
        {"help", "make", "let", "see", "hear", "watch", "dare", "go", "come", "bid"});
    if (i <= view_.first_token()) return false;
    const PosTag before = Tag(i - 1);
    const PosTag next = Tag(i + 1);
    return (before == PosTag::kVBD || before == PosTag::kVBN || before == PosTag::kVBZ ||
            before == PosTag::kVBP) &&
           !IsAuxiliaryLemma(i - 1) && !In(kBareInfinitiveVerbs, view_.Lemma(i - 1)) &&
           (next == PosTag::kNN || next == PosTag::kNNS);
  }

  // Chunks the noun phrase starting at i, with its possessors, and returns its end; returns
  // i when there is no noun to head one (adjectives alone are left to the caller).
  uint32_t ScanNoun(uint32_t i) { return ScanNoun(i, i); }
  // The phrase may begin with words of a number's bound before `from`, which the scan takes
  // without looking at ("more than | 100 protesters").
  uint32_t ScanNoun(uint32_t i, uint32_t from) {
    if (from == i && (Tag(i) == PosTag::kPRP || Tag(i) == PosTag::kEX)) return AddOneWordPhrase(i);
    const size_t phrases_before = out_.phrases.size();
    NounScan scan{.begin = i, .next = from, .segment = from};
    while (scan.next < te() && TakeToken(&scan)) ++scan.next;
    return EndNoun(scan, phrases_before);
  }

  uint32_t AddOneWordPhrase(uint32_t i) {
    const int32_t p = AddPhrase(i, i + 1, i, -1);
    AddChunk(ChunkKind::kNoun, i, i + 1, i, p);
    return i + 1;
  }

  // Whether token scan->next goes on with the phrase; if it does, *scan takes it in.
  bool TakeToken(NounScan* scan) {
    const uint32_t j = scan->next;
    const PosTag t = Tag(j);
    if (t == PosTag::kPOS) return TakePossessive(scan);
    if (IsNoun(t) || t == PosTag::kCD) return TakeNounOrNumber(scan);
    if (t == PosTag::kOpenQuote) return TakeOpenQuote(scan);
    if (t == PosTag::kCloseQuote) {
      if (!scan->quote_open) return false;
      scan->quote_open = false;
      scan->quote_closed = static_cast<int32_t>(j);
      return true;
    }
    if (scan->head >= 0 && t == PosTag::kCC && IsNameWithAnd(scan->segment, j)) {
      return true;  // "the Belt and Road Initiative"
    }
    if (AdjectivesGoOnAfterName(*scan)) {
      scan->head = -1;
      return true;
    }
    if (scan->head >= 0) return false;  // after a noun only nouns and 's continue the phrase
    return TakeModifier(scan);
  }

  // A quote inside the phrase, before words that go on with it: "a \"provocation\"", "the
  // so-called \"peace\" plan". Only a short quoted stretch with no verb, closed within the
  // sentence: a quotation of speech is a clause of its own.
  bool TakeOpenQuote(NounScan* scan) {
    const uint32_t j = scan->next;
    const PosTag next = Tag(j + 1);
    const bool goes_on = IsNoun(next) || (scan->head < 0 && IsAdjective(next));
    if (!goes_on || scan->quote_open || ClosingQuoteOfPhrase(j) < 0) return false;
    scan->quote_open = true;
    return true;
  }

  // The closing quote of the quote that opens at token j, when what is between is a short
  // stretch with no verb; -1 otherwise.
  int64_t ClosingQuoteOfPhrase(uint32_t j) const {
    for (uint32_t k = j + 1; k < te() && k <= j + kMaxQuotedTokens + 1; ++k) {
      const PosTag t = Tag(k);
      if (t == PosTag::kCloseQuote) return k > j + 1 ? static_cast<int64_t>(k) : -1;
      if (t == PosTag::kOpenQuote || t == PosTag::kMD ||
          (IsVerb(t) && t != PosTag::kVBN && t != PosTag::kVBG)) {
        return -1;
      }
    }
    return -1;
  }

  // "China 's": the phrase so far becomes the possessor of what follows.
  bool TakePossessive(NounScan* scan) {
    if (scan->head < 0) return false;
    scan->possessor =
        AddPhrase(scan->begin, scan->next, static_cast<uint32_t>(scan->head), scan->possessor);
    scan->head = -1;
    scan->segment = scan->next + 1;
    return true;
  }

  bool TakeNounOrNumber(NounScan* scan) {
    const uint32_t j = scan->next;
    const PosTag t = Tag(j);
    // "met in Beijing yesterday": a day name after a noun starts an adverbial;
    // "a warning two days ago": so does a number after a common noun, not one after a number
    // ("$5 billion").
    if (scan->head >= 0 &&
        (In(kTemporalDeixis, Lower(j)) ||
         (t == PosTag::kCD && !IsProperNoun(Tag(j - 1)) && Tag(j - 1) != PosTag::kCD))) {
      return false;
    }
    if (NameAfterMonthAndYear(*scan, j) || CaptivityComplement(*scan, j)) return false;
    // A number before adjectives and their noun counts them, and is no head: "three Russian
    // banks", "two full days".
    const bool counts_adjectives = t == PosTag::kCD && scan->head < 0 && IsAdjective(Tag(j + 1)) &&
                                   CommonNounAfterAdjectives(j + 1) >= 0;
    if (!counts_adjectives) scan->head = static_cast<int32_t>(j);
    return true;
  }

  // "took 12 aid workers hostage", "held the villagers captive": "hostage" or "captive" after a
  // common noun, with no noun after it, tells what the verb made of its object, not a compound
  // (which "the Gaza hostage deal", "a hostage crisis" are); the idiom keeps the singular, so
  // "a dozen hostages" is one phrase.
  bool CaptivityComplement(const NounScan& scan, uint32_t j) const {
    static constexpr auto kCaptives = std::to_array<std::string_view>({"hostage", "captive"});
    if (scan.head < 0 || static_cast<uint32_t>(scan.head) != j - 1 || !In(kCaptives, Lower(j))) {
      return false;
    }
    const PosTag before = Tag(j - 1);
    return (before == PosTag::kNN || before == PosTag::kNNS) && !IsNoun(Tag(j + 1));
  }

  // "in December 2016 Washington expelled ...": a name after a month and its year opens the
  // next phrase, which is mostly the clause's subject.
  bool NameAfterMonthAndYear(const NounScan& scan, uint32_t j) const {
    return scan.head >= 0 && IsProperNoun(Tag(j)) && j >= scan.segment + 2 &&
           static_cast<uint32_t>(scan.head) == j - 1 && IsYear(view_, j - 1) &&
           IsMonthName(Lower(j - 2));
  }

  // After a name, adjectives before a common noun go on with the phrase: "the US special
  // envoy", "the Gondor main opposition group"; not after a verb of two objects, where they
  // open the second ("gave the Kurds new weapons"), nor before a time ("visited Washington
  // last week" ends its object at the name).
  bool AdjectivesGoOnAfterName(const NounScan& scan) const {
    const int64_t noun = CommonNounAfterAdjectives(scan.next);
    return scan.head >= 0 && IsProperNoun(Tag(static_cast<uint32_t>(scan.head))) &&
           IsAdjective(Tag(scan.next)) && noun >= 0 &&
           !In(kTimeUnits, Lower(static_cast<uint32_t>(noun))) && !AfterTwoObjectVerb();
  }

  // Before the head: whether the word at scan->next (a determiner, possessive pronoun,
  // adverb, participle, conjunction, comma or adjective) can go on with the phrase. A
  // possessive pronoun is made the possessor.
  bool TakeModifier(NounScan* scan) {
    const uint32_t j = scan->next;
    const PosTag t = Tag(j);
    const bool first = j == scan->segment;
    if (t == PosTag::kDT || t == PosTag::kPDT) return first || Tag(j - 1) == PosTag::kPDT;
    if (t == PosTag::kVB) return first && IsBareVerbBeforeItsNoun(j);  // "tear gas"
    if (t == PosTag::kPRPS) {
      if (!first) return false;
      scan->possessor = AddPhrase(j, j + 1, j, -1);
      return true;
    }
    const PosTag next = Tag(j + 1);
    if (IsAdverb(t)) {
      // "a rapidly changing world", "an increasingly important partner"
      return !first && (IsAdjective(next) || next == PosTag::kVBG || next == PosTag::kVBN);
    }
    if (t == PosTag::kVBG && first && OpensMeansGerund(j)) return false;
    if (t == PosTag::kVBN || t == PosTag::kVBG) {
      // "the affected villages"; before a name only inside a phrase already begun: "a
      // clearly inebriated Bree official".
      return next == PosTag::kNN || next == PosTag::kNNS || IsAdjective(next) ||
             (!first && next == PosTag::kNNP);
    }
    if (t == PosTag::kCC) {
      // "economic and diplomatic discussions"; "the foreign and defence ministers", where a
      // noun in a compound is the second modifier; "the Egyptian and Jordanian foreign
      // ministers", where a nationality the tagger does not know is a name before its noun.
      return !first && IsAdjective(Tag(j - 1)) &&
             (IsAdjective(next) ||
              (next == PosTag::kNN && (Tag(j + 2) == PosTag::kNN || Tag(j + 2) == PosTag::kNNS)) ||
              (next == PosTag::kNNP && CommonNounAfterAdjectives(j + 2) >= 0));
    }
    if (Lower(j) == ",") {
      // Coordinate adjectives: "complete, full diplomatic ties", "a long, bloody war".
      return !first && IsAdjective(Tag(j - 1)) && IsAdjective(next) &&
             CommonNounAfterAdjectives(j + 1) >= 0;
    }
    return IsAdjective(t) || t == PosTag::kDollar || t == PosTag::kHash;
  }

  // Whether the -ing form at j opens a clause of means after "by" that follows a finite
  // verb or a noun, not a passive participle: "retaliated by imposing sanctions", "opened
  // the talks by praising ..." (but "hit by rising prices" is a noun phrase).
  bool OpensMeansGerund(uint32_t j) const {
    if (j < 2 || Lower(j - 1) != "by") return false;
    const PosTag before = Tag(j - 2);
    return IsNoun(before) || before == PosTag::kVBD || before == PosTag::kVBZ ||
           before == PosTag::kVBP;
  }

  // Chunks what the scan found: the phrase up to its head; else the possessive alone ("the
  // forum's" with nothing after); else a determiner standing alone ("this", "both"). Returns
  // its end, or scan.begin (with the phrases it made taken back) when there is none.
  uint32_t EndNoun(const NounScan& scan, size_t phrases_before) {
    const uint32_t i = scan.begin;
    if (scan.head >= 0) {
      const auto head = static_cast<uint32_t>(scan.head);
      const int32_t p = AddPhrase(i, head + 1, head, scan.possessor);
      // The quote that closes after the head belongs to the chunk: a "provocation".
      const uint32_t end = scan.quote_closed == scan.head + 1 ? head + 2 : head + 1;
      AddChunk(ChunkKind::kNoun, i, end, head, p);
      return end;
    }
    if (scan.possessor >= 0) {
      const uint32_t end = out_.phrases[scan.possessor].tokens.end + 1;  // with the 's
      out_.phrases.resize(static_cast<size_t>(scan.possessor) + 1);
      AddChunk(ChunkKind::kNoun, i, end, out_.phrases[scan.possessor].head, scan.possessor);
      return end;
    }
    out_.phrases.resize(phrases_before);
    if (Tag(i) == PosTag::kDT && scan.next == i + 1) return AddOneWordPhrase(i);
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
    return last.kind == ChunkKind::kVerb && TakesTwoObjects(view_.Lemma(last.head));
  }

  // "the Belt and Road Initiative": "the", one proper noun, "and", two proper nouns and
  // then no more noun. Names like this are common; "the Kremlin and Beijing" is not one.
  bool IsNameWithAnd(uint32_t segment, uint32_t cc) const {
    return cc == segment + 2 && Lower(segment) == "the" && Tag(segment + 1) == PosTag::kNNP &&
           Lower(cc) == "and" && Tag(cc + 1) == PosTag::kNNP && Tag(cc + 2) == PosTag::kNNP &&
           !IsNoun(Tag(cc + 3)) && Tag(cc + 3) != PosTag::kPOS;
  }

  // ---- verb groups ----
  // Also a scare-quoted adverb, which news puts inside a verb group: had "recently" signed.
  uint32_t SkipAdverbs(uint32_t k) const {
    while (k < te()) {
      if (IsAdverb(Tag(k))) {
        ++k;
      } else if (Tag(k) == PosTag::kOpenQuote && k + 2 < te() && IsAdverb(Tag(k + 1)) &&
                 Tag(k + 2) == PosTag::kCloseQuote) {
        k += 3;
      } else {
        break;
      }
    }
    return k;
  }

  bool VerbStart(uint32_t i) const {
    const PosTag t = Tag(i);
    if (t == PosTag::kMD || IsVerb(t)) return true;
    if (t == PosTag::kTO) return Tag(SkipAdverbs(i + 1)) == PosTag::kVB;
    if (view_.IsNegator(i)) {
      const uint32_t k = i + 1;
      return Tag(k) == PosTag::kMD || IsVerb(Tag(k)) ||
             (Tag(k) == PosTag::kTO && Tag(SkipAdverbs(k + 1)) == PosTag::kVB);
    }
    return false;
  }

  // A verb that can take another verb of its group after it: "has", "was", "got", "did".
  bool IsAuxiliaryLemma(uint32_t j) const {
    const std::string_view lemma = view_.Lemma(j);
    return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
  }

  bool IsAuxiliary(uint32_t j, uint32_t next) const {
    if (!IsVerb(Tag(next))) return false;
    if (Tag(j) == PosTag::kMD) return true;
    const std::string_view lemma = view_.Lemma(j);
    return lemma == "be" || lemma == "have" || lemma == "do" ||
           (lemma == "get" && Tag(next) == PosTag::kVBN);
  }

  // Whether the adverb at j, right after the main verb `main`, is that verb's particle.
  bool IsAdverbParticle(uint32_t main, uint32_t j) const {
    return j < te() && j == main + 1 && Tag(j) == PosTag::kRB &&
           In(kParticleVerbs, view_.Lemma(main)) && In(kAdverbParticles, Lower(j));
  }

  uint32_t ScanVerb(uint32_t i) {
    uint32_t j = i;
    while (view_.IsNegator(j)) ++j;
    if (Tag(j) == PosTag::kTO) j = SkipAdverbs(j + 1);
    int32_t main = -1;
    while (j < te() && (Tag(j) == PosTag::kMD || IsVerb(Tag(j)))) {
      const uint32_t next = SkipAdverbs(j + 1);
      if (!IsAuxiliary(j, next)) {
        main = static_cast<int32_t>(j++);
        break;
      }
      j = next;
    }
    if (main < 0) main = static_cast<int32_t>(j > i ? j - 1 : i);
    // "is not important", "did not": a negated auxiliary used as the main verb.
    while (view_.IsNegator(j)) ++j;
    if (j == i) j = i + 1;
    if (Tag(j) == PosTag::kRP || IsAdverbParticle(static_cast<uint32_t>(main), j)) ++j;
    AddChunk(ChunkKind::kVerb, i, j, static_cast<uint32_t>(main));
    return j;
  }

  // A quoted stretch of a few chunks with no verb group is part of the clause around it, so
  // its quotes join the chunks inside (held \"terrorist groups\" responsible, called the
  // raid \"barbaric\", tariffs \"at a very high level\" on Denmark): the opening quote the
  // first, the closing one the last. The phrases keep their words. Returns the chunks left.
  TokenRange FoldQuotes(TokenRange chunks) {
    auto& all = out_.chunks;
    uint32_t kept = chunks.begin;
    for (uint32_t c = chunks.begin; c < chunks.end; ++c) {
      const int64_t close = c + 2 < chunks.end ? ClosingQuoteChunk(c, chunks.end) : -1;
      if (close < 0) {
        all[kept++] = all[c];
        continue;
      }
      const auto last = static_cast<uint32_t>(close);
      all[c + 1].tokens.begin = all[c].tokens.begin;
      all[last - 1].tokens.end = all[last].tokens.end;
      for (uint32_t k = c + 1; k < last; ++k) all[kept++] = all[k];
      c = last;
    }
    all.resize(kept);
    return {chunks.begin, kept};
  }

  // The chunk of the closing quote when chunk c is an opening quote and the chunks between
  // (one or more, none a verb group) are few; -1 otherwise.
  int64_t ClosingQuoteChunk(uint32_t c, uint32_t end) const {
    const auto& all = out_.chunks;
    if (all[c].kind != ChunkKind::kPunctuation || Tag(all[c].head) != PosTag::kOpenQuote) {
      return -1;
    }
    const uint32_t limit = all[c].tokens.end + kMaxQuotedTokens;
    for (uint32_t k = c + 1; k < end && all[k].tokens.begin <= limit; ++k) {
      const Chunk& ch = all[k];
      if (ch.kind == ChunkKind::kVerb) return -1;
      if (ch.kind == ChunkKind::kPunctuation) {
        const PosTag t = Tag(ch.head);
        // A quote closed after a comma or stop ends a quotation, not a phrase: with
        // "grave concern," and ...
        if (t == PosTag::kCloseQuote) {
          return k > c + 1 && all[k - 1].kind != ChunkKind::kPunctuation ? static_cast<int64_t>(k)
                                                                         : -1;
        }
        if (t == PosTag::kOpenQuote || t == PosTag::kPeriod) return -1;
      }
    }
    return -1;
  }

  // An "as"/"since"/"after" followed by a subject and a finite verb introduces a clause.
  void MarkSubordinators(const SentenceView& chunks) {
    constexpr int kLookahead = 16;
    for (uint32_t c = chunks.first_chunk(); c < chunks.end_chunk(); ++c) {
      Chunk& ch = out_.chunks[c];
      if (ch.kind != ChunkKind::kPrep || ch.tokens.size() != 1 ||
          !In(kClauseOrNounSubordinators, Lower(ch.head))) {
        continue;
      }
      bool seen_noun = false;
      for (uint32_t k = c + 1; k < chunks.end_chunk() && k < c + 1 + kLookahead; ++k) {
        const ChunkKind kind = chunks.ChunkAt(k).kind;
        if (kind == ChunkKind::kNoun) {
          seen_noun = true;
        } else if (kind == ChunkKind::kVerb) {
          if (seen_noun && chunks.IsFiniteVerbChunk(k)) ch.kind = ChunkKind::kSubordinator;
          break;
        } else if (kind != ChunkKind::kPrep && kind != ChunkKind::kConjunction &&
                   kind != ChunkKind::kAdverb && kind != ChunkKind::kAdjective) {
          break;
        }
      }
    }
  }

  const SentenceView view_;  // tokens only: chunks are being made
  Syntax& out_;
  const uint32_t cb_;  // the sentence's first chunk
  // Whether an opening quote was left a chunk of its own: only then are there quotes to fold.
  bool open_quote_chunk_ = false;
};

}  // namespace

TokenRange ChunkSentence(const Document& doc, uint32_t sentence, Syntax* out) {
  return Chunker(doc, sentence, out).Run();
}

}  // namespace tacitus::syntax_internal

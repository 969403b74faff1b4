#include "lex/tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include "base/strings.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

constexpr int kMaxCandidates = 12;

// Weight given to a reading that a word's shape allows but its suffix class never showed
// (a WordNet verb ending in -s, say), relative to class probabilities that sum to one.
constexpr float kUnlistedReadingWeight = 0.05f;

// Words counted fewer times than this also get their WordNet readings, each worth
// kRareWordSmoothing sightings at most.
constexpr float kRareWordCount = 5;
constexpr float kRareWordSmoothing = 0.5f;

// WordNet's lemmas are lower case and include place and person names ("guyana"), so for a
// word capitalised mid-sentence its common-word readings count this much less than a name.
constexpr float kCapitalizedCommonReadingScale = 0.1f;

// Candidate readings of one token with unnormalised weights proportional to P(tag | word).
struct Readings {
  TagCount items[kMaxCandidates];
  int size = 0;

  void Add(PosTag tag, float weight) {
    for (int i = 0; i < size; ++i) {
      if (items[i].tag == tag) {
        items[i].count += weight;
        return;
      }
    }
    if (size < kMaxCandidates) items[size++] = {tag, weight};
  }
  void AddAll(std::span<const TagCount> counts, float scale = 1) {
    for (const TagCount& c : counts) Add(c.tag, c.count * scale);
  }
  void Merge(const Readings& other, float scale) {
    for (int i = 0; i < other.size; ++i) Add(other.items[i].tag, other.items[i].count * scale);
  }
  float Total() const {
    float total = 0;
    for (int i = 0; i < size; ++i) total += items[i].count;
    return total;
  }
  float Weight(PosTag tag) const {
    for (int i = 0; i < size; ++i) {
      if (items[i].tag == tag) return items[i].count;
    }
    return 0;
  }
  bool Has(PosTag tag) const { return Weight(tag) > 0; }
};

struct Candidate {
  PosTag tag;
  float log_weight;    // log P(tag | word)
  float log_emission;  // log P(tag | word) - log P(tag): P(word | tag) up to a word constant
};

// Per-thread Viterbi tables, grown to the longest sentence seen and then reused.
struct Scratch {
  std::vector<Candidate> candidates;  // kMaxCandidates per token
  std::vector<uint8_t> candidate_count;
  std::vector<float> score;
  std::vector<uint8_t> back;
  std::vector<PosTag> tags;
  // Lexicon::ClosedClass of each token's lower-case form, looked up once for its readings
  // and again for its lemma.
  std::vector<std::span<const ClosedClassReading>> closed_class;

  void Reserve(size_t n) {
    if (candidate_count.size() >= n) return;
    candidates.resize(n * kMaxCandidates);
    candidate_count.resize(n);
    closed_class.resize(n);
    score.resize(n * kMaxCandidates);
    back.resize(n * kMaxCandidates);
    tags.resize(n);
  }
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return IsAsciiLetter(c) || (static_cast<unsigned char>(c) >= 0x80);
  });
}

// "12", "3.5", "1,200", "1/2", "10:30": digits and separators only.
bool IsPlainNumber(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (IsAsciiDigit(c)) {
      digit = true;
    } else if (c != ',' && c != '.' && c != '/' && c != ':' && c != '-' && c != '+') {
      return false;
    }
  }
  return digit;
}

bool IsOrdinal(std::string_view lower) {
  if (lower.size() < 3 || !IsAsciiDigit(lower[0])) return false;
  const std::string_view suffix = lower.substr(lower.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  return std::all_of(lower.begin(), lower.end() - 2, IsAsciiDigit);
}

UnknownClass SuffixClass(std::string_view lower) {
  if (lower.find('-') != std::string_view::npos) return UnknownClass::kHyphen;
  if (lower.ends_with("ing")) return UnknownClass::kIng;
  if (lower.ends_with("ed")) return UnknownClass::kEd;
  if (lower.ends_with("ly")) return UnknownClass::kLy;
  if (lower.ends_with("tion") || lower.ends_with("sion")) return UnknownClass::kTion;
  if (lower.ends_with("s") && !lower.ends_with("ss") && !lower.ends_with("us")) {
    return UnknownClass::kPlural;
  }
  return UnknownClass::kOther;
}

bool IsBeForm(std::string_view lower) {
  return lower == "be" || lower == "is" || lower == "are" || lower == "was" || lower == "were" ||
         lower == "been" || lower == "being" || lower == "am" || lower == "'m" || lower == "'re";
}
// Participles that say how a speaker feels about what follows them ("was deeply concerned
// about", "is disappointed by"): after "be" and before their cause's preposition they are
// adjectives, so the clause reads as "be critical of" does (docs/dictionaries.md).
bool IsFeelingBeforeItsCause(std::string_view word, std::string_view next) {
  static constexpr auto kFeelings = std::to_array<std::string_view>(
      {"concerned", "disappointed", "dismayed", "alarmed", "troubled", "worried", "saddened",
       "displeased", "perturbed", "outraged", "appalled", "angered", "incensed", "shocked"});
  static constexpr auto kCauses =
      std::to_array<std::string_view>({"about", "over", "at", "by", "with"});
  return std::find(kFeelings.begin(), kFeelings.end(), word) != kFeelings.end() &&
         std::find(kCauses.begin(), kCauses.end(), next) != kCauses.end();
}
bool IsHaveForm(std::string_view lower) {
  return lower == "have" || lower == "has" || lower == "had" || lower == "having" || lower == "'ve";
}
bool IsFiniteVerb(PosTag t) {
  return t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD;
}

class SentenceTagger {
 public:
  SentenceTagger(const Lexicon& lexicon, std::span<Token> tokens)
      : lexicon_(lexicon), tokens_(tokens), scratch_(ThreadScratch()) {
    scratch_.Reserve(tokens.size());
  }

  void Run() {
    if (tokens_.empty()) return;
    int quote_depth = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      Readings readings;
      Analyze(i, &quote_depth, &readings);
      SetCandidates(i, readings);
    }
    Decode();
    ApplyContextRules();
    for (size_t i = 0; i < tokens_.size(); ++i) {
      Token& token = tokens_[i];
      token.tag = scratch_.tags[i];
      std::string_view lemma;
      if (!IsProperNoun(token.tag)) lemma = LemmaAt(i, token.tag);
      token.lemma = lemma.empty() ? token.lower : lemma;
    }
  }

 private:
  const Token& token(size_t i) const { return tokens_[i]; }
  // Lexicon::Lemma of token i read as `tag`.
  std::string_view LemmaAt(size_t i, PosTag tag) const {
    return lexicon_.Lemma(token(i).lower, tag, scratch_.closed_class[i]);
  }

  void Analyze(size_t i, int* quote_depth, Readings* out) {
    Token& t = tokens_[i];
    t.flags &= static_cast<uint8_t>(~kInLexicon);
    scratch_.closed_class[i] = lexicon_.ClosedClass(t.lower);
    const std::string_view text = t.text;
    if (text == "\"" || text == "``" || text == "''") {
      out->Add(QuoteTag(i, quote_depth), 1);
      return;
    }
    if (text == "(" || text == "[" || text == "{") return out->Add(PosTag::kLRB, 1);
    if (text == ")" || text == "]" || text == "}") return out->Add(PosTag::kRRB, 1);
    if (text == "#") return out->Add(PosTag::kHash, 1);

    if (AnalyzeKnown(i, out)) {
      t.flags |= kInLexicon;
      return;
    }
    if (AnalyzeUnknown(i, out)) t.flags |= kInLexicon;
  }

  // Opening or closing from the spacing around the quote, else from how many quotes of
  // the sentence are open.
  PosTag QuoteTag(size_t i, int* quote_depth) const {
    const Token& t = token(i);
    const bool space_before = i == 0 || t.has(kSpaceBefore);
    const bool space_after = i + 1 == tokens_.size() || token(i + 1).has(kSpaceBefore) ||
                             IsPunctuationToken(token(i + 1));
    bool opening;
    if (t.text == "``") {
      opening = true;
    } else if (t.text == "''") {
      opening = false;
    } else if (space_before != space_after) {
      opening = space_before;
    } else {
      opening = *quote_depth == 0;
    }
    *quote_depth = opening ? 1 : 0;
    return opening ? PosTag::kOpenQuote : PosTag::kCloseQuote;
  }

  static bool IsPunctuationToken(const Token& t) {
    return t.text == "." || t.text == "," || t.text == ";" || t.text == ":" || t.text == "?" ||
           t.text == "!";
  }

  // Words the Treebank counts or the closed-class list know; false for unknown words.
  bool AnalyzeKnown(size_t i, Readings* out) const {
    const Token& t = token(i);
    const bool lower_case = SameWord(t.text, t.lower);
    const bool sentence_initial = i == 0 || t.has(kSentenceInitial);
    std::span<const TagCount> exact = lexicon_.Observed(t.text);
    std::span<const TagCount> folded = lower_case ? exact : lexicon_.Observed(t.lower);

    if (lower_case || (sentence_initial && !t.has(kAllCaps))) {
      // Sentence-initial capitals say nothing; both spellings' counts apply.
      out->AddAll(exact);
      if (!lower_case) out->AddAll(folded);
    } else if (!exact.empty()) {
      out->AddAll(exact);
    } else if (!folded.empty()) {
      // A common word capitalised mid-sentence is usually part of a name ("Foreign
      // Ministry"); keep its own readings for headline-style capitals.
      out->AddAll(folded);
      out->Add(PosTag::kNNP, out->Total());
    }

    const std::span<const ClosedClassReading> closed = scratch_.closed_class[i];
    if (!closed.empty() && !IsProperName(t, exact)) {
      Readings restricted;
      for (const ClosedClassReading& reading : closed) {
        // Readings the counts never showed stay possible, with the weight of one sighting.
        restricted.Add(reading.tag, std::max(out->Weight(reading.tag), 1.0f));
      }
      *out = restricted;
    }
    if (out->size == 0) return false;
    if (closed.empty() && (lower_case || sentence_initial) && out->Total() < kRareWordCount) {
      // A word seen a few times may not have shown all its readings ("wage" only as a noun).
      Readings wordnet;
      if (AddWordNetReadings(t.lower, &wordnet)) out->Merge(wordnet, kRareWordSmoothing);
    }
    if (t.has(kCapitalized) && !sentence_initial && !out->Has(PosTag::kNNP) && closed.empty()) {
      out->Add(PosTag::kNNP, 1);
    }
    AddOtherRegularPast(t.lower, out);
    AddParticipleOfGerund(t.lower, out);
    return true;
  }

  // Likewise an -ing form the counts saw only as a noun ("kidnapping", "shelling") is also
  // the participle of its verb, for the context rules to choose: "..., kidnapping ten workers".
  void AddParticipleOfGerund(std::string_view lower, Readings* out) const {
    if (out->Has(PosTag::kVBG) || !out->Has(PosTag::kNN) || !lower.ends_with("ing")) return;
    if (!IsInflected(lexicon_.morphy(), lower, WordNetPos::kVerb)) return;
    out->Add(PosTag::kVBG, 1);
  }

  // A regular past form ("arrested") is both the past tense and the participle, whichever
  // one the counts happened to see ("arrested" only as VBN): the other gets the weight of
  // one sighting, so that the context rules (FixVerbForm) may choose it.
  void AddOtherRegularPast(std::string_view lower, Readings* out) const {
    if (out->Has(PosTag::kVBD) == out->Has(PosTag::kVBN) || !lower.ends_with("ed")) return;
    if (!IsInflected(lexicon_.morphy(), lower, WordNetPos::kVerb)) return;
    out->Add(out->Has(PosTag::kVBD) ? PosTag::kVBN : PosTag::kVBD, 1);
  }

  // A capitalised mid-sentence spelling the counts know mostly as a name ("US", "May").
  bool IsProperName(const Token& t, std::span<const TagCount> exact) const {
    if (SameWord(t.text, t.lower)) return false;
    if (t.has(kSentenceInitial) && !t.has(kAllCaps)) return false;
    float proper = 0, other = 0;
    for (const TagCount& c : exact) (IsProperNoun(c.tag) ? proper : other) += c.count;
    return t.has(kAllCaps) ? proper >= other : proper > other;
  }

  // Returns whether WordNet knows the word.
  bool AnalyzeUnknown(size_t i, Readings* out) const {
    const Token& t = token(i);
    const std::string_view lower = t.lower;
    if (IsOrdinal(lower)) {
      out->AddAll(lexicon_.Observed("*ORD*"));
      return false;
    }
    if (IsAsciiDigit(lower[0]) || ((lower[0] == '.' || lower[0] == '-') && IsPlainNumber(lower))) {
      if (IsPlainNumber(lower)) {
        out->Add(PosTag::kCD, 1);
      } else if (lower.back() == 's' && IsPlainNumber(lower.substr(0, lower.size() - 1))) {
        out->Add(PosTag::kNNS, 1);  // "1990s"
      } else if (lower.find('-') != std::string_view::npos) {
        out->AddAll(lexicon_.Unknown(UnknownClass::kHyphenAdjective));  // "10-day"
        out->Add(PosTag::kCD, 0.1f);
      } else {
        out->Add(PosTag::kCD, 1);
      }
      return false;
    }
    if (!HasLetter(t.text)) {
      out->AddAll(lexicon_.Unknown(UnknownClass::kSymbol));
      return false;
    }

    const bool sentence_initial = i == 0 || t.has(kSentenceInitial);
    const bool capitalized = t.has(kCapitalized) || t.has(kAllCaps);
    Readings wordnet;
    const bool known = AddWordNetReadings(lower, &wordnet);
    out->Merge(wordnet, capitalized && !sentence_initial ? kCapitalizedCommonReadingScale : 1);
    if (capitalized) {
      // Unknown to the counts and capitalised: a name, unless a sentence-initial common
      // word; an all-capitals word is an acronym.
      const UnknownClass c = t.has(kAllCaps) ? UnknownClass::kAcronym : UnknownClass::kCapitalized;
      const float scale = known && sentence_initial ? 0.2f : 1.0f;
      Readings names;
      names.AddAll(lexicon_.Unknown(c));
      const float total = names.Total();
      for (int k = 0; k < names.size; ++k) {
        const PosTag tag = names.items[k].tag;
        if (IsProperNoun(tag) || !known) out->Add(tag, scale * names.items[k].count / total);
      }
      if (lower.back() == 's' && !t.has(kAllCaps) && out->Has(PosTag::kNNP)) {
        out->Add(PosTag::kNNPS, 0.1f * out->Weight(PosTag::kNNP));
      }
      return known;
    }
    if (!known) {
      UnknownClass c = SuffixClass(lower);
      if (c == UnknownClass::kHyphen) c = HyphenClass(lower);
      out->AddAll(lexicon_.Unknown(c));
    }
    return known;
  }

  // A hyphenated word whose last part is an adjective or participle ("state-owned",
  // "long-term" is not) reads mostly as an adjective.
  UnknownClass HyphenClass(std::string_view lower) const {
    const std::string_view last = lower.substr(lower.rfind('-') + 1);
    for (const TagCount& c : lexicon_.Observed(last)) {
      if (c.tag == PosTag::kJJ || c.tag == PosTag::kVBN) return UnknownClass::kHyphenAdjective;
    }
    return UnknownClass::kHyphen;
  }

  // Readings of a word the counts do not have but WordNet does, weighted by what its
  // suffix class says of each tag. Returns false, adding nothing, when WordNet has none.
  bool AddWordNetReadings(std::string_view lower, Readings* out) const {
    const Morphy& morphy = lexicon_.morphy();
    const uint8_t self = morphy.PartsOfSpeech(lower);
    Readings wordnet;
    if (self & WordNetBit(WordNetPos::kNoun)) wordnet.Add(PosTag::kNN, 1);
    if (IsInflected(morphy, lower, WordNetPos::kNoun)) wordnet.Add(PosTag::kNNS, 1);
    if (self & WordNetBit(WordNetPos::kVerb)) {
      wordnet.Add(PosTag::kVB, 1);
      wordnet.Add(PosTag::kVBP, 1);
    }
    if (IsInflected(morphy, lower, WordNetPos::kVerb)) {
      if (lower.ends_with("ing")) {
        wordnet.Add(PosTag::kVBG, 1);
      } else if (lower.ends_with("s")) {
        wordnet.Add(PosTag::kVBZ, 1);
      } else {
        wordnet.Add(PosTag::kVBD, 1);
        wordnet.Add(PosTag::kVBN, 1);
      }
    }
    if (self & WordNetBit(WordNetPos::kAdjective)) wordnet.Add(PosTag::kJJ, 1);
    if (IsInflected(morphy, lower, WordNetPos::kAdjective)) {
      wordnet.Add(lower.ends_with("est") ? PosTag::kJJS : PosTag::kJJR, 1);
    }
    if (self & WordNetBit(WordNetPos::kAdverb)) wordnet.Add(PosTag::kRB, 1);
    if (wordnet.size == 0) return false;

    Readings suffix;
    suffix.AddAll(lexicon_.Unknown(SuffixClass(lower)));
    const float total = suffix.Total();
    for (int k = 0; k < wordnet.size; ++k) {
      const PosTag tag = wordnet.items[k].tag;
      out->Add(tag, std::max(suffix.Weight(tag) / total, kUnlistedReadingWeight));
    }
    return true;
  }

  static bool IsInflected(const Morphy& morphy, std::string_view lower, WordNetPos pos) {
    const std::string_view base = morphy.BaseForm(lower, pos, true);
    return !base.empty() && base != lower;
  }

  void SetCandidates(size_t i, const Readings& readings) {
    Candidate* out = &scratch_.candidates[i * kMaxCandidates];
    if (readings.size == 0) {
      // Nothing matched at all (a letterless word the symbol class does not cover).
      out[0] = {PosTag::kNN, 0, 0};
      scratch_.candidate_count[i] = 1;
      return;
    }
    if (readings.size == 1 && readings.items[0].count > 0) {
      // log(count) - log(total) is exactly 0 when the one (positive) count is the total: no
      // logarithms for the many tokens with one reading.
      const PosTag tag = readings.items[0].tag;
      const float log_weight = 0;
      out[0] = {tag, log_weight, log_weight - lexicon_.LogPrior(tag)};
      scratch_.candidate_count[i] = 1;
      return;
    }
    const float log_total = std::log(readings.Total());
    for (int k = 0; k < readings.size; ++k) {
      const TagCount& r = readings.items[k];
      const float log_weight = std::log(r.count) - log_total;
      out[k] = {r.tag, log_weight, log_weight - lexicon_.LogPrior(r.tag)};
    }
    scratch_.candidate_count[i] = static_cast<uint8_t>(readings.size);
  }

  void Decode() {
    const size_t n = tokens_.size();
    const Candidate* cand = scratch_.candidates.data();
    float* score = scratch_.score.data();
    uint8_t* back = scratch_.back.data();
    for (int k = 0; k < scratch_.candidate_count[0]; ++k) {
      score[k] = lexicon_.LogTransition(PosTag::kPeriod, cand[k].tag) + cand[k].log_emission;
    }
    for (size_t i = 1; i < n; ++i) {
      const Candidate* previous = cand + (i - 1) * kMaxCandidates;
      const Candidate* current = cand + i * kMaxCandidates;
      const float* previous_score = score + (i - 1) * kMaxCandidates;
      for (int k = 0; k < scratch_.candidate_count[i]; ++k) {
        float best = -std::numeric_limits<float>::infinity();
        uint8_t best_j = 0;
        for (int j = 0; j < scratch_.candidate_count[i - 1]; ++j) {
          const float s =
              previous_score[j] + lexicon_.LogTransition(previous[j].tag, current[k].tag);
          if (s > best) {
            best = s;
            best_j = static_cast<uint8_t>(j);
          }
        }
        score[i * kMaxCandidates + k] = best + current[k].log_emission;
        back[i * kMaxCandidates + k] = best_j;
      }
    }
    const float* last = score + (n - 1) * kMaxCandidates;
    int k = static_cast<int>(std::max_element(last, last + scratch_.candidate_count[n - 1]) - last);
    for (size_t i = n; i-- > 0;) {
      scratch_.tags[i] = cand[i * kMaxCandidates + k].tag;
      k = back[i * kMaxCandidates + k];
    }
  }

  // log P(tag | word) of candidate `tag` of token i; -infinity when it is no candidate.
  float CandidateWeight(size_t i, PosTag tag) const {
    const Candidate* c = &scratch_.candidates[i * kMaxCandidates];
    for (int k = 0; k < scratch_.candidate_count[i]; ++k) {
      if (c[k].tag == tag) return c[k].log_weight;
    }
    return -std::numeric_limits<float>::infinity();
  }
  bool HasCandidate(size_t i, PosTag tag) const {
    return CandidateWeight(i, tag) > -std::numeric_limits<float>::infinity();
  }

  // The nearest earlier token that is not an adverb (skipping "not", "also", ...); n if none.
  size_t PreviousNonAdverb(size_t i) const {
    while (i > 0) {
      --i;
      if (!IsAdverb(scratch_.tags[i])) return i;
    }
    return tokens_.size();
  }

  // Whether token i is an -ing form that can be a gerund: "by expelling", "by imposing".
  bool OpensGerund(size_t i) const {
    return i < tokens_.size() && token(i).lower.ends_with("ing") &&
           (TagAt(i) == PosTag::kVBG || HasCandidate(i, PosTag::kVBG));
  }

  // Whether the -ing form at i follows a "by" that says how an act was done, after a noun or
  // a finite verb rather than a passive participle: "opened his speech by praising Gondor",
  // "retaliated by expelling" (but "was invaded by neighbouring Gondor").
  bool IsMeansGerund(size_t i) const {
    if (i < 2 || LowerAt(i - 1) != "by") return false;
    const PosTag before = TagAt(i - 2);
    return IsNoun(before) || before == PosTag::kVBD || before == PosTag::kVBZ ||
           before == PosTag::kVBP;
  }

  // Whether the pronoun at i is the subject of a finite verb that adverbs after it put off:
  // "he", "she", "they", "we", "I", and an "it" that opens what is said ("said it strongly
  // condemned", "added that it firmly rejected"), not the object of "found it widely used".
  bool IsSubjectPronounBeforeAdverb(size_t i) const {
    static constexpr auto kSubjects =
        std::to_array<std::string_view>({"he", "she", "they", "we", "i"});
    static constexpr auto kOpenersOfIt = std::to_array<std::string_view>(
        {"that", "said", "says", "say", "added", "stated", "announced", "insisted", "\"", ","});
    const std::string_view w = LowerAt(i);
    if (TagAt(i) != PosTag::kPRP) return false;
    if (std::find(kSubjects.begin(), kSubjects.end(), w) != kSubjects.end()) return true;
    return w == "it" && (i == 0 || std::find(kOpenersOfIt.begin(), kOpenersOfIt.end(),
                                             LowerAt(i - 1)) != kOpenersOfIt.end());
  }

  PosTag TagAt(size_t i) const { return i < tokens_.size() ? scratch_.tags[i] : PosTag::kNone; }
  std::string_view LowerAt(size_t i) const {
    return i < tokens_.size() ? token(i).lower : std::string_view();
  }

  // Corrections of what a bigram model cannot see: a verb form decided by a word two or
  // more tokens away, a possessive decided by what follows. Verb forms first, because the
  // noun/verb rule reads them.
  void ApplyContextRules() {
    const size_t n = tokens_.size();
    for (size_t i = 0; i < n; ++i) FixVerbForm(i);
    for (size_t i = 0; i < n; ++i) FixFunctionWord(i);
    for (size_t i = 2; i + 1 < n; ++i) FixObjectHead(i);
  }

  // An adjective that can be a noun, alone between a verb's determiner and a preposition, is
  // the head of the verb's object: "extradited the suspect to France", "handed over the
  // suspect to Germany" (a bigram reads "suspect to" as "ready to").
  void FixObjectHead(size_t i) {
    PosTag& tag = scratch_.tags[i];
    if (tag != PosTag::kJJ || TagAt(i - 1) != PosTag::kDT || !HasCandidate(i, PosTag::kNN)) {
      return;
    }
    // The verb, or its particle after it ("handed over", which may read as a preposition).
    const PosTag before = TagAt(i - 2);
    const bool after_verb = IsVerb(before) || ((before == PosTag::kRP || before == PosTag::kIN) &&
                                               IsVerb(TagAt(i - 3)));
    const PosTag next = TagAt(i + 1);
    if (after_verb && (next == PosTag::kTO || next == PosTag::kIN || next == PosTag::kRP)) {
      tag = PosTag::kNN;
    }
  }

  void FixVerbForm(size_t i) {
    PosTag& tag = scratch_.tags[i];
    if (IsCountryAbbreviation(i)) {
      tag = PosTag::kNNP;  // "US forces conducted air strikes": the country, not "us"
      if (ModifiesVerbsObject(i)) {
        // In a verb's object the name modifies its head noun: "pledged US support".
        scratch_.tags[i + 1] = TagAt(i + 1) == PosTag::kVBZ ? PosTag::kNNS : PosTag::kNN;
      }
      return;
    }
    if (EndsOpeningCompound(i)) {
      // The plural head of the noun phrase that opens the clause, then its finite verb (a
      // present "forces" would want no past form after it).
      tag = PosTag::kNNS;
      scratch_.tags[i + 1] = PosTag::kVBD;
      return;
    }
    const PosTag previous = i > 0 ? TagAt(i - 1) : PosTag::kNone;
    const PosTag next = TagAt(i + 1);
    const size_t before = PreviousNonAdverb(i);
    const PosTag subject = TagAt(before);
    if (tag == PosTag::kVB && HasCandidate(i, PosTag::kVBP) && before + 1 < i &&
        LowerAt(before) != "it" && IsSubjectPronounBeforeAdverb(before)) {
      tag = PosTag::kVBP;  // a present after its subject and adverbs: "we strongly condemn"
      return;
    }
    if ((tag == PosTag::kVBD || tag == PosTag::kVBN) && HasCandidate(i, PosTag::kJJ) &&
        before < i && IsBeForm(LowerAt(before)) &&
        IsFeelingBeforeItsCause(LowerAt(i), LowerAt(i + 1))) {
      tag = PosTag::kJJ;  // "was deeply disappointed by the decision": a feeling, no passive
    } else if (tag == PosTag::kVBD && HasCandidate(i, PosTag::kVBN)) {
      const std::string_view aux = LowerAt(before);
      if (IsHaveForm(aux) || IsBeForm(aux) || (aux == "'s" && subject == PosTag::kVBZ)) {
        tag = PosTag::kVBN;  // perfect or passive: "have criticized", "was not met"
      } else if ((IsNoun(previous) ||
                  (previous == PosTag::kComma && i > 1 && IsNoun(TagAt(i - 2)))) &&
                 LowerAt(i + 1) == "by" && !OpensGerund(i + 2)) {
        // Reduced passive: "memos sent by Bree", "the summit, hosted by"; but "by" and an -ing
        // form say how the subject acted: "Gondor retaliated by expelling two envoys".
        tag = PosTag::kVBN;
      } else if (IsNoun(previous) && (next == PosTag::kIN || next == PosTag::kTO) &&
                 LowerAt(i + 1) != "that" && InObjectOfFiniteVerb(i - 1)) {
        // A past form right after the object of a finite verb, before a preposition, is a
        // reduced relative on that object: "welcomed assurances on issues sent from Bree";
        // after "said" or "believed" the noun may be the subject of a complement clause
        // ("said troops moved to the border") and is left alone.
        tag = PosTag::kVBN;
      }
    } else if (tag == PosTag::kVBN && LowerAt(i) == "dead" &&
               In({"shot", "gunned"}, LowerAt(i - 1))) {
      tag = PosTag::kRP;  // the verb's result, as a particle: "shot dead a journalist"
    } else if (tag == PosTag::kVBN && HasCandidate(i, PosTag::kVBD)) {
      const std::string_view p = LowerAt(i - 1);
      const size_t object = next == PosTag::kRP ? i + 2 : i + 1;  // "burned down its embassy"
      const bool subject_before = IsNoun(subject) || subject == PosTag::kPRP ||
                                  (subject == PosTag::kVBZ && HasCandidate(before, PosTag::kNNS));
      if (p == "he" || p == "she" || p == "they" || p == "we" || p == "i" || p == "who" ||
          previous == PosTag::kWDT) {
        tag = PosTag::kVBD;  // a subject pronoun is followed by the finite verb: "he said"
      } else if (before + 1 < i && IsSubjectPronounBeforeAdverb(before)) {
        tag = PosTag::kVBD;  // so with adverbs between: "said it strongly condemned the raid"
      } else if (subject_before && StartsObject(object, IsProperNoun(subject))) {
        tag = PosTag::kVBD;  // a participle takes no direct object: "crowds trashed its embassy"
      } else if (subject_before && !HasOtherFiniteVerb(i)) {
        tag = PosTag::kVBD;  // a sentence needs a finite verb: "the two leaders discussed trade"
      } else if (IsNoun(subject) &&
                 (IsNoun(TagAt(object)) || StartsObject(object, true) ||
                  (next == PosTag::kIN && LowerAt(i + 1) != "by" && LastVerbOfItsClause(i))) &&
                 EndsSubordinateSubject(before)) {
        // After a conjunction of time or cause and its subject comes that clause's verb:
        // "protested after Chinese ships fired water cannon at a supply boat", "..., police
        // said, as protesters clashed with officers".
        tag = PosTag::kVBD;
      } else if (ClosesIncludingList(before) && !HasOtherFiniteVerb(i)) {
        // So after a subject's list: "Several allies, including Japan, voiced concern".
        tag = PosTag::kVBD;
      } else if (before + 1 < i && IsNoun(subject) && LowerAt(i + 1) != "by" &&
                 EndsReportedSubject(before)) {
        // An adverb between a reported clause's subject and a past form marks the finite
        // verb: "insists the jet never left", "said the troops later withdrew" (a reduced
        // relative takes none: "said the man arrested Sunday was freed").
        tag = PosTag::kVBD;
      }
    } else if (tag == PosTag::kJJ && HasCandidate(i, PosTag::kVBN) && before < i &&
               IsHaveForm(LowerAt(before)) && i + 1 < tokens_.size() &&
               (StartsObject(i + 1, true) || token(i + 1).has(kCapitalized))) {
      // A participle after "have" that takes an object is the perfect: "has celebrated the
      // holiday", "has celebrated Passover"; before a common noun it may stay an adjective
      // ("has limited resources").
      tag = PosTag::kVBN;
    } else if ((tag == PosTag::kJJ || tag == PosTag::kVBN) && HasCandidate(i, PosTag::kVBD) &&
               ClosesPastPredicate(i) && StartsCoordinatedObject(i + 1)) {
      // After a past-tense predicate and "and", a past form with an object is the second
      // verb of the same subject: "condemned the attack on Monday and promised aid to".
      tag = PosTag::kVBD;
    } else if (tag == PosTag::kVBN && IsDeterminerLike(previous) && IsCommonNoun(next) &&
               HasCandidate(i, PosTag::kJJ)) {
      tag = PosTag::kJJ;  // prenominal participle: "the affected villages"
    } else if (tag == PosTag::kVBG && LowerAt(i) == "visiting" &&
               (i == 0 || IsVerb(previous) || previous == PosTag::kIN ||
                previous == PosTag::kComma || previous == PosTag::kCC) &&
               OpensVisitorsTitle(i + 1)) {
      // "met visiting Cambodian Prime Minister Hun Manet", "Visiting U.S. Secretary of State
      // Antony Blinken urged ...": before a title the word says who is a guest, as in "the
      // visiting king"; it visits nothing ("visiting Moscow", "visiting U.S. troops").
      tag = PosTag::kJJ;
    } else if (tag == PosTag::kJJ && previous == PosTag::kPOS && HasCandidate(i, PosTag::kNN) &&
               (next == PosTag::kTO || next == PosTag::kMD || IsFiniteVerb(next) ||
                next == PosTag::kComma || next == PosTag::kPeriod || next == PosTag::kIN)) {
      // An adjective that is also a noun, alone after a possessive, heads the phrase: "urged
      // Myanmar's military to end the violence", "Russia's military said".
      tag = PosTag::kNN;
    } else if (tag == PosTag::kVBG && (previous == PosTag::kIN || IsDeterminerLike(previous)) &&
               (IsNoun(next) || IsProperNoun(next)) && HasCandidate(i, PosTag::kJJ) &&
               !IsMeansGerund(i)) {
      tag = PosTag::kJJ;  // prenominal -ing adjective: "in neighbouring Cameroon"
    } else if (tag == PosTag::kNN && HasCandidate(i, PosTag::kVBD) && previous == PosTag::kNNS &&
               token(i).lower.ends_with("ed") && StartsCountedObject(i + 1)) {
      // A past form between a plural subject and its counted object is the verb: "Boko Haram
      // fighters abducted dozens of schoolgirls", "police said gunmen abducted ten students".
      tag = PosTag::kVBD;
    } else if (tag == PosTag::kNN && HasCandidate(i, PosTag::kVBD) && FollowsOpeningName(i) &&
               !HasOtherFiniteVerb(i)) {
      // A past form without -ed right after the name that opens the sentence is its verb when
      // no other is finite: "Washington cut aid to Kyiv" (a bigram reads "cut aid" as one
      // compound noun).
      tag = PosTag::kVBD;
    } else if (tag == PosTag::kNN && HasCandidate(i, PosTag::kVBG) && previous == PosTag::kComma &&
               i > 1 && (IsNoun(TagAt(i - 2)) || IsProperNoun(TagAt(i - 2))) &&
               next == PosTag::kIN) {
      // Between a noun's comma and a preposition, an -ing form opens a participial clause:
      // "the Security Council, meeting in emergency session, condemned ...".
      tag = PosTag::kVBG;
    } else if (tag == PosTag::kNN && HasCandidate(i, PosTag::kVBG) && previous == PosTag::kComma &&
               i > 1 && (IsNoun(TagAt(i - 2)) || IsProperNoun(TagAt(i - 2))) &&
               (next == PosTag::kDT || next == PosTag::kPRPS || HasCandidate(i + 1, PosTag::kCD))) {
      // So does one before its object: "attacked a camp, kidnapping ten workers and ...".
      tag = PosTag::kVBG;
    } else if (tag == PosTag::kNN && HasCandidate(i, PosTag::kVBG) &&
               (i == 0 || previous == PosTag::kIN) && token(i).lower.ends_with("ing") &&
               i + 1 < tokens_.size() && token(i + 1).has(kCapitalized) &&
               HasCandidate(i + 1, PosTag::kNNP)) {
      // An -ing form that opens a clause or follows a preposition, before a name, takes the
      // name for its object: "after meeting Putin", "Meeting Macron in Berlin, ..." (names
      // WordNet knows as nouns, "putin" and "macron", read as one compound otherwise).
      tag = PosTag::kVBG;
      if (next == PosTag::kNN || next == PosTag::kNNS) scratch_.tags[i + 1] = PosTag::kNNP;
    } else if (tag == PosTag::kVBG && i == 0 && next == PosTag::kIN &&
               !IsPrepositionLikeParticiple(token(i).lower) &&
               (HasFiniteVerbBeforeComma(i) || LowerAt(i + 1) == "between")) {
      // A sentence's opening -ing form whose phrase runs into the finite verb with no comma
      // is its subject, a gerund: "Fighting between the two armies erupted on Friday" (but
      // "Fighting in the rain, the troops held the ford"); so is one before "between", whose
      // verb may not be read as finite yet ("Fighting between troops and rebels intensified").
      tag = PosTag::kNN;
    } else if (tag == PosTag::kVBG &&
               (next == PosTag::kVBD || next == PosTag::kVBN || next == PosTag::kJJ) &&
               HasCandidate(i + 1, PosTag::kVBD) && OnlyModifiersBefore(i) &&
               LowerAt(i) != "having" && LowerAt(i) != "being") {
      // An -ing form that opens the sentence, or the noun phrase that does, right before a
      // past form is its subject, a gerund, and the past form its verb: "Fighting erupted",
      // "Heavy shelling continued overnight".
      tag = PosTag::kNN;
      scratch_.tags[i + 1] = PosTag::kVBD;
    } else if (tag == PosTag::kVBG && HasCandidate(i, PosTag::kNN) && FollowsVerbsParticle(i) &&
               EndsParticleObject(i)) {
      // After a verb's particle an -ing form before a preposition or the end is its object, a
      // noun: "cut off funding to the agency", "held back funding for", "stepped up shelling".
      tag = PosTag::kNN;
    } else if (tag == PosTag::kJJ && HasCandidate(i, PosTag::kVBD) && OpensWithNounAndPast(i) &&
               !HasOtherFiniteVerb(i)) {
      // A sentence with no finite verb whose opening phrase ends in two adjectives, the first
      // also a noun and the second a past form with its object: the noun is the subject and
      // the past form its verb ("The Israeli military shared intelligence with Egypt").
      scratch_.tags[i - 1] = PosTag::kNN;
      tag = PosTag::kVBD;
    } else if (tag == PosTag::kVBG && i > 0 && TagAt(i - 1) == PosTag::kDT &&
               (next == PosTag::kIN || next == PosTag::kPeriod || next == PosTag::kComma)) {
      tag = PosTag::kNN;  // a determiner's gerund is a noun: "condemned the shelling of Kharkiv"
    } else if (IsVerb(tag) && i > 0 && LowerAt(i - 1) == "very" &&
               (HasCandidate(i, PosTag::kJJ) || HasCandidate(i, PosTag::kRB))) {
      // "very" modifies adjectives and adverbs, never a verb: "marched very close to".
      tag = HasCandidate(i, PosTag::kJJ) ? PosTag::kJJ : PosTag::kRB;
    } else if (tag == PosTag::kVB && HasCandidate(i, PosTag::kVBP) && before < i &&
               (IsProperNoun(subject) || subject == PosTag::kNNS) && !HasEarlierVerb(i)) {
      // A base form after a plural or coordinated subject, with no verb before it to govern
      // it ("let the people decide"), is the finite present: "Arnor and Gondor welcome".
      tag = PosTag::kVBP;
    } else if (tag == PosTag::kVBP && HasCandidate(i, PosTag::kNN) && EndsSingularNounPhrase(i)) {
      // A singular subject would want the -s form: after "a" and its nouns a word of both
      // kinds is the head noun: "in a phone call late on Monday", "with a try deep into".
      tag = PosTag::kNN;
    } else if ((tag == PosTag::kNN || tag == PosTag::kJJ) && EndsMandativeSubject(i) &&
               HasCandidate(i, PosTag::kVB)) {
      // The subjunctive of a demand: "demanded that President Yoon step down", "insisted that
      // the government release the detainees" (a bigram reads "step", "release" as nouns),
      // with its particle ("step down").
      tag = PosTag::kVB;
      if (next == PosTag::kRB && HasCandidate(i + 1, PosTag::kRP))
        scratch_.tags[i + 1] = PosTag::kRP;
    }
  }

  // Whether token i is an all-capital abbreviation read as a pronoun ("US") in a sentence
  // whose next word is not in capitals too: a country's name, as in "US forces", "UK
  // officials" (an all-capital headline keeps "LET US").
  bool IsCountryAbbreviation(size_t i) const {
    const Token& t = token(i);
    return TagAt(i) == PosTag::kPRP && t.has(kAllCaps) && t.text.size() > 1 &&
           HasCandidate(i, PosTag::kNNP) && i + 1 < tokens_.size() && !token(i + 1).has(kAllCaps);
  }

  // Whether the name at i follows a verb that takes no clause and comes before a present
  // form that can be a noun, the head of that verb's object: "pledged US support", "ignored
  // US calls to avoid escalation" (but "said US forces ...").
  bool ModifiesVerbsObject(size_t i) const {
    const PosTag next = TagAt(i + 1);
    if (i == 0 || (next != PosTag::kVBP && next != PosTag::kVBZ)) return false;
    if (!HasCandidate(i + 1, next == PosTag::kVBZ ? PosTag::kNNS : PosTag::kNN)) return false;
    const PosTag verb = TagAt(i - 1);
    return IsVerb(verb) && !TakesClauseComplement(LemmaAt(i - 1, verb));
  }

  // Whether token i follows a verb's particle: one tagged so, or an adverb that can be one
  // right after a verb ("held back").
  bool FollowsVerbsParticle(size_t i) const {
    if (i < 2) return false;
    const PosTag particle = TagAt(i - 1);
    if (particle == PosTag::kRP) return true;
    return particle == PosTag::kRB && HasCandidate(i - 1, PosTag::kRP) && IsVerb(TagAt(i - 2));
  }

  // Whether the word at i ends a noun phrase: a preposition (but "to" and a verb, "gave up
  // trying to reach"), a conjunction or punctuation follows.
  bool EndsParticleObject(size_t i) const {
    const PosTag next = TagAt(i + 1);
    if (next == PosTag::kTO) return TagAt(i + 2) != PosTag::kVB;
    return next == PosTag::kIN || next == PosTag::kCC || next == PosTag::kPeriod ||
           next == PosTag::kComma;
  }

  // Whether the past form at i follows an adjective that can be a noun, which only a
  // determiner and adjectives precede from the sentence's start, and opens its object:
  // "The military shared intelligence", "The Israeli military used force".
  bool OpensWithNounAndPast(size_t i) const {
    if (i < 2 || TagAt(i - 1) != PosTag::kJJ || !HasCandidate(i - 1, PosTag::kNN)) return false;
    if (!OnlyModifiersBefore(i - 1)) return false;
    const PosTag next = TagAt(i + 1);
    return StartsObject(i + 1, false) || IsCommonNoun(next);
  }

  // Whether token i follows a singular determiner ("a", "an", "another", "each", "every"),
  // with at most a few adjectives and singular nouns between: "a phone call", "a try".
  bool EndsSingularNounPhrase(size_t i) const {
    static constexpr std::array<std::string_view, 5> kSingular = {"a", "an", "another", "each",
                                                                  "every"};
    constexpr size_t kMaxModifiers = 3;
    size_t j = i;
    while (j > 0 && i - j < kMaxModifiers &&
           (TagAt(j - 1) == PosTag::kNN || TagAt(j - 1) == PosTag::kJJ)) {
      --j;
    }
    return j > 0 && In(kSingular, LowerAt(j - 1));
  }

  // Whether token i ends a short noun phrase right after a verb that takes a clause, or its
  // "that": the subject of what is said ("says [the Turkish jet] ...").
  bool EndsReportedSubject(size_t i) const {
    const size_t start = ShortNounPhraseStart(i);
    if (start == 0 || start == i + 1) return false;
    size_t verb = start - 1;
    if (LowerAt(verb) == "that" && verb > 0) --verb;
    const PosTag t = TagAt(verb);
    return (t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP) &&
           TakesClauseComplement(LemmaAt(verb, t));
  }

  // Whether token i ends a short noun phrase right after a conjunction that opens a clause of
  // time or cause ("after [Chinese coast guard ships] ...", "because [the troops] ..."), or
  // after an "as" that opens a sentence or follows a comma (", as [protesters] clashed"); the
  // phrase may run on through "of" phrases ("as [supporters of the party] clashed").
  bool EndsSubordinateSubject(size_t i) const {
    static constexpr std::array<std::string_view, 6> kOpeners = {"after", "before",  "when",
                                                                 "while", "because", "until"};
    size_t start = ShortNounPhraseStart(i);
    if (start == 0 || start == i + 1) return false;
    // Over the subject's "of" phrases: "after [members of the ruling party] walked out".
    while (start >= 2 && LowerAt(start - 1) == "of") {
      const size_t owner = ShortNounPhraseStart(start - 2);
      if (owner == start - 1 || owner == 0) break;
      start = owner;
    }
    const std::string_view opener = LowerAt(start - 1);
    if (opener == "as") return start == 1 || TagAt(start - 2) == PosTag::kComma;
    return In(kOpeners, opener);
  }

  // Whether no finite verb follows token i before the next comma or the sentence's end: a
  // subordinate clause's verb there has nothing after it that could be the clause's instead
  // ("after troops stationed in the region were attacked").
  bool LastVerbOfItsClause(size_t i) const {
    for (size_t j = i + 1; j < tokens_.size(); ++j) {
      const PosTag t = TagAt(j);
      if (t == PosTag::kComma || t == PosTag::kPeriod) return true;
      if (IsFiniteVerb(t)) return false;
    }
    return true;
  }

  // Where the short noun phrase (at most six nouns, determiners, adjectives and numbers)
  // ending at token i begins; i + 1 when token i ends none.
  size_t ShortNounPhraseStart(size_t i) const {
    constexpr size_t kMaxSubject = 6;
    size_t start = i + 1;
    while (start > 0 && i + 1 - start < kMaxSubject) {
      const PosTag t = TagAt(start - 1);
      if (!IsNoun(t) && !IsDeterminerLike(t) && t != PosTag::kJJ && t != PosTag::kCD) break;
      --start;
    }
    return start;
  }

  // Whether token i, before an object, particle, adverb, preposition or the sentence's end,
  // follows the subject of a that-clause of a verb that asks for it (AsksForItsThatClause):
  // "demanded that [the government] release the detainees". The subject is a short noun
  // phrase or a pronoun, so the word after it can only be the clause's verb.
  bool EndsMandativeSubject(size_t i) const {
    const PosTag next = TagAt(i + 1);
    // A bare object ("halt uranium enrichment", "free political prisoners", "release
    // Navalny") when the subject ends in a noun or a pronoun, so that the word is no noun
    // of a compound that goes on ("that the aid convoys be allowed").
    const bool bare_object = (IsNoun(next) || next == PosTag::kJJ) && i > 0 &&
                             (IsNoun(TagAt(i - 1)) || TagAt(i - 1) == PosTag::kPRP);
    if (next != PosTag::kDT && next != PosTag::kPRPS && next != PosTag::kCD &&
        next != PosTag::kRP && next != PosTag::kRB && next != PosTag::kIN && next != PosTag::kTO &&
        next != PosTag::kPeriod && !bare_object) {
      return false;
    }
    constexpr size_t kMaxSubject = 6;
    size_t start = i;
    while (start > 0 && i - start < kMaxSubject) {
      const PosTag t = TagAt(start - 1);
      if (!IsNoun(t) && !IsDeterminerLike(t) && t != PosTag::kJJ && t != PosTag::kCD &&
          t != PosTag::kPRP) {
        break;
      }
      --start;
    }
    if (start == i || start == 0 || LowerAt(start - 1) != "that") return false;
    const size_t verb = PreviousNonAdverb(start - 1);
    if (verb >= tokens_.size() || !IsVerb(TagAt(verb))) return false;
    return AsksForItsThatClause(LemmaAt(verb, TagAt(verb)));
  }

  // Whether token i, tagged as a present verb in -s, is rather the plural noun that ends the
  // noun phrase opening a clause, with a past form after it that can be finite: "Security
  // forces fired tear gas", "On Monday, government forces attacked", "and crowds gathered".
  // The phrase opens the sentence or follows a comma, "and" or "but", and holds nouns and
  // adjectives, with at most a determiner or a number first. Only a word read mostly as a
  // plural noun: "the government hopes displaced families return" keeps its verb.
  bool EndsOpeningCompound(size_t i) const {
    if (TagAt(i) != PosTag::kVBZ || i + 1 >= tokens_.size() ||
        CandidateWeight(i, PosTag::kNNS) < CandidateWeight(i, PosTag::kVBZ)) {
      return false;
    }
    const PosTag next = TagAt(i + 1);
    if ((next != PosTag::kVBN && next != PosTag::kVBD) || !HasCandidate(i + 1, PosTag::kVBD)) {
      return false;
    }
    size_t start = i;
    while (start > 0 && (IsNoun(TagAt(start - 1)) || IsAdjective(TagAt(start - 1)) ||
                         TagAt(start - 1) == PosTag::kDT || TagAt(start - 1) == PosTag::kCD)) {
      --start;
    }
    if (start == 0) return true;
    const std::string_view boundary = LowerAt(start - 1);
    return boundary == "," || boundary == "and" || boundary == "but";
  }

  // Whether token i follows "and"/"but" that ends a phrase (a noun, adverb, particle or
  // verb, not an adjective: "new and used cars") of a clause whose finite verb is past.
  bool ClosesPastPredicate(size_t i) const {
    if (i < 2 || TagAt(i - 1) != PosTag::kCC) return false;
    const std::string_view conjunction = LowerAt(i - 1);
    if (conjunction != "and" && conjunction != "but") return false;
    const PosTag end = TagAt(i - 2);
    if (!IsNoun(end) && !IsAdverb(end) && end != PosTag::kRP && end != PosTag::kVBD) return false;
    for (size_t j = i - 1; j-- > 0;) {
      if (IsFiniteVerb(scratch_.tags[j])) return scratch_.tags[j] == PosTag::kVBD;
    }
    return false;
  }

  // Whether token i opens the object of a coordinated verb, not the head of a noun phrase
  // that a participle modifies: "and promised aid to", not "and wounded soldiers fled".
  bool StartsCoordinatedObject(size_t i) const {
    if (StartsObject(i, true)) return true;
    const PosTag after = TagAt(i + 1);
    return IsCommonNoun(TagAt(i)) && !IsFiniteVerb(after);
  }

  // Whether every token before i is a determiner or an adjective: i heads the sentence's
  // opening noun phrase ("Heavy fighting", "The shelling").
  bool OnlyModifiersBefore(size_t i) const {
    for (size_t j = 0; j < i; ++j) {
      const PosTag t = scratch_.tags[j];
      if (t != PosTag::kDT && t != PosTag::kJJ) return false;
    }
    return true;
  }

  bool HasFiniteVerbBeforeComma(size_t i) const {
    for (size_t j = i + 1; j < tokens_.size(); ++j) {
      const PosTag t = scratch_.tags[j];
      if (t == PosTag::kComma || t == PosTag::kColon) return false;
      if (IsFiniteVerb(t)) return true;
    }
    return false;
  }

  // Whether the words from i open a title of office, at most three names or adjectives
  // ("Cambodian", "U.S.", "Prime") before the office's word: "Cambodian Prime Minister",
  // "U.S. Secretary of State", "Chinese delegation".
  bool OpensVisitorsTitle(size_t i) const {
    static constexpr auto kOffices = std::to_array<std::string_view>(
        {"president",  "minister",    "premier",    "king",      "queen",       "emir",
         "prince",     "princess",    "chancellor", "secretary", "leader",      "leaders",
         "delegation", "delegations", "envoy",      "envoys",    "counterpart", "dignitaries",
         "sultan",     "speaker",     "pope",       "monarch",   "official",    "officials",
         "ministers",  "presidents",  "governor",   "head"});
    for (size_t j = i; j < tokens_.size() && j < i + 4; ++j) {
      if (In(kOffices, LowerAt(j))) return true;
      const PosTag t = TagAt(j);
      if (!IsProperNoun(t) && t != PosTag::kJJ) return false;
    }
    return false;
  }

  // -ing forms read as prepositions: "Following the talks the two sides ...".
  static bool IsPrepositionLikeParticiple(std::string_view lower) {
    static constexpr std::array<std::string_view, 6> kWords = {
        "following", "according", "including", "during", "regarding", "concerning"};
    return In(kWords, lower);
  }

  bool HasEarlierVerb(size_t i) const {
    for (size_t j = 0; j < i; ++j) {
      if (IsVerb(scratch_.tags[j]) || scratch_.tags[j] == PosTag::kMD ||
          scratch_.tags[j] == PosTag::kTO) {
        return true;
      }
    }
    return false;
  }

  void FixFunctionWord(size_t i) {
    PosTag& tag = scratch_.tags[i];
    const std::string_view lower = token(i).lower;
    const PosTag previous = i > 0 ? TagAt(i - 1) : PosTag::kNone;
    const PosTag next = TagAt(i + 1);
    if (tag == PosTag::kVBZ && IsFiniteVerb(next) && HasCandidate(i, PosTag::kNNS)) {
      tag = PosTag::kNNS;  // two finite verbs cannot follow each other: "crowds trashed"
    } else if (tag == PosTag::kVBZ && HasCandidate(i, PosTag::kNNS) && previous == PosTag::kNN &&
               next == PosTag::kVBG && LowerAt(i + 1) != "according" &&
               (TagAt(i + 2) == PosTag::kIN || TagAt(i + 2) == PosTag::kTO) &&
               EndsVerbsObject(i - 1)) {
      // Inside a verb's object, before a participle that a preposition follows, the word is
      // the object's head: "tapped all communication links leading into Mordor" (but "say
      // the plan works according to ...").
      tag = PosTag::kNNS;
    } else if (tag == PosTag::kNNP && IsNoun(next) &&
               !(IsProperNoun(previous) && IsProperNoun(next)) &&
               CandidateWeight(i, PosTag::kJJ) >= CandidateWeight(i, PosTag::kNNP)) {
      // A mostly adjectival capitalised word before a noun: "Chinese President"; between two
      // proper nouns it is inside the name: "the Central African Republic".
      tag = PosTag::kJJ;
    } else if (IsAdjective(tag) && LowerAt(i + 1) == "of" &&
               (lower == "several" || lower == "many" || lower == "few")) {
      // A quantifier that heads its "of" phrase, as "some" does: "Several of the soldiers".
      tag = PosTag::kDT;
    } else if (tag == PosTag::kJJ && i > 0 && LowerAt(i - 1) == "the" && next == PosTag::kIN &&
               token(i).has(kCapitalized) && HasCandidate(i, PosTag::kNNP)) {
      // A capitalised adjective that "the" heads, before a preposition, is a name: "accused
      // the West of double standards".
      tag = PosTag::kNNP;
    } else if ((lower == "other" && i > 0 && LowerAt(i - 1) == "each") ||
               (lower == "another" && i > 0 && LowerAt(i - 1) == "one")) {
      // The reciprocal pronoun heads its own noun phrase: "accused each other of ...".
      tag = PosTag::kNN;
      if (lower == "another") scratch_.tags[i - 1] = PosTag::kDT;
    } else if (lower == "about" && LowerAt(i + 1) == "to") {
      tag = PosTag::kIN;  // "about to" + verb
    } else if (lower == "that" && IsNoun(previous) &&
               (IsFiniteVerb(next) || (IsAdverb(next) && IsFiniteVerb(TagAt(i + 2))))) {
      tag = PosTag::kWDT;  // "the deal that was signed"
    } else if (lower == "'s" && (tag == PosTag::kPOS || tag == PosTag::kVBZ)) {
      const std::string_view p = i > 0 ? token(i - 1).lower : std::string_view();
      // After a noun, a participle that modifies the noun after it is the possessor's: "the
      // group's acting prime minister", "the government's proposed budget" (wire copy
      // contracts "is" only after pronouns, or before "been", "expected to").
      const PosTag after_participle = TagAt(i + 2);
      const bool participle_of_is = (next == PosTag::kVBN || next == PosTag::kVBG) &&
                                    !IsNoun(after_participle) && !IsAdjective(after_participle);
      const bool contraction = previous == PosTag::kPRP || previous == PosTag::kEX ||
                               previous == PosTag::kWP || previous == PosTag::kWDT ||
                               previous == PosTag::kWRB || p == "that" || p == "there" ||
                               p == "here" || participle_of_is || LowerAt(i + 1) == "not";
      tag = contraction && previous != PosTag::kNone ? PosTag::kVBZ : PosTag::kPOS;
    }
  }

  // Whether token i is inside the object of an earlier finite verb that takes no clausal
  // complement, with nothing but that object's words (its nouns, modifiers and
  // prepositional phrases) between: "welcomed assurances on cultural issues".
  bool InObjectOfFiniteVerb(size_t i) const {
    for (size_t j = i + 1; j-- > 0;) {
      const PosTag t = scratch_.tags[j];
      if (IsFiniteVerb(t) && t != PosTag::kMD) {
        return j < i && !TakesClauseComplement(LemmaAt(j, t));
      }
      const bool inside = IsNoun(t) || IsDeterminerLike(t) || t == PosTag::kJJ ||
                          t == PosTag::kCD || (t == PosTag::kIN && LowerAt(j) != "that");
      if (!inside) return false;
    }
    return false;
  }

  // Whether token i ends a noun phrase that directly follows a verb: "tapped all
  // communication", "tap the communication".
  bool EndsVerbsObject(size_t i) const {
    for (size_t j = i + 1; j-- > 0;) {
      const PosTag t = scratch_.tags[j];
      if (IsVerb(t)) return j < i && t != PosTag::kVBG;
      if (!IsNoun(t) && !IsDeterminerLike(t) && t != PosTag::kJJ && t != PosTag::kCD &&
          t != PosTag::kPDT) {
        return false;
      }
    }
    return false;
  }

  // A verb right after "and", "but" or "or" shares a subject with the verb before it, so it
  // is no other clause's: "protesters burned effigies and smashed goods" has "burned" finite.
  // Nor is a later verb of a clause that a relative or a conjunction opens: "Arnor launched
  // raids on the orcs that have seized the fords", "declared war a day after raiders burst
  // in" leave "launched" and "declared" the sentence's finite verb.
  bool HasOtherFiniteVerb(size_t i) const {
    for (size_t j = 0; j < tokens_.size(); ++j) {
      if (j == i || !IsFiniteVerb(scratch_.tags[j])) continue;
      const std::string_view before = j > 0 ? LowerAt(j - 1) : std::string_view();
      if (j > i && (before == "and" || before == "but" || before == "or")) continue;
      if (j > i && OpensDependentClause(i, j)) continue;
      // Nor is a later relative clause's verb after "that", whatever its tag: "X launched
      // strikes on a militia that has seized the city".
      if (j > i && before == "that" && j > 1 && IsNoun(TagAt(j - 2))) continue;
      return true;
    }
    return false;
  }

  // Whether the finite verb at j, after token i, is the verb of a relative or adverbial
  // clause: a relative pronoun or a subordinating conjunction, then at most its subject's
  // words, stand between i and j; or of a clause that such a clause's verb governs ("a day
  // after the rebels said they had taken the city").
  bool OpensDependentClause(size_t i, size_t j) const {
    static constexpr std::array<std::string_view, 9> kSubordinators = {
        "after", "before", "when", "while", "because", "until", "although", "though", "whereas"};
    for (size_t k = j; k-- > i + 1;) {
      const PosTag t = scratch_.tags[k];
      if (t == PosTag::kWDT || t == PosTag::kWP || t == PosTag::kWRB) return true;
      if (t == PosTag::kIN) return In(kSubordinators, LowerAt(k));
      if (IsFiniteVerb(t)) continue;  // the clause's own verb: "after the rebels said they had"
      if (t == PosTag::kComma) return EndsReportingTail(j);
      if (t == PosTag::kCC && k > i + 1 && TagAt(k - 1) == PosTag::kComma) {
        return true;  // a clause of its own: "gunships attacked positions, and tanks were seen"
      }
      if (!IsNoun(t) && !IsDeterminerLike(t) && !IsAdjective(t) && !IsAdverb(t) &&
          t != PosTag::kCD && t != PosTag::kPRP) {
        return false;
      }
    }
    return false;
  }

  // Whether the verb at j, after a comma and its subject, is a reporting verb that only its
  // adverbs and the full stop follow: "..., witnesses said.", "..., officials said on Monday.".
  bool EndsReportingTail(size_t j) const {
    if (!IsReportingVerb(LemmaAt(j, scratch_.tags[j]))) return false;
    for (size_t k = j + 1; k < tokens_.size(); ++k) {
      const PosTag t = scratch_.tags[k];
      if (t == PosTag::kPeriod) return true;
      if (!IsAdverb(t) && !IsNoun(t) && t != PosTag::kIN && t != PosTag::kDT) return false;
    }
    return true;
  }

  // Whether token i is the comma that closes a list a noun's "including" opens ("allies,
  // including Japan and Australia,"), with only the list's names, nouns and their words between.
  bool ClosesIncludingList(size_t i) const {
    if (i >= tokens_.size() || TagAt(i) != PosTag::kComma) return false;
    for (size_t k = i; k-- > 2;) {
      if (LowerAt(k) == "including") {
        return TagAt(k - 1) == PosTag::kComma && IsNoun(TagAt(k - 2));
      }
      const PosTag t = TagAt(k);
      if (!IsNoun(t) && !IsAdjective(t) && t != PosTag::kDT && t != PosTag::kCC &&
          t != PosTag::kComma) {
        return false;
      }
    }
    return false;
  }

  // Whether token i can open a direct object or object clause. A proper noun counts only
  // after a proper-noun subject: after a common noun, "the man arrested Sunday" is more
  // often a reduced relative.
  bool StartsObject(size_t i, bool proper_subject) const {
    const PosTag t = TagAt(i);
    return t == PosTag::kDT || t == PosTag::kPRPS || t == PosTag::kCD ||
           (t == PosTag::kPRP && LowerAt(i) != "it") ||
           (t == PosTag::kIN && LowerAt(i) == "that") || (proper_subject && t == PosTag::kNNP);
  }

  // Whether token i opens an object that counts or determines its noun: "dozens of", "ten"
  // (which the tagger may read as a noun), "the", "their".
  bool StartsCountedObject(size_t i) const {
    if (i >= tokens_.size()) return false;
    static constexpr auto kCounts = std::to_array<std::string_view>(
        {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
         "hundreds", "thousands", "scores"});
    return StartsObject(i, false) || HasCandidate(i, PosTag::kCD) ||
           std::find(kCounts.begin(), kCounts.end(), LowerAt(i)) != kCounts.end();
  }

  // Whether the tokens before i are a proper name opening the sentence, "the" allowed first:
  // "Washington", "The United States".
  bool FollowsOpeningName(size_t i) const {
    if (i == 0) return false;
    for (size_t j = 0; j < i; ++j) {
      if (IsProperNoun(TagAt(j)) || (j == 0 && LowerAt(0) == "the" && i > 1)) continue;
      return false;
    }
    return true;
  }

  static bool IsDeterminerLike(PosTag t) {
    return t == PosTag::kDT || t == PosTag::kPRPS || t == PosTag::kPOS;
  }
  static bool IsCommonNoun(PosTag t) { return t == PosTag::kNN || t == PosTag::kNNS; }

  const Lexicon& lexicon_;
  std::span<Token> tokens_;
  Scratch& scratch_;
};

}  // namespace

Tagger::Tagger(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

void Tagger::Tag(Document* doc) const {
  for (const Sentence& sentence : doc->sentences) TagSentence(doc->SentenceTokens(sentence));
}

void Tagger::TagSentence(std::span<Token> tokens) const { SentenceTagger(*lexicon_, tokens).Run(); }

}  // namespace tacitus

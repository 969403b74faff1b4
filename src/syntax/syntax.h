// The result of shallow parsing: chunks, noun phrases, prepositional attachments and
// clauses, for every sentence of a Document.
//
// Everything is a pool of plain structs in one Syntax object, linked by indices, so a
// Syntax reused from story to story stops allocating once its vectors have grown:
//
//   ClauseParser parser;                    // const, shareable between threads
//   Syntax syntax;                          // one per thread, reused
//   parser.Parse(doc, &syntax);
//   for (const Clause& c : syntax.clauses) {
//     int32_t who = c.LogicalSubject();     // NounPhrase index or -1
//     std::string_view did = c.verb.lemma;  // "meet"
//     int32_t whom = c.LogicalObject();
//     for (const Attachment& a : syntax.AttachmentsOf(c)) ... // "in Beijing"
//   }
//
// Indices: NounPhrase, Clause and Attachment fields hold indices into the pools of the same
// Syntax (-1 = none); TokenRange and token fields hold indices into Document::tokens. A
// Syntax is only meaningful together with the Document it was parsed from.
#ifndef TACITUS_SYNTAX_SYNTAX_H_
#define TACITUS_SYNTAX_SYNTAX_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

namespace tacitus {

// Half-open range [begin, end) of indices (tokens, or entries of a pool).
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const TokenRange&, const TokenRange&) = default;
};

enum class ChunkKind : uint8_t {
  kNoun,          // "Russian President Vladimir Putin", "China's partnership", "it"
  kVerb,          // a verb group: "did not meet", "have criticized", "to engage", "pull out"
  kPrep,          // "in", "according to", "because of", "including"
  kAdjective,     // "increasingly significant" when no noun follows
  kAdverb,        // "currently", "also"
  kConjunction,   // "and", "or", "but"
  kSubordinator,  // "that" (complementizer), "because", "while", "as" + clause
  kRelative,      // "which", "who", "that"/WDT, "where"
  kPunctuation,   // one token: "," "." "(" "''" ...
  kOther,
};
std::string_view ChunkKindName(ChunkKind kind);

struct Chunk {
  ChunkKind kind = ChunkKind::kOther;
  TokenRange tokens;
  uint32_t head = 0;    // token: last noun of a noun chunk, main verb of a verb group
  int32_t phrase = -1;  // kNoun: the NounPhrase the whole chunk forms
};

struct NounPhrase {
  TokenRange tokens;              // includes the possessor: "China 's partnership"
  uint32_t head = 0;              // token: "partnership"
  int32_t possessor = -1;         // NounPhrase "China" in "China's partnership", "their" in
                                  // "their partnership"
  int32_t next_conjunct = -1;     // "Putin and Xi": Putin.next_conjunct = Xi
  int32_t apposition = -1;        // "Xi Jinping, China's president," / "the ICC (ICC)"
  uint32_t first_attachment = 0;  // this phrase's PPs: "partnership with Russia"
  uint32_t attachment_count = 0;
};

// A prepositional phrase: the preposition's tokens ("according to" is two) and its object.
struct Attachment {
  TokenRange preposition;
  int32_t object = -1;  // NounPhrase (the first conjunct if coordinated)
};

enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };
std::string_view TenseName(Tense tense);

struct VerbGroup {
  TokenRange tokens;       // auxiliaries, inner adverbs, main verb, particle
  uint32_t head = 0;       // token of the main verb
  std::string_view lemma;  // the main verb's lemma ("meet"); a view into the Document
  // kPast/kPresent from the first finite verb, kFuture for will/shall; kNone for
  // non-finite groups ("to engage", "underscoring") and for other modals ("could meet"),
  // which carry modality rather than tense.
  Tense tense = Tense::kNone;
  bool finite = false;       // has a tensed verb or modal
  bool perfect = false;      // have + past participle
  bool progressive = false;  // be + -ing
  bool passive = false;      // be/get + past participle; a bare past participle clause
  bool negated = false;      // not, n't, never
  int32_t modal = -1;        // token of a modal other than will/shall: "could", "must"
  int32_t particle = -1;     // token of a particle (RP): "pull out", "step up"
  // A bare base form with a subject of its own after "that": "demanded that Russia
  // withdraw" asks for the withdrawal; it does not report one.
  bool subjunctive = false;
};

enum class ClauseKind : uint8_t {
  kMain,         // a top-level clause
  kCoordinated,  // "... and signed Z": shares the parent's subject unless it has its own
  kSubordinate,  // "because ...", "while ...", "that ..." after a non-reporting verb
  kRelative,     // "which was issued by ...", and reduced ones: "a project championed by Xi"
  kReported,     // the content of reported speech; `speaker` says who
  kInfinitive,   // "to engage in discussions"
  kParticipial,  // ", underscoring the strength ...", "in meeting China's demand"
};
std::string_view ClauseKindName(ClauseKind kind);

struct Clause {
  uint32_t sentence = 0;  // index into Document::sentences
  ClauseKind kind = ClauseKind::kMain;
  VerbGroup verb;
  // Grammatical roles. `subject` is the surface subject: for a passive clause it is the
  // patient and `agent` the by-phrase. Understood subjects are filled in: coordinated,
  // participial and infinitive clauses take their parent's (or, after "urge/ask/... X to",
  // the parent's object), relative clauses their antecedent.
  int32_t subject = -1;
  int32_t object = -1;            // direct object
  int32_t indirect_object = -1;   // "gave Ukraine a loan": Ukraine
  int32_t agent = -1;             // passive "by the ICC"
  int32_t antecedent = -1;        // relative clauses: the NounPhrase they modify
  int32_t parent = -1;            // Clause this one depends on or is coordinated with
  int32_t speaker = -1;           // kReported: who said it ("X said", "according to X")
  int32_t marker = -1;            // token introducing it: "that", "because", "which", "and"
  uint32_t first_attachment = 0;  // PPs attached to the verb: "in Beijing"
  uint32_t attachment_count = 0;
  uint32_t first_adverbial = 0;  // temporal adverbials: "yesterday", "on Tuesday",
  uint32_t adverbial_count = 0;  // "earlier this year" (token ranges in Syntax::adverbials)

  // Who did it and to whom, whatever the voice.
  int32_t LogicalSubject() const { return verb.passive ? agent : subject; }
  int32_t LogicalObject() const { return verb.passive ? subject : object; }
};

// Where one sentence's entries sit in the pools.
struct SentenceSyntax {
  TokenRange chunks;
  TokenRange phrases;
  TokenRange clauses;
};

// The parser's working memory, kept with the result so that it is reused too.
struct SyntaxScratch {
  struct PendingItem {
    int32_t clause = -1;  // owner clause, kAwaiting = the next clause, -1 = none
    int32_t phrase = -1;  // owner phrase (attachments only)
    uint32_t order = 0;
    bool adverbial = false;
    TokenRange range;  // preposition, or the adverbial's tokens
    int32_t object = -1;
  };
  static constexpr int32_t kAwaiting = -2;
  std::vector<PendingItem> items;
  std::vector<uint32_t> awaiting;       // items waiting for the next main clause
  std::vector<uint32_t> orphans;        // clauses waiting for the next main clause
  std::vector<int32_t> saved_subjects;  // subjects set aside while a relative clause runs
  void Clear() {
    items.clear();
    awaiting.clear();
    orphans.clear();
    saved_subjects.clear();
  }
};

// The most links a walk along `next_conjunct` or `parent` follows. The parser only links a
// phrase to a later one and makes no parent cycle, but a Syntax is a plain struct that anyone
// may fill: the bound keeps a walk finite on a malformed one, at a length no coordination or
// nesting of clauses in a real sentence comes near.
inline constexpr int kMaxChain = 64;

// A walk along one kind of link between the entries of a Syntax pool, as a range of indices
// into the pool: `first`, then each `Entry::*kLink` in turn, until a link is -1 or kMaxChain
// indices have been given. Empty when `first` is -1. Views the pool, which must outlive it
// and stay unchanged while it is walked.
//
//   for (int32_t p : syntax.Conjuncts(subject)) ...  // "Putin and Xi": Putin, then Xi
template <typename Entry, int32_t Entry::*kLink>
class IndexChain {
 public:
  class Iterator {
   public:
    using value_type = int32_t;
    using difference_type = std::ptrdiff_t;

    Iterator() = default;
    int32_t operator*() const { return at_; }
    Iterator& operator++() {
      at_ = ++steps_ < kMaxChain ? (*pool_)[at_].*kLink : -1;
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const Iterator& it, std::default_sentinel_t) { return it.at_ < 0; }

   private:
    friend class IndexChain;
    Iterator(const std::vector<Entry>* pool, int32_t at) : pool_(pool), at_(at) {}

    const std::vector<Entry>* pool_ = nullptr;
    int32_t at_ = -1;
    int steps_ = 0;  // links followed so far
  };

  IndexChain(const std::vector<Entry>& pool, int32_t first) : pool_(&pool), first_(first) {}
  Iterator begin() const { return Iterator(pool_, first_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  const std::vector<Entry>* pool_;
  int32_t first_;
};

using ConjunctChain = IndexChain<NounPhrase, &NounPhrase::next_conjunct>;
using AncestorChain = IndexChain<Clause, &Clause::parent>;

struct Syntax {
  std::vector<SentenceSyntax> sentences;  // parallel to Document::sentences
  std::vector<Chunk> chunks;
  std::vector<NounPhrase> phrases;
  std::vector<Attachment> attachments;
  std::vector<TokenRange> adverbials;
  std::vector<Clause> clauses;
  SyntaxScratch scratch;

  void Clear();

  std::span<const Attachment> AttachmentsOf(const NounPhrase& p) const {
    return {attachments.data() + p.first_attachment, p.attachment_count};
  }
  std::span<const Attachment> AttachmentsOf(const Clause& c) const {
    return {attachments.data() + c.first_attachment, c.attachment_count};
  }
  std::span<const TokenRange> AdverbialsOf(const Clause& c) const {
    return {adverbials.data() + c.first_adverbial, c.adverbial_count};
  }
  std::span<const NounPhrase> PhrasesOf(const SentenceSyntax& s) const {
    return {phrases.data() + s.phrases.begin, s.phrases.size()};
  }
  std::span<const Clause> ClausesOf(const SentenceSyntax& s) const {
    return {clauses.data() + s.clauses.begin, s.clauses.size()};
  }

  // `phrase` and the phrases coordinated after it ("Putin and Xi": Putin, Xi), at most
  // kMaxChain of them; none when `phrase` is -1.
  ConjunctChain Conjuncts(int32_t phrase) const { return {phrases, phrase}; }
  // The clause that `c` depends on, the clause that one depends on, and so on (not `c`
  // itself): at most kMaxChain of them.
  AncestorChain Ancestors(uint32_t c) const { return {clauses, clauses[c].parent}; }

  // Whether clause `c` depends on clause `ancestor`, directly or through other clauses.
  bool DependsOn(uint32_t c, uint32_t ancestor) const;
  // The reported clause that clause `c` is, or is a conjunct of ("said the policy had failed
  // and was dangerous": "was dangerous" is part of "had failed"'s report); -1 when none.
  int32_t ReportedClauseOf(uint32_t c) const;
  // One past the last token of clause `c`'s verb phrase: where the first later clause of its
  // sentence that is no part of it begins (its subject, else its verb). Clauses that depend
  // on `c` (but a clause coordinated with it: "... and Kostania sent aid"), and relative
  // clauses on a noun after its verb, are part of it.
  uint32_t VerbPhraseEnd(uint32_t c) const;
};

}  // namespace tacitus

#endif  // TACITUS_SYNTAX_SYNTAX_H_

// The dictionaries the event coder reads: actors (with date-bounded roles for people), agents,
// verb and noun patterns, discards, and the CAMEO code tables. Format: docs/dictionaries.md.
//
//   Diagnostics diagnostics;                     // optional: each error as data
//   auto dicts = Dictionaries::Load("data", &diagnostics);   // once per process
//   if (!dicts.ok()) { print dicts.status().message(); }   // every error, one per line
//   const Dictionaries& d = **dicts;             // immutable; share it between threads
//   PhraseMatch m = d.actor_names().LongestAt(sentence_tokens, i);
//   for (uint32_t id : m.ids) { const Actor& a = d.actors()[id]; ... a.RoleOn(story_date) ... }
//   for (const VerbPattern* p : d.VerbPatternsFor(verb_token.lemma)) ...
//   const EventType* t = d.FindEventType("111");   // Goldstein -2.0, quad class 3, ACCUSE
//
// Load reads every file, collects every error (the file named relative to the data directory's
// parent: "data/actors/people.txt:12: ...") and fails with all of them if there is any: a
// malformed entry is refused at load, never half-used. Lookups never
// allocate; everything returned is owned by the Dictionaries and lives as long as it does.
#ifndef TACITUS_DICT_DICTIONARIES_H_
#define TACITUS_DICT_DICTIONARIES_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/hash.h"
#include "base/word_map.h"
#include "dict/cameo_tables.h"
#include "dict/phrase_index.h"
#include "tacitus/date.h"
#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

// Where an entry was written: "data/actors/people.txt:12".
struct Origin {
  std::string_view file;  // owned by the Dictionaries (or the loader) that made the Origin
  uint32_t line = 0;
  std::string ToString() const;
};

enum class ActorKind : uint8_t {
  kCountry,
  kAdjective,
  kPeople,
  kCapital,
  kSeat,
  kRegion,
  kOrganisation,
  kPerson
};
// The keyword of the dictionary format: "country", ..., "org", "person".
std::string_view ActorKindName(ActorKind kind);

struct DatedRole {
  std::string code;        // full CAMEO actor code: "RUSGOV"
  Date from;               // first day held
  std::optional<Date> to;  // first day no longer held; nullopt: still held when written
  std::string words;       // "prime minister"
  bool Covers(Date date) const { return from <= date && (!to || date < *to); }
};

struct Actor {
  ActorKind kind = ActorKind::kCountry;
  std::string code;              // empty for persons (their codes are in roles), except
                                 // PETRARCH entries: the code when no dated role covers
  std::vector<DatedRole> roles;  // persons only, in date order, never overlapping
  std::string name;              // the entry's first name, for explanations
  Origin origin;
  // Persons: the role held on `date`, nullptr if none. Others: nullptr.
  const DatedRole* RoleOn(Date date) const;
};

// A role word and its actor type: "troops" -> MIL. One Agent per name.
struct Agent {
  std::string code;
  std::string name;
  Origin origin;
  bool prefix = false;  // PETRARCH "[NGO~]": written before the place code, not after
};

// An agent type understood as the doer of an act whose report names none: "was arrested"
// is the police's act (data/agents.txt `doer COP arrest | detain`). One per verb lemma.
struct Doer {
  std::string code;  // an agent type: "COP"
  std::string verb;  // the verb's lemma: "arrest"
  Origin origin;
};

struct PatternElement {
  // kCompound (PETRARCH "%"): before the verb, a coordinated source whose actors act on the
  // clause's target, or on each other when it has none; after it, each conjunct a target;
  // kSkip (PETRARCH "^"): any one noun phrase, passed over.
  enum class Kind : uint8_t { kWord, kTarget, kSource, kCompound, kSkip };
  Kind kind = Kind::kWord;
  bool optional = false;  // "(word)"
  // kWord: any of these ("{a/b}" gives several); lower case. In PETRARCH patterns an entry
  // may be several words ("swiss francs", from a synset), matched as consecutive tokens.
  std::vector<std::string> lemmas;
  // PETRARCH "_": must touch its neighbour towards the verb (no words between).
  bool adjacent = false;
  // TABARI patterns: some word of `lemmas` ends in "*", a stem matching any word that begins
  // with it ("diplomat*": "diplomatic"), so first_word_keys cannot rule the element out.
  bool stems = false;
  // After the verb, a word that continues a PETRARCH-2 group ("SANCTIONS" in "(TO
  // SANCTIONS)", "{NEW SANCTIONS}"): it must lie in the noun phrase that follows, or holds,
  // the group's word before it ("to new sanctions", not "to lift the sanctions").
  bool in_group = false;
  // PETRARCH patterns: WordKey of each lemma's first word, in the order of `lemmas`, so a
  // matcher can rule a pattern out, or a lemma at a token, without comparing text.
  std::vector<uint64_t> first_word_keys;
  std::vector<uint64_t> first_word_set;  // first_word_keys sorted, without repeats
  uint64_t first_word_bits = 0;          // WordBit of each of first_word_keys: a one-word summary
  // Our patterns' kWord elements: LemmaBit of each lemma, so that a clause none of whose words
  // has one of these bits is ruled out without comparing text; 0 (not computed, as in a
  // pattern built by hand) rules out nothing.
  uint64_t lemma_bits = 0;
};

// A word's key for quick tests: equal words have equal keys (the converse does not hold, so
// a matcher compares the text when keys agree).
inline uint64_t WordKey(std::string_view word) { return std::hash<std::string_view>{}(word); }
// One of 64 bits for a key; a set of words ORs theirs, so two sets with no bit in common
// share no word.
inline uint64_t WordBit(uint64_t key) { return uint64_t{1} << (key % 64); }
// WordBit of a word by WordHash, which is inlined: for summaries a matcher computes from the
// words of every clause it lays out.
inline uint64_t LemmaBit(std::string_view word) { return WordBit(WordHash()(word)); }

// The code of a pattern that blocks coding: it matches like any other, and when it is the
// best match the clause codes nothing ("meet demand" is not a meeting).
inline constexpr std::string_view kNoEventCode = "---";

struct VerbPattern {
  // FirstNeededWordBits of this pattern, set when the dictionaries index it (0 in a pattern
  // built by hand): first, so that a matcher rules most patterns out reading one cache line.
  uint64_t needed_word_bits = 0;
  std::string code;         // "042", or kNoEventCode
  std::string paired_code;  // "043" for "042:043"; empty when not paired
  std::string also_code;    // "114" for "040+114": a second event, source -> target too
  bool nominal = false;     // a `noun` line
  std::string head;         // the verb's or noun's lemma ("{impose/slap} ..." gives one
                            // VerbPattern per head lemma, with the same text)
  std::vector<PatternElement> elements;  // after the head, in order
  // Noun patterns: the words written before the head, which must stand right before it in
  // its phrase, in order ("{phone/telephone}" of "{phone/telephone} call with +T").
  std::vector<PatternElement> modifiers;
  std::string text;  // the pattern as written, for explanations
  Origin origin;
  // PETRARCH patterns only: the elements written before the verb ("SAID WOULD *"), in text
  // order. Such a pattern matches words in the sentence on their surface form (PETRARCH
  // does not stem), before and after the verb, skipping words except across "_".
  std::vector<PatternElement> before;
  bool petrarch = false;
  // TABARI's discard code [###] (its code is then kNoEventCode): a sentence this pattern
  // matches gives no event at all (TABARI manual 6.3).
  bool discard = false;
  // A pattern borrowed through WordNet (dict/borrowed_patterns.h) by a head that has none of
  // its own: the lemma whose pattern, written at `origin`, this copies (a synonym of the head
  // verb, or the verb the head noun derives from); empty for a pattern written for its head.
  std::string borrowed_from;

  // Where the pattern comes from, for explanations: "data/verbs/17-coerce.txt:12", or for a
  // borrowed pattern "data/verbs/17-coerce.txt:12 via WordNet 'seize'".
  std::string Provenance() const;
};

// The LemmaBits of the first word `pattern` needs after its head: of its first element that
// is a word, not optional, and not the word before a final +T ("discuss with +T" matches
// without "with" as a reciprocal event); 0 when it has none, or the bits are not computed.
// A clause none of whose words has one of these bits cannot match the pattern.
uint64_t FirstNeededWordBits(const VerbPattern& pattern);

struct Discard {
  bool whole_story = false;  // `discard story`
  std::string phrase;
  Origin origin;
};

// An `intent` line: an act whose code starts with `act` ("04" covers 040-046) that a clause
// promises, offers, agrees to or threatens instead of reporting it done is coded `intent`
// ("agreed to hold talks with" is 036, not 040; "threatened to impose sanctions on" 1312).
struct IntentCode {
  std::string act;     // a CAMEO code or its prefix: "04", "163"
  std::string intent;  // a code of root 03 or 13: "036"
  Origin origin;
};

// A PETRARCH issue phrase: "n:teacher [TEACHERS]" names the issue TEACHERS wherever it
// occurs; an exclusion ("~a head start") names none, and keeps the phrases inside it from
// naming theirs ("head start" there is no early-childhood education).
struct Issue {
  std::string code;  // empty for an exclusion
  std::string phrase;
  bool exclusion = false;
  Origin origin;
};

// A <TIME> entry of TABARI's verb files (tabari_verbs.h; manual 10.5): where `phrase` (lower
// case, words separated by spaces; a stem ends in "*") is in a sentence, its events are dated
// `days` from the story's date; with `discard` ([###]) the sentence gives no event, and with
// `complex` ([+++]) neither when the options file has a COMPLEX: command. [---] leaves all
// three unset: the phrase does nothing.
struct TabariTimeShift {
  std::string phrase;
  int days = 0;
  bool discard = false;
  bool complex = false;
  Origin origin;
};

class Dictionaries {
 public:
  // Loads `data_dir`: cameo/event_codes.tsv + cameo/actor_codes.tsv (without them codes cannot
  // be checked, so Load fails at once), actors/*.txt and verbs/*.txt (at least one file each:
  // an error naming what is missing), agents.txt (missing: a warning), discards.txt and
  // evaluations.txt (optional). Every file is read by ReadDataFile's rules: a FIFO or device is refused
  // without being opened, a line with a NUL byte or bad UTF-8 is an error at
  // file:line:column, and a file without entries is warned of. Names are cut into tokens by
  // TextSegmenter, exactly as story text is. Fails with kNotFound when `data_dir` is not a
  // directory, else with kDataError and every error found, one per line (Diagnostic::ToString);
  // those errors are also added to `diagnostics` unless it is nullptr.
  //
  // With `wordnet_dir` (WordNet's database), verbs and nouns with no pattern of their own
  // borrow those of their WordNet synonyms and verbs (dict/borrowed_patterns.h); an unreadable
  // database is then a load error. Empty: nothing is borrowed.
  static Result<std::shared_ptr<const Dictionaries>> Load(const std::string& data_dir,
                                                          Diagnostics* diagnostics = nullptr,
                                                          std::string_view wordnet_dir = {});

  const std::vector<Actor>& actors() const { return actors_; }
  const PhraseIndex& actor_names() const { return actor_names_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const PhraseIndex& agent_names() const { return agent_names_; }  // matches on lemmas too
  // Patterns of `verb` / `noun` lines whose head is `lemma` (empty span if none).
  std::span<const VerbPattern* const> VerbPatternsFor(std::string_view lemma) const;
  std::span<const VerbPattern* const> NounPatternsFor(std::string_view lemma) const;
  // TABARI dictionaries: the patterns of the longest verb stem that begins `word` ("accus" for
  // "accused"; a stem is a TABARI verb not ended by "_"); empty when none, as it always is for
  // other dictionaries.
  std::span<const VerbPattern* const> VerbPatternsByStem(std::string_view word) const;
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<Discard>& discards() const { return discards_; }
  const PhraseIndex& discard_phrases() const { return discard_phrases_; }  // matches on lemmas
  // TABARI dictionaries: the <TIME> entries of the verb files, in the order written; empty
  // for others, or when the options turn time shifting off (PetrarchFiles::time_shifting).
  const std::vector<TabariTimeShift>& time_shifts() const { return time_shifts_; }
  // The `evaluation` entry (data/evaluations.txt) of a word said of an act or an actor
  // ("irresponsible"), or with `negated` of a word whose denial criticises ("not legal"): a
  // pattern whose head is the word, coded as the line says; nullptr when none.
  const VerbPattern* EvaluationFor(std::string_view word, bool negated) const;
  // The intent line whose act is the longest prefix of `act_code` (nullptr if none).
  const IntentCode* IntentCodeFor(std::string_view act_code) const;
  // The `doer` entry (data/agents.txt) of a verb lemma: who does the act when its report
  // names nobody ("was arrested": COP); nullptr when none.
  const Doer* DoerOf(std::string_view verb_lemma) const;
  const std::vector<Issue>& issues() const { return issues_; }
  const PhraseIndex& issue_phrases() const { return issue_phrases_; }
  // nullptr when `code` is not a CAMEO event code.
  const EventType* FindEventType(std::string_view code) const { return cameo_.FindEventType(code); }
  // A location (country, region, or IGO/NGO/IMG/NGM/MNC/INT/UIS) then zero or more 3-letter
  // type, group, religion, ethnic or region parts: "RUSGOV", "IGOUNO", "PSEREBISJ".
  bool IsActorCode(std::string_view code) const { return cameo_.IsActorCode(code); }
  const CameoTables& cameo() const { return cameo_; }
  // Whether the directory held TABARI's entries (tabari-* lines, dict/tabari_entries.h), which
  // are coded by TABARI's rules (PetrarchClauseCoder, the first actor before the verb as the
  // source), not ours.
  bool tabari_rules() const { return tabari_rules_; }
  // A hash of every loaded file's path and bytes (16 hex digits): which dictionaries coded it.
  const std::string& version() const { return version_; }

  struct Sizes {
    size_t countries = 0, adjectives = 0, peoples = 0, capitals = 0, seats = 0, regions = 0,
           organisations = 0, persons = 0, roles = 0, agents = 0, agent_names = 0,
           verb_patterns = 0, noun_patterns = 0, intent_codes = 0, discards = 0, evaluations = 0,
           event_types = 0, names = 0, borrowed_verb_patterns = 0, borrowed_noun_patterns = 0;
  };
  // Entries per kind (lines for actors and agents; patterns and phrases as written); `names`
  // counts every actor name, `agent_names` every agent name; a borrowed pattern counts once
  // per head that borrows it.
  Sizes sizes() const;

 private:
  friend class DictionaryLoader;
  friend class PetrarchDictionaryLoader;
  Dictionaries() = default;

  bool tabari_rules_ = false;
  std::deque<std::string> files_;  // display paths that Origins view (deque: never moves)
  CameoTables cameo_;
  std::vector<Actor> actors_;
  PhraseIndex actor_names_;
  std::vector<Agent> agents_;
  size_t agent_lines_ = 0;
  PhraseIndex agent_names_;
  std::vector<VerbPattern> patterns_;
  std::deque<VerbPattern> borrowed_patterns_;  // their heads key the maps below: never moves
  size_t verb_patterns_written_ = 0, noun_patterns_written_ = 0;
  WordMap<std::vector<const VerbPattern*>> verbs_by_head_;
  WordMap<std::vector<const VerbPattern*>> nouns_by_head_;
  WordMap<std::vector<const VerbPattern*>> verbs_by_stem_;  // TABARI verb stems
  std::deque<std::string> head_keys_;  // PETRARCH verb forms that key verbs_by_head_
  std::vector<IntentCode> intent_codes_;
  std::vector<Doer> doers_;
  std::vector<Discard> discards_;
  PhraseIndex discard_phrases_;
  std::vector<TabariTimeShift> time_shifts_;
  std::vector<VerbPattern> evaluations_;
  std::unordered_map<std::string_view, const VerbPattern*> evaluations_by_word_;
  std::unordered_map<std::string_view, const VerbPattern*> negated_evaluations_by_word_;
  size_t actor_names_written_ = 0;
  std::vector<Issue> issues_;
  PhraseIndex issue_phrases_;
  std::string version_;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_DICTIONARIES_H_

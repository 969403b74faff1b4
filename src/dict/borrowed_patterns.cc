#include "dict/borrowed_patterns.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "base/strings.h"
#include "dict/entry_parser.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// How many of a word's senses, the commonest first, a borrowing may go through: WordNet
// orders senses by their frequency in a tagged corpus. A borrower is read in its first sense
// ("embarrass" 2: hinder is no reading of "embarrassed"); a lender's patterns may mean its
// second, since a second word of the sense must confirm them (ConfirmedCodes).
constexpr size_t kSensesOfBorrower = 1;
constexpr size_t kSensesOfLender = 2;

// Verbs and nouns whose first senses are so wide that a synonym or a derivation through them
// says nothing of an event: the verbs of having, doing, moving and changing in general, and
// the nouns of acting in general. (Light, reporting, thought, copula and intention verbs are
// excluded by their classes in lex/verb_classes.h: their patterns are idioms, or their
// clauses are coded by what they report.)
constexpr auto kGeneralWords = std::to_array<std::string_view>(
    {// verbs
     "do", "get", "go", "come", "give", "put", "set", "keep", "let", "see", "run", "turn", "bring",
     "move", "leave", "call", "show", "play", "work", "pass", "break", "cut", "draw", "drop",
     "fall", "raise", "rise", "close", "change", "end", "stop", "use", "find", "look", "send",
     "deal", "handle", "face", "lead", "follow", "reach", "win", "lose", "become", "seem", "mean",
     "need", "want", "help", "act", "serve", "place", "stand", "sit", "lay", "lie", "catch", "pull",
     "push", "throw", "point", "apply", "cover", "form", "involve", "include", "allow", "provide",
     "produce", "return", "continue", "remain", "stay", "live", "try", "press", "check", "touch",
     "watch", "hear", "treat",
     // nouns ("act", "move", "work", "use" are above)
     "action", "activity", "step", "measure", "effort", "operation", "process", "event", "thing",
     "way", "practice", "performance", "behaviour", "behavior", "conduct", "business", "treatment",
     "handling", "response", "reaction"});

bool IsTooGeneral(std::string_view word) {
  return In(kGeneralWords, word) || IsLightVerb(word) || IsReportingVerb(word) ||
         TakesClauseComplement(word) || IsCopulaVerb(word) || IsIntentionVerb(word);
}

// A word WordNet spells as one lower-case word ("expel"; not "take_hold_of", "Exodus").
bool IsOneLowerCaseWord(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The noun synsets that name what a verb does: noun.act ("expulsion"), noun.communication
// ("condemnation"), noun.event ("collision"); not noun.person ("expeller"), noun.artifact.
bool NamesAnAct(const WordNetSynset& noun) {
  return noun.lexicographer_file == 4 || noun.lexicographer_file == 10 ||
         noun.lexicographer_file == 11;
}

// Prepositions that keep their meaning after the noun of a verb: "retaliate against +T",
// "retaliation against +T"; "cooperate with +T", "cooperation with +T". Particles ("crack
// down on", "lock up") do not: "down on +T" after "crackdown" is no phrase.
constexpr auto kNounPrepositions = std::to_array<std::string_view>(
    {"against", "on", "upon", "with", "to", "toward", "towards", "into", "in", "from", "at",
     "between", "among", "over", "for"});

// Whether `pattern` can say what the noun of its verb does: only words, +T and prepositions.
bool LendsToItsNoun(const VerbPattern& pattern) {
  if (pattern.elements.empty() || pattern.petrarch || !pattern.before.empty()) return false;
  for (const PatternElement& element : pattern.elements) {
    if (element.kind != PatternElement::Kind::kWord &&
        element.kind != PatternElement::Kind::kTarget) {
      return false;
    }
  }
  const PatternElement& first = pattern.elements.front();
  if (first.optional) return false;
  if (first.kind == PatternElement::Kind::kTarget) return true;
  return std::all_of(first.lemmas.begin(), first.lemmas.end(),
                     [](const std::string& word) { return In(kNounPrepositions, word); });
}

// The noun pattern of `noun` that `pattern` of its verb gives: the verb's object after "of"
// ("expel +T from" -> "expulsion of +T from"), a preposition kept ("against +T").
VerbPattern NounPatternOf(std::string_view noun, const VerbPattern& pattern) {
  VerbPattern derived = pattern;
  derived.nominal = true;
  derived.head = std::string(noun);
  derived.borrowed_from = pattern.head;
  if (pattern.elements.front().kind == PatternElement::Kind::kTarget) {
    std::vector<PatternElement> of;
    ParsePatternElements("of", &of);
    derived.elements.insert(derived.elements.begin(), of.begin(), of.end());
  }
  return derived;
}

// Whether `offset` is among the first `max_senses` synsets of `lemma` as `pos`.
bool IsAmongFirstSenses(const WordNetSynsets& wordnet, std::string_view lemma, WordNetPos pos,
                        uint32_t offset, size_t max_senses, std::vector<uint32_t>* senses) {
  wordnet.SensesOf(lemma, pos, max_senses, senses);
  return std::find(senses->begin(), senses->end(), offset) != senses->end();
}

// CAMEO event codes at their first three digits ("1411" counts as "141"), as a set.
using CodeSet = std::bitset<210>;

// The three-digit number of `code`'s first three digits; -1 for a blocking pattern.
int ThreeDigits(std::string_view code) {
  if (code.size() < 3 || code == kNoEventCode) return -1;
  return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
}

CodeSet CodesOfHead(const PatternsByHead& by_head, std::string_view head) {
  CodeSet codes;
  const auto* patterns = by_head.Find(head);
  if (patterns == nullptr) return codes;
  for (const VerbPattern* pattern : *patterns) {
    const int code = ThreeDigits(pattern->code);
    if (!pattern->petrarch && code >= 0 && code < static_cast<int>(codes.size())) codes.set(code);
  }
  return codes;
}

// Whether `pattern`'s code is in `codes`, or it blocks coding.
bool IsOfCodes(const VerbPattern& pattern, const CodeSet& codes) {
  if (pattern.code == kNoEventCode) return true;
  const int code = ThreeDigits(pattern.code);
  return code >= 0 && code < static_cast<int>(codes.size()) && codes.test(code);
}

// Whether two words are one word spelt two ways ("recognise"/"recognize", "fulfil"/"fulfill"):
// the same after 'z' is read as 's' and doubled letters as one.
bool AreSpellingsOfOneWord(std::string_view a, std::string_view b) {
  const auto normal = [](std::string_view word) {
    std::string out;
    for (char c : word) {
      if (c == 'z') c = 's';
      if (out.empty() || out.back() != c) out += c;
    }
    return out;
  };
  return normal(a) == normal(b);
}

// The codes of `lender`'s patterns that another word of `synset` (one of its senses) has
// patterns of too: a verb of the synset, or a noun derived from another of its verbs in the
// noun's first sense. A verb's patterns were written for one of its senses, which is
// not always WordNet's first ("demonstrate" 1: prove; 4: march in protest); when two words
// that share a synset have patterns of one code, that synset is the sense their patterns
// mean. One word spelt two ways is one witness, and so is a verb and its own noun
// ("meet"/"meeting" share their ambiguity).
CodeSet ConfirmedCodes(const WordNetSynsets& wordnet, const WordNetSynset& synset,
                       std::string_view lender, const PatternsByHead& verbs_by_head,
                       const PatternsByHead& nouns_by_head) {
  const CodeSet lent = CodesOfHead(verbs_by_head, lender);
  CodeSet confirmed;
  for (const std::string_view word : synset.words) {
    if (word == lender || IsTooGeneral(word) || AreSpellingsOfOneWord(word, lender)) continue;
    confirmed |= lent & CodesOfHead(verbs_by_head, word);
  }
  std::vector<uint32_t> senses;
  WordNetSynset noun;
  for (const WordNetDerivation& derivation : synset.derivations) {
    if (derivation.pos != WordNetPos::kNoun || derivation.source_word >= synset.words.size() ||
        AreSpellingsOfOneWord(synset.words[derivation.source_word], lender) ||
        !wordnet.Read(WordNetPos::kNoun, derivation.offset, &noun) ||
        derivation.target_word >= noun.words.size()) {
      continue;
    }
    const std::string_view word = noun.words[derivation.target_word];
    const CodeSet codes = lent & CodesOfHead(nouns_by_head, word);
    if (codes.any() && IsAmongFirstSenses(wordnet, word, WordNetPos::kNoun, derivation.offset,
                                          kSensesOfBorrower, &senses)) {
      confirmed |= codes;
    }
  }
  return confirmed;
}

struct Loan {
  std::string borrower;
  std::string_view lender;  // a head of the written patterns
  bool nominal = false;
  CodeSet codes;  // of the lender's patterns lent
};

// The loans lender `verb` makes through its first senses, of the codes another word confirms:
// to the synonyms that have no verb pattern, and to the nouns derived from it that have no
// noun pattern.
void LoansOf(const WordNetSynsets& wordnet, std::string_view verb,
             const PatternsByHead& verbs_by_head, const PatternsByHead& nouns_by_head,
             std::vector<Loan>* loans) {
  std::vector<uint32_t> lender_senses, borrower_senses;
  WordNetSynset synset, noun_synset;
  wordnet.SensesOf(verb, WordNetPos::kVerb, kSensesOfLender, &lender_senses);
  for (const uint32_t offset : lender_senses) {
    if (!wordnet.Read(WordNetPos::kVerb, offset, &synset)) continue;
    const auto self = std::find(synset.words.begin(), synset.words.end(), verb);
    if (self == synset.words.end()) continue;
    const CodeSet codes = ConfirmedCodes(wordnet, synset, verb, verbs_by_head, nouns_by_head);
    if (codes.none()) continue;
    for (const std::string_view synonym : synset.words) {
      if (synonym == verb || !IsOneLowerCaseWord(synonym) || IsTooGeneral(synonym) ||
          verbs_by_head.Find(synonym) != nullptr ||
          !IsAmongFirstSenses(wordnet, synonym, WordNetPos::kVerb, offset, kSensesOfBorrower,
                              &borrower_senses)) {
        continue;
      }
      loans->push_back({std::string(synonym), verb, false, codes});
    }
    const auto self_index = static_cast<size_t>(self - synset.words.begin());
    for (const WordNetDerivation& derivation : synset.derivations) {
      if (derivation.pos != WordNetPos::kNoun || derivation.source_word != self_index ||
          !wordnet.Read(WordNetPos::kNoun, derivation.offset, &noun_synset) ||
          !NamesAnAct(noun_synset) || derivation.target_word >= noun_synset.words.size()) {
        continue;
      }
      const std::string_view noun = noun_synset.words[derivation.target_word];
      if (!IsOneLowerCaseWord(noun) || IsTooGeneral(noun) || nouns_by_head.Find(noun) != nullptr ||
          !IsAmongFirstSenses(wordnet, noun, WordNetPos::kNoun, derivation.offset,
                              kSensesOfBorrower, &borrower_senses)) {
        continue;
      }
      loans->push_back({std::string(noun), verb, true, codes});
    }
  }
}

// Sorts `loans` and merges those of one borrower from one lender (through two synsets).
void MergeLoans(std::vector<Loan>* loans) {
  const auto key = [](const Loan& loan) {
    return std::tie(loan.borrower, loan.lender, loan.nominal);
  };
  std::sort(loans->begin(), loans->end(),
            [&](const Loan& a, const Loan& b) { return key(a) < key(b); });
  size_t kept = 0;
  for (size_t i = 0; i < loans->size(); ++i) {
    if (kept > 0 && key((*loans)[kept - 1]) == key((*loans)[i])) {
      (*loans)[kept - 1].codes |= (*loans)[i].codes;
    } else {
      if (kept != i) (*loans)[kept] = std::move((*loans)[i]);
      ++kept;
    }
  }
  loans->resize(kept);
}

}  // namespace

bool NeverBorrows(std::string_view word) { return IsTooGeneral(word); }

void BorrowPatterns(const WordNetSynsets& wordnet, std::span<const VerbPattern> written,
                    const PatternsByHead& verbs_by_head, const PatternsByHead& nouns_by_head,
                    std::deque<VerbPattern>* borrowed) {
  std::vector<std::string_view> lenders;
  for (const VerbPattern& pattern : written) {
    if (pattern.nominal || pattern.petrarch || !IsOneLowerCaseWord(pattern.head) ||
        IsTooGeneral(pattern.head)) {
      continue;
    }
    lenders.push_back(pattern.head);
  }
  std::sort(lenders.begin(), lenders.end());
  lenders.erase(std::unique(lenders.begin(), lenders.end()), lenders.end());
  std::vector<Loan> loans;
  for (const std::string_view lender : lenders) {
    LoansOf(wordnet, lender, verbs_by_head, nouns_by_head, &loans);
  }
  MergeLoans(&loans);
  for (const Loan& loan : loans) {
    const auto* patterns = verbs_by_head.Find(loan.lender);
    if (patterns == nullptr) continue;
    for (const VerbPattern* pattern : *patterns) {
      if (pattern->petrarch || !IsOfCodes(*pattern, loan.codes)) continue;
      if (!loan.nominal) {
        VerbPattern& copy = borrowed->emplace_back(*pattern);
        copy.head = loan.borrower;
        copy.borrowed_from = pattern->head;
      } else if (LendsToItsNoun(*pattern)) {
        borrowed->push_back(NounPatternOf(loan.borrower, *pattern));
      }
    }
  }
}

}  // namespace tacitus

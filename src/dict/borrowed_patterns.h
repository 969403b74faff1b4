// Patterns for verbs and nouns that the dictionaries have none for, borrowed through WordNet
// from a word that has some, so that coverage follows the language rather than the list:
//
//   - a verb takes the verb patterns of a synonym: "revile" those of "vilify" (vilify, revile,
//     vituperate, rail: the first sense of "revile", and of "vilify");
//   - a noun takes the patterns of the verb it is derived from (WordNet's derivationally
//     related forms), as a noun: "coercion of +T" from "coerce +T", "retaliation against +T"
//     from "retaliate against +T", when that is the noun's first sense and names an act, a
//     communication or an event (not "coercer", a person).
//
// Only the commonest senses count: the borrower's first, the lender's first two. A lender's
// patterns were written for one of its senses, not always WordNet's first, so a sense lends a
// code only when a second word of it has patterns of that code too ("condemn +T" and "decry
// +T" lend 111 to "objurgate"). General verbs and nouns never lend, witness or borrow ("make",
// "take", "hold", "help", "act"): their synsets are too wide, and their patterns are idioms
// that say nothing of their synonyms. Nothing is borrowed for a word with a pattern of its
// own. Each borrowed pattern keeps the origin and text of the line it copies and names its
// lender (VerbPattern::borrowed_from), so an event coded by it says both.
//
//   std::deque<VerbPattern> borrowed;
//   BorrowPatterns(wordnet, patterns, verbs_by_head, nouns_by_head, &borrowed);
//
// Never fails: a lemma WordNet does not know borrows nothing.
#ifndef TACITUS_DICT_BORROWED_PATTERNS_H_
#define TACITUS_DICT_BORROWED_PATTERNS_H_

#include <deque>
#include <span>
#include <vector>

#include "base/word_map.h"
#include "dict/dictionaries.h"
#include "lex/wordnet_synsets.h"

namespace tacitus {

using PatternsByHead = WordMap<std::vector<const VerbPattern*>>;

// Appends to `borrowed` the patterns borrowed for heads with no entry in `verbs_by_head`
// (verbs) or `nouns_by_head` (nouns), lent by the heads of `written`, which those maps index.
// PETRARCH patterns neither lend nor borrow.
void BorrowPatterns(const WordNetSynsets& wordnet, std::span<const VerbPattern> written,
                    const PatternsByHead& verbs_by_head, const PatternsByHead& nouns_by_head,
                    std::deque<VerbPattern>* borrowed);

// Whether `word` is too general to lend its patterns or borrow any: "make", "take", "act".
bool NeverBorrows(std::string_view word);

}  // namespace tacitus

#endif  // TACITUS_DICT_BORROWED_PATTERNS_H_

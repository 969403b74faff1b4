// WordNet's senses of nouns and verbs: a lemma's synsets in WordNet's sense order (the most
// frequent first), the words of a synset, and its derivational links ("condemn" <->
// "condemnation"), read from the index and data files of the database.
//
//   WordNetSynsets wordnet;
//   Status s = wordnet.Load("/usr/share/wordnet");   // "…/data.verb: …" on a bad file
//   std::vector<uint32_t> senses;
//   wordnet.SensesOf("condemn", WordNetPos::kVerb, 2, &senses);   // its two commonest synsets
//   WordNetSynset synset;
//   if (wordnet.Read(WordNetPos::kVerb, senses[0], &synset)) ... synset.words, synset.derivations
//
// Meant for building tables once (at dictionary load), not for per-token lookups: a lemma is
// found by binary search in the sorted index file. Only nouns and verbs are read; asked of
// another part of speech it finds nothing. Once loaded it is immutable; every string_view it
// returns points into its own storage and lives as long as it does.
#ifndef TACITUS_LEX_WORDNET_SYNSETS_H_
#define TACITUS_LEX_WORDNET_SYNSETS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lex/morphy.h"
#include "tacitus/status.h"

namespace tacitus {

// A derivationally related form (WordNet pointer '+'): word `source_word` of the synset
// (0-based) is related to word `target_word` of synset `offset` of part of speech `pos`.
struct WordNetDerivation {
  WordNetPos pos = WordNetPos::kNoun;
  uint32_t offset = 0;
  uint8_t source_word = 0;
  uint8_t target_word = 0;
};

struct WordNetSynset {
  // The lexicographer file's number: 4 noun.act, 10 noun.communication, 18 noun.person ...
  uint8_t lexicographer_file = 0;
  // As WordNet spells them: multiword lemmas joined by '_', proper nouns capitalised.
  std::vector<std::string_view> words;
  std::vector<WordNetDerivation> derivations;
};

class WordNetSynsets {
 public:
  // Reads index.{noun,verb} and data.{noun,verb} from `wordnet_dir`. On failure names the file
  // and leaves this object finding nothing.
  Status Load(std::string_view wordnet_dir);

  // Sets `offsets` to the synsets of `lemma` (lower case, '_' between words) as `pos`, in
  // sense order, at most `max_senses` of them; empty when WordNet does not have it.
  void SensesOf(std::string_view lemma, WordNetPos pos, size_t max_senses,
                std::vector<uint32_t>* offsets) const;

  // Reads the synset at byte `offset` of the data file of `pos`. False (and `synset`
  // cleared) when no well-formed synset line starts there.
  bool Read(WordNetPos pos, uint32_t offset, WordNetSynset* synset) const;

 private:
  // The index line of `lemma`, without the lemma and its space; empty when none.
  std::string_view IndexEntry(std::string_view lemma, WordNetPos pos) const;

  std::array<std::string, 2> index_;  // index.noun, index.verb
  std::array<std::string, 2> data_;   // data.noun, data.verb
};

}  // namespace tacitus

#endif  // TACITUS_LEX_WORDNET_SYNSETS_H_

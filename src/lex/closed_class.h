// The closed-class words of English with their Penn Treebank tags: determiners, pronouns,
// prepositions and subordinators, conjunctions, modals, auxiliaries, clitics.
//
// The Treebank counts of these words carry annotation noise ("that" once as VBP, "'s" as
// NNP); the tagger allows a closed-class word only the readings listed here. Lemmas are
// given where WordNet cannot supply them ("'s"/VBZ -> "be", "ca" -> "can").
#ifndef TACITUS_LEX_CLOSED_CLASS_H_
#define TACITUS_LEX_CLOSED_CLASS_H_

#include <span>
#include <string_view>

#include "text/pos_tag.h"

namespace tacitus {

struct ClosedClassReading {
  std::string_view word;  // lower case
  PosTag tag;
  std::string_view lemma;  // empty: the lower-cased word itself
};

// Every reading, grouped by word (the readings of a word are adjacent). Static storage.
std::span<const ClosedClassReading> ClosedClassReadings();

}  // namespace tacitus

#endif  // TACITUS_LEX_CLOSED_CLASS_H_

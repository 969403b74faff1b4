// Reader of PETRARCH verb dictionaries: the PETRARCH-1/TABARI syntax
// (PETR.Validate.verbs.txt) and the PETRARCH-2 one (CAMEO.2.0.txt), which share a layout:
//
//   &CURRENCY                      a synset: "&NAME" then "+WORD" lines (plurals added unless
//   +SWISS_FRANCS                  the name or word ends in "_"; "+&OTHER" nests a synset)
//   --- BREAK [1717] ---           a verb block and its default code
//   BREAK {BROKE BROKEN}           a verb, its irregular forms (else -S/-ED/-ING are made)
//   DOWNPLAY [014]                 another verb of the block, with its own default code
//   +CORDON_OFF {+CORDONED_OFF}    a verb of several words; "+" marks the verb
//   - + KNOWN_ * IN_ $ [076]       a pattern: words before and after the verb "*"; "_" joins
//                                  words that must touch; $ source, + target, % compound
//                                  (actors coded with each other), ^ skip a noun phrase,
//                                  &SYNSET any member; PETRARCH-2 groups "(PREP ...)" and
//                                  "{NOUN ...}" are read as their words; [ccc:ddd] paired
//
// Every pattern of a block applies to every verb of the block. Words are kept as written,
// lower-cased: PETRARCH matches surface forms, it does not stem.
//
//   PetrarchVerbDictionary verbs;
//   ParsePetrarchVerbs("CAMEO.2.0.txt", text, &verbs, &diagnostics);
//
// A malformed line (a pattern outside a block, without "*" or a code, naming an unknown
// synset, ...) is reported to `diagnostics` as an error (file, line, reason) and refused; the
// rest loads.
// `file` must outlive the patterns (their Origins view it).
#ifndef TACITUS_DICT_PETRARCH_VERBS_H_
#define TACITUS_DICT_PETRARCH_VERBS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionaries.h"
#include "tacitus/diagnostic.h"

namespace tacitus {

struct PetrarchVerbForm {
  std::string form;              // lower case surface form: "broke"
  uint32_t default_pattern = 0;  // index into patterns: the verb's own code, no words
                                 // (or the words of a multi-word verb)
  uint32_t block = 0;            // index into blocks
  // TABARI: `form` is a stem, matching any word that begins with it ("accus": "accused").
  bool stem = false;
};

struct PetrarchVerbDictionary {
  std::vector<VerbPattern> patterns;
  std::vector<std::vector<uint32_t>> blocks;  // per block: its "- ..." patterns
  std::vector<PetrarchVerbForm> forms;
  size_t verbs = 0;  // verb lines
  size_t synsets = 0;
};

// Appends the contents of one verb file to `out`.
void ParsePetrarchVerbs(std::string_view file, std::string_view text, PetrarchVerbDictionary* out,
                        Diagnostics* diagnostics);

// The code in "[ccc]", "[ccc:ddd]" or "[:ddd]" (the first bracket pair of `text`) and its
// paired code (empty when none); false, leaving both unspecified, when malformed.
bool ParsePetrarchCode(std::string_view text, std::string* code, std::string* paired);

// Fills the PatternElement::first_word_* keys of every word element of `patterns`, which
// PetrarchMatcher needs; the parsers call it on what they made.
void KeyPetrarchPatternWords(std::vector<VerbPattern>* patterns);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_VERBS_H_

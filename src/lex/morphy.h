// WordNet's morphological processor ("morphy") over the WordNet database, in memory.
//
//   Morphy morphy;
//   Status s = morphy.Load("/usr/share/wordnet");   // "index.noun:12: ..." on a bad file
//   morphy.BaseForm("countries", WordNetPos::kNoun, /*inflected=*/true)  -> "country"
//   morphy.BaseForm("met", WordNetPos::kVerb, true)                      -> "meet"
//
// The same algorithm as WordNet's morphstr(): the exception list of the part of speech,
// then the suffix detachment rules, each candidate kept only if the index lists it. It
// replaces libwordnet, whose C API keeps global state and static buffers. Once loaded a
// Morphy is immutable and safe to share between threads; results are views into its
// storage and live as long as it does.
#ifndef TACITUS_LEX_MORPHY_H_
#define TACITUS_LEX_MORPHY_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/word_map.h"
#include "tacitus/status.h"

namespace tacitus {

enum class WordNetPos : uint8_t { kNoun, kVerb, kAdjective, kAdverb };
inline constexpr int kWordNetPosCount = 4;
inline constexpr uint8_t WordNetBit(WordNetPos pos) {
  return static_cast<uint8_t>(1u << static_cast<int>(pos));
}

class Morphy {
 public:
  Morphy() = default;
  Morphy(const Morphy&) = delete;
  Morphy& operator=(const Morphy&) = delete;

  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `wordnet_dir`. On
  // failure names the file (and line) and leaves this Morphy unusable.
  Status Load(std::string_view wordnet_dir);

  // Bitmask of WordNetBit(pos) for the parts of speech under which `lemma` (lower case) is
  // a WordNet lemma; 0 when it is none.
  uint8_t PartsOfSpeech(std::string_view lemma) const;

  // The base form of `lower` (lower case) as `pos`, or empty when WordNet knows none.
  // `inflected` says the tag marks an inflected form (NNS, VBD, JJR, ...): then exception
  // and detached forms win over the word itself, so "glasses"/NNS gives "glass" although
  // "glasses" is a noun lemma too; otherwise the word itself wins ("data"/NN -> "data").
  std::string_view BaseForm(std::string_view lower, WordNetPos pos, bool inflected) const;

 private:
  // The index's own copy of `word` when it is a lemma of `pos`, else empty.
  std::string_view IndexedLemma(std::string_view word, WordNetPos pos) const;

  std::array<std::string, 2 * kWordNetPosCount> files_;  // index and exception file contents
  WordMap<uint8_t> lemmas_;                              // lemma -> WordNetBit mask
  std::array<WordMap<std::string_view>, kWordNetPosCount> exceptions_;  // form -> first base
};

}  // namespace tacitus

#endif  // TACITUS_LEX_MORPHY_H_

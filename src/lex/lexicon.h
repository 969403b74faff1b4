// The lexicon the tagger and every later stage consult: Penn Treebank word/tag counts and
// tag transitions (Lingua::EN::Tagger's tables), WordNet lemmas and morphology, and the
// closed-class words.
//
//   Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load();
//   if (!lexicon.ok()) { report lexicon.status().message(); }   // "…/words.yml:12: …"
//   Tagger tagger(*lexicon);
//
// A Lexicon is immutable once loaded and shared by all threads. Every string_view it
// returns points into its own storage and stays valid for its lifetime.
#ifndef TACITUS_LEX_LEXICON_H_
#define TACITUS_LEX_LEXICON_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/word_map.h"
#include "lex/closed_class.h"
#include "lex/morphy.h"
#include "tacitus/status.h"
#include "text/pos_tag.h"

namespace tacitus {

struct LexiconPaths {
  std::string wordnet_dir = TACITUS_WORDNET_DIR;
  std::string tagger_dir = TACITUS_TAGGER_DIR;
};

struct TagCount {
  PosTag tag = PosTag::kNone;
  float count = 0;
};

// The unknown-word classes of unknown.yml, chosen by the tagger from a word's shape.
enum class UnknownClass : uint8_t {
  kAcronym,          // -abr-
  kCapitalized,      // -cap-
  kEd,               // -ed-
  kHyphen,           // -hyp-
  kHyphenAdjective,  // -hyp-adj-
  kIng,              // -ing-
  kLy,               // -ly-
  kPlural,           // -s-
  kSymbol,           // -sym-
  kTion,             // -tion-
  kOther,            // -unknown-
};
inline constexpr int kUnknownClassCount = 11;

class Lexicon {
 public:
  // Reads words.yml, tags.yml, unknown.yml from paths.tagger_dir and the WordNet index and
  // exception files from paths.wordnet_dir. Errors name file:line and the reason.
  static Result<std::shared_ptr<const Lexicon>> Load(const LexiconPaths& paths = {});

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Treebank counts of `word` spelled exactly so (the keys are case-sensitive); empty when
  // the word was never seen. Numbers are counted under "*NUM*", ordinals under "*ORD*".
  std::span<const TagCount> Observed(std::string_view word) const;
  // The closed-class readings of `lower`; empty for an open-class word.
  std::span<const ClosedClassReading> ClosedClass(std::string_view lower) const;
  // The tag distribution unknown.yml gives for an unknown-word class.
  std::span<const TagCount> Unknown(UnknownClass c) const { return unknown_[static_cast<int>(c)]; }
  // log P(tag) over all counted tokens.
  float LogPrior(PosTag tag) const { return log_prior_[static_cast<int>(tag)]; }
  // log P(next | previous), smoothed; a sentence starts after PosTag::kPeriod.
  float LogTransition(PosTag previous, PosTag next) const {
    return log_transition_[static_cast<int>(previous) * kPosTagCount + static_cast<int>(next)];
  }

  const Morphy& morphy() const { return morphy_; }

  // The dictionary form of `lower` read as `tag`: the closed-class lemma, else WordNet's
  // base form for nouns, verbs and adjectives; empty when neither knows one (the caller
  // then uses the word itself).
  std::string_view Lemma(std::string_view lower, PosTag tag) const;
  // The same, given the word's ClosedClass(lower) readings, which the caller looked up.
  std::string_view Lemma(std::string_view lower, PosTag tag,
                         std::span<const ClosedClassReading> closed_class) const;

 private:
  Lexicon() = default;
  Status LoadFrom(const LexiconPaths& paths);
  Status LoadWords(const std::string& path);
  Status LoadTransitions(const std::string& path);
  Status LoadUnknown(const std::string& path);

  std::string words_file_;  // words.yml: the keys of observed_ are views into it
  std::vector<TagCount> counts_;
  struct Range {
    uint32_t begin = 0;
    uint32_t size = 0;
  };
  WordMap<Range> observed_;
  WordMap<std::span<const ClosedClassReading>> closed_class_;
  std::array<std::vector<TagCount>, kUnknownClassCount> unknown_;
  std::array<float, kPosTagCount> log_prior_{};
  std::array<float, kPosTagCount * kPosTagCount> log_transition_{};
  Morphy morphy_;
};

// The PosTag of a Lingua::EN::Tagger tag name ("det" -> DT, "ppc" -> ","); nullopt if none.
std::optional<PosTag> ParseLinguaTag(std::string_view name);

}  // namespace tacitus

#endif  // TACITUS_LEX_LEXICON_H_

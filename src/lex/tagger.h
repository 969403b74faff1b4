// Part-of-speech tags and lemmas for segmented text.
//
//   std::shared_ptr<const Lexicon> lexicon = *Lexicon::Load();
//   const Tagger tagger(lexicon);               // cheap; share it between threads
//   segmenter.Segment(story_text, &doc);
//   tagger.Tag(&doc);                            // every token: tag, lemma, kInLexicon
//
// A bigram hidden Markov model decoded with Viterbi over Penn Treebank counts, each token
// restricted to the tags its word was seen with (closed-class words to their listed
// readings; unknown words to what their WordNet entries, suffix, shape and capitalisation
// allow), followed by a few context rules for errors a bigram model makes systematically
// (quotes, VBD/VBN after have/be, "that", "'s"). Tag never fails: every token gets a tag.
// Lemmas are lower case and are views into the Lexicon or into the token's own
// NormalizedText::folded() bytes; they live as long as both.
#ifndef TACITUS_LEX_TAGGER_H_
#define TACITUS_LEX_TAGGER_H_

#include <memory>
#include <span>

#include "lex/lexicon.h"
#include "text/document.h"

namespace tacitus {

class Tagger {
 public:
  explicit Tagger(std::shared_ptr<const Lexicon> lexicon);

  // Tags every sentence of `doc`. Const and thread-safe: scratch space is per thread and
  // reused, so steady-state tagging does not allocate.
  void Tag(Document* doc) const;
  // Tags one sentence's tokens.
  void TagSentence(std::span<Token> tokens) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace tacitus

#endif  // TACITUS_LEX_TAGGER_H_

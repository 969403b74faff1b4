// The text stage in one call: normalise a story, cut it into tokens and sentences.
//
//   const TextSegmenter segmenter;           // once per process; immutable, thread-safe
//   Document doc;                            // one per thread, reused story after story
//   segmenter.Segment(story_text, &doc);     // no allocation once doc's buffers have grown
//   for (const Sentence& s : doc.sentences)
//     if (!s.is_dateline) for (const Token& t : doc.SentenceTokens(s)) ...
//
// See normalize.h, tokenizer.h and sentence_splitter.h for the rules of each step.
#ifndef TACITUS_TEXT_SEGMENTER_H_
#define TACITUS_TEXT_SEGMENTER_H_

#include <string_view>

#include "text/document.h"
#include "text/normalize.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus {

class TextSegmenter {
 public:
  TextSegmenter();  // compiles its tables once; immutable afterwards, safe from many threads

  // Normalises `original` (UTF-8; invalid sequences become U+FFFD), cuts it into tokens and
  // sentences, and fills `doc` (cleared first). Never fails. Spans in `doc` index
  // `original`, which the caller keeps; views in `doc` point into `doc` itself.
  void Segment(std::string_view original, Document* doc) const;

 private:
  TextNormalizer normalizer_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_SEGMENTER_H_

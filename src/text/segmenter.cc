#include "text/segmenter.h"

namespace tacitus {

TextSegmenter::TextSegmenter() = default;

void TextSegmenter::Segment(std::string_view original, Document* doc) const {
  doc->Clear();
  normalizer_.Normalize(original, &doc->normalized);
  tokenizer_.Tokenize(doc->normalized, &doc->tokens);
  splitter_.Split(doc);
}

}  // namespace tacitus

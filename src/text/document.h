// The token model every stage shares: a story's text, normalised, cut into sentences and
// tokens that are views into it and keep byte spans into the original.
//
//   std::string original = ...;            // the story text, UTF-8, owned by the caller
//   Document doc;                           // reused from story to story: no allocation
//   segmenter.Segment(original, &doc);      //   once its vectors have grown
//   for (const Sentence& s : doc.sentences)
//     for (const Token& t : doc.SentenceTokens(s)) ... t.text, t.span ...
//
// Views in a Document point into the Document's own buffers (normalised text) or into
// long-lived dictionaries (lemmas from the lexicon); they stay valid until the Document
// is reused or destroyed. Spans always index the ORIGINAL text given to Segment.
#ifndef TACITUS_TEXT_DOCUMENT_H_
#define TACITUS_TEXT_DOCUMENT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/span.h"
#include "text/pos_tag.h"

namespace tacitus {

// The text after Unicode normalisation (NFC; curly quotes and apostrophes to ASCII ' and ";
// dashes to "-" or "--"; non-breaking and other spaces to " "), with, for every byte of it,
// the byte of the original it came from.
class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  // text() with ASCII letters lower-cased: same length, same offsets.
  const std::string& folded() const { return folded_; }
  // Maps a span of text() to the span of the original it was made from.
  Span ToOriginal(Span normalized) const {
    return {to_original_[normalized.begin], to_original_[normalized.end]};
  }

  // For the normaliser: clear, then append normalised bytes with their original offsets.
  void Clear() {
    text_.clear();
    folded_.clear();
    to_original_.clear();
  }
  void Append(std::string_view bytes, uint32_t original_offset);
  // Appends bytes copied unchanged from the original, byte i from first_original_offset + i.
  void AppendVerbatim(std::string_view bytes, uint32_t first_original_offset);
  // Closes the map: offset text().size() maps to original_size.
  void Finish(uint32_t original_size);

 private:
  std::string text_;
  std::string folded_;
  std::vector<uint32_t> to_original_;  // text_.size() + 1 entries once finished
};

enum class TokenShape : uint8_t { kWord, kNumber, kPunctuation, kSymbol };

// Bits of Token::flags.
enum TokenFlag : uint8_t {
  kCapitalized = 1 << 0,      // first letter upper case ("Putin", "U.S.")
  kAllCaps = 1 << 1,          // every letter upper case, at least two ("ICC", "NATO")
  kSentenceInitial = 1 << 2,  // first token of its sentence (after any opening quote)
  kSpaceBefore = 1 << 3,      // white space precedes it in the text
  kInLexicon = 1 << 4,        // lex/: the tagger's lexicon knows the word
};

struct Token {
  std::string_view text;   // normalised form; a view into NormalizedText::text()
  std::string_view lower;  // the same bytes in NormalizedText::folded()
  std::string_view lemma;  // lex/: dictionary form ("meet" for "met"), lower case
  Span span;               // bytes of the ORIGINAL text
  uint32_t offset = 0;     // byte offset of `text` in NormalizedText::text()
  PosTag tag = PosTag::kNone;
  TokenShape shape = TokenShape::kWord;
  uint8_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last
  uint32_t paragraph = 0;    // 0-based; paragraphs are separated by blank lines
  Span span;                 // bytes of the ORIGINAL text, first to last token
  bool is_dateline = false;  // "BEIJING, Nov 8 (Reuters) -": where and from whom, not a sentence
  uint32_t size() const { return end_token - first_token; }
};

struct Document {
  NormalizedText normalized;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  void Clear() {
    normalized.Clear();
    tokens.clear();
    sentences.clear();
  }
  std::span<const Token> SentenceTokens(const Sentence& s) const {
    return {tokens.data() + s.first_token, s.size()};
  }
  std::span<Token> SentenceTokens(const Sentence& s) {
    return {tokens.data() + s.first_token, s.size()};
  }
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_DOCUMENT_H_

// Internal to the clause parser: read access to one sentence's tokens and chunks, as every
// pass of ClauseParser (chunker.h, clause_walk.h, clause_roles.h) asks for them.
//
//   const SentenceView view(doc, s, syntax.chunks, chunk_range);
//   if (view.IsFiniteVerbChunk(c) && view.IsComma(c - 1)) ...
//
// Token indices are Document indices and chunk indices are indices into Syntax::chunks.
// Looking past either end is allowed and answers "nothing there": a token at or past the
// sentence's end has tag kNone, and a chunk outside the sentence's range (c - 1 at its
// first chunk wraps to a large index) is of no kind. Other accessors need a valid index.
#ifndef TACITUS_SYNTAX_SENTENCE_VIEW_H_
#define TACITUS_SYNTAX_SENTENCE_VIEW_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "syntax/syntax.h"
#include "text/document.h"
#include "text/pos_tag.h"

namespace tacitus::syntax_internal {

inline constexpr auto kNegators = std::to_array<std::string_view>({"not", "n't", "never"});

// A tensed verb or a modal.
inline bool IsFiniteTag(PosTag t) {
  return t == PosTag::kMD || t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP;
}

inline bool IsQuote(std::string_view text) { return text == "``" || text == "''" || text == "\""; }

class SentenceView {
 public:
  // `chunks` is Syntax::chunks and `chunk_range` the sentence's part of it: empty while the
  // chunker is still making them. Keeps references to `doc` and `chunks`.
  SentenceView(const Document& doc, uint32_t sentence, const std::vector<Chunk>& chunks,
               TokenRange chunk_range)
      : doc_(doc),
        chunks_(chunks),
        sentence_(sentence),
        tb_(doc.sentences[sentence].first_token),
        te_(doc.sentences[sentence].end_token),
        cb_(chunk_range.begin),
        ce_(chunk_range.end) {}

  const Document& doc() const { return doc_; }
  uint32_t sentence() const { return sentence_; }  // index into Document::sentences
  uint32_t first_token() const { return tb_; }
  uint32_t end_token() const { return te_; }
  uint32_t first_chunk() const { return cb_; }
  uint32_t end_chunk() const { return ce_; }

  // ---- tokens ----
  PosTag Tag(uint32_t i) const { return i < te_ ? doc_.tokens[i].tag : PosTag::kNone; }
  std::string_view Text(uint32_t i) const { return doc_.tokens[i].text; }
  std::string_view Lower(uint32_t i) const { return doc_.tokens[i].lower; }
  std::string_view Lemma(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    return t.lemma.empty() ? t.lower : t.lemma;
  }
  bool IsNegator(uint32_t i) const { return i < te_ && In(kNegators, Lower(i)); }

  // ---- chunks ----
  const Chunk& ChunkAt(uint32_t c) const { return chunks_[c]; }
  bool IsKind(uint32_t c, ChunkKind kind) const {
    return c >= cb_ && c < ce_ && ChunkAt(c).kind == kind;
  }
  bool IsPunct(uint32_t c, std::string_view text) const {
    return IsKind(c, ChunkKind::kPunctuation) && Text(ChunkAt(c).head) == text;
  }
  bool IsComma(uint32_t c) const { return IsPunct(c, ","); }
  bool IsAndOr(uint32_t c) const {
    if (!IsKind(c, ChunkKind::kConjunction)) return false;
    const std::string_view w = Lower(ChunkAt(c).head);
    // "nor": "neither X nor Y"; "as": the chunk "as well as" before a noun phrase.
    return w == "and" || w == "or" || w == "nor" || w == "as";
  }
  // The first verb, modal or "to" of verb chunk c; its head when it has none.
  uint32_t FirstVerbToken(uint32_t c) const {
    const TokenRange r = ChunkAt(c).tokens;
    for (uint32_t t = r.begin; t < r.end; ++t) {
      if (Tag(t) == PosTag::kMD || IsVerb(Tag(t)) || Tag(t) == PosTag::kTO) return t;
    }
    return ChunkAt(c).head;
  }
  bool IsFiniteVerbChunk(uint32_t c) const {
    return IsKind(c, ChunkKind::kVerb) && IsFiniteTag(Tag(FirstVerbToken(c)));
  }
  // The chunk before c, skipping adverbs and quotes; -1 when there is none in the sentence.
  int64_t PreviousSignificant(uint32_t c) const {
    int64_t k = static_cast<int64_t>(c) - 1;
    while (k >= cb_) {
      const Chunk& ch = ChunkAt(static_cast<uint32_t>(k));
      const bool quote = ch.kind == ChunkKind::kPunctuation && IsQuote(Text(ch.head));
      if (!(ch.kind == ChunkKind::kAdverb || quote)) return k;
      --k;
    }
    return -1;
  }

 private:
  const Document& doc_;
  const std::vector<Chunk>& chunks_;
  const uint32_t sentence_;
  const uint32_t tb_, te_;  // the sentence's tokens
  const uint32_t cb_, ce_;  // its chunks
};

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_SENTENCE_VIEW_H_

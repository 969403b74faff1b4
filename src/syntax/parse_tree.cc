#include "syntax/parse_tree.h"

#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "base/strings.h"
#include "text/sentence_splitter.h"

namespace tacitus {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The end of a label or word starting at `i`.
size_t AtomEnd(std::string_view tree, size_t i) {
  while (i < tree.size() && !IsBlank(tree[i]) && tree[i] != '(' && tree[i] != ')') ++i;
  return i;
}

size_t SkipBlanks(std::string_view tree, size_t i) {
  while (i < tree.size() && IsBlank(tree[i])) ++i;
  return i;
}

Status TreeError(size_t at, std::string_view what) {
  return Status::Error("parse tree: byte " + std::to_string(at) + ": " + std::string(what));
}

// Each word's place in `text`, searched for in order; a word the text does not hold (a
// parser's `` for ") takes an empty span where the last one ended.
std::vector<Span> FindWordSpans(std::string_view text, std::span<const TreeLeaf> leaves) {
  std::vector<Span> spans;
  spans.reserve(leaves.size());
  size_t cursor = 0;
  for (const TreeLeaf& leaf : leaves) {
    std::string_view word = UnescapePtbBracket(leaf.word);
    if (word == "``" || word == "''") word = "\"";
    const size_t at = text.find(word, cursor);
    // A word far ahead is more likely another occurrence than this one.
    if (at != std::string_view::npos && at - cursor <= 16 + word.size()) {
      spans.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())});
      cursor = at + word.size();
    } else {
      spans.push_back({static_cast<uint32_t>(cursor), static_cast<uint32_t>(cursor)});
    }
  }
  return spans;
}

// The token's shape and its kCapitalized / kAllCaps flags, from its word's ASCII letters.
void SetShapeAndCase(std::string_view word, Token* token) {
  size_t letters = 0;
  bool any_lower = false;
  for (char c : word) {
    if (IsAsciiUpper(c)) {
      if (letters == 0) token->flags |= kCapitalized;
      ++letters;
    } else if (IsAsciiLower(c)) {
      ++letters;
      any_lower = true;
    }
  }
  if (letters >= 2 && !any_lower) token->flags |= kAllCaps;
  const unsigned char first = static_cast<unsigned char>(word.empty() ? ' ' : word.front());
  token->shape = letters > 0                              ? TokenShape::kWord
                 : IsAsciiDigit(static_cast<char>(first)) ? TokenShape::kNumber
                 : (std::ispunct(first) != 0)             ? TokenShape::kPunctuation
                                                          : TokenShape::kSymbol;
}

// A dateline that the tree keeps in the story's first sentence ("CEBU CITY -- Cordova
// Mayor ...") is a sentence of its own, as from raw text.
void SplitDateline(Document* doc) {
  if (doc->sentences.empty()) return;
  const Sentence first = doc->sentences.front();
  const uint32_t dateline_end =
      SentenceSplitter::DatelineEnd(*doc, first.first_token, first.end_token);
  if (dateline_end == first.first_token || dateline_end == first.end_token) return;
  Sentence dateline = first;
  dateline.end_token = dateline_end;
  dateline.is_dateline = true;
  dateline.span.end = doc->tokens[dateline_end - 1].span.end;
  Sentence rest = first;
  rest.first_token = dateline_end;
  rest.span.begin = doc->tokens[dateline_end].span.begin;
  doc->tokens[dateline_end].flags |= kSentenceInitial;
  doc->sentences.front() = rest;
  doc->sentences.insert(doc->sentences.begin(), dateline);
}

}  // namespace

std::string_view UnescapePtbBracket(std::string_view word) {
  if (word == "-LRB-") return "(";
  if (word == "-RRB-") return ")";
  if (word == "-LSB-") return "[";
  if (word == "-RSB-") return "]";
  if (word == "-LCB-") return "{";
  if (word == "-RCB-") return "}";
  return word;
}

Status ReadTreeLeaves(std::string_view tree, std::vector<TreeLeaf>* leaves) {
  uint32_t sentence = 0;
  const size_t first = leaves->size();
  int depth = 0;
  size_t i = SkipBlanks(tree, 0);
  while (i < tree.size()) {
    if (tree[i] == ')') {
      if (depth == 0) return TreeError(i, "')' closes nothing");
      if (--depth == 0) ++sentence;
      i = SkipBlanks(tree, i + 1);
      continue;
    }
    if (tree[i] != '(') return TreeError(i, "a word outside any bracket");
    ++depth;
    const size_t label_begin = SkipBlanks(tree, i + 1);
    const size_t label_end = AtomEnd(tree, label_begin);
    i = SkipBlanks(tree, label_end);
    if (i < tree.size() && tree[i] != '(' && tree[i] != ')') {  // (TAG word)
      if (label_end == label_begin) return TreeError(i, "a word without a tag");
      const size_t word_end = AtomEnd(tree, i);
      leaves->push_back({tree.substr(label_begin, label_end - label_begin),
                         tree.substr(i, word_end - i), sentence});
      i = SkipBlanks(tree, word_end);
      if (i >= tree.size() || tree[i] != ')') return TreeError(i, "a leaf holds two words");
    }
  }
  if (depth != 0) return TreeError(tree.size(), "brackets left open");
  if (leaves->size() == first) return TreeError(0, "no words");
  return Status::Ok();
}

void BuildParsedDocument(std::string_view text, std::span<const TreeLeaf> leaves,
                         const Lexicon& lexicon, Document* doc) {
  doc->Clear();
  NormalizedText& normalized = doc->normalized;
  const std::vector<Span> spans = FindWordSpans(text, leaves);
  std::vector<uint32_t> offsets;
  offsets.reserve(leaves.size());
  for (size_t k = 0; k < leaves.size(); ++k) {
    if (k > 0) normalized.Append(" ", spans[k].begin);
    offsets.push_back(static_cast<uint32_t>(normalized.text().size()));
    normalized.Append(UnescapePtbBracket(leaves[k].word), spans[k].begin);
  }
  normalized.Finish(static_cast<uint32_t>(text.size()));

  const std::string& all = normalized.text();
  const std::string& folded = normalized.folded();
  for (size_t k = 0; k < leaves.size(); ++k) {
    const std::string_view word = UnescapePtbBracket(leaves[k].word);
    Token token;
    token.offset = offsets[k];
    token.text = std::string_view(all).substr(offsets[k], word.size());
    token.lower = std::string_view(folded).substr(offsets[k], word.size());
    token.span = spans[k];
    token.tag = ParsePosTag(leaves[k].tag).value_or(PosTag::kNone);
    SetShapeAndCase(word, &token);
    if (spans[k].begin > 0 && IsBlank(text[spans[k].begin - 1])) token.flags |= kSpaceBefore;
    const bool first_of_sentence = k == 0 || leaves[k - 1].sentence != leaves[k].sentence;
    if (first_of_sentence) token.flags |= kSentenceInitial;
    std::string_view lemma;
    if (!IsProperNoun(token.tag)) lemma = lexicon.Lemma(token.lower, token.tag);
    token.lemma = lemma.empty() ? token.lower : lemma;
    if (first_of_sentence) {
      Sentence sentence;
      sentence.first_token = static_cast<uint32_t>(doc->tokens.size());
      doc->sentences.push_back(sentence);
    }
    doc->tokens.push_back(token);
    Sentence& sentence = doc->sentences.back();
    sentence.end_token = static_cast<uint32_t>(doc->tokens.size());
    const Token& first_token = doc->tokens[sentence.first_token];
    sentence.span = {first_token.span.begin, token.span.end};
  }
  SplitDateline(doc);
}

}  // namespace tacitus

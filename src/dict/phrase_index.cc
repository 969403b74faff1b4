#include "dict/phrase_index.h"

#include <utility>

namespace tacitus {
namespace {

// How a name token is keyed: capitals-only tokens exactly as written, the rest case-folded.
bool IsExact(const Token& token) { return token.has(kAllCaps); }
std::string_view KeyOf(const Token& token) { return IsExact(token) ? token.text : token.lower; }

}  // namespace

uint32_t PhraseIndex::Builder::ChildOrNew(uint32_t node, bool exact, std::string_view word) {
  const std::string_view key = *words_.emplace(word).first;
  auto [it, added] =
      edges_.try_emplace(EdgeKey{node, exact, key}, static_cast<uint32_t>(node_ids_.size()));
  if (added) node_ids_.emplace_back();
  return it->second;
}

void PhraseIndex::Builder::AddPath(std::span<const Token> name, uint32_t id) {
  uint32_t node = 0;
  for (const Token& token : name) node = ChildOrNew(node, IsExact(token), KeyOf(token));
  node_ids_[node].push_back(id);
}

void PhraseIndex::Builder::Add(std::span<const Token> name, uint32_t id) {
  if (name.empty()) return;
  AddPath(name, id);
  if (name.size() > 1 && name.front().text == "the") AddPath(name.subspan(1), id);
}

PhraseIndex PhraseIndex::Builder::Build() && {
  PhraseIndex index;
  index.match_lemmas_ = match_lemmas_;
  index.nodes_.resize(node_ids_.size());
  for (size_t n = 0; n < node_ids_.size(); ++n) {
    index.nodes_[n].ids_begin = static_cast<uint32_t>(index.ids_.size());
    index.nodes_[n].ids_count = static_cast<uint32_t>(node_ids_[n].size());
    index.ids_.insert(index.ids_.end(), node_ids_[n].begin(), node_ids_[n].end());
  }
  size_t capacity = 16;
  while (capacity < 2 * edges_.size()) capacity *= 2;
  index.edges_.resize(capacity);
  index.edge_mask_ = capacity - 1;
  for (const auto& [key, child] : edges_) {
    const uint64_t hash = Hash(key.from, key.exact, key.word);
    size_t slot = hash & index.edge_mask_;
    while (index.edges_[slot].to != 0) slot = (slot + 1) & index.edge_mask_;
    index.edges_[slot] = {hash, key.word, key.from * 2 + key.exact, child};
  }
  index.words_ = std::move(words_);
  return index;
}

// Inline, so that Walk's three probes per token make no calls: LongestAt runs at every token
// of every sentence, and most probes find nothing.
inline uint32_t PhraseIndex::Child(uint32_t node, bool exact, std::string_view word) const {
  const uint64_t hash = Hash(node, exact, word);
  const uint32_t from = node * 2 + exact;
  for (size_t slot = hash & edge_mask_;; slot = (slot + 1) & edge_mask_) {
    const Edge& edge = edges_[slot];
    if (edge.to == 0) return 0;  // 0 (the root) is never anyone's child
    if (edge.hash == hash && edge.from == from && SameWord(edge.word, word)) return edge.to;
  }
}

void PhraseIndex::Walk(std::span<const Token> tokens, size_t position, uint32_t node,
                       uint32_t depth, uint32_t* best_length, uint32_t* best_node) const {
  if (nodes_[node].ids_count > 0 && depth > *best_length) {
    *best_length = depth;
    *best_node = node;
  }
  if (position >= tokens.size() || depth >= kMaxNameTokens) return;
  const Token& token = tokens[position];
  // A token can follow up to three edges: exact capitals, its folded form, its lemma.
  if (token.has(kAllCaps)) {
    if (uint32_t next = Child(node, true, token.text)) {
      Walk(tokens, position + 1, next, depth + 1, best_length, best_node);
    }
  }
  if (uint32_t next = Child(node, false, token.lower)) {
    Walk(tokens, position + 1, next, depth + 1, best_length, best_node);
  }
  if (match_lemmas_ && !token.lemma.empty() && !SameWord(token.lemma, token.lower)) {
    if (uint32_t next = Child(node, false, token.lemma)) {
      Walk(tokens, position + 1, next, depth + 1, best_length, best_node);
    }
  }
}

PhraseMatch PhraseIndex::LongestAt(std::span<const Token> tokens, size_t start) const {
  PhraseMatch match;
  if (nodes_.empty() || start >= tokens.size()) return match;
  uint32_t best_node = 0;
  Walk(tokens, start, 0, 0, &match.length, &best_node);
  if (match.length > 0) {
    const Node& node = nodes_[best_node];
    match.ids = std::span<const uint32_t>(ids_.data() + node.ids_begin, node.ids_count);
  }
  return match;
}

}  // namespace tacitus

// A token-sequence trie over dictionary names: the longest name that starts at a token.
//
//   PhraseIndex::Builder builder(/*match_lemmas=*/false);
//   builder.Add(name_tokens, entry_id);           // name_tokens: the name cut by TextSegmenter
//   PhraseIndex index = std::move(builder).Build();
//   PhraseMatch m = index.LongestAt(sentence_tokens, i);   // m.length == 0: no name there
//   for (uint32_t id : m.ids) ... entries[id] ...
//
// Matching rules, so that names match as news writes them:
//   * tokens compare on Token::lower (ASCII case folded);
//   * a name token written in all capitals ("US", "ICC", "U.S.") matches only a token written
//     exactly so, so the pronoun "us" is not the United States;
//   * with match_lemmas, a text token also matches on its Token::lemma ("soldiers" -> "soldier");
//   * a name that begins with a lower-case "the" also matches without it ("the United Nations"
//     matches "United Nations"; "The Hague" keeps its "The").
// A built index is immutable and safe to use from many threads; LongestAt never allocates.
#ifndef TACITUS_DICT_PHRASE_INDEX_H_
#define TACITUS_DICT_PHRASE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "text/document.h"

namespace tacitus {

struct PhraseMatch {
  uint32_t length = 0;            // tokens matched; 0 when no name starts there
  std::span<const uint32_t> ids;  // the entries of that name, in the order they were added
};

class PhraseIndex {
 private:
  struct EdgeKey {
    uint32_t from;
    bool exact;
    std::string_view word;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& key) const { return Hash(key.from, key.exact, key.word); }
  };
  static uint64_t Hash(uint32_t from, bool exact, std::string_view word) {
    return WordHash()(word) + (uint64_t{from} * 2 + exact) * 0x9E3779B97F4A7C15ull;
  }

 public:
  // Names longer than this are refused by the loader, which bounds LongestAt's search depth.
  static constexpr size_t kMaxNameTokens = 24;

  class Builder {
   public:
    explicit Builder(bool match_lemmas) : match_lemmas_(match_lemmas) {}
    // Adds `name` (1..kMaxNameTokens tokens, as TextSegmenter cut it) for entry `id`.
    // Adding the same name twice keeps both ids (the loader decides whether that is an error).
    void Add(std::span<const Token> name, uint32_t id);
    PhraseIndex Build() &&;

   private:
    void AddPath(std::span<const Token> name, uint32_t id);
    uint32_t ChildOrNew(uint32_t node, bool exact, std::string_view word);

    bool match_lemmas_;
    std::unordered_set<std::string> words_;  // owns the edge keys (nodes never move)
    std::unordered_map<EdgeKey, uint32_t, EdgeKeyHash> edges_;
    std::vector<std::vector<uint32_t>> node_ids_{1};  // node 0 is the root
  };

  PhraseIndex() = default;  // empty: matches nothing
  PhraseIndex(PhraseIndex&&) = default;
  PhraseIndex& operator=(PhraseIndex&&) = default;
  PhraseIndex(const PhraseIndex&) = delete;  // edge keys view into words_
  PhraseIndex& operator=(const PhraseIndex&) = delete;

  // The longest name starting at tokens[start] (length 0 if none, or start is past the end).
  PhraseMatch LongestAt(std::span<const Token> tokens, size_t start) const;

  bool match_lemmas() const { return match_lemmas_; }

 private:
  struct Node {
    uint32_t ids_begin = 0;
    uint32_t ids_count = 0;
  };

  uint32_t Child(uint32_t node, bool exact, std::string_view word) const;
  // Depth-first search for the deepest node with entries; depth <= kMaxNameTokens.
  void Walk(std::span<const Token> tokens, size_t position, uint32_t node, uint32_t depth,
            uint32_t* best_length, uint32_t* best_node) const;

  // The edges in one open-addressed table (linear probing, a power of two at most half
  // full), which a lookup reads without chasing a bucket list: LongestAt probes it for
  // every token of every sentence, most often for a word that starts no name.
  struct Edge {
    uint64_t hash = 0;
    std::string_view word;
    uint32_t from = 0;  // the parent node, times 2, plus 1 for an exact-capitals edge
    uint32_t to = 0;    // the child node; 0 (the root) marks an empty slot
  };

  bool match_lemmas_ = false;
  std::unordered_set<std::string> words_;  // owns the edges' words
  std::vector<Edge> edges_;
  size_t edge_mask_ = 0;
  std::vector<Node> nodes_;
  std::vector<uint32_t> ids_;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_PHRASE_INDEX_H_

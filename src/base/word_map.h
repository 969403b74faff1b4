// WordMap: a table from words to small values, built once and then read by every thread, for
// the word tables the analysis probes several times per token (the lexicon's counts and
// closed-class words, WordNet's lemmas and exceptions, the dictionaries' pattern heads).
//
//   WordMap<uint8_t> lemmas;
//   *lemmas.TryEmplace(word).first |= bit;        // `word`'s bytes must outlive the map
//   if (const uint8_t* parts = lemmas.Find("country")) ...
//
// One open-addressed array (linear probing, a power of two at most about 70% full), each slot
// holding the key's hash and a view of its bytes: a lookup reads one or two adjacent slots
// and compares bytes only where the hashes agree, where a node-based std::unordered_map
// chases a bucket pointer and a node for each probe, and a word that is not there (the
// commonest lookup) usually costs one cache line. The map never owns its keys' bytes; the
// caller keeps them alive (the loaded file, the dictionary entry). Values move when the table
// grows, so pointers from TryEmplace last until the next TryEmplace; a map that is only read
// is safe to share between threads. Allocation failure throws std::bad_alloc, as the
// standard containers do.
#ifndef TACITUS_BASE_WORD_MAP_H_
#define TACITUS_BASE_WORD_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "base/hash.h"

namespace tacitus {

template <typename Value>
class WordMap {
 public:
  // The value of `word`, or nullptr when the map does not have it.
  const Value* Find(std::string_view word) const {
    const Slot* slot = SlotOf(word, HashOf(word));
    return slot->hash == kEmpty ? nullptr : &slot->value;
  }
  // Like Find, with the map's own view of the key (the bytes the caller inserted); value is
  // nullptr when the map does not have `word`.
  struct Entry {
    std::string_view word;
    const Value* value = nullptr;
  };
  Entry FindEntry(std::string_view word) const {
    const Slot* slot = SlotOf(word, HashOf(word));
    if (slot->hash == kEmpty) return {};
    return {slot->word, &slot->value};
  }

  // The value of `word`, value-initialised if it was not there, and whether it was added.
  std::pair<Value*, bool> TryEmplace(std::string_view word) {
    if (10 * (size_ + 1) > 7 * slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const uint64_t hash = HashOf(word);
    Slot* slot = const_cast<Slot*>(SlotOf(word, hash));
    if (slot->hash != kEmpty) return {&slot->value, false};
    *slot = Slot{hash, word, Value{}};
    ++size_;
    return {&slot->value, true};
  }

  // Makes room for `count` words without growing again.
  void Reserve(size_t count) {
    size_t capacity = 16;
    while (7 * capacity < 10 * count) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmpty = 0;
  struct Slot {
    uint64_t hash = kEmpty;
    std::string_view word;
    Value value{};
  };

  // WordHash, with 0 kept for empty slots.
  static uint64_t HashOf(std::string_view word) {
    const uint64_t hash = WordHash()(word);
    return hash == kEmpty ? 1 : hash;
  }

  // The slot holding `word`, or the empty slot where it would go. The table always has an
  // empty slot (it is never more than 70% full), so the probe ends; an empty map has none,
  // and answers from a shared empty slot.
  const Slot* SlotOf(std::string_view word, uint64_t hash) const {
    static const Slot kNoSlot;
    if (slots_.empty()) return &kNoSlot;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == kEmpty || (slot.hash == hash && SameWord(slot.word, word))) return &slot;
    }
  }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(capacity));
    const size_t mask = capacity - 1;
    for (Slot& slot : old) {
      if (slot.hash == kEmpty) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].hash != kEmpty) i = (i + 1) & mask;
      slots_[i] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_BASE_WORD_MAP_H_

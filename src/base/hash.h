// Two hashes of bytes.
//
// Fnv1a64 is stable across builds, machines and runs, which std::hash is not: for values
// that are stored or compared between runs (event ids, story content hashes, dictionary
// versions).
//
//   Fnv1a64 hash;
//   hash.Add("foo");
//   hash.Add(std::string_view("\0", 1));  // a separator, so ("ab","c") and ("a","bc") differ
//   hash.Add("bar");
//   std::string version = HexDigits16(hash.value());   // 16 hex digits
//
// FNV-1a with 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/): fast and simple, not
// cryptographic, so never for anything an adversary could choose to collide.
#ifndef TACITUS_BASE_HASH_H_
#define TACITUS_BASE_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tacitus {

class Fnv1a64 {
 public:
  // Hashes the bytes of `bytes` in order. Add("ab") then Add("c") equals Add("abc").
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= kPrime;
    }
  }
  uint64_t value() const { return hash_; }

 private:
  static constexpr uint64_t kOffsetBasis = 0xcbf29ce484222325ull;
  static constexpr uint64_t kPrime = 0x100000001b3ull;
  uint64_t hash_ = kOffsetBasis;
};

// WordHash is for in-memory tables keyed by words (the lexicon, the dictionaries' names and
// heads), which the coder probes several times per token: it is inlined and reads a short
// word in one or two loads, where std::hash<std::string_view> calls a general-purpose byte
// hash. Its values are not stable across builds: never store them.
//
//   std::unordered_map<std::string_view, Range, WordHash> observed;
struct WordHash {
  // Not noexcept, on purpose: libstdc++'s unordered containers then keep each key's hash
  // beside it and compare hashes before bytes when they walk a bucket, which a hot lookup of
  // a word that is not there needs (with noexcept they compare the keys' bytes instead).
  size_t operator()(std::string_view word) const {
    const char* bytes = word.data();
    const size_t size = word.size();
    uint64_t hash = kSeed ^ size;  // the size, so that the overlapping reads below differ
    if (size >= 8) {
      size_t i = 0;
      for (; i + 8 < size; i += 8) hash = Mix(hash ^ Read<uint64_t>(bytes + i));
      return Mix(hash ^ Read<uint64_t>(bytes + size - 8));  // the last 8, overlapping
    }
    if (size >= 4) {
      const uint64_t head = Read<uint32_t>(bytes), tail = Read<uint32_t>(bytes + size - 4);
      return Mix(hash ^ (head << 32 | tail));
    }
    if (size > 0) {
      const auto byte = [bytes](size_t at) { return uint64_t{static_cast<uint8_t>(bytes[at])}; };
      return Mix(hash ^ (byte(0) << 16 | byte(size / 2) << 8 | byte(size - 1)));
    }
    return Mix(hash);
  }

 private:
  static constexpr uint64_t kSeed = 0x9e3779b97f4a7c15ull;
  template <typename Word>
  static uint64_t Read(const char* bytes) {
    Word word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
  }
  // One multiply, then the high bits folded down so that every bit of the input reaches the
  // low bits that pick a bucket.
  static uint64_t Mix(uint64_t value) {
    value *= 0xff51afd7ed558ccdull;
    return value ^ (value >> 32);
  }
};

// Whether two words are the same bytes, inlined for the short words of the word tables: a
// word of up to 16 bytes is compared in two overlapping loads from each side, where
// operator== calls the library's memcmp. The tables call it only once the hashes agree, so
// it is nearly always comparing equal words.
inline bool SameWord(std::string_view a, std::string_view b) {
  const size_t size = a.size();
  if (size != b.size()) return false;
  const auto load = [](const char* bytes, auto word) {
    std::memcpy(&word, bytes, sizeof word);
    return word;
  };
  if (size >= 8 && size <= 16) {
    return load(a.data(), uint64_t{}) == load(b.data(), uint64_t{}) &&
           load(a.data() + size - 8, uint64_t{}) == load(b.data() + size - 8, uint64_t{});
  }
  if (size >= 4 && size < 8) {
    return load(a.data(), uint32_t{}) == load(b.data(), uint32_t{}) &&
           load(a.data() + size - 4, uint32_t{}) == load(b.data() + size - 4, uint32_t{});
  }
  if (size < 4) {
    for (size_t i = 0; i < size; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  return std::memcmp(a.data(), b.data(), size) == 0;
}

// `value` as 16 lower-case hex digits, leading zeros kept ("00000000000000ff" for 255).
std::string HexDigits16(uint64_t value);

}  // namespace tacitus

#endif  // TACITUS_BASE_HASH_H_

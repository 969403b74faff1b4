// A hash that is stable across builds, machines and runs, which std::hash is not: for values
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

#include <cstdint>
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

// `value` as 16 lower-case hex digits, leading zeros kept ("00000000000000ff" for 255).
std::string HexDigits16(uint64_t value);

}  // namespace tacitus

#endif  // TACITUS_BASE_HASH_H_

#include "base/hash.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

uint64_t HashOf(std::string_view bytes) {
  Fnv1a64 hash;
  hash.Add(bytes);
  return hash.value();
}

TEST(Fnv1a64, MatchesThePublishedTestVectors) {
  // From the FNV reference test suite (test_fnv.c, fnv1a_64 vectors).
  EXPECT_EQ(HashOf(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(HashOf("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(HashOf("foobar"), 0x85944171f73967e8ull);
}

TEST(Fnv1a64, HashesBytesInOrderWhateverTheChunks) {
  Fnv1a64 chunked;
  chunked.Add("foo");
  chunked.Add("");
  chunked.Add("bar");
  EXPECT_EQ(chunked.value(), HashOf("foobar"));
  EXPECT_NE(HashOf("ab"), HashOf("ba"));
  // Every byte counts, a NUL and bytes past 0x7f included.
  EXPECT_NE(HashOf(std::string_view("a\0", 2)), HashOf("a"));
  EXPECT_NE(HashOf("\xff"), HashOf("\x7f"));
}

TEST(WordHash, EveryByteOfAWordCounts) {
  const WordHash hash;
  EXPECT_EQ(hash("protest"), hash(std::string("protest")));
  // Words that differ in one byte, within the first eight, past them, or in length only.
  EXPECT_NE(hash("protest"), hash("protess"));
  EXPECT_NE(hash("demonstrations"), hash("demonstrationz"));
  EXPECT_NE(hash("ab"), hash(std::string_view("ab\0", 3)));
  EXPECT_NE(hash(""), hash(std::string_view("\0", 1)));
  EXPECT_NE(hash("\xff"), hash("\x7f"));
  // The bucket bits: over many short words, the low byte takes most of its 256 values.
  std::vector<bool> seen(256);
  size_t distinct = 0;
  for (int n = 0; n < 1000; ++n) {
    const size_t low = hash(std::to_string(n)) & 0xff;
    distinct += !seen[low];
    seen[low] = true;
  }
  EXPECT_GT(distinct, 240u);
}

TEST(SameWord, AgreesWithOperatorEqualsAtEveryLengthAndPosition) {
  // Every length from 0 to 40 (each load width and the memcmp path), the two words in
  // separate buffers, with one byte changed at each position in turn or the length changed.
  for (size_t size = 0; size <= 40; ++size) {
    const std::string word(size, 'a');
    std::string copy = word;
    EXPECT_TRUE(SameWord(word, copy)) << size;
    for (size_t at = 0; at < size; ++at) {
      std::string other = word;
      other[at] = 'b';
      EXPECT_FALSE(SameWord(word, other)) << size << " at " << at;
    }
    EXPECT_FALSE(SameWord(word, word + "a")) << size;
  }
  EXPECT_TRUE(SameWord("", ""));
  EXPECT_FALSE(SameWord(std::string_view("a\0", 2), "a"));
}

TEST(HexDigits16, WritesSixteenLowerCaseDigits) {
  EXPECT_EQ(HexDigits16(0), "0000000000000000");
  EXPECT_EQ(HexDigits16(255), "00000000000000ff");
  EXPECT_EQ(HexDigits16(0x85944171f73967e8ull), "85944171f73967e8");
  EXPECT_EQ(HexDigits16(~uint64_t{0}), "ffffffffffffffff");
}

}  // namespace
}  // namespace tacitus

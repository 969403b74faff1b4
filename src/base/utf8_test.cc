#include "base/utf8.h"

#include <gtest/gtest.h>

#include <string_view>

namespace tacitus {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII, long enough for the 8-byte path"),
            std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("Xi\xE2\x80\x99s visit \xE2\x80\x94 caf\xC3\xA9"),
            std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xED\x9F\xBF \xEF\xBF\xBF"),
            std::string_view::npos);  // U+1F600, U+10FFFF, U+D7FF, U+FFFF
}

TEST(Utf8, FindsTheFirstIllFormedByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2u);               // lone continuation
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC0\x80"), 10u);  // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("\xC1\xBF"), 0u);             // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xE0\x9F\xBF"), 1u);        // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);        // surrogate U+D800
  EXPECT_EQ(FindInvalidUtf8("x\xF0\x8F\xBF\xBF"), 1u);    // overlong 4-byte
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);    // U+110000
  EXPECT_EQ(FindInvalidUtf8("x\xF5\x80\x80\x80"), 1u);    // no such lead byte
  EXPECT_EQ(FindInvalidUtf8("caf\xC3"), 3u);              // cut short at the end
  EXPECT_EQ(FindInvalidUtf8("caf\xE2\x80x"), 3u);         // cut short inside
  EXPECT_EQ(FindInvalidUtf8("\xC3\xA9\xFF"), 2u);
}

}  // namespace
}  // namespace tacitus

#include "base/strings.h"

#include <gtest/gtest.h>

#include <array>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

using Fields = std::vector<std::string_view>;

TEST(Strings, InFindsAWordOfAFixedListExactly) {
  constexpr auto kWords = std::to_array<std::string_view>({"meet", "visit"});
  EXPECT_TRUE(In(kWords, "visit"));
  EXPECT_FALSE(In(kWords, "Visit"));  // case counts: callers pass lemmas or folded text
  EXPECT_FALSE(In(kWords, "vis"));
  EXPECT_FALSE(In(std::array<std::string_view, 0>{}, ""));
}

TEST(Strings, ClassifiesAsciiOnly) {
  for (char c : std::string_view(" \t\n\r\f\v")) EXPECT_TRUE(IsAsciiWhitespace(c)) << int{c};
  for (char c : std::string_view("a0_\x85\xa0")) EXPECT_FALSE(IsAsciiWhitespace(c)) << int{c};
  EXPECT_TRUE(IsAsciiDigit('0'));
  EXPECT_TRUE(IsAsciiDigit('9'));
  EXPECT_FALSE(IsAsciiDigit('a'));
  EXPECT_FALSE(IsAsciiDigit('/'));  // the bytes either side of 0-9
  EXPECT_FALSE(IsAsciiDigit(':'));
  EXPECT_TRUE(IsAsciiUpper('A'));
  EXPECT_TRUE(IsAsciiUpper('Z'));
  EXPECT_FALSE(IsAsciiUpper('a'));
  EXPECT_FALSE(IsAsciiUpper('@'));
  EXPECT_FALSE(IsAsciiUpper('['));
  EXPECT_TRUE(IsAsciiLower('a'));
  EXPECT_TRUE(IsAsciiLower('z'));
  EXPECT_FALSE(IsAsciiLower('A'));
  EXPECT_FALSE(IsAsciiLower('`'));
  EXPECT_FALSE(IsAsciiLower('{'));
  EXPECT_TRUE(IsAsciiLetter('q'));
  EXPECT_TRUE(IsAsciiLetter('Q'));
  EXPECT_FALSE(IsAsciiLetter('5'));
  EXPECT_FALSE(IsAsciiLetter('\xc3'));  // the lead byte of "É" in UTF-8
}

TEST(Strings, FoldsAsciiCaseAndLeavesOtherBytes) {
  EXPECT_EQ(AsciiToLower('Q'), 'q');
  EXPECT_EQ(AsciiToLower('q'), 'q');
  EXPECT_EQ(AsciiToUpper('q'), 'Q');
  EXPECT_EQ(AsciiToUpper('['), '[');
  EXPECT_EQ(AsciiLowercase("Xi Jinping, PRC-2023"), "xi jinping, prc-2023");
  EXPECT_EQ(AsciiUppercase("rusgov 04x"), "RUSGOV 04X");
  // "Élysée" in UTF-8: only the ASCII letters change.
  EXPECT_EQ(AsciiLowercase("\xc3\x89LYS\xc3\x89\x45"), "\xc3\x89lys\xc3\x89\x65");
  EXPECT_EQ(AsciiUppercase("\xc3\xa9lys\xc3\xa9\x65"), "\xc3\xa9LYS\xc3\xa9\x45");
  EXPECT_EQ(AsciiLowercase(""), "");
}

TEST(Strings, TrimsTheBlanksAskedFor) {
  EXPECT_EQ(Trim("  Beijing \t\r\n"), "Beijing");
  EXPECT_EQ(Trim("\f\vBeijing"), "Beijing");
  EXPECT_EQ(Trim("Xi  Jinping"), "Xi  Jinping");  // inner blanks stay
  EXPECT_EQ(Trim(" \tBeijing\r\n", kSpaceAndTab), "Beijing\r\n");
  EXPECT_EQ(Trim("--x--", "-"), "x");
  EXPECT_EQ(TrimLeading("  a b  "), "a b  ");
  EXPECT_EQ(TrimLeading("\n\ta", kSpaceAndTab), "\n\ta");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("abc"), "abc");
}

TEST(Strings, TrimmedViewsStayInsideTheirText) {
  // Callers take offsets from the result (trimming a string in place), so even an all-blank
  // text gives a view into it, at its end.
  const std::string_view text = "  a  ";
  const std::string_view trimmed = Trim(text);
  EXPECT_EQ(trimmed.data() - text.data(), 2);
  const std::string_view blank = "   ";
  EXPECT_EQ(Trim(blank).data(), blank.data() + blank.size());
  EXPECT_EQ(TrimLeading(blank).data(), blank.data() + blank.size());
}

TEST(Strings, SplitsOnASeparatorKeepingEmptyFields) {
  EXPECT_EQ(SplitOn("a\tb\tc", '\t'), (Fields{"a", "b", "c"}));
  EXPECT_EQ(SplitOn("a\t\tb\t", '\t'), (Fields{"a", "", "b", ""}));
  EXPECT_EQ(SplitOn("no tab", '\t'), (Fields{"no tab"}));
  EXPECT_EQ(SplitOn("", '|'), (Fields{""}));
  EXPECT_EQ(SplitOn("|", '|'), (Fields{"", ""}));
}

TEST(Strings, SplitWordsDropsRunsOfBlanks) {
  EXPECT_EQ(SplitWords("  a \t\n b\r\nc  "), (Fields{"a", "b", "c"}));
  EXPECT_EQ(SplitWords("one"), (Fields{"one"}));
  EXPECT_EQ(SplitWords(" \t\v\f "), Fields{});
  EXPECT_EQ(SplitWords(""), Fields{});
  // Only the blanks asked for separate: here a newline is part of a word.
  EXPECT_EQ(SplitWords("a\nb\tc d", kSpaceAndTab), (Fields{"a\nb", "c", "d"}));
}

TEST(Excerpt, CutsLongTextAtACharacterBoundary) {
  EXPECT_EQ(Excerpt("short line"), "short line");
  const std::string eighty(80, 'x');
  EXPECT_EQ(Excerpt(eighty), eighty);
  EXPECT_EQ(Excerpt(std::string(10 << 20, 'x')), eighty + "\xE2\x80\xA6");
  // "é" (2 bytes) at bytes 79-80 would be cut in two: it goes whole.
  const std::string accented = std::string(79, 'x') + "\xC3\xA9" + "tail";
  EXPECT_EQ(Excerpt(accented), std::string(79, 'x') + "\xE2\x80\xA6");
  // Bytes that are no UTF-8 at all are cut at the limit.
  const std::string stray(100, '\x80');
  EXPECT_EQ(Excerpt(stray), std::string(80, '\x80') + "\xE2\x80\xA6");
}

}  // namespace
}  // namespace tacitus

#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace tacitus {
namespace {

std::string Normalized(std::string_view original) {
  static const TextNormalizer normalizer;
  NormalizedText out;
  normalizer.Normalize(original, &out);
  return out.text();
}

TEST(TextNormalizer, CopiesAsciiAsItIs) {
  EXPECT_EQ(Normalized("Putin met Xi in Beijing (Reuters) -- 3.5% of $1,500."),
            "Putin met Xi in Beijing (Reuters) -- 3.5% of $1,500.");
  EXPECT_EQ(Normalized(""), "");
}

TEST(TextNormalizer, MapsPunctuationAndSpacesToAscii) {
  struct Case {
    std::string_view original, normalized;
  } cases[] = {
      {"forum\u2019s", "forum's"},                   // right single quote as apostrophe
      {"\u2018no\u2019", "'no'"},                    // curly single quotes
      {"\u201Bx\u2032", "'x'"},                      // reversed quote, prime
      {"\u201Cyes\u201D", "\"yes\""},                // curly double quotes
      {"\u201Eja\u201C", "\"ja\""},                  // low double quote
      {"\u00ABoui\u00BB", "\"oui\""},                // guillemets
      {"5\u2033", "5\""},                            // double prime
      {"1990\u20132000", "1990-2000"},               // en dash
      {"\u22125", "-5"},                             // minus sign
      {"Beijing\u2014which", "Beijing--which"},      // em dash
      {"a\u2015b", "a--b"},                          // horizontal bar
      {"wait\u2026", "wait..."},                     // ellipsis
      {"10\u00A0km", "10 km"},                       // no-break space
      {"a\u2009b\u202Fc\u3000d", "a b c d"},         // thin, narrow no-break, ideographic
      {"inter\u00ADnational", "international"},      // soft hyphen dropped
      {"zero\u200Bwidth\u200D\uFEFF", "zerowidth"},  // zero-width space, joiner, BOM
      {"a\tb\x01"
       "c\x7F",
       "a b c "},                      // controls become spaces
      {"a\u0085b\u2028c", "a\nb\nc"},  // next line, line separator
      {"a\u2029b", "a\n\nb"},          // paragraph separator is a blank line
      {"a\r\nb\rc", "a \nb\nc"},       // CRLF stays one line break
  };
  for (const Case& c : cases) EXPECT_EQ(Normalized(c.original), c.normalized) << c.original;
}

TEST(TextNormalizer, ComposesCombiningSequences) {
  EXPECT_EQ(Normalized("cafe\u0301"), "caf\u00E9");
  EXPECT_EQ(Normalized("Erdog\u0306an"), "Erdo\u011Fan");
  EXPECT_EQ(Normalized("\u00E9t\u00E9"), "\u00E9t\u00E9");  // already NFC
  EXPECT_EQ(Normalized("\u212B"), "\u00C5");                // angstrom sign singleton
  EXPECT_EQ(Normalized("q\u0301"), "q\u0301");              // nothing to compose with
}

TEST(TextNormalizer, ReplacesInvalidUtf8) {
  EXPECT_EQ(Normalized("a\xFF"
                       "b"),
            "a\uFFFDb");
  EXPECT_EQ(Normalized("a\x80"), "a\uFFFD");                    // lone continuation byte
  EXPECT_EQ(Normalized("\xC0\xAF"), "\uFFFD\uFFFD");            // overlong '/'
  EXPECT_EQ(Normalized("x\xE2\x80"), "x\uFFFD");                // truncated at the end
  EXPECT_EQ(Normalized("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");  // surrogate
}

TEST(TextNormalizer, MapsEveryByteToTheOriginal) {
  const TextNormalizer normalizer;
  NormalizedText out;
  // "Xi\u2019s \u201Cyes\u201D cafe\u0301\u2014ok" in the original:
  //  X0 i1 ’2-4 s5 _6 “7-9 y10 e11 s12 ”13-15 _16 c17 a18 f19 e20 ◌́21-22 —23-25 o26 k27
  const std::string original = "Xi\u2019s \u201Cyes\u201D cafe\u0301\u2014ok";
  normalizer.Normalize(original, &out);
  ASSERT_EQ(out.text(), "Xi's \"yes\" caf\u00E9--ok");
  EXPECT_EQ(out.ToOriginal({2, 4}), (Span{2, 6}));      // "'s" covers the curly apostrophe
  EXPECT_EQ(out.ToOriginal({5, 6}), (Span{7, 10}));     // opening quote
  EXPECT_EQ(out.ToOriginal({9, 10}), (Span{13, 16}));   // closing quote
  EXPECT_EQ(out.ToOriginal({11, 16}), (Span{17, 23}));  // "café" from "cafe" + U+0301
  EXPECT_EQ(out.ToOriginal({16, 18}), (Span{23, 26}));  // "--" from the em dash
  EXPECT_EQ(out.ToOriginal({18, 20}), (Span{26, 28}));
}

TEST(TextNormalizer, ClearsBeforeReuse) {
  const TextNormalizer normalizer;
  NormalizedText out;
  normalizer.Normalize("a long first story", &out);
  normalizer.Normalize("b\u2019", &out);
  EXPECT_EQ(out.text(), "b'");
  EXPECT_EQ(out.folded(), "b'");
  EXPECT_EQ(out.ToOriginal({0, 2}), (Span{0, 4}));
}

}  // namespace
}  // namespace tacitus

#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string_view>

#include "text/normalize.h"
#include "text/text_test_util.h"

namespace tacitus {
namespace {

void ExpectTokens(std::initializer_list<testing::Golden> cases) {
  testing::ExpectDumps(testing::TokenDump, cases);
}

TEST(Tokenizer, SplitsClitics) {
  ExpectTokens({
      {"Putin's visit", "Putin 's visit"},
      {"they're here", "they 're here"},
      {"we'll see", "we 'll see"},
      {"he'd gone", "he 'd gone"},
      {"we've met", "we 've met"},
      {"I'm sure", "I 'm sure"},
      {"can't", "ca n't"},
      {"won't", "wo n't"},
      {"don't", "do n't"},
      {"isn't", "is n't"},
      {"cannot", "can not"},
      {"gonna", "gon na"},
      {"PUTIN'S", "PUTIN 'S"},
      {"forum\u2019s chief", "forum 's chief"},
      {"O'Brien said", "O'Brien said"},
      {"Cote d'Ivoire", "Cote d'Ivoire"},
  });
}

TEST(Tokenizer, SeparatesWordsJoinedByAnUnderscore) {
  ExpectTokens({
      {"the Prince of Dol_Amroth warned", "the Prince of Dol Amroth warned"},
      {"New_York_Times", "New York Times"},
      {"a _ alone and x_ trailing", "a _ alone and x _ trailing"},
  });
}

TEST(Tokenizer, SplitsPossessiveApostropheAfterPlural) {
  ExpectTokens({
      {"the leaders' talks", "the leaders ' talks"},
      {"the leaders\u2019 talks", "the leaders ' talks"},
  });
}

TEST(Tokenizer, SplitsPunctuationQuotesAndBrackets) {
  ExpectTokens({
      {"Xi, Putin; and: others.", "Xi , Putin ; and : others ."},
      {"\"We agree,\" he said.", "\" We agree , \" he said ."},
      {"\u201CWe agree\u201D", "\" We agree \""},
      {"the Court (ICC) said", "the Court ( ICC ) said"},
      {"[sic] {x}", "[ sic ] { x }"},
      {"Why?! Now!", "Why ?! Now !"},
      {"wait... then", "wait ... then"},
      {"Beijing--which", "Beijing -- which"},
      {"Beijing\u2014which", "Beijing -- which"},
      {"`` unacceptable '' allegations", "`` unacceptable '' allegations"},
      {"'We won't,' he said", "' We wo n't , ' he said"},
  });
}

TEST(Tokenizer, SplitsCurrencyAndPercent) {
  ExpectTokens({
      {"$5 billion", "$ 5 billion"},
      {"rose 3.5%", "rose 3.5 %"},
      {"$1,500.25.", "$ 1,500.25 ."},
      {"#1 & co", "# 1 & co"},
  });
}

TEST(Tokenizer, KeepsASuspendedHyphenOnItsPrefix) {
  ExpectTokens({
      {"an anti- Gondor parade", "an anti- Gondor parade"},
      {"pro- and anti-war groups", "pro- and anti-war groups"},
      {"Beijing - which", "Beijing - which"},
      {"the end -", "the end -"},
  });
}

TEST(Tokenizer, KeepsNumbersWhole) {
  ExpectTokens({
      {"3.5 percent", "3.5 percent"},
      {"1,500 troops", "1,500 troops"},
      {"1,500,000 people", "1,500,000 people"},
      {"on 2023-11-08 at 10:30", "on 2023-11-08 at 10:30"},
      {"fell -5 points", "fell -5 points"},
      {"1,50", "1 , 50"},  // not a thousands group
      {"the 1990s", "the 1990s"},
      {"in 2023.", "in 2023 ."},
  });
}

TEST(Tokenizer, KeepsHyphenatedWordsWhole) {
  ExpectTokens({
      {"long-term ties", "long-term ties"},
      {"Russia-China summit", "Russia-China summit"},
      {"U.S.-China talks", "U.S.-China talks"},
      {"a 500-page report", "a 500-page report"},
      {"Al-Qaeda-linked rebels", "Al-Qaeda-linked rebels"},
      {"AT&T and/or S&P", "AT&T and/or S&P"},
  });
}

TEST(Tokenizer, KeepsAbbreviationPeriods) {
  ExpectTokens({
      {"Mr. Xi", "Mr. Xi"},
      {"Mrs. May and Dr. No", "Mrs. May and Dr. No"},
      {"Gen. Lt. Col. Sgt. Gov. Sen. Rep. Rev.", "Gen. Lt. Col. Sgt. Gov. Sen. Rep. Rev."},
      {"Jan. 5 and Sept. 11", "Jan. 5 and Sept. 11"},
      {"the U.S. and U.N. said", "the U.S. and U.N. said"},
      {"e.g. this, i.e. that, etc. too", "e.g. this , i.e. that , etc. too"},
      {"Acme Inc. and Foo Corp. and Bar Co. Ltd.", "Acme Inc. and Foo Corp. and Bar Co. Ltd."},
      {"No. 10 Downing St.", "No. 10 Downing St."},
      {"the answer is No.", "the answer is No ."},  // "No." only before a number
      {"Russia vs. Ukraine", "Russia vs. Ukraine"},
      {"at 10 a.m. today", "at 10 a.m. today"},
      {"He said no.", "He said no ."},
      {"said.The end", "said . The end"},
  });
}

TEST(Tokenizer, KeepsInitials) {
  ExpectTokens({
      {"George W. Bush", "George W. Bush"},
      {"J. R. R. Tolkien", "J. R. R. Tolkien"},
  });
}

TEST(Tokenizer, KeepsUrlsAndEmailsWhole) {
  ExpectTokens({
      {"see https://www.reuters.com/world/a?b=1.", "see https://www.reuters.com/world/a?b=1 ."},
      {"(www.kremlin.ru)", "( www.kremlin.ru )"},
      {"mail press@un.org, now", "mail press@un.org , now"},
      {"on Reuters.com today", "on Reuters.com today"},
  });
}

TEST(Tokenizer, SpansPointIntoTheOriginal) {
  const std::string original = "the forum\u2019s caf\u00E9\u00A0\u201Cok\u201D";
  Document doc;
  testing::Segmenter().Segment(original, &doc);
  ASSERT_EQ(doc.tokens.size(), 7u);
  struct Expected {
    std::string_view text;
    Span span;
  } expected[] = {
      {"the", {0, 3}},  {"forum", {4, 9}}, {"'s", {9, 13}},  {"caf\u00E9", {14, 19}},
      {"\"", {21, 24}}, {"ok", {24, 26}},  {"\"", {26, 29}},
  };
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    EXPECT_EQ(doc.tokens[i].text, expected[i].text) << i;
    EXPECT_EQ(doc.tokens[i].span, expected[i].span) << i;
    EXPECT_EQ(doc.normalized.text().substr(doc.tokens[i].offset, doc.tokens[i].text.size()),
              doc.tokens[i].text);
  }
  EXPECT_EQ(original.substr(doc.tokens[2].span.begin, doc.tokens[2].span.size()), "\u2019s");
}

TEST(Tokenizer, SetsShapeAndFlags) {
  Document doc;
  testing::Segmenter().Segment("NATO's U.S. Putin\u00A0\u00C9lys\u00E9e 3.5 $ I eBay , ab", &doc);
  ASSERT_EQ(doc.tokens.size(), 11u);
  const auto& t = doc.tokens;
  EXPECT_EQ(t[0].text, "NATO");
  EXPECT_TRUE(t[0].has(kCapitalized));
  EXPECT_TRUE(t[0].has(kAllCaps));
  EXPECT_FALSE(t[0].has(kSpaceBefore));
  EXPECT_FALSE(t[1].has(kSpaceBefore));  // "'s" is attached
  EXPECT_TRUE(t[2].has(kAllCaps));       // "U.S."
  EXPECT_TRUE(t[2].has(kSpaceBefore));
  EXPECT_TRUE(t[3].has(kCapitalized));  // "Putin"
  EXPECT_FALSE(t[3].has(kAllCaps));
  EXPECT_TRUE(t[4].has(kCapitalized));         // "Élysée", non-ASCII capital
  EXPECT_TRUE(t[4].has(kSpaceBefore));         // after a no-break space
  EXPECT_EQ(t[5].shape, TokenShape::kNumber);  // "3.5"
  EXPECT_EQ(t[6].shape, TokenShape::kSymbol);  // "$"
  EXPECT_TRUE(t[7].has(kCapitalized));         // "I"
  EXPECT_FALSE(t[7].has(kAllCaps));            // one letter is not "all caps"
  EXPECT_FALSE(t[8].has(kCapitalized));        // "eBay"
  EXPECT_EQ(t[8].shape, TokenShape::kWord);
  EXPECT_EQ(t[9].shape, TokenShape::kPunctuation);  // ","
  EXPECT_EQ(t[10].lower, "ab");
  EXPECT_EQ(t[0].lower, "nato");
}

TEST(Tokenizer, TokenizesWithoutTheSegmenter) {
  const TextNormalizer normalizer;
  const Tokenizer tokenizer;
  NormalizedText text;
  std::vector<Token> tokens;
  normalizer.Normalize("Xi left.", &text);
  tokenizer.Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[2].text, ".");
  EXPECT_EQ(tokens[2].span, (Span{7, 8}));
}

}  // namespace
}  // namespace tacitus

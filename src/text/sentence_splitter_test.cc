#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "text/text_test_util.h"

namespace tacitus {
namespace {

void ExpectSentences(std::initializer_list<testing::Golden> cases) {
  testing::ExpectDumps(testing::SentenceDump, cases);
}

TEST(SentenceSplitter, SplitsOnTerminalPunctuation) {
  ExpectSentences({
      {"Xi left. Putin stayed.", "Xi left . | Putin stayed ."},
      {"Did he go? Yes! He did.", "Did he go ? | Yes ! | He did ."},
      {"Really?! Yes.", "Really ?! | Yes ."},
      {"no final period", "no final period"},
  });
}

TEST(SentenceSplitter, KeepsClosingQuotesAndBracketsInTheSentence) {
  ExpectSentences({
      {"He said, \"We agree.\" Xi left.", "He said , \" We agree . \" | Xi left ."},
      {"He said \u201Cno.\u201D Xi left.", "He said \" no . \" | Xi left ."},
      {"(Xi left.) Putin stayed.", "( Xi left . ) | Putin stayed ."},
      {"\"Why?\" he asked.", "\" Why ? \" he asked ."},
      {"He left. \"We agree,\" Xi said.", "He left . | \" We agree , \" Xi said ."},
  });
}

TEST(SentenceSplitter, DoesNotSplitAfterTitlesMonthsAndInitials) {
  ExpectSentences({
      {"Mr. Xi met Gen. Smith and Dr. Jones.", "Mr. Xi met Gen. Smith and Dr. Jones ."},
      {"Lt. Col. Maj. Capt. Sgt. Adm. Gov. Sen. Rep. Rev. Prof. Ms. Mrs. Smith left.",
       "Lt. Col. Maj. Capt. Sgt. Adm. Gov. Sen. Rep. Rev. Prof. Ms. Mrs. Smith left ."},
      {"On Jan. 5 and Feb. 6 and Aug. 7 and Sept. 8 and Oct. 9 and Nov. 10 and Dec. 11 it rained.",
       "On Jan. 5 and Feb. 6 and Aug. 7 and Sept. 8 and Oct. 9 and Nov. 10 and Dec. 11 it rained "
       "."},
      {"George W. Bush met Xi.", "George W. Bush met Xi ."},
      {"It was No. 10 in St. Petersburg.", "It was No. 10 in St. Petersburg ."},
      {"Russia vs. Ukraine, e.g. The Hague, i.e. Here.",
       "Russia vs. Ukraine , e.g. The Hague , i.e. Here ."},
      {"Smith Jr. The lawyer", "Smith Jr. | The lawyer"},
  });
}

TEST(SentenceSplitter, DoesNotSplitDecimalsOrMidSentenceEllipses) {
  ExpectSentences({
      {"Output rose 3.5 percent to $1,500.25 in 2023.",
       "Output rose 3.5 percent to $ 1,500.25 in 2023 ."},
      {"We will ... see what Moscow says.", "We will ... see what Moscow says ."},
      {"We will ... Moscow says.", "We will ... Moscow says ."},
      {"We waited ... The talks failed.", "We waited ... | The talks failed ."},
  });
}

TEST(SentenceSplitter, SplitsAfterAbbreviationBeforeAnOpener) {
  ExpectSentences({
      {"He lives in the U.S. The next day he left.",
       "He lives in the U.S. | The next day he left ."},
      {"The U.S. Congress met.", "The U.S. Congress met ."},
      {"He joined Acme Inc. He left.", "He joined Acme Inc. | He left ."},
      {"He works for Acme Co. Ltd. now.", "He works for Acme Co. Ltd. now ."},
      {"oil, gas, etc. But not coal.", "oil , gas , etc. | But not coal ."},
      {"The U.N. Security Council met.", "The U.N. Security Council met ."},
  });
}

TEST(SentenceSplitter, EndsSentencesAtParagraphBreaks) {
  ExpectSentences({
      {"Xi met Putin\n\nThe talks ended", "Xi met Putin ¶ The talks ended"},
      {"He left for the U.S.\n\nRussia said", "He left for the U.S. ¶ Russia said"},
      {"Xi met\nPutin in\nBeijing.", "Xi met Putin in Beijing ."},  // hard-wrapped
      {"Xi met.\r\n\r\nPutin left.", "Xi met . ¶ Putin left ."},
      {"Xi met.\n  \n\nPutin left.", "Xi met . ¶ Putin left ."},
  });
  Document doc;
  testing::Segmenter().Segment("A b.\n\nC d. E f.\n\n\n\nG h.", &doc);
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
}

TEST(SentenceSplitter, MarksDatelines) {
  ExpectSentences({
      {"BEIJING, Nov 8 (Reuters) - Russian President Vladimir Putin left.",
       "<dateline> BEIJING , Nov 8 ( Reuters ) - | Russian President Vladimir Putin left ."},
      {"MOSCOW (AP) -- Russia said.", "<dateline> MOSCOW ( AP ) -- | Russia said ."},
      {"WASHINGTON \u2014 The White House said.",
       "<dateline> WASHINGTON -- | The White House said ."},
      {"UNITED NATIONS, Nov. 8 (AFP) - The council met.",
       "<dateline> UNITED NATIONS , Nov. 8 ( AFP ) - | The council met ."},
      {"Beijing (Xinhua) -- China said.", "<dateline> Beijing ( Xinhua ) -- | China said ."},
      {"CEBU CITY: -- The mayor filed a suit.",
       "<dateline> CEBU CITY : -- | The mayor filed a suit ."},
      {"JUBA, July 12 (dpa) - The truce held.",
       "<dateline> JUBA , July 12 ( dpa ) - | The truce held ."},
      {"ISLAMABAD: Pakistan handed over the pilot.",
       "<dateline> ISLAMABAD : | Pakistan handed over the pilot ."},
      {"Xi left.\n\nKYIV, Nov. 8, 2023 (Reuters) - Ukraine said.",
       "Xi left . ¶ <dateline> KYIV , Nov. 8 , 2023 ( Reuters ) - | Ukraine said ."},
  });
  Document doc;
  testing::Segmenter().Segment("BEIJING (Reuters) - Russian officials met.", &doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(doc.sentences[0].is_dateline);
  EXPECT_FALSE(doc.sentences[1].is_dateline);
  EXPECT_EQ(doc.SentenceTokens(doc.sentences[1])[0].text, "Russian");
  EXPECT_TRUE(doc.SentenceTokens(doc.sentences[1])[0].has(kSentenceInitial));
  EXPECT_EQ(doc.sentences[0].span, (Span{0, 19}));  // "BEIJING (Reuters) -"
}

TEST(SentenceSplitter, DoesNotTakeAnOpeningCapitalisedWordForADateline) {
  ExpectSentences({
      {"Russian President Vladimir Putin met Xi.", "Russian President Vladimir Putin met Xi ."},
      {"Putin (left) - as usual - smiled.", "Putin ( left ) - as usual - smiled ."},
      {"Moscow - a city of millions - votes.", "Moscow - a city of millions - votes ."},
      {"Xi said. BEIJING (Reuters) - no.", "Xi said . | BEIJING ( Reuters ) - no ."},
      {"Talks (in Geneva) - a first - began.", "Talks ( in Geneva ) - a first - began ."},
      {"Putin said: Russia is ready.", "Putin said : Russia is ready ."},
  });
}

TEST(SentenceSplitter, MarksTheFirstWordAfterAnOpeningQuote) {
  Document doc;
  testing::Segmenter().Segment("Xi left. \"We agree,\" Putin said.", &doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  std::span<const Token> second = doc.SentenceTokens(doc.sentences[1]);
  EXPECT_EQ(second[0].text, "\"");
  EXPECT_FALSE(second[0].has(kSentenceInitial));
  EXPECT_TRUE(second[1].has(kSentenceInitial));
  EXPECT_TRUE(doc.tokens[0].has(kSentenceInitial));
  EXPECT_FALSE(doc.tokens[1].has(kSentenceInitial));
}

TEST(SentenceSplitter, CapsRunawaySentences) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "word ";
  Document doc;
  testing::Segmenter().Segment(text, &doc);
  ASSERT_EQ(doc.tokens.size(), 10000u);
  ASSERT_EQ(doc.sentences.size(), 10000u / SentenceSplitter::kMaxSentenceTokens);
  for (const Sentence& s : doc.sentences) EXPECT_EQ(s.size(), SentenceSplitter::kMaxSentenceTokens);
  EXPECT_EQ(doc.sentences.back().end_token, 10000u);
}

}  // namespace
}  // namespace tacitus

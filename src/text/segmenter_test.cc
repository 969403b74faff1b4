#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>

#include "base/files.h"
#include "text/text_test_util.h"

namespace tacitus {
namespace {

std::string_view Words(const Sentence& s, std::string_view original) {
  return original.substr(s.span.begin, s.span.size());
}

TEST(TextSegmenter, SegmentsTheExampleStory) {
  std::string file;
  const Status read = ReadWholeFile(TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt", &file);
  ASSERT_TRUE(read.ok()) << read.message();
  // The seed format puts " date 2023-11-08 " before the text; the story reader strips it.
  const std::string_view prefix = " date 2023-11-08 ";
  ASSERT_TRUE(file.starts_with(prefix));
  const std::string_view story = std::string_view(file).substr(prefix.size());

  Document doc;
  testing::Segmenter().Segment(story, &doc);
  // Counted by hand: paragraphs of 2, 2, 3, 3, 2 and 3 sentences.
  ASSERT_EQ(doc.sentences.size(), 15u);
  const uint32_t paragraphs[] = {0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5};
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    EXPECT_EQ(s.paragraph, paragraphs[i]) << i;
    EXPECT_FALSE(s.is_dateline) << i;
    EXPECT_EQ(doc.tokens[s.end_token - 1].text, ".") << i;
    EXPECT_TRUE(doc.tokens[s.first_token].has(kSentenceInitial)) << i;
  }
  struct FirstLast {
    size_t sentence;
    std::string_view first, last;
  } expected[] = {
      {0, "Russian", "challenges"}, {1, "Despite", "China"},    {3, "Putin", "cooperation"},
      {5, "Russia", "resources"},   {9, "However", "choosing"}, {12, "While", "issues"},
      {14, "In", "uncertainty"},
  };
  for (const FirstLast& e : expected) {
    std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[e.sentence]);
    EXPECT_EQ(tokens.front().text, e.first) << e.sentence;
    EXPECT_EQ(tokens[tokens.size() - 2].text, e.last) << e.sentence;
  }
  EXPECT_TRUE(Words(doc.sentences[0], story).starts_with("Russian President Vladimir"));
  EXPECT_TRUE(Words(doc.sentences[14], story).ends_with("face of uncertainty."));

  // "the forum’s chief guest": the clitic spans the three-byte apostrophe and the s.
  std::span<const Token> s3 = doc.SentenceTokens(doc.sentences[3]);
  auto clitic = std::find_if(s3.begin(), s3.end(), [](const Token& t) { return t.text == "'s"; });
  ASSERT_NE(clitic, s3.end());
  EXPECT_EQ((clitic - 1)->text, "forum");
  EXPECT_EQ(story.substr(clitic->span.begin, clitic->span.size()), "\u2019s");
}

// Every <Text> of the PETRARCH GigaWord sample is one sentence by the sample's own markup.
TEST(TextSegmenter, KeepsEachGigawordSampleSentenceWhole) {
  const std::string path = TACITUS_SHARED_DIR "/peer/petrarch2/GigaWord.sample.PETR.xml";
  pugi::xml_document xml;
  if (!xml.load_file(path.c_str())) GTEST_SKIP() << "peer data absent: " << path;
  Document doc;
  int texts = 0;
  for (pugi::xml_node sentence : xml.child("Sentences").children("Sentence")) {
    const std::string text = sentence.child_value("Text");
    if (text.find_first_not_of(" \n") == std::string::npos) continue;
    ++texts;
    testing::Segmenter().Segment(text, &doc);
    ASSERT_EQ(doc.sentences.size(), 1u) << sentence.attribute("id").value() << ": " << text;
    EXPECT_FALSE(doc.sentences[0].is_dateline) << text;
    EXPECT_EQ(doc.sentences[0].paragraph, 0u) << text;
  }
  EXPECT_GT(texts, 50);
}

TEST(TextSegmenter, ReusesADocumentWithoutStaleState) {
  Document reused;
  testing::Segmenter().Segment("BEIJING (Reuters) - A long first story. With two sentences.",
                               &reused);
  testing::Segmenter().Segment("Xi\u2019s visit.", &reused);
  Document fresh;
  testing::Segmenter().Segment("Xi\u2019s visit.", &fresh);
  ASSERT_EQ(reused.tokens.size(), fresh.tokens.size());
  for (size_t i = 0; i < fresh.tokens.size(); ++i) {
    EXPECT_EQ(reused.tokens[i].text, fresh.tokens[i].text);
    EXPECT_EQ(reused.tokens[i].span, fresh.tokens[i].span);
    EXPECT_EQ(reused.tokens[i].flags, fresh.tokens[i].flags);
  }
  ASSERT_EQ(reused.sentences.size(), 1u);
  EXPECT_FALSE(reused.sentences[0].is_dateline);
}

TEST(TextSegmenter, HandlesEmptyAndBlankInput) {
  Document doc;
  testing::Segmenter().Segment("", &doc);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  testing::Segmenter().Segment(" \n\n \u00A0\u200B\n", &doc);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

// Random bytes drawn from pieces that stress every rule: the result must stay consistent.
TEST(TextSegmenter, KeepsInvariantsOnArbitraryBytes) {
  const std::string_view pieces[] = {
      "a",
      "Z",
      " ",
      "\n",
      "\n\n",
      ".",
      "...",
      "'",
      "s",
      "n't",
      "\"",
      "(",
      ")",
      "-",
      "--",
      "U.S.",
      "Mr.",
      "BEIJING",
      "(Reuters)",
      ",",
      "1",
      "3.5",
      "$",
      "%",
      "\xE2\x80\x99",
      "\xE2\x80\x94",
      "\xC2\xA0",
      "\xCC\x81",
      "\xFF",
      "\xE2\x80",
      "\xC0",
      "\r",
      "\t",
      "?!",
      "http://x.y",
      "@",
      "&",
      "\xEF\xBB\xBF",
      "\xF0\x9F\x98\x80",
  };
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&state] {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<uint32_t>(state >> 33);
  };
  Document doc;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const uint32_t length = next() % 60;
    for (uint32_t i = 0; i < length; ++i) text += pieces[next() % std::size(pieces)];
    testing::Segmenter().Segment(text, &doc);
    uint32_t expected_first = 0;
    for (const Sentence& s : doc.sentences) {
      ASSERT_EQ(s.first_token, expected_first) << text;
      ASSERT_GT(s.end_token, s.first_token) << text;
      expected_first = s.end_token;
    }
    ASSERT_EQ(expected_first, doc.tokens.size()) << text;
    uint32_t previous_end = 0;
    for (const Token& t : doc.tokens) {
      ASSERT_FALSE(t.text.empty()) << text;
      ASSERT_LE(previous_end, t.span.begin) << text;
      ASSERT_LE(t.span.begin, t.span.end) << text;
      ASSERT_LE(t.span.end, text.size()) << text;
      previous_end = t.span.end;
    }
  }
}

}  // namespace
}  // namespace tacitus

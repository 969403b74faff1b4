#include "text/pos_tag.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(PosTag, NamesRoundTrip) {
  for (int i = 1; i < kPosTagCount; ++i) {
    const auto tag = static_cast<PosTag>(i);
    EXPECT_EQ(ParsePosTag(PosTagName(tag)), tag) << PosTagName(tag);
  }
}

TEST(PosTag, PennSpellings) {
  EXPECT_EQ(ParsePosTag("PRP$"), PosTag::kPRPS);
  EXPECT_EQ(ParsePosTag("-LRB-"), PosTag::kLRB);
  EXPECT_EQ(ParsePosTag("``"), PosTag::kOpenQuote);
  EXPECT_EQ(ParsePosTag("AUXP"), std::nullopt);
  EXPECT_EQ(ParsePosTag("NONE"), std::nullopt);
}

TEST(PosTag, Classes) {
  EXPECT_TRUE(IsNoun(PosTag::kNNPS));
  EXPECT_FALSE(IsNoun(PosTag::kPDT));
  EXPECT_TRUE(IsVerb(PosTag::kVBN));
  EXPECT_FALSE(IsVerb(PosTag::kMD));
  EXPECT_TRUE(IsPunctuation(PosTag::kRRB));
  EXPECT_FALSE(IsPunctuation(PosTag::kWRB));
}

}  // namespace
}  // namespace tacitus

#include "lex/morphy.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

const Morphy& WordNet() {
  static const Morphy* morphy = [] {
    auto* m = new Morphy();
    Status status = m->Load(TACITUS_WORDNET_DIR);
    EXPECT_TRUE(status.ok()) << status.message();
    return m;
  }();
  return *morphy;
}

TEST(Morphy, DetachesRegularNounSuffixes) {
  EXPECT_EQ(WordNet().BaseForm("leaders", WordNetPos::kNoun, true), "leader");
  EXPECT_EQ(WordNet().BaseForm("countries", WordNetPos::kNoun, true), "country");
  EXPECT_EQ(WordNet().BaseForm("churches", WordNetPos::kNoun, true), "church");
  EXPECT_EQ(WordNet().BaseForm("boxes", WordNetPos::kNoun, true), "box");
  EXPECT_EQ(WordNet().BaseForm("glasses", WordNetPos::kNoun, true), "glass");
  EXPECT_EQ(WordNet().BaseForm("policemen", WordNetPos::kNoun, true), "policeman");
}

TEST(Morphy, UsesNounExceptions) {
  EXPECT_EQ(WordNet().BaseForm("children", WordNetPos::kNoun, true), "child");
  EXPECT_EQ(WordNet().BaseForm("mice", WordNetPos::kNoun, true), "mouse");
  EXPECT_EQ(WordNet().BaseForm("women", WordNetPos::kNoun, true), "woman");
}

TEST(Morphy, KeepsUninflectedLemma) {
  EXPECT_EQ(WordNet().BaseForm("news", WordNetPos::kNoun, false), "news");
  EXPECT_EQ(WordNet().BaseForm("glasses", WordNetPos::kNoun, false), "glasses");
  EXPECT_EQ(WordNet().BaseForm("leader", WordNetPos::kNoun, false), "leader");
}

TEST(Morphy, DetachesRegularVerbSuffixes) {
  EXPECT_EQ(WordNet().BaseForm("criticized", WordNetPos::kVerb, true), "criticize");
  EXPECT_EQ(WordNet().BaseForm("signed", WordNetPos::kVerb, true), "sign");
  EXPECT_EQ(WordNet().BaseForm("tries", WordNetPos::kVerb, true), "try");
  EXPECT_EQ(WordNet().BaseForm("hosting", WordNetPos::kVerb, true), "host");
  EXPECT_EQ(WordNet().BaseForm("making", WordNetPos::kVerb, true), "make");
  EXPECT_EQ(WordNet().BaseForm("accuses", WordNetPos::kVerb, true), "accuse");
}

TEST(Morphy, UsesVerbExceptions) {
  EXPECT_EQ(WordNet().BaseForm("met", WordNetPos::kVerb, true), "meet");
  EXPECT_EQ(WordNet().BaseForm("was", WordNetPos::kVerb, true), "be");
  EXPECT_EQ(WordNet().BaseForm("has", WordNetPos::kVerb, true), "have");
  EXPECT_EQ(WordNet().BaseForm("stopped", WordNetPos::kVerb, true), "stop");
  EXPECT_EQ(WordNet().BaseForm("went", WordNetPos::kVerb, true), "go");
}

TEST(Morphy, HandlesAdjectivesAndAdverbs) {
  EXPECT_EQ(WordNet().BaseForm("stronger", WordNetPos::kAdjective, true), "strong");
  EXPECT_EQ(WordNet().BaseForm("largest", WordNetPos::kAdjective, true), "large");
  EXPECT_EQ(WordNet().BaseForm("better", WordNetPos::kAdjective, true), "good");
  EXPECT_EQ(WordNet().BaseForm("bigger", WordNetPos::kAdjective, true), "big");
  EXPECT_EQ(WordNet().BaseForm("best", WordNetPos::kAdverb, true), "well");
}

TEST(Morphy, ReturnsEmptyForUnknownWords) {
  EXPECT_EQ(WordNet().BaseForm("jinping", WordNetPos::kNoun, true), "");
  EXPECT_EQ(WordNet().BaseForm("xyzzies", WordNetPos::kVerb, true), "");
  EXPECT_EQ(WordNet().PartsOfSpeech("xyzzy"), 0);
}

TEST(Morphy, ReportsPartsOfSpeech) {
  const uint8_t run = WordNet().PartsOfSpeech("run");
  EXPECT_TRUE(run & WordNetBit(WordNetPos::kNoun));
  EXPECT_TRUE(run & WordNetBit(WordNetPos::kVerb));
  EXPECT_FALSE(run & WordNetBit(WordNetPos::kAdverb));
  EXPECT_EQ(WordNet().PartsOfSpeech("quickly"), WordNetBit(WordNetPos::kAdverb));
}

TEST(Morphy, LoadNamesMissingFile) {
  Morphy morphy;
  Status status = morphy.Load("/nonexistent-wordnet");
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_NE(status.message().find("/nonexistent-wordnet/index.noun"), std::string::npos);
}

}  // namespace
}  // namespace tacitus

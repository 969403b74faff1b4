#include "lex/lexicon.h"

#include <gtest/gtest.h>

#include <string>

#include "base/temp_dir_testing.h"

namespace tacitus {
namespace {

TEST(Lexicon, MapsLinguaTagNames) {
  EXPECT_EQ(ParseLinguaTag("det"), PosTag::kDT);
  EXPECT_EQ(ParseLinguaTag("ppc"), PosTag::kComma);
  EXPECT_EQ(ParseLinguaTag("pp"), PosTag::kPeriod);
  EXPECT_EQ(ParseLinguaTag("pps"), PosTag::kColon);
  EXPECT_EQ(ParseLinguaTag("ppl"), PosTag::kOpenQuote);
  EXPECT_EQ(ParseLinguaTag("ppr"), PosTag::kCloseQuote);
  EXPECT_EQ(ParseLinguaTag("ppd"), PosTag::kDollar);
  EXPECT_EQ(ParseLinguaTag("prps"), PosTag::kPRPS);
  EXPECT_EQ(ParseLinguaTag("wps"), PosTag::kWPS);
  EXPECT_EQ(ParseLinguaTag("lrb"), PosTag::kLRB);
  EXPECT_EQ(ParseLinguaTag("nnps"), PosTag::kNNPS);
  EXPECT_EQ(ParseLinguaTag("vbz"), PosTag::kVBZ);
  EXPECT_EQ(ParseLinguaTag("dt"), std::nullopt);  // Lingua spells it "det"
  EXPECT_EQ(ParseLinguaTag("NN"), std::nullopt);
  EXPECT_EQ(ParseLinguaTag("xx"), std::nullopt);
}

TEST(Lexicon, LoadsPackageData) {
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const Lexicon& lex = **lexicon;
  bool saw_vbd = false;
  for (const TagCount& c : lex.Observed("met")) saw_vbd |= c.tag == PosTag::kVBD;
  EXPECT_TRUE(saw_vbd);
  EXPECT_TRUE(lex.Observed("Xyzzyqux").empty());
  EXPECT_FALSE(lex.ClosedClass("the").empty());
  EXPECT_TRUE(lex.ClosedClass("government").empty());
  // After a determiner a noun is far likelier than a verb.
  EXPECT_GT(lex.LogTransition(PosTag::kDT, PosTag::kNN),
            lex.LogTransition(PosTag::kDT, PosTag::kVBZ));
  EXPECT_EQ(lex.Lemma("countries", PosTag::kNNS), "country");
  EXPECT_EQ(lex.Lemma("met", PosTag::kVBD), "meet");
  EXPECT_EQ(lex.Lemma("'s", PosTag::kVBZ), "be");
  EXPECT_EQ(lex.Lemma("'s", PosTag::kPOS), "");
  EXPECT_EQ(lex.Lemma("has", PosTag::kVBZ), "have");
}

class LexiconLoadError : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("tags.yml", "--- #YAML:1.0\npp: { det: 0.5, nn: 0.5 }\n");
    dir_.Write("unknown.yml",
               "--- #YAML:1.0\n\"-abr-\": { nnp: 1 }\n\"-cap-\": { nnp: 1 }\n\"-ed-\": { vbn: 1 }\n"
               "\"-hyp-\": { jj: 1 }\n\"-hyp-adj-\": { jj: 1 }\n\"-ing-\": { vbg: 1 }\n"
               "\"-ly-\": { rb: 1 }\n\"-s-\": { nns: 1 }\n\"-sym-\": { sym: 1 }\n"
               "\"-tion-\": { nn: 1 }\n\"-unknown-\": { nn: 1 }\n");
  }
  LexiconPaths Paths() const {
    LexiconPaths paths;
    paths.tagger_dir = dir_.path().string();
    return paths;
  }
  testing::TempDir dir_;
};

TEST_F(LexiconLoadError, NamesFileAndLineOfMalformedWord) {
  dir_.Write("words.yml", "--- #YAML:1.0\nthe: { det: 10 }\ndog { nn: 3 }\n");
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load(Paths());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), StatusCode::kDataError);
  EXPECT_TRUE(lexicon.status().message().starts_with((dir_.path() / "words.yml").string() + ":3: "))
      << lexicon.status().message();
}

TEST_F(LexiconLoadError, NamesUnknownTag) {
  dir_.Write("words.yml", "--- #YAML:1.0\nthe: { det: 10, zz: 1 }\n");
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load(Paths());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), StatusCode::kDataError);
  EXPECT_TRUE(lexicon.status().message().starts_with((dir_.path() / "words.yml").string() + ":2: "))
      << lexicon.status().message();
}

TEST_F(LexiconLoadError, NamesMissingFile) {
  LexiconPaths paths = Paths();
  paths.tagger_dir += "/absent";
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load(paths);
  EXPECT_EQ(lexicon.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lexicon.status().message().find("absent/words.yml"), std::string::npos);
}

TEST_F(LexiconLoadError, LoadsWellFormedMinimalTables) {
  dir_.Write("words.yml", "--- #YAML:1.0\nthe: { det: 10 }\ndog: { nn: 3 }\n");
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load(Paths());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  EXPECT_EQ((*lexicon)->Observed("dog").size(), 1u);
}

}  // namespace
}  // namespace tacitus

#include "lex/wordnet_synsets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"

namespace tacitus {
namespace {

const WordNetSynsets& WordNet() {
  static const WordNetSynsets* wordnet = [] {
    auto* w = new WordNetSynsets();
    const Status status = w->Load(TACITUS_WORDNET_DIR);
    EXPECT_TRUE(status.ok()) << status.message();
    return w;
  }();
  return *wordnet;
}

bool Has(const std::vector<std::string_view>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

TEST(WordNetSynsets, ListsSensesCommonestFirst) {
  std::vector<uint32_t> senses;
  WordNet().SensesOf("condemn", WordNetPos::kVerb, 2, &senses);
  ASSERT_EQ(senses.size(), 2u);
  WordNetSynset synset;
  ASSERT_TRUE(WordNet().Read(WordNetPos::kVerb, senses[0], &synset));
  EXPECT_TRUE(Has(synset.words, "condemn"));
  EXPECT_TRUE(Has(synset.words, "decry"));   // sense 1: express strong disapproval of
  EXPECT_EQ(synset.lexicographer_file, 32);  // verb.communication
}

TEST(WordNetSynsets, FindsTheFirstAndLastLemmasOfTheIndex) {
  std::vector<uint32_t> senses;
  WordNet().SensesOf("'hood", WordNetPos::kNoun, 9, &senses);  // the first line after the licence
  EXPECT_EQ(senses.size(), 1u);
  WordNet().SensesOf("zoom", WordNetPos::kVerb, 9, &senses);
  EXPECT_FALSE(senses.empty());
  WordNet().SensesOf("zzzz", WordNetPos::kVerb, 9, &senses);
  EXPECT_TRUE(senses.empty());
  WordNet().SensesOf("", WordNetPos::kVerb, 9, &senses);
  EXPECT_TRUE(senses.empty());
  WordNet().SensesOf("condemn", WordNetPos::kAdjective, 9, &senses);
  EXPECT_TRUE(senses.empty());
}

TEST(WordNetSynsets, FollowsDerivationsFromVerbToNoun) {
  std::vector<uint32_t> senses;
  WordNet().SensesOf("expel", WordNetPos::kVerb, 3, &senses);
  std::vector<std::string_view> nouns;
  WordNetSynset verb, noun;
  for (const uint32_t offset : senses) {
    ASSERT_TRUE(WordNet().Read(WordNetPos::kVerb, offset, &verb));
    for (const WordNetDerivation& d : verb.derivations) {
      if (d.pos != WordNetPos::kNoun) continue;
      ASSERT_TRUE(WordNet().Read(WordNetPos::kNoun, d.offset, &noun));
      ASSERT_LT(d.target_word, noun.words.size());
      nouns.push_back(noun.words[d.target_word]);
    }
  }
  EXPECT_TRUE(Has(nouns, "expulsion"));
}

TEST(WordNetSynsets, RefusesAnOffsetThatStartsNoSynset) {
  WordNetSynset synset;
  EXPECT_FALSE(WordNet().Read(WordNetPos::kVerb, 1, &synset));
  EXPECT_FALSE(WordNet().Read(WordNetPos::kVerb, 4000000000u, &synset));
  EXPECT_FALSE(WordNet().Read(WordNetPos::kAdverb, 0, &synset));
  EXPECT_TRUE(synset.words.empty());
}

TEST(WordNetSynsets, NamesTheMissingFile) {
  testing::TempDir dir;
  WordNetSynsets wordnet;
  const Status status = wordnet.Load(dir.path().string());
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("index.noun"), std::string::npos) << status.message();
  std::vector<uint32_t> senses;
  wordnet.SensesOf("condemn", WordNetPos::kVerb, 2, &senses);
  EXPECT_TRUE(senses.empty());
}

}  // namespace
}  // namespace tacitus

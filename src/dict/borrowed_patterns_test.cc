#include "dict/borrowed_patterns.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "base/temp_dir_testing.h"
#include "dict/cameo_tables_testing.h"

namespace tacitus {
namespace {

// Dictionaries of the project's CAMEO tables, one actor and `verbs`, with WordNet's loans
// when `borrow` says so.
std::shared_ptr<const Dictionaries> LoadWith(const std::string& verbs, bool borrow = true) {
  const testing::TempDir temp;
  testing::CopyCameoTables(temp.path() / "data");
  temp.Write("data/actors/test.txt", "country RUS Russia\n");
  temp.Write("data/verbs/test.txt", verbs);
  auto loaded = Dictionaries::Load((temp.path() / "data").string(), nullptr,
                                   borrow ? TACITUS_WORDNET_DIR : "");
  EXPECT_TRUE(loaded.ok()) << loaded.status().message();
  return loaded.ok() ? std::move(loaded).value() : nullptr;
}

// "CODE lender" of each pattern `head` has as a verb (or a noun), in order.
std::vector<std::string> Loans(const Dictionaries& dicts, std::string_view head,
                               bool nominal = false) {
  std::vector<std::string> loans;
  for (const VerbPattern* p : nominal ? dicts.NounPatternsFor(head) : dicts.VerbPatternsFor(head)) {
    loans.push_back(p->code + " " + p->borrowed_from);
  }
  return loans;
}

// Condemn's first sense: condemn, reprobate, decry, objurgate, excoriate.
constexpr char kCondemnDecry[] = "verb 111 condemn +T | decry +T\n";

TEST(BorrowedPatterns, SynonymBorrowsThePatternsOfASenseTwoWordsConfirm) {
  const auto dicts = LoadWith(kCondemnDecry);
  ASSERT_NE(dicts, nullptr);
  EXPECT_EQ(Loans(*dicts, "objurgate"), (std::vector<std::string>{"111 condemn", "111 decry"}));
  const VerbPattern& loan = *dicts->VerbPatternsFor("objurgate")[0];
  EXPECT_EQ(loan.head, "objurgate");
  EXPECT_EQ(loan.text, "condemn +T");  // as written, where it was written
  EXPECT_EQ(loan.Provenance(), "data/verbs/test.txt:1 via WordNet 'condemn'");
  EXPECT_EQ(dicts->VerbPatternsFor("condemn")[0]->Provenance(), "data/verbs/test.txt:1");
  EXPECT_GT(dicts->sizes().borrowed_verb_patterns, 0u);
}

TEST(BorrowedPatterns, OneWitnessLendsNothing) {
  // Nothing says which sense of "condemn" its pattern means.
  EXPECT_TRUE(Loans(*LoadWith("verb 111 condemn +T\n"), "objurgate").empty());
  // One word spelt two ways is one witness: "realize" (aware of) gets no recognition (054).
  EXPECT_TRUE(Loans(*LoadWith("verb 054 recognize +T | recognise +T\n"), "realize").empty());
}

TEST(BorrowedPatterns, LendsOnlyTheCodesTheWitnessShares) {
  const auto dicts = LoadWith("verb 111 condemn +T | decry +T\nverb 112 condemn +T as\n");
  EXPECT_EQ(Loans(*dicts, "objurgate"), (std::vector<std::string>{"111 condemn", "111 decry"}));
}

TEST(BorrowedPatterns, NounOfAVerbBorrowsItsPatternsAsANoun) {
  // Vilify's first sense: vilify, revile, vituperate, rail; its noun "vilification".
  const auto dicts = LoadWith(
      "verb 111 vilify +T | revile +T\n"
      "verb 1711 confiscate +T from | seize +T from\n");
  ASSERT_NE(dicts, nullptr);
  ASSERT_EQ(Loans(*dicts, "vilification", true), (std::vector<std::string>{"111 vilify"}));
  const VerbPattern& noun = *dicts->NounPatternsFor("vilification")[0];
  EXPECT_TRUE(noun.nominal);
  ASSERT_EQ(noun.elements.size(), 2u);  // the verb's object after "of": "vilification of +T"
  EXPECT_EQ(noun.elements[0].lemmas, std::vector<std::string>{"of"});
  EXPECT_EQ(noun.elements[1].kind, PatternElement::Kind::kTarget);
  EXPECT_NE(noun.elements[0].lemma_bits, 0u);
  EXPECT_EQ(noun.Provenance(), "data/verbs/test.txt:1 via WordNet 'vilify'");
  // "confiscation of +T from" keeps the verb's preposition after the object.
  const auto confiscation = dicts->NounPatternsFor("confiscation");
  ASSERT_FALSE(confiscation.empty());
  EXPECT_EQ(confiscation[0]->elements.size(), 3u);
  EXPECT_GT(dicts->sizes().borrowed_noun_patterns, 0u);
}

TEST(BorrowedPatterns, WordsWithPatternsOfTheirOwnBorrowNothing) {
  const auto dicts = LoadWith(
      "verb 111 vilify +T | revile +T | vituperate +T\n"
      "noun 111 vilification by +S\n");
  for (const VerbPattern* p : dicts->VerbPatternsFor("vituperate")) {
    EXPECT_TRUE(p->borrowed_from.empty()) << p->text;
  }
  for (const VerbPattern* p : dicts->NounPatternsFor("vilification")) {
    EXPECT_TRUE(p->borrowed_from.empty()) << p->text;
  }
}

TEST(BorrowedPatterns, GeneralVerbsNeverBorrow) {
  // Help's first sense is help, assist, aid: "helped" says too little to be aid.
  const auto dicts = LoadWith("verb 070 assist +T | aid +T\n");
  EXPECT_TRUE(Loans(*dicts, "help").empty());
  for (const std::string_view word : {"make", "take", "get", "do", "go", "have", "give", "put",
                                      "set", "hold", "help", "say", "act", "move"}) {
    EXPECT_TRUE(NeverBorrows(word)) << word;
  }
  EXPECT_FALSE(NeverBorrows("objurgate"));
}

TEST(BorrowedPatterns, NothingIsBorrowedWithoutWordNet) {
  const auto dicts = LoadWith(kCondemnDecry, /*borrow=*/false);
  EXPECT_TRUE(Loans(*dicts, "objurgate").empty());
  EXPECT_EQ(dicts->sizes().borrowed_verb_patterns, 0u);
}

TEST(BorrowedPatterns, AnUnreadableWordNetIsALoadError) {
  const testing::TempDir temp;
  testing::CopyCameoTables(temp.path() / "data");
  temp.Write("data/actors/test.txt", "country RUS Russia\n");
  temp.Write("data/verbs/test.txt", kCondemnDecry);
  const std::string missing = (temp.path() / "no-wordnet").string();
  auto loaded = Dictionaries::Load((temp.path() / "data").string(), nullptr, missing);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("index.noun"), std::string::npos)
      << loaded.status().message();
}

}  // namespace
}  // namespace tacitus

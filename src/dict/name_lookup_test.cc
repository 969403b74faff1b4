#include "dict/name_lookup.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "dict/cameo_tables_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;
using testing::SharedAnalyzer;

// A few actors and an agent over the project's CAMEO tables.
std::shared_ptr<const Dictionaries> TestDictionaries() {
  static const std::shared_ptr<const Dictionaries> dictionaries = [] {
    const testing::TempDir temp;
    const fs::path dir = temp.path() / "data";
    testing::CopyCameoTables(dir);
    temp.Write("data/actors/test.txt",
               "country IRN Iran\n"
               "country IRQ Iraq\n"
               "country RUS Russia\n"
               "person Ivan Example | Example ; RUSMIL 2000-01-01..2010-01-01 general ; "
               "RUSGOV 2010-01-01..2015-01-01 minister\n");
    temp.Write("data/agents.txt", "agent MIL troops | soldier\n");
    temp.Write("data/verbs/test.txt", "verb 040 meet +T\n");
    auto loaded = Dictionaries::Load(dir.string());
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return dictionaries;
}

using Codes = std::vector<std::string>;

TEST(NameLookup, CodesAreWrittenInCapitals) {
  EXPECT_TRUE(LooksLikeActorCode("RUS"));
  EXPECT_TRUE(LooksLikeActorCode("RUSGOV"));
  EXPECT_FALSE(LooksLikeActorCode("Iran"));
  EXPECT_FALSE(LooksLikeActorCode("rus"));
  EXPECT_FALSE(LooksLikeActorCode("IVAN EXAMPLE"));
  EXPECT_FALSE(LooksLikeActorCode(""));
}

TEST(NameLookup, MatchesTheLongestNameAtEachToken) {
  auto dicts = TestDictionaries();
  ASSERT_NE(dicts, nullptr);
  ASSERT_NE(SharedAnalyzer(), nullptr);
  const std::vector<NameMatch> matches =
      MatchNames(*dicts, *SharedAnalyzer(), "Ivan Example met soldiers from Iran");
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].span.begin, 0u);
  EXPECT_EQ(matches[0].span.end, 12u);  // "Ivan Example", not "Example" again
  EXPECT_FALSE(matches[0].agent);
  EXPECT_TRUE(matches[1].agent);  // "soldiers" is the agent "soldier"
  EXPECT_EQ(dicts->actors()[matches[2].ids.at(0)].code, "IRN");
}

TEST(NameLookup, ReadsANameAsItsActorsCodes) {
  auto dicts = TestDictionaries();
  ASSERT_NE(dicts, nullptr);
  ASSERT_NE(SharedAnalyzer(), nullptr);
  EXPECT_EQ(ReadActorFilter(*dicts, *SharedAnalyzer(), "Iran").codes, Codes{"IRN"});
  EXPECT_EQ(ReadActorFilter(*dicts, *SharedAnalyzer(), "iran").codes, Codes{"IRN"});
  // A person: the codes of every role.
  EXPECT_EQ(ReadActorFilter(*dicts, *SharedAnalyzer(), "Ivan Example").codes,
            (Codes{"RUSMIL", "RUSGOV"}));
  // Not a name, but the start of a code.
  EXPECT_EQ(ReadActorFilter(*dicts, *SharedAnalyzer(), "rusm").codes, Codes{"RUSM"});
  // Only a name that is the whole filter.
  EXPECT_TRUE(ReadActorFilter(*dicts, *SharedAnalyzer(), "Iran talks").codes.empty());
}

TEST(NameLookup, RefusesWithTheNearestCodes) {
  auto dicts = TestDictionaries();
  ASSERT_NE(dicts, nullptr);
  ASSERT_NE(SharedAnalyzer(), nullptr);
  const ActorReading reading = ReadActorFilter(*dicts, *SharedAnalyzer(), "Iraqq");
  EXPECT_TRUE(reading.codes.empty());
  ASSERT_GE(reading.nearest.size(), 2u);
  EXPECT_EQ(reading.nearest[0], "IRQ (Iraq)");  // one letter from "iraq", two from "iran"
  EXPECT_EQ(reading.nearest[1], "IRN (Iran)");
}

}  // namespace
}  // namespace tacitus

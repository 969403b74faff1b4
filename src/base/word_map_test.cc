#include "base/word_map.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

TEST(WordMap, AnEmptyMapFindsNothing) {
  const WordMap<int> map;
  EXPECT_EQ(map.Find("sanction"), nullptr);
  EXPECT_EQ(map.Find(""), nullptr);
  EXPECT_EQ(map.FindEntry("sanction").value, nullptr);
  EXPECT_EQ(map.size(), 0u);
}

TEST(WordMap, TryEmplaceAddsOnceAndKeepsTheFirstValue) {
  WordMap<int> map;
  auto [value, added] = map.TryEmplace("meet");
  ASSERT_TRUE(added);
  EXPECT_EQ(*value, 0);  // value-initialised
  *value = 7;
  auto [again, added_again] = map.TryEmplace("meet");
  EXPECT_FALSE(added_again);
  EXPECT_EQ(*again, 7);
  EXPECT_EQ(map.size(), 1u);
  ASSERT_NE(map.Find("meet"), nullptr);
  EXPECT_EQ(*map.Find("meet"), 7);
  // Case, length and the empty word are all different keys.
  EXPECT_EQ(map.Find("Meet"), nullptr);
  EXPECT_EQ(map.Find("meets"), nullptr);
  EXPECT_EQ(map.Find("mee"), nullptr);
  EXPECT_EQ(map.Find(""), nullptr);
}

TEST(WordMap, FindEntryGivesTheInsertedBytes) {
  const std::string storage = "condemn";
  WordMap<char> map;
  *map.TryEmplace(storage).first = 'v';
  const std::string probe = "condemn";  // other bytes, same word
  const auto entry = map.FindEntry(probe);
  ASSERT_NE(entry.value, nullptr);
  EXPECT_EQ(*entry.value, 'v');
  EXPECT_EQ(entry.word.data(), storage.data());
}

TEST(WordMap, AgreesWithAStdMapThroughGrowth) {
  // Enough words to grow the table many times; every word and every near miss is checked
  // against std::map after all insertions (values must survive each rehash).
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back(std::to_string(i * 7919 % 100003) + "w");
  WordMap<int> map;
  std::map<std::string, int> expected;
  for (size_t i = 0; i < words.size(); ++i) {
    const auto [value, added] = map.TryEmplace(words[i]);
    EXPECT_EQ(added, expected.emplace(words[i], static_cast<int>(i)).second);
    if (added) *value = static_cast<int>(i);
  }
  EXPECT_EQ(map.size(), expected.size());
  for (const auto& [word, value] : expected) {
    const int* found = map.Find(word);
    ASSERT_NE(found, nullptr) << word;
    EXPECT_EQ(*found, value) << word;
    EXPECT_EQ(map.Find(word + "x"), nullptr) << word;
  }
}

TEST(WordMap, ReserveKeepsWhatIsThere) {
  WordMap<std::vector<int>> map;
  map.TryEmplace("aid").first->push_back(1);
  map.Reserve(1000);
  map.TryEmplace("aid").first->push_back(2);
  ASSERT_NE(map.Find("aid"), nullptr);
  EXPECT_EQ(*map.Find("aid"), (std::vector<int>{1, 2}));
}

}  // namespace
}  // namespace tacitus

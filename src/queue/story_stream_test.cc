#include "queue/story_stream.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

RedisReply String(std::string text) {
  return {.type = RedisReply::Type::kString, .text = std::move(text)};
}
RedisReply Array(std::vector<RedisReply> elements) {
  return {.type = RedisReply::Type::kArray, .elements = std::move(elements)};
}
RedisReply Nil() { return {}; }

TEST(StreamEntries, ParseIdsAndFieldsInOrder) {
  const RedisReply reply =
      Array({Array({String("1-0"),
                    Array({String("story"), String("{}"), String("from"), String("a:1")})}),
             Array({String("1-1"), Array({String("story"), String("x")})})});
  auto entries = ParseEntries(reply);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].id, "1-0");
  EXPECT_EQ((*entries)[0].Field("from"), "a:1");
  EXPECT_EQ((*entries)[1].Field("story"), "x");
  EXPECT_EQ((*entries)[1].Field("from"), std::nullopt);
}

TEST(StreamEntries, LeaveOutEntriesDeletedMeanwhile) {
  // XCLAIM gives nil for a deleted entry; a read of pending history gives [id, nil].
  const RedisReply reply = Array({Nil(), Array({String("2-0"), Nil()}),
                                  Array({String("3-0"), Array({String("story"), String("s")})})});
  auto entries = ParseEntries(reply);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 1u);
  EXPECT_EQ((*entries)[0].id, "3-0");
}

TEST(StreamEntries, RefuseAnotherShape) {
  EXPECT_FALSE(ParseEntries(String("OK")).ok());
  EXPECT_FALSE(ParseEntries(Array({Array({String("1-0")})})).ok());
  EXPECT_FALSE(ParseEntries(Array({Array({String("1-0"), Array({String("odd")})})})).ok());
  auto none = ParseEntries(Nil());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace tacitus

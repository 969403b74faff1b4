#include "queue/redis_client.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace tacitus {
namespace {

using ::testing::HasSubstr;

TEST(RedisUri, TakesHostPortAndDatabase) {
  auto uri = ParseRedisUri("redis://10.0.0.7:6390/3");
  ASSERT_TRUE(uri.ok()) << uri.status().message();
  EXPECT_EQ(uri->host, "10.0.0.7");
  EXPECT_EQ(uri->port, 6390);
  EXPECT_EQ(uri->database, 3);
  EXPECT_EQ(uri->password, "");
  EXPECT_EQ(uri->Address(), "10.0.0.7:6390");
}

TEST(RedisUri, DefaultsToPort6379AndDatabase0) {
  for (const char* text : {"redis://cache.local", "redis://cache.local/"}) {
    auto uri = ParseRedisUri(text);
    ASSERT_TRUE(uri.ok()) << text;
    EXPECT_EQ(uri->host, "cache.local");
    EXPECT_EQ(uri->port, 6379);
    EXPECT_EQ(uri->database, 0);
  }
}

TEST(RedisUri, TakesAPasswordAloneOrWithAUserAndDecodesEscapes) {
  auto alone = ParseRedisUri("redis://s%40cret@127.0.0.1");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->user, "");
  EXPECT_EQ(alone->password, "s@cret");
  auto with_user = ParseRedisUri("redis://coder:p%3Aw@127.0.0.1:7000");
  ASSERT_TRUE(with_user.ok());
  EXPECT_EQ(with_user->user, "coder");
  EXPECT_EQ(with_user->password, "p:w");
  EXPECT_EQ(with_user->port, 7000);
  // The address in messages never shows the password.
  EXPECT_EQ(with_user->Address(), "127.0.0.1:7000");
}

TEST(RedisUri, TakesIpv6InBrackets) {
  auto uri = ParseRedisUri("redis://[::1]:6380");
  ASSERT_TRUE(uri.ok());
  EXPECT_EQ(uri->host, "::1");
  EXPECT_EQ(uri->port, 6380);
  EXPECT_EQ(uri->Address(), "[::1]:6380");
}

TEST(RedisUri, RefusesWhatIsMalformedSayingWhat) {
  const std::pair<const char*, const char*> cases[] = {
      {"http://127.0.0.1", "does not start with redis://"},
      {"127.0.0.1:6379", "does not start with redis://"},
      {"redis://", "no host"},
      {"redis://:6379", "no host"},
      {"redis://host:", "empty port"},
      {"redis://host:0", "not 1..65535"},
      {"redis://host:65536", "not 1..65535"},
      {"redis://host:63a9", "not 1..65535"},
      {"redis://host:-1", "not 1..65535"},
      {"redis://host/x", "database 'x' is not a number"},
      {"redis://host/-1", "is not a number"},
      {"redis://pw%4@host", "bad %XX escape"},
      {"redis://pw%zz@host", "bad %XX escape"},
      {"redis://[::1", "without ']'"},
      {"redis://[::1]x", "junk after ']'"},
  };
  for (const auto& [text, why] : cases) {
    auto uri = ParseRedisUri(text);
    ASSERT_FALSE(uri.ok()) << text;
    EXPECT_EQ(uri.status().code(), StatusCode::kInvalidArgument);
    EXPECT_THAT(uri.status().message(), HasSubstr(why)) << text;
  }
}

TEST(RedisClient, FailsToConnectWhereNoServerListens) {
  // Port 1 on the loopback: nothing listens there unprivileged, and the refusal is immediate.
  auto client = RedisClient::Connect({.host = "127.0.0.1", .port = 1});
  ASSERT_FALSE(client.ok());
  EXPECT_EQ(client.status().code(), StatusCode::kIoError);
  EXPECT_THAT(client.status().message(), HasSubstr("redis 127.0.0.1:1: cannot connect"));
}

TEST(RedisReply, KnowsAnErrorByItsCode) {
  const RedisReply busy{.type = RedisReply::Type::kError, .text = "BUSYGROUP Consumer Group"};
  EXPECT_TRUE(busy.IsError("BUSYGROUP"));
  EXPECT_FALSE(busy.IsError("BUSY"));
  const RedisReply text{.type = RedisReply::Type::kString, .text = "BUSYGROUP"};
  EXPECT_FALSE(text.IsError("BUSYGROUP"));
}

TEST(Backoff, DoublesUpToFiveSecondsAndStartsAgainAfterReset) {
  Backoff backoff;
  EXPECT_EQ(backoff.Next().count(), 100);
  EXPECT_EQ(backoff.Next().count(), 200);
  for (int i = 0; i < 10; ++i) (void)backoff.Next();
  EXPECT_EQ(backoff.Next().count(), 5000);
  backoff.Reset();
  EXPECT_EQ(backoff.Next().count(), 100);
}

}  // namespace
}  // namespace tacitus

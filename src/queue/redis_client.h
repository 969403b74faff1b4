// A small client of Redis over hiredis, for the workers: one connection, commands as argument
// vectors (binary-safe), replies as plain values.
//
//   auto uri = ParseRedisUri("redis://127.0.0.1:6379/0");
//   if (!uri.ok()) { report uri.status().message(); }
//   auto client = RedisClient::Connect(*uri);
//   if (!client.ok()) { report, retry later; }
//   auto length = (*client)->Command({"XLEN", "stories"});
//   auto replies = (*client)->Pipeline({{"MULTI"}, {"XACK", ...}, {"XDEL", ...}, {"EXEC"}});
//
// Failure: nothing throws. ParseRedisUri refuses a malformed URI (kInvalidArgument, saying what
// is wrong). Connect fails (kIoError) when the server cannot be reached in time, refuses the
// password or has no such database. Command and Pipeline fail (kIoError, "redis HOST:PORT:
// reason") when the connection is lost or a reply takes longer than the timeout: the client
// is then broken for good (hiredis leaves the connection so), every later call fails at once,
// and the caller connects again. A command the server refuses ("ERR ...", "BUSYGROUP ...") is
// not a failure of the client: its reply has type kError, and the caller decides.
// A RedisClient is used by one thread at a time.
#ifndef TACITUS_QUEUE_REDIS_CLIENT_H_
#define TACITUS_QUEUE_REDIS_CLIENT_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tacitus/status.h"

struct redisContext;

namespace tacitus {

// redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]: HOST a name, an IPv4 address or an IPv6 one in
// brackets; PORT 1..65535, 6379 when absent; DB a database number, 0 when absent. USER and
// PASSWORD may hold %XX escapes.
struct RedisUri {
  std::string host;
  int port = 6379;
  std::string user, password;  // both empty: no AUTH
  int64_t database = 0;

  // "HOST:PORT" ("[::1]:6379" for IPv6), for messages: never the password.
  std::string Address() const;
};

// Fails with kInvalidArgument naming what is wrong: another scheme, an empty host, a port out
// of range, a database that is not a number, a bad %XX escape.
Result<RedisUri> ParseRedisUri(std::string_view uri);

// One reply, as RESP2 has them.
struct RedisReply {
  enum class Type { kString, kStatus, kError, kInteger, kNil, kArray };
  Type type = Type::kNil;
  std::string text;  // kString, kStatus, kError
  int64_t integer = 0;
  std::vector<RedisReply> elements;  // kArray

  bool IsError() const { return type == Type::kError; }
  // An error reply whose first word is `code` ("BUSYGROUP", "NOGROUP").
  bool IsError(std::string_view code) const;
};

class RedisClient {
 public:
  // Connects (and sends AUTH and SELECT as `uri` asks); `timeout` bounds the connection and
  // then every reply, so it must be longer than the BLOCK of any blocking command sent.
  static Result<std::unique_ptr<RedisClient>> Connect(
      const RedisUri& uri, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  Result<RedisReply> Command(const std::vector<std::string>& args);
  // Sends all the commands, then reads their replies, in order: one round trip.
  Result<std::vector<RedisReply>> Pipeline(const std::vector<std::vector<std::string>>& commands);

 private:
  RedisClient(redisContext* context, std::string address)
      : context_(context), address_(std::move(address)) {}
  Status Append(const std::vector<std::string>& args);
  Result<RedisReply> ReadReply();
  Status Broken() const;

  redisContext* context_;
  std::string address_;
};

// A RedisClient that connects again when needed: a call after a failure (or the first call)
// connects first. Calls fail as RedisClient's do, and also when connecting fails.
class RedisConnection {
 public:
  explicit RedisConnection(RedisUri uri) : uri_(std::move(uri)) {}

  Result<RedisReply> Command(const std::vector<std::string>& args);
  Result<std::vector<RedisReply>> Pipeline(const std::vector<std::vector<std::string>>& commands);
  const RedisUri& uri() const { return uri_; }

 private:
  Status Connected();

  RedisUri uri_;
  std::unique_ptr<RedisClient> client_;  // null until connected and after a failure
};

// The waits between attempts after failures: 100 ms, doubled after each, at most 5 s.
class Backoff {
 public:
  // The wait before the next attempt.
  std::chrono::milliseconds Next();
  // After a success: the next wait is the first again.
  void Reset() { next_ = kFirst; }

 private:
  static constexpr std::chrono::milliseconds kFirst{100}, kLongest{5000};
  std::chrono::milliseconds next_ = kFirst;
};

}  // namespace tacitus

#endif  // TACITUS_QUEUE_REDIS_CLIENT_H_

#include "queue/redis_client.h"

#include <hiredis/hiredis.h>
#include <sys/time.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

namespace tacitus {
namespace {

Status InvalidUri(std::string_view uri, const std::string& why) {
  return Status::Error(StatusCode::kInvalidArgument,
                       "malformed Redis URI '" + std::string(uri) + "': " + why +
                           " (expected redis://[[USER]:PASSWORD@]HOST[:PORT][/DB])");
}

// `text` with its %XX escapes decoded; nullopt for a bad escape.
std::optional<std::string> PercentDecoded(std::string_view text) {
  std::string decoded;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      decoded += text[i];
      continue;
    }
    if (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      return std::nullopt;
    }
    int value = 0;
    std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
    decoded += static_cast<char>(value);
    i += 2;
  }
  return decoded;
}

// Whether `text` is all decimal digits and not empty, with its value in *value.
bool ParseNumber(std::string_view text, int64_t* value) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size() && text[0] != '-' &&
         text[0] != '+';
}

RedisReply Converted(const redisReply& reply) {
  RedisReply out;
  switch (reply.type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
      out.type = reply.type == REDIS_REPLY_STRING   ? RedisReply::Type::kString
                 : reply.type == REDIS_REPLY_STATUS ? RedisReply::Type::kStatus
                                                    : RedisReply::Type::kError;
      out.text.assign(reply.str, reply.len);
      break;
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::kInteger;
      out.integer = reply.integer;
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::kArray;
      out.elements.reserve(reply.elements);
      for (size_t i = 0; i < reply.elements; ++i)
        out.elements.push_back(Converted(*reply.element[i]));
      break;
    default:
      out.type = RedisReply::Type::kNil;
  }
  return out;
}

timeval ToTimeval(std::chrono::milliseconds timeout) {
  return timeval{.tv_sec = static_cast<time_t>(timeout.count() / 1000),
                 .tv_usec = static_cast<suseconds_t>(timeout.count() % 1000 * 1000)};
}

}  // namespace

std::string RedisUri::Address() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

Result<RedisUri> ParseRedisUri(std::string_view uri) {
  constexpr std::string_view kScheme = "redis://";
  if (!uri.starts_with(kScheme)) return InvalidUri(uri, "it does not start with redis://");
  std::string_view rest = uri.substr(kScheme.size());
  RedisUri parsed;
  const size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  if (slash != std::string_view::npos) {
    const std::string_view database = rest.substr(slash + 1);
    if (!database.empty() && !ParseNumber(database, &parsed.database)) {
      return InvalidUri(uri, "the database '" + std::string(database) + "' is not a number");
    }
  }
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    const std::string_view credentials = authority.substr(0, at);
    authority = authority.substr(at + 1);
    const size_t colon = credentials.find(':');
    const auto user = PercentDecoded(credentials.substr(0, colon));
    const auto password = PercentDecoded(
        colon == std::string_view::npos ? std::string_view() : credentials.substr(colon + 1));
    if (!user || !password) return InvalidUri(uri, "a bad %XX escape in the credentials");
    if (colon == std::string_view::npos) {
      parsed.password = *user;  // redis://PASSWORD@HOST, as redis-cli -u reads it
    } else {
      parsed.user = *user;
      parsed.password = *password;
    }
  }
  std::string_view port;
  if (authority.starts_with('[')) {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return InvalidUri(uri, "an IPv6 address without ']'");
    parsed.host = authority.substr(1, close - 1);
    const std::string_view after = authority.substr(close + 1);
    if (!after.empty() && !after.starts_with(':')) return InvalidUri(uri, "junk after ']'");
    if (!after.empty()) port = after.substr(1);
    if (after == ":") return InvalidUri(uri, "an empty port");
  } else {
    const size_t colon = authority.find(':');
    parsed.host = authority.substr(0, colon);
    if (colon != std::string_view::npos) {
      port = authority.substr(colon + 1);
      if (port.empty()) return InvalidUri(uri, "an empty port");
    }
  }
  if (parsed.host.empty()) return InvalidUri(uri, "no host");
  if (!port.empty()) {
    int64_t number = 0;
    if (!ParseNumber(port, &number) || number < 1 || number > 65535) {
      return InvalidUri(uri, "the port '" + std::string(port) + "' is not 1..65535");
    }
    parsed.port = static_cast<int>(number);
  }
  return parsed;
}

bool RedisReply::IsError(std::string_view code) const {
  return IsError() && text.starts_with(code) &&
         (text.size() == code.size() || text[code.size()] == ' ');
}

Result<std::unique_ptr<RedisClient>> RedisClient::Connect(const RedisUri& uri,
                                                          std::chrono::milliseconds timeout) {
  const std::string address = uri.Address();
  redisContext* context = redisConnectWithTimeout(uri.host.c_str(), uri.port, ToTimeval(timeout));
  if (context == nullptr || context->err != 0) {
    const std::string reason = context == nullptr ? "out of memory" : context->errstr;
    if (context != nullptr) redisFree(context);
    return Status::Error(StatusCode::kIoError, "redis " + address + ": cannot connect: " + reason);
  }
  if (redisSetTimeout(context, ToTimeval(timeout)) != REDIS_OK) {
    redisFree(context);
    return Status::Error(StatusCode::kIoError, "redis " + address + ": cannot set a timeout");
  }
  std::unique_ptr<RedisClient> client(new RedisClient(context, address));
  std::vector<std::vector<std::string>> setup;
  if (!uri.password.empty()) {
    setup.push_back(uri.user.empty() ? std::vector<std::string>{"AUTH", uri.password}
                                     : std::vector<std::string>{"AUTH", uri.user, uri.password});
  }
  if (uri.database != 0) setup.push_back({"SELECT", std::to_string(uri.database)});
  if (!setup.empty()) {
    auto replies = client->Pipeline(setup);
    if (!replies.ok()) return replies.status();
    for (const RedisReply& reply : *replies) {
      if (reply.IsError()) {
        return Status::Error(StatusCode::kIoError, "redis " + address + ": " + reply.text);
      }
    }
  }
  return client;
}

RedisClient::~RedisClient() { redisFree(context_); }

Result<RedisReply> RedisClient::Command(const std::vector<std::string>& args) {
  TACITUS_RETURN_IF_ERROR(Append(args));
  return ReadReply();
}

Result<std::vector<RedisReply>> RedisClient::Pipeline(
    const std::vector<std::vector<std::string>>& commands) {
  for (const auto& args : commands) TACITUS_RETURN_IF_ERROR(Append(args));
  std::vector<RedisReply> replies;
  replies.reserve(commands.size());
  for (size_t i = 0; i < commands.size(); ++i) {
    auto reply = ReadReply();
    if (!reply.ok()) return reply.status();
    replies.push_back(std::move(*reply));
  }
  return replies;
}

Status RedisClient::Append(const std::vector<std::string>& args) {
  if (context_->err != 0) return Broken();
  std::vector<const char*> argv;
  std::vector<size_t> lengths;
  argv.reserve(args.size());
  lengths.reserve(args.size());
  for (const std::string& arg : args) {
    argv.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  if (redisAppendCommandArgv(context_, static_cast<int>(args.size()), argv.data(),
                             lengths.data()) != REDIS_OK) {
    return Broken();
  }
  return Status::Ok();
}

Result<RedisReply> RedisClient::ReadReply() {
  void* raw = nullptr;
  if (redisGetReply(context_, &raw) != REDIS_OK || raw == nullptr) return Broken();
  const std::unique_ptr<redisReply, void (*)(void*)> reply(static_cast<redisReply*>(raw),
                                                           freeReplyObject);
  return Converted(*reply);
}

Status RedisClient::Broken() const {
  const std::string reason = context_->err != 0 ? context_->errstr : "no reply";
  return Status::Error(StatusCode::kIoError, "redis " + address_ + ": " + reason);
}

Result<RedisReply> RedisConnection::Command(const std::vector<std::string>& args) {
  TACITUS_RETURN_IF_ERROR(Connected());
  auto reply = client_->Command(args);
  if (!reply.ok()) client_.reset();
  return reply;
}

Result<std::vector<RedisReply>> RedisConnection::Pipeline(
    const std::vector<std::vector<std::string>>& commands) {
  TACITUS_RETURN_IF_ERROR(Connected());
  auto replies = client_->Pipeline(commands);
  if (!replies.ok()) client_.reset();
  return replies;
}

Status RedisConnection::Connected() {
  if (client_ != nullptr) return Status::Ok();
  auto client = RedisClient::Connect(uri_);
  if (!client.ok()) return client.status();
  client_ = std::move(*client);
  return Status::Ok();
}

std::chrono::milliseconds Backoff::Next() {
  const std::chrono::milliseconds wait = next_;
  next_ = std::min(next_ * 2, kLongest);
  return wait;
}

}  // namespace tacitus

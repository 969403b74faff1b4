#include "queue/story_stream.h"

namespace tacitus {
namespace {

Status BadReply(std::string_view command) {
  return Status::Error("unexpected reply to " + std::string(command));
}

std::string Milliseconds(std::chrono::milliseconds duration) {
  return std::to_string(duration.count());
}

}  // namespace

Result<std::vector<StreamEntry>> ParseEntries(const RedisReply& reply) {
  std::vector<StreamEntry> entries;
  if (reply.type == RedisReply::Type::kNil) return entries;
  if (reply.type != RedisReply::Type::kArray) return BadReply("a read of stream entries");
  for (const RedisReply& item : reply.elements) {
    if (item.type == RedisReply::Type::kNil) continue;  // deleted since it was delivered
    if (item.type != RedisReply::Type::kArray || item.elements.size() != 2 ||
        item.elements[0].type != RedisReply::Type::kString) {
      return BadReply("a read of stream entries");
    }
    StreamEntry entry{.id = item.elements[0].text, .fields = {}};
    const RedisReply& fields = item.elements[1];
    if (fields.type == RedisReply::Type::kNil) continue;  // deleted, in an XREADGROUP of 0
    if (fields.type != RedisReply::Type::kArray || fields.elements.size() % 2 != 0) {
      return BadReply("a read of stream entries");
    }
    for (size_t i = 0; i < fields.elements.size(); i += 2) {
      entry.fields.emplace_back(fields.elements[i].text, fields.elements[i + 1].text);
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

Status StoryStream::Add(
    const std::vector<std::vector<std::pair<std::string, std::string>>>& entries) {
  std::vector<std::vector<std::string>> commands;
  commands.reserve(entries.size());
  for (const auto& fields : entries) {
    std::vector<std::string> args = {"XADD", stream_, "*"};
    for (const auto& [field, value] : fields) {
      args.push_back(field);
      args.push_back(value);
    }
    commands.push_back(std::move(args));
  }
  auto replies = connection_->Pipeline(commands);
  if (!replies.ok()) return replies.status();
  for (const RedisReply& reply : *replies) {
    if (reply.IsError()) {
      return Refused(reply);
    }
  }
  return Status::Ok();
}

Result<int64_t> StoryStream::Length() {
  auto reply = Run({"XLEN", stream_});
  if (!reply.ok()) return reply.status();
  if (reply->type != RedisReply::Type::kInteger) return BadReply("XLEN");
  return reply->integer;
}

Status StoryStream::CreateGroup() {
  auto reply = connection_->Command({"XGROUP", "CREATE", stream_, group_, "0", "MKSTREAM"});
  if (!reply.ok()) return reply.status();
  if (reply->IsError() && !reply->IsError("BUSYGROUP")) {
    return Refused(*reply);
  }
  return Status::Ok();
}

Result<std::vector<StreamEntry>> StoryStream::ReadNew(int64_t count,
                                                      std::chrono::milliseconds block) {
  auto reply = RunInGroup({"XREADGROUP", "GROUP", group_, consumer_, "COUNT", std::to_string(count),
                           "BLOCK", Milliseconds(block), "STREAMS", stream_, ">"});
  if (!reply.ok()) return reply.status();
  // [[stream, entries]] or nil when none came in time.
  if (reply->type == RedisReply::Type::kNil) return std::vector<StreamEntry>();
  if (reply->type != RedisReply::Type::kArray || reply->elements.size() != 1 ||
      reply->elements[0].elements.size() != 2) {
    return BadReply("XREADGROUP");
  }
  return ParseEntries(reply->elements[0].elements[1]);
}

Result<std::vector<StreamEntry>> StoryStream::ClaimOwn(int64_t count) {
  auto pending =
      RunInGroup({"XPENDING", stream_, group_, "-", "+", std::to_string(count), consumer_});
  if (!pending.ok()) return pending.status();
  std::vector<std::string> args = {"XCLAIM", stream_, group_, consumer_, "0"};
  for (const RedisReply& item : pending->elements) {
    if (item.elements.empty()) return BadReply("XPENDING");
    args.push_back(item.elements[0].text);
  }
  if (args.size() == 5) return std::vector<StreamEntry>();
  auto claimed = Run(args);
  if (!claimed.ok()) return claimed.status();
  return ParseEntries(*claimed);
}

Result<std::vector<StreamEntry>> StoryStream::ClaimIdle(int64_t count,
                                                        std::chrono::milliseconds idle) {
  auto reply = RunInGroup({"XAUTOCLAIM", stream_, group_, consumer_, Milliseconds(idle),
                           claim_cursor_, "COUNT", std::to_string(count)});
  if (!reply.ok()) return reply.status();
  // [next cursor, entries, ids of deleted entries dropped from the pending list]
  if (reply->type != RedisReply::Type::kArray || reply->elements.size() < 2) {
    return BadReply("XAUTOCLAIM");
  }
  claim_cursor_ = reply->elements[0].text;
  return ParseEntries(reply->elements[1]);
}

Status StoryStream::Touch(const std::vector<std::string>& ids) {
  if (ids.empty()) return Status::Ok();
  std::vector<std::string> args = {"XCLAIM", stream_, group_, consumer_, "0"};
  args.insert(args.end(), ids.begin(), ids.end());
  args.push_back("JUSTID");
  return Run(args).status();
}

Result<std::vector<int64_t>> StoryStream::Deliveries(const std::vector<StreamEntry>& entries) {
  std::vector<std::vector<std::string>> commands;
  for (const StreamEntry& entry : entries) {
    commands.push_back({"XPENDING", stream_, group_, entry.id, entry.id, "1"});
  }
  auto replies = connection_->Pipeline(commands);
  if (!replies.ok()) return replies.status();
  std::vector<int64_t> deliveries;
  for (const RedisReply& reply : *replies) {
    // [[id, consumer, idle ms, deliveries]], or [] when no longer pending.
    if (reply.IsError()) return Refused(reply);
    if (reply.elements.empty()) {
      deliveries.push_back(0);
      continue;
    }
    const RedisReply& item = reply.elements[0];
    if (item.elements.size() != 4 || item.elements[3].type != RedisReply::Type::kInteger) {
      return BadReply("XPENDING");
    }
    deliveries.push_back(item.elements[3].integer);
  }
  return deliveries;
}

Result<int64_t> StoryStream::Pending() {
  auto reply = RunInGroup({"XPENDING", stream_, group_});
  if (!reply.ok()) return reply.status();
  // [count, lowest id, highest id, [[consumer, count], ...]]
  if (reply->elements.empty() || reply->elements[0].type != RedisReply::Type::kInteger) {
    return BadReply("XPENDING");
  }
  return reply->elements[0].integer;
}

Status StoryStream::Leave() {
  auto held = RunInGroup({"XPENDING", stream_, group_, "-", "+", "1", consumer_});
  if (!held.ok()) return held.status();
  if (!held->elements.empty()) return Status::Ok();
  return Run({"XGROUP", "DELCONSUMER", stream_, group_, consumer_}).status();
}

Status StoryStream::Finish(const std::vector<std::string>& done,
                           const std::vector<DeadLetter>& dead,
                           const std::string& dead_letter_stream) {
  std::vector<std::string> ids = done;
  std::vector<std::vector<std::string>> commands = {{"MULTI"}};
  for (const DeadLetter& letter : dead) {
    std::vector<std::string> args = {"XADD", dead_letter_stream, "*"};
    for (auto& [field, value] : DeadLetterFields(letter.entry, stream_, letter.reason)) {
      args.push_back(std::move(field));
      args.push_back(std::move(value));
    }
    commands.push_back(std::move(args));
    ids.push_back(letter.entry.id);
  }
  if (ids.empty()) return Status::Ok();
  std::vector<std::string> ack = {"XACK", stream_, group_};
  std::vector<std::string> del = {"XDEL", stream_};
  ack.insert(ack.end(), ids.begin(), ids.end());
  del.insert(del.end(), ids.begin(), ids.end());
  commands.push_back(std::move(ack));
  commands.push_back(std::move(del));
  commands.push_back({"EXEC"});
  auto replies = connection_->Pipeline(commands);
  if (!replies.ok()) return replies.status();
  const RedisReply& exec = replies->back();
  for (const RedisReply& reply : *replies) {
    if (reply.IsError()) {
      return Refused(reply);
    }
  }
  if (exec.type != RedisReply::Type::kArray) return BadReply("EXEC");
  for (const RedisReply& reply : exec.elements) {
    if (reply.IsError()) {
      return Refused(reply);
    }
  }
  return Status::Ok();
}

Status StoryStream::Refused(const RedisReply& reply) const {
  // A server loading its data after a restart, or busy with a script, will answer later.
  const bool passing = reply.IsError("LOADING") || reply.IsError("BUSY") ||
                       reply.IsError("TRYAGAIN") || reply.IsError("MASTERDOWN");
  return Status::Error(
      passing ? StatusCode::kIoError : StatusCode::kFailedPrecondition,
      "redis " + connection_->uri().Address() + ": " + stream_ + ": " + reply.text);
}

Result<RedisReply> StoryStream::Run(const std::vector<std::string>& args) {
  auto reply = connection_->Command(args);
  if (reply.ok() && reply->IsError()) return Refused(*reply);
  return reply;
}

Result<RedisReply> StoryStream::RunInGroup(const std::vector<std::string>& args) {
  auto reply = connection_->Command(args);
  if (reply.ok() && reply->IsError("NOGROUP")) {
    TACITUS_RETURN_IF_ERROR(CreateGroup());
    return Run(args);
  }
  if (reply.ok() && reply->IsError()) return Refused(*reply);
  return reply;
}

}  // namespace tacitus

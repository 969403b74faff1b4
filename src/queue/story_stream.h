// A Redis stream of stories read by a consumer group: the commands `tacitus enqueue` and
// `tacitus worker` send, and the replies they read.
//
//   StoryStream stream(&connection, "stories", "coders", "host-1234");
//   TACITUS_RETURN_IF_ERROR(stream.CreateGroup());             // XGROUP CREATE ... MKSTREAM
//   auto batch = stream.ReadNew(100, std::chrono::seconds(1));  // XREADGROUP ... >
//   ... code and commit ...
//   TACITUS_RETURN_IF_ERROR(stream.Finish(ids, dead_letters, "stories-dead"));  // acked, deleted
//
// Back-pressure: the workers delete the entries they finish (XACK then XDEL, in one MULTI), so
// the stream's length (XLEN) is the number of stories enqueued and not yet finished, those
// being coded included; `tacitus enqueue --max-length N` waits while it is N or more.
//
// Failure: every call fails with kIoError when the connection fails (RedisConnection connects
// again on the next call) or the server says to try later (LOADING after a restart, BUSY,
// TRYAGAIN, MASTERDOWN): an outage to wait out; with kFailedPrecondition when the server
// refuses a command for good (WRONGTYPE: the key is no stream; NOAUTH), with its message; with
// kDataError for a reply of an unexpected shape. Nothing is retried here: the commands decide.
#ifndef TACITUS_QUEUE_STORY_STREAM_H_
#define TACITUS_QUEUE_STORY_STREAM_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "queue/redis_client.h"
#include "queue/story_entry.h"
#include "tacitus/status.h"

namespace tacitus {

// The entries of an XREADGROUP, XRANGE, XCLAIM or XAUTOCLAIM reply (the part that lists them):
// [[id, [field, value, ...]], ...]. Entries deleted meanwhile (nil in XCLAIM replies) are left
// out. Fails (kDataError) on another shape.
Result<std::vector<StreamEntry>> ParseEntries(const RedisReply& reply);

// An entry that goes to the dead-letter stream, and why.
struct DeadLetter {
  StreamEntry entry;
  std::string reason;
};

class StoryStream {
 public:
  // `consumer` may be empty for a stream only added to (enqueue).
  StoryStream(RedisConnection* connection, std::string stream, std::string group,
              std::string consumer)
      : connection_(connection),
        stream_(std::move(stream)),
        group_(std::move(group)),
        consumer_(std::move(consumer)) {}

  const std::string& name() const { return stream_; }

  // Adds one entry per element of `entries`, in one round trip.
  Status Add(const std::vector<std::vector<std::pair<std::string, std::string>>>& entries);
  // XLEN: entries enqueued and not yet finished.
  Result<int64_t> Length();

  // Creates the group, reading from the start of the stream, and the stream when missing; a
  // group that exists is left as it is.
  Status CreateGroup();
  // Up to `count` entries never delivered to the group, waiting up to `block` for one.
  Result<std::vector<StreamEntry>> ReadNew(int64_t count, std::chrono::milliseconds block);
  // Up to `count` entries pending on this consumer (a worker restarted under the same name),
  // claimed again so that their delivery counts grow.
  Result<std::vector<StreamEntry>> ClaimOwn(int64_t count);
  // Up to `count` entries pending on any consumer for longer than `idle` (XAUTOCLAIM), going
  // on from where the last call stopped, around the pending list.
  Result<std::vector<StreamEntry>> ClaimIdle(int64_t count, std::chrono::milliseconds idle);
  // Marks `ids` (pending on this consumer) as just delivered, without counting a delivery, so
  // that other workers do not claim them while this one is still busy with them.
  Status Touch(const std::vector<std::string>& ids);
  // How many times each of `entries` was delivered (XPENDING), in their order; 0 for one no
  // longer pending.
  Result<std::vector<int64_t>> Deliveries(const std::vector<StreamEntry>& entries);
  // Entries delivered to the group and not acknowledged, whichever consumer holds them.
  Result<int64_t> Pending();
  // Removes this consumer from the group if it holds no entry (a worker that stops cleanly), so
  // that the group's list of consumers does not grow with every worker ever started.
  Status Leave();
  // In one MULTI/EXEC: adds `dead` to `dead_letter_stream`, then acknowledges and deletes
  // `done` and the dead entries.
  Status Finish(const std::vector<std::string>& done, const std::vector<DeadLetter>& dead,
                const std::string& dead_letter_stream);

 private:
  // The server's refusal `reply` as a failure.
  Status Refused(const RedisReply& reply) const;
  // The reply of `args`; the server's refusal as a failure.
  Result<RedisReply> Run(const std::vector<std::string>& args);
  // Creates the group again when the server lost it (NOGROUP: restarted without persistence).
  Result<RedisReply> RunInGroup(const std::vector<std::string>& args);

  RedisConnection* const connection_;
  const std::string stream_, group_, consumer_;
  std::string claim_cursor_ = "0-0";
};

}  // namespace tacitus

#endif  // TACITUS_QUEUE_STORY_STREAM_H_

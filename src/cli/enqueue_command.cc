#include "cli/enqueue_command.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/story_input.h"
#include "queue/redis_client.h"
#include "queue/story_entry.h"
#include "queue/story_stream.h"

namespace tacitus::cli {
namespace {

struct EnqueueOptions {
  StoryInputOptions input;
  std::string redis;
  std::string stream;
  int64_t max_length = 10000;
};

// Stories sent in one round trip.
constexpr size_t kStoriesPerRoundTrip = 100;
// How often a full stream is looked at again.
constexpr std::chrono::milliseconds kFullStreamPoll{100};

// Adds the entries of `pending` to `stream` as room comes, never letting it hold more than
// `max_length` entries (when this is the only enqueue), and removes them from `pending`. A lost
// connection is retried with a backoff, logged on stderr; an entry whose XADD was sent but not
// confirmed is sent again (the worker stores a story once however often it comes). Fails only
// when the server refuses the commands (the key is not a stream, a wrong password).
Status AddWhenRoom(StoryStream* stream, int64_t max_length,
                   std::vector<std::vector<std::pair<std::string, std::string>>>* pending) {
  Backoff backoff;
  while (!pending->empty()) {
    size_t room = pending->size();
    Status status;
    if (auto length = stream->Length(); !length.ok()) {
      status = length.status();
    } else if (max_length > 0) {
      room = std::min<size_t>(room, std::max<int64_t>(0, max_length - *length));
    }
    if (status.ok() && room == 0) {
      std::this_thread::sleep_for(kFullStreamPoll);  // back-pressure: the workers are behind
      continue;
    }
    if (status.ok()) {
      const std::vector batch(pending->begin(), pending->begin() + room);
      status = stream->Add(batch);
    }
    if (status.code() == StatusCode::kIoError) {
      const auto wait = backoff.Next();
      std::cerr << "tacitus enqueue: " << status.message() << "; retrying in " << wait.count()
                << " ms\n";
      std::this_thread::sleep_for(wait);
      continue;
    }
    TACITUS_RETURN_IF_ERROR(status);
    backoff.Reset();
    pending->erase(pending->begin(), pending->begin() + room);
  }
  return Status::Ok();
}

int RunEnqueue(const EnqueueOptions& options) {
  auto uri = ParseRedisUri(options.redis);
  if (!uri.ok()) {
    std::cerr << "tacitus enqueue: " << uri.status().message() << "\n";
    return 1;
  }
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus enqueue: " << reader.status().message() << "\n";
    return 1;
  }
  RedisConnection connection(*uri);
  StoryStream stream(&connection, options.stream, /*group=*/"", /*consumer=*/"");
  // A server that is not there at the start is a mistake to report, not an outage to wait out.
  if (auto length = stream.Length(); !length.ok()) {
    std::cerr << "tacitus enqueue: " << length.status().message() << "\n";
    return 1;
  }
  std::vector<std::vector<std::pair<std::string, std::string>>> pending;
  Story story;
  for (bool more = true; more;) {
    more = (*reader)->Next(&story);
    if (more) pending.push_back(StoryEntryFields(story));
    if (pending.size() < kStoriesPerRoundTrip && more) continue;
    if (const Status status = AddWhenRoom(&stream, options.max_length, &pending); !status.ok()) {
      std::cerr << "tacitus enqueue: " << status.message() << "\n";
      return 1;
    }
  }
  return ExitStatusFor(**reader);
}

}  // namespace

void AddEnqueueCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<EnqueueOptions>();
  CLI::App* command = app->add_subcommand(
      "enqueue", "add stories to a Redis stream, for `tacitus worker` to code and store");
  options->input.AddTo(command, /*format_names_input=*/false);
  command->add_option("--redis", options->redis, "redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]")
      ->required();
  command->add_option("--stream", options->stream, "the stream (a Redis key)")->required();
  command
      ->add_option("--max-length", options->max_length,
                   "wait while the stream holds this many stories not yet finished by the "
                   "workers (they delete what they finish); 0: no bound")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  command->callback([options, exit_status] { *exit_status = RunEnqueue(*options); });
}

}  // namespace tacitus::cli

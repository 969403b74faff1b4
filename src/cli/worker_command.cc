#include "cli/worker_command.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/option_ranges.h"
#include "cli/stop_signal.h"
#include "cli/store_run.h"
#include "cli/story_coding.h"
#include "cli/story_ingest.h"
#include "queue/redis_client.h"
#include "queue/story_entry.h"
#include "queue/story_stream.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"

namespace tacitus::cli {
namespace {

struct WorkerOptions {
  std::string redis, stream, group, db;
  std::string consumer;     // empty: HOST-PID
  std::string dead_letter;  // empty: STREAM-dead
  DictionaryOption dictionary;
  int64_t batch = 100;
  size_t threads = 0;  // 0: one per core
  double claim_after = 60;
  int64_t max_deliveries = 5;
  bool exit_when_empty = false;
};

// How long a read of new entries waits for one: also how long a stop may wait.
constexpr std::chrono::milliseconds kReadBlock{1000};

// The test hook: with TACITUS_WORKER_STOP_AT=POINT in the environment, the worker stops itself
// (SIGSTOP) the first time it reaches POINT, after saying so on stderr, for a test to kill it
// there: "read" (a batch read from the stream, nothing coded), "coding" (the first stories of
// the batch coded and handed on, the others perhaps still in the coding threads, nothing
// stored), "committed" (the batch committed to the store, not acknowledged). Any other value,
// or none, does nothing.
void StopHereForTests(std::string_view point) {
  static const char* const wanted = std::getenv("TACITUS_WORKER_STOP_AT");
  static std::atomic<bool> stopped{false};
  if (wanted == nullptr || point != wanted || stopped.exchange(true)) return;
  std::cerr << "tacitus worker: stopping at " + std::string(point) + " (TACITUS_WORKER_STOP_AT)\n"
            << std::flush;
  raise(SIGSTOP);
}

std::string DefaultConsumerName() {
  char host[256] = "";
  gethostname(host, sizeof host - 1);
  return std::string(host) + "-" + std::to_string(getpid());
}

// Entries to code, with how many times each was delivered (this time included).
struct Batch {
  std::vector<StreamEntry> entries;
  std::vector<int64_t> deliveries;
};

// One consumer of the group: reads a batch, codes it on all cores, commits it to the store in
// one transaction, then acknowledges and deletes its entries; until stopped, or, with
// --exit-when-empty, until nothing is left to read and nothing is pending.
class Worker {
 public:
  Worker(const WorkerOptions& options, const EventPipeline& pipeline, RedisUri uri,
         std::unique_ptr<EventStore> store)
      : options_(options),
        pipeline_(pipeline),
        connection_(std::move(uri)),
        stream_(&connection_, options.stream, options.group, options.consumer),
        store_(std::move(store)) {
    settings_.report_duplicates = false;
  }

  // The exit status: 0, or 2 when entries went to the dead-letter stream; 1 when the server
  // refuses the commands (the key is no stream, a wrong password).
  int Run() {
    Backoff backoff;
    for (Status status = stream_.CreateGroup(); !status.ok(); status = stream_.CreateGroup()) {
      if (status.code() != StatusCode::kIoError) {
        std::cerr << "tacitus worker: " << status.message() << "\n";
        return 1;
      }
      if (WaitAfter(status, "making the group", &backoff)) return 0;
    }
    while (!StopRequested()) {
      auto batch = NextBatch();
      if (!batch.ok()) {
        if (batch.status().code() != StatusCode::kIoError) {
          std::cerr << "tacitus worker: " << batch.status().message() << "\n";
          return 1;
        }
        if (WaitAfter(batch.status(), "reading", &backoff)) break;
        continue;
      }
      backoff.Reset();
      if (!batch->entries.empty()) {
        if (!Process(*batch)) break;
      } else if (options_.exit_when_empty) {
        // Nothing new came: done once no worker holds an entry (a dead one's are claimed).
        if (auto pending = stream_.Pending(); pending.ok() && *pending == 0) break;
      }
    }
    // Best effort: a consumer left behind holds nothing and only lengthens XINFO CONSUMERS.
    (void)stream_.Leave();
    std::cerr << "tacitus worker: " << options_.consumer << ": " << entries_
              << " entries: " << counts_.added << " stories added, " << counts_.replaced
              << " replaced, " << counts_.unchanged << " unchanged; " << dead_ << " to "
              << options_.dead_letter << "\n";
    return dead_ > 0 ? 2 : 0;
  }

 private:
  // This consumer's own pending entries first (a worker restarted under its name), then
  // entries idle on other consumers longer than --claim-after, then new ones, waiting up to
  // kReadBlock for those.
  Result<Batch> NextBatch() {
    Batch batch;
    bool claimed = false;
    if (!own_claimed_) {
      auto own = stream_.ClaimOwn(options_.batch);
      if (!own.ok()) return own.status();
      own_claimed_ = own->empty();
      batch.entries = std::move(*own);
      claimed = true;
    }
    if (batch.entries.empty()) {
      const auto idle =
          std::chrono::milliseconds(static_cast<int64_t>(options_.claim_after * 1000));
      auto idle_entries = stream_.ClaimIdle(options_.batch, idle);
      if (!idle_entries.ok()) return idle_entries.status();
      batch.entries = std::move(*idle_entries);
      claimed = true;
    }
    if (batch.entries.empty()) {
      auto fresh = stream_.ReadNew(options_.batch, kReadBlock);
      if (!fresh.ok()) return fresh.status();
      batch.entries = std::move(*fresh);
      batch.deliveries.assign(batch.entries.size(), 1);
      return batch;
    }
    if (claimed) {
      auto deliveries = stream_.Deliveries(batch.entries);
      if (!deliveries.ok()) return deliveries.status();
      batch.deliveries = std::move(*deliveries);
    }
    return batch;
  }

  // Codes, stores and finishes `batch`; false when a stop came while the store or Redis was
  // out of reach, its entries left pending for another worker.
  bool Process(const Batch& batch) {
    std::vector<DeadLetter> dead;
    std::vector<Story> stories;
    std::vector<const StreamEntry*> story_entries;
    for (size_t i = 0; i < batch.entries.size(); ++i) {
      const StreamEntry& entry = batch.entries[i];
      std::optional<std::string> failure =
          DeliveryFailure(batch.deliveries[i], options_.max_deliveries);
      if (!failure) {
        auto story = DecodeStoryEntry(entry, options_.stream);
        if (story.ok()) {
          stories.push_back(std::move(*story));
          story_entries.push_back(&entry);
          continue;
        }
        failure = "not a story: " + story.status().message();
      }
      dead.push_back({.entry = entry, .reason = *failure});
    }
    StopHereForTests("read");
    std::unordered_map<std::string, std::string> refused;  // story id -> why
    if (!Retried(
            "storing " + std::to_string(stories.size()) + " stories",
            [&] { return StoreStories(stories, &refused); }, story_entries)) {
      std::cerr << "tacitus worker: stopped before the batch was stored; its entries stay "
                   "pending, for another worker to claim\n";
      return false;
    }
    std::vector<std::string> done;
    for (size_t i = 0; i < stories.size(); ++i) {
      if (auto why = refused.find(stories[i].id); why != refused.end()) {
        dead.push_back({.entry = *story_entries[i], .reason = "refused: " + why->second});
      } else {
        done.push_back(story_entries[i]->id);
      }
    }
    for (const DeadLetter& letter : dead) {
      std::cerr << "tacitus worker: " << options_.stream << " entry " << letter.entry.id << ": "
                << letter.reason << "; moved to " << options_.dead_letter << "\n";
    }
    StopHereForTests("committed");
    if (!Retried("acknowledging", [&] { return stream_.Finish(done, dead, options_.dead_letter); },
                 {})) {
      std::cerr << "tacitus worker: stopped before the batch was acknowledged; it is stored, "
                   "and its entries stay pending: the worker that claims them finds them stored\n";
      return false;
    }
    entries_ += batch.entries.size();
    dead_ += dead.size();
    return true;
  }

  // Codes `stories` and stores them in one transaction; the failure of the store, if any,
  // with nothing of the batch kept. Stories the store refuses go to *refused.
  Status StoreStories(const std::vector<Story>& stories,
                      std::unordered_map<std::string, std::string>* refused) {
    if (store_ == nullptr) {
      auto store = EventStore::Open(options_.db, EventStore::kReadWrite);
      if (!store.ok()) return store.status();
      store_ = std::move(*store);
    }
    refused->clear();
    size_t next = 0;
    StoreBatches one_batch(store_.get(), 0);
    StoryIngester ingester(
        settings_, pipeline_.dictionaries().version(),
        [&](Story* story) {
          if (next == stories.size()) return false;
          *story = stories[next++];
          return true;
        },
        store_.get(), &one_batch,
        [&](const Story& story, const std::string& reason) {
          std::cerr << StoryError{.file = story.file,
                                  .line = story.line,
                                  .story_id = EscapeControls(story.id),
                                  .reason = reason}
                           .ToString()
                    << "\n";
          (*refused)[story.id] = reason;
        });
    // Coded first, stored after: the transaction (SQLite's write lock, which the other workers
    // wait for) is held while storing only.
    std::vector<std::pair<StoryToIngest, std::vector<Event>>> coded;
    CodeStoriesToIngest(pipeline_, WorkerThreads(options_.threads), &ingester,
                        [&](const StoryToIngest& item, std::vector<Event>& events) {
                          StopHereForTests("coding");
                          coded.emplace_back(item, std::move(events));
                        });
    Status status = ingester.Begin();
    if (status.ok()) {
      for (const auto& [item, events] : coded) ingester.Store(item, events);
      status = ingester.Finish();
    }
    if (status.ok()) {
      counts_.added += ingester.counts().added;
      counts_.replaced += ingester.counts().replaced;
      counts_.unchanged += ingester.counts().unchanged;
    } else {
      store_.reset();  // rolls back; opened again for the next attempt (a restarted server)
    }
    return status;
  }

  // Runs `attempt` until it succeeds, waiting longer after each failure (logged) and keeping
  // `held` claimed meanwhile; false when a stop came first.
  bool Retried(const std::string& what, const std::function<Status()>& attempt,
               const std::vector<const StreamEntry*>& held) {
    Backoff backoff;
    for (Status status = attempt(); !status.ok(); status = attempt()) {
      std::vector<std::string> ids;
      for (const StreamEntry* entry : held) ids.push_back(entry->id);
      // Best effort: while Redis is out of reach too, nobody claims them anyway.
      (void)stream_.Touch(ids);
      if (WaitAfter(status, what, &backoff)) return false;
    }
    return true;
  }

  // Logs `failure` of `what` and sleeps the next wait of `backoff`; whether a stop came.
  static bool WaitAfter(const Status& failure, const std::string& what, Backoff* backoff) {
    const auto wait = backoff->Next();
    std::cerr << "tacitus worker: " << what << ": " << failure.message() << "; retrying in "
              << wait.count() << " ms\n";
    return SleepUnlessStopped(wait);
  }

  const WorkerOptions& options_;
  const EventPipeline& pipeline_;
  IngestSettings settings_;
  RedisConnection connection_;
  StoryStream stream_;
  std::unique_ptr<EventStore> store_;  // null after a failure, until opened again
  bool own_claimed_ = false;           // no entry pending on this consumer's name is left
  IngestCounts counts_;
  size_t entries_ = 0, dead_ = 0;
};

// The store, opened for writing. A store that still cannot be opened after a few tries is a
// mistake to report (a wrong path) rather than an outage to wait out; the tries are for
// workers started together on a new SQLite file, which all try to make it (the first wins, the
// others fail: "database is locked", "table stories already exists").
Result<std::unique_ptr<EventStore>> OpenStoreAtStart(const std::string& db) {
  constexpr int kTries = 5;
  Backoff backoff;
  for (int attempt = 1;; ++attempt) {
    auto store = EventStore::Open(db, EventStore::kReadWrite);
    if (store.ok() || attempt == kTries || SleepUnlessStopped(backoff.Next())) return store;
  }
}

int RunWorker(WorkerOptions options) {
  CatchStopSignals();  // from the start: a stop while the dictionaries load ends it cleanly too
  if (options.consumer.empty()) options.consumer = DefaultConsumerName();
  if (options.dead_letter.empty()) options.dead_letter = options.stream + "-dead";
  if (options.dead_letter == options.stream) {
    std::cerr << "tacitus worker: --dead-letter must be another stream than --stream (an entry "
                 "that cannot be coded would come back for ever)\n";
    return 1;
  }
  auto uri = ParseRedisUri(options.redis);
  if (!uri.ok()) {
    std::cerr << "tacitus worker: " << uri.status().message() << "\n";
    return 1;
  }
  const std::unique_ptr<const EventPipeline> pipeline =
      options.dictionary.PipelineOrReport("worker");
  if (pipeline == nullptr) return 1;
  auto store = OpenStoreAtStart(options.db);
  if (!store.ok()) {
    std::cerr << "tacitus worker: " << store.status().message() << "\n";
    return 1;
  }
  return Worker(options, *pipeline, *uri, std::move(*store)).Run();
}

}  // namespace

void AddWorkerCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<WorkerOptions>();
  CLI::App* command = app->add_subcommand(
      "worker", "code the stories of a Redis stream as one consumer of a group, and store them");
  command->add_option("--redis", options->redis, "redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]")
      ->required();
  command->add_option("--stream", options->stream, "the stream `tacitus enqueue` adds to")
      ->required();
  command->add_option("--group", options->group, "the consumer group, made when missing")
      ->required();
  command
      ->add_option("--db", options->db,
                   "event database: an SQLite file or a PostgreSQL URI, created when missing")
      ->required();
  command->add_option("--batch", options->batch, "entries read, coded and committed at a time")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{1}, kMaxWorkerBatch));
  AddThreadsOption(command, &options->threads, "coding threads (default: one per core)");
  command
      ->add_option("--claim-after", options->claim_after,
                   "seconds after which an entry pending on another consumer (a dead worker) "
                   "is taken over; longer than a batch takes")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--max-deliveries", options->max_deliveries,
                   "an entry delivered more often than this goes to the dead-letter stream")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{1}, int64_t{1000}));
  command->add_option("--dead-letter", options->dead_letter,
                      "the stream of the entries that cannot be coded (default: STREAM-dead)");
  command->add_option("--consumer", options->consumer,
                      "this worker's name in the group (default: HOST-PID)");
  command->add_flag("--exit-when-empty", options->exit_when_empty,
                    "exit once nothing new comes and no entry is pending on any worker");
  options->dictionary.AddCodingOptionsTo(command);
  command->callback([options, exit_status] { *exit_status = RunWorker(*options); });
}

}  // namespace tacitus::cli

// The one path from "a story" to "stored", shared by `tacitus ingest` (the stories of files,
// stored in batches as they are coded) and `tacitus worker` (the stories of a batch of Redis
// stream entries, coded first and then stored in one transaction):
//
//   StoreBatches batches(store, 1000);                   // or (store, 0): one batch
//   StoryIngester ingester(settings, dict_version, read, store, &batches);
//   TACITUS_RETURN_IF_ERROR(ingester.Begin());
//   CodeStoriesToIngest(pipeline, threads, &ingester,     // reads, codes on threads and
//       [&](const StoryToIngest& item, std::vector<Event>& events) {   // hands on in order
//         ingester.Store(item, events); });
//   TACITUS_RETURN_IF_ERROR(ingester.Finish());
//
// The worker calls Begin only after coding, keeping the items and their events meanwhile, so
// that a transaction (and SQLite's write lock) is held while storing and not while coding.
//
// Failure: the first failure of the store stops reading and storing, and Finish returns it; a
// story the store cannot hold (a control character in its id, a date out of its range) is the
// story's fault alone: it is refused (on_refused), counted, and the rest goes on.
#ifndef TACITUS_CLI_STORY_INGEST_H_
#define TACITUS_CLI_STORY_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cli/store_run.h"
#include "tacitus/event.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus::cli {

// What to do with a story whose id the store holds with other content (--on-conflict).
enum class OnConflict { kReplace, kKeep, kError };

struct IngestSettings {
  OnConflict on_conflict = OnConflict::kReplace;
  std::string on_conflict_name = "replace";  // as the option spells it, for messages
  // Whether an id seen earlier in the same run is a duplicate (reported, exit 2). Off for the
  // worker: at-least-once delivery hands it the same story again by design.
  bool report_duplicates = true;
};

// A story, or a part of one, read for ingesting. What was found of the story when it was read
// is the same for each of its parts.
struct StoryToIngest : StoryToStore {
  bool stored = false;  // same id, text and dictionaries: nothing to code again
  std::string refusal;  // why the story is not to be stored; empty when it is
};

// What a run did with the stories it stored.
struct IngestCounts {
  size_t stories = 0, added = 0, replaced = 0, unchanged = 0, coded_events = 0;
  size_t conflicts = 0, duplicates = 0, refused = 0;
};

// `id` with its control characters written as C escapes (\t, \n, \x1b), for a message on a
// line of its own.
std::string EscapeControls(std::string_view id);

// The calling thread's side of a run: reads, asks the store what it already holds, and stores
// in input order, while worker threads code in between.
//
// A story whose id the store holds with other content is a conflict, decided when it is
// stored, reported on stderr and counted. With report_duplicates, an id seen earlier in the
// same run is a duplicate, reported with where it was first seen; --on-conflict decides which
// story is kept there too. The ids seen are remembered for the run (about 100 bytes a story).
class StoryIngester {
 public:
  // Told of each story refused, with the reason; the default prints "FILE:LINE: story ID:
  // reason" on stderr.
  using OnRefused = std::function<void(const Story& story, const std::string& reason)>;
  // Told after each story or part stored, with the counts so far (a progress bar).
  using OnStored = std::function<void(const Story& story, const IngestCounts& counts)>;

  // `read` gives the next story, false at the end. `batches` ends the transactions (Begin,
  // after each story, Finish); all must outlive the ingester.
  StoryIngester(const IngestSettings& settings, std::string_view dict_version,
                std::function<bool(Story*)> read, EventStore* store, StoreBatches* batches,
                OnRefused on_refused = nullptr, OnStored on_stored = nullptr);

  Status Begin() { return batches_->Begin(); }

  // The next story or part, and whether the store holds the story already; false at the end
  // of the input or after a failure.
  bool Read(StoryToIngest* item);

  // Stores `item` with the `events` coded from it (unless its story was stored already, or is
  // a conflict not to be stored), and after a story's last part tells the batches.
  void Store(const StoryToIngest& item, const std::vector<Event>& events);

  // Commits the last batch; the first failure of the whole run, if any.
  Status Finish();

  const IngestCounts& counts() const { return counts_; }
  // "N stories with the id of a stored story of other content (replaced)"; the same for
  // duplicates of the input.
  std::string ConflictSummary() const;
  std::string DuplicateSummary() const;
  // 2, as for a bad story, when a story was refused or a duplicate, or a conflict was an error
  // (--on-conflict error); else 0.
  int ExitStatus() const;

 private:
  bool ReadStory(Story* story);
  bool StoreFirstPart(const StoryToIngest& item, const std::vector<Event>& events);
  void Refuse(const Story& story, std::string reason);
  void Report(const Story& story, std::string reason) const;
  bool IsDuplicate(const Story& story);
  std::string DuplicateOutcome() const;
  Result<bool> ResolveConflict(const Story& story);
  std::string ConflictOutcome() const;

  const IngestSettings& settings_;
  const std::string_view dict_version_;
  const std::function<bool(Story*)> read_;
  StoryPartsToStore parts_;
  // What ReadStory found of the story being read, for each of its parts.
  bool story_stored_ = false;
  std::string story_refusal_;
  bool writing_ = false;  // the story of the parts being stored was written by its first part
  EventStore* const store_;
  StoreBatches* const batches_;
  const OnRefused on_refused_;
  const OnStored on_stored_;
  // Ids of the stories read and not yet stored, with how many times each.
  std::unordered_map<std::string, int> in_flight_;
  // Where the stories of the run came from: the input files in order, and each id's first story.
  struct InputPlace {
    uint32_t file = 0;  // index in files_
    uint32_t line = 0;
  };
  std::vector<std::string> files_;
  std::unordered_map<std::string, InputPlace> seen_;
  IngestCounts counts_;
  Status failure_;
};

// Reads what `ingester` reads, codes each story or part not stored already and not refused on
// `threads` worker threads, and hands it with its events to `write` on the calling thread, in
// input order.
void CodeStoriesToIngest(
    const EventPipeline& pipeline, size_t threads, StoryIngester* ingester,
    const std::function<void(const StoryToIngest&, std::vector<Event>&)>& write);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORY_INGEST_H_

// What the subcommands that code stories into the store (ingest, recode) share: the progress
// line they draw on stderr when it is a terminal, the batches they commit, and long stories
// coded in parts and stored whole.
#ifndef TACITUS_CLI_STORE_RUN_H_
#define TACITUS_CLI_STORE_RUN_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "pipeline/story_parts.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus::cli {

// A bar, the share done, stories, stories/s, events and an ETA, redrawn in place.
class ProgressBar {
 public:
  // `total`: the units of work (bytes, stories) the run will do; 0 when unknown, which draws
  // no bar and no ETA. The clock starts now.
  explicit ProgressBar(uint64_t total);

  // `done` units of `total` are done; redraws at most five times a second.
  void Update(uint64_t done, size_t stories, size_t events);
  // Draws the line as complete and ends it.
  void Finish(size_t stories, size_t events);
  // Ends the line if one is drawn and not ended, so that an error message after it starts a
  // line of its own (and no blank line comes before it when nothing was drawn).
  void BreakLine();

 private:
  using Clock = std::chrono::steady_clock;
  void Draw(uint64_t done, size_t stories, size_t events, Clock::time_point now);

  uint64_t total_;
  Clock::time_point start_, last_draw_;
  bool line_open_ = false;
};

// Batches (transactions) of an EventStore: one ends after `size` stories written or a second,
// whichever comes first, so a killed run loses at most that much work and a rerun finishes it.
// A `size` of 0 makes one batch, from Begin to Finish (the worker's: its entries are acked
// once the whole batch is committed).
class StoreBatches {
 public:
  StoreBatches(EventStore* store, size_t size) : store_(store), size_(size) {}

  Status Begin();
  // After a story: `written` whether it was stored (an unchanged one is not). Commits and
  // begins the next batch when this one is full or a second old.
  Status Next(bool written);
  // Commits the last batch.
  Status Finish() { return store_->CommitBatch(); }

 private:
  using Clock = std::chrono::steady_clock;
  EventStore* const store_;
  const size_t size_;
  size_t written_ = 0;
  Clock::time_point start_;
};

// A story, or a part of a long one, on its way to the store. Parts are coded one by one, so
// that memory is bounded by the part (pipeline/story_parts.h), but the store keeps a story
// whole: the first part is stored with EventStore::AddStory(Whole(), ...), each later part
// with AddMoreEvents, its events placed in the whole story first (PlaceInStory); a batch ends
// only after a story's last part, so a story is committed whole or not at all.
struct StoryToStore {
  Story story;                         // what is coded: the story, or a part of it
  std::shared_ptr<const Story> whole;  // the story `story` was cut from; null when not cut
  const Story& Whole() const { return whole ? *whole : story; }
};

// Hands on the stories `read` gives as StoryParts does, a long one in parts that carry it
// whole. A long story is held twice while its parts are in flight (for the parts, and whole).
class StoryPartsToStore {
 public:
  // As StoryParts::Next, filling out->story and out->whole.
  bool Next(const std::function<bool(Story*)>& read, StoryToStore* out);

 private:
  StoryParts parts_;
  std::shared_ptr<const Story> whole_;  // the story being cut; null when it was not
};

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORE_RUN_H_

// What the subcommands that code stories into the store (ingest, recode) share: the progress
// line they draw on stderr when it is a terminal, and the batches they commit.
#ifndef TACITUS_CLI_STORE_RUN_H_
#define TACITUS_CLI_STORE_RUN_H_

#include <chrono>
#include <cstddef>
#include <cstdint>

#include "tacitus/event_store.h"
#include "tacitus/status.h"

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

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORE_RUN_H_

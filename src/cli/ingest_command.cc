#include "cli/ingest_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "pipeline/ordered_parallel.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"

namespace tacitus::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct IngestOptions {
  StoryInputOptions input;
  std::string db;
  DictionaryOption dictionary;
  size_t batch = 1000;
  size_t threads = 0;  // 0: one per core
};

// Total bytes of the named files and of the visible files under named directories: the
// denominator of the progress bar. 0 when unknown (stdin).
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code error;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    if (fs::is_directory(input, error)) {
      for (auto it = fs::recursive_directory_iterator(input, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->path().filename().string().starts_with(".")) {
          if (it->is_directory(error)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(error)) total += it->file_size(error);
      }
    } else {
      const uintmax_t size = fs::file_size(input, error);
      if (!error) total += size;
    }
  }
  return total;
}

// Stories/s, events and ETA on one stderr line, redrawn at most five times a second. The
// position within the current file is estimated from the text read (markup is not counted),
// so the ETA errs long.
class ProgressBar {
 public:
  explicit ProgressBar(uint64_t total_bytes) : total_(total_bytes), start_(Clock::now()) {}

  void Update(const Story& story, size_t stories, size_t events) {
    if (story.file != file_) {
      std::error_code error;
      done_ += file_in_progress_;
      file_ = story.file;
      const uintmax_t size = std::filesystem::file_size(file_, error);
      file_size_ = error ? 0 : size;
      file_in_progress_ = 0;
    }
    file_in_progress_ = std::min<uint64_t>(file_in_progress_ + story.text.size(), file_size_);
    const Clock::time_point now = Clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    Draw(stories, events, now);
  }

  void Finish(size_t stories, size_t events) {
    done_ = total_;
    file_in_progress_ = 0;
    Draw(stories, events, Clock::now());
    std::fputc('\n', stderr);
  }

 private:
  void Draw(size_t stories, size_t events, Clock::time_point now) {
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? stories / seconds : 0;
    const double fraction =
        total_ > 0 ? std::min(1.0, static_cast<double>(done_ + file_in_progress_) / total_) : 0;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar = "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "]";
    char eta[32] = "";
    if (total_ > 0 && fraction > 0.001 && fraction < 1) {
      const int left = static_cast<int>(seconds * (1 - fraction) / fraction);
      std::snprintf(eta, sizeof eta, "  ETA %d:%02d", left / 60, left % 60);
    }
    std::fprintf(stderr, "\r%s %3.0f%%  %zu stories  %.0f stories/s  %zu events%s\x1b[K",
                 total_ > 0 ? bar.c_str() : "", fraction * 100, stories, rate, events, eta);
  }

  uint64_t total_, done_ = 0;
  std::string file_;
  uint64_t file_size_ = 0, file_in_progress_ = 0;
  Clock::time_point start_, last_draw_;
};

// A story read for ingesting.
struct StoryToIngest {
  Story story;
  bool stored = false;  // same id, text and dictionaries: nothing to code again
};

// The calling thread's side of an ingest: reads, asks the store what it already holds, and
// stores in input order, while worker threads code in between. A batch (one transaction)
// ends after --batch stories or a second, whichever comes first, so an interrupted ingest
// loses at most that much work. The first failure of the store stops reading and storing.
class Ingester {
 public:
  Ingester(const IngestOptions& options, std::string_view dict_version, StoryReader* reader,
           EventStore* store, ProgressBar* progress)
      : options_(options),
        dict_version_(dict_version),
        reader_(reader),
        store_(store),
        progress_(progress) {}

  // The next story and whether the store holds it already; false at the end of the input
  // or after a failure.
  bool Read(StoryToIngest* item) {
    if (!failure_.ok() || !reader_->Next(&item->story)) return false;
    auto stored = store_->IsStored(item->story, dict_version_);
    if (!stored.ok()) {
      failure_ = stored.status();
      return false;
    }
    item->stored = *stored;
    return true;
  }

  // Stores `item` with the `events` coded from it (unless it was stored already), and ends the
  // batch when it is full or a second old.
  void Store(const StoryToIngest& item, const std::vector<Event>& events) {
    if (!failure_.ok()) return;
    ++stories_;
    if (item.stored) {
      ++unchanged_;
    } else {
      auto change = store_->AddStory(item.story, events, dict_version_);
      if (!change.ok()) {
        failure_ = change.status();
        return;
      }
      ++(*change == StoryChange::kReplaced ? replaced_ : added_);
      coded_events_ += events.size();
      ++in_batch_;
    }
    if (progress_ != nullptr) progress_->Update(item.story, stories_, coded_events_);
    if (in_batch_ >= options_.batch || Clock::now() - batch_start_ > std::chrono::seconds(1)) {
      failure_ = store_->CommitBatch();
      if (failure_.ok()) failure_ = store_->BeginBatch();
      in_batch_ = 0;
      batch_start_ = Clock::now();
    }
  }

  // Commits the last batch; the first failure of the whole run, if any.
  Status Finish() {
    if (!failure_.ok()) return failure_;
    return store_->CommitBatch();
  }

  // With the progress bar: its last state, then what the run did and what the store holds.
  void PrintSummary() {
    if (progress_ == nullptr) return;
    progress_->Finish(stories_, coded_events_);
    auto counts = store_->Counts();
    if (!counts.ok()) return;
    std::fprintf(stderr,
                 "%zu stories: %zu new, %zu replaced, %zu unchanged; %s now holds %lld "
                 "stories, %lld events, %lld mentions\n",
                 stories_, added_, replaced_, unchanged_, options_.db.c_str(),
                 static_cast<long long>(counts->stories), static_cast<long long>(counts->events),
                 static_cast<long long>(counts->mentions));
  }

 private:
  const IngestOptions& options_;
  const std::string_view dict_version_;
  StoryReader* const reader_;
  EventStore* const store_;
  ProgressBar* const progress_;  // null when stderr is not a terminal
  size_t stories_ = 0, added_ = 0, replaced_ = 0, unchanged_ = 0, coded_events_ = 0;
  size_t in_batch_ = 0;
  Clock::time_point batch_start_ = Clock::now();
  Status failure_;
};

int RunIngest(const IngestOptions& options) {
  const std::unique_ptr<const EventPipeline> pipeline =
      options.dictionary.PipelineOrReport("ingest");
  if (pipeline == nullptr) return 1;
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus ingest: " << reader.status().message() << "\n";
    return 1;
  }
  auto store = EventStore::Open(options.db, EventStore::kReadWrite);
  if (!store.ok()) {
    std::cerr << "tacitus ingest: " << store.status().message() << "\n";
    return 1;
  }
  std::optional<ProgressBar> progress;
  if (isatty(STDERR_FILENO)) progress.emplace(InputBytes(options.input.inputs));
  Ingester ingester(options, pipeline->dictionaries().version(), reader->get(), store->get(),
                    progress ? &*progress : nullptr);
  Status status = (*store)->BeginBatch();
  if (status.ok()) {
    RunCodingWorkers<StoryToIngest, std::vector<Event>>(
        WorkerThreads(options.threads), [&](StoryToIngest* item) { return ingester.Read(item); },
        [&](const StoryToIngest& item, CodingWorker* worker, std::vector<Event>* events) {
          if (!item.stored) pipeline->Process(item.story, &worker->scratch, events);
        },
        [&](const StoryToIngest& item, std::vector<Event>& events) {
          ingester.Store(item, events);
        });
    status = ingester.Finish();
  }
  if (!status.ok()) {
    std::cerr << "\ntacitus ingest: " << status.message() << "\n";
    return 1;
  }
  ingester.PrintSummary();
  return ExitStatusFor(**reader);
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command =
      app->add_subcommand("ingest", "code stories and store them with their events in a database");
  options->input.AddTo(command, /*format_names_input=*/false);
  command->add_option("--db", options->db, "event database (SQLite), created when missing")
      ->required();
  command->add_option("--batch", options->batch, "stories per transaction")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  options->dictionary.AddCodingOptionsTo(command);
  command->add_option(
      "--threads", options->threads,
      "coding threads (default: one per core); the database is the same for any count");
  command->callback([options, exit_status] { *exit_status = RunIngest(*options); });
}

}  // namespace tacitus::cli

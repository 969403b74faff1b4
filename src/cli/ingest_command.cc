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
  const std::string& version = pipeline->dictionaries().version();
  const bool interactive = isatty(STDERR_FILENO);
  std::optional<ProgressBar> progress;
  if (interactive) progress.emplace(InputBytes(options.input.inputs));

  auto fail = [](const Status& status) {
    std::cerr << "\ntacitus ingest: " << status.message() << "\n";
    return 1;
  };
  // The calling thread reads, asks the store what it already holds, and stores, in input
  // order; workers code the stories that need it.
  struct Item {
    Story story;
    bool stored = false;  // same id, text and dictionaries: nothing to code again
  };
  const size_t threads = options.threads > 0 ? options.threads : DefaultThreadCount();
  std::vector<EventPipeline::Scratch> scratch(threads);
  size_t stories = 0, added = 0, replaced = 0, unchanged = 0, coded_events = 0, in_batch = 0;
  Status failure;
  // A batch ends after `batch` stories or a second, whichever comes first, so an interrupted
  // ingest loses at most that much work.
  Clock::time_point batch_start = Clock::now();
  if (Status status = (*store)->BeginBatch(); !status.ok()) return fail(status);
  OrderedParallel<Item, std::vector<Event>> run(threads, 4 * threads, kStoriesPerBatch);
  run.Run(
      [&](Item* item) {
        if (!failure.ok() || !(*reader)->Next(&item->story)) return false;
        auto stored = (*store)->IsStored(item->story, version);
        if (!stored.ok()) {
          failure = stored.status();
          return false;
        }
        item->stored = *stored;
        return true;
      },
      [&](size_t worker, const Item& item, std::vector<Event>* events) {
        if (!item.stored) pipeline->Process(item.story, &scratch[worker], events);
      },
      [&](const Item& item, std::vector<Event>& events) {
        if (!failure.ok()) return;
        ++stories;
        if (item.stored) {
          ++unchanged;
        } else {
          auto change = (*store)->AddStory(item.story, events, version);
          if (!change.ok()) {
            failure = change.status();
            return;
          }
          ++(*change == StoryChange::kReplaced ? replaced : added);
          coded_events += events.size();
          ++in_batch;
        }
        if (progress) progress->Update(item.story, stories, coded_events);
        if (in_batch >= options.batch || Clock::now() - batch_start > std::chrono::seconds(1)) {
          failure = (*store)->CommitBatch();
          if (failure.ok()) failure = (*store)->BeginBatch();
          in_batch = 0;
          batch_start = Clock::now();
        }
      });
  if (!failure.ok()) return fail(failure);
  if (Status status = (*store)->CommitBatch(); !status.ok()) return fail(status);
  if (progress) {
    progress->Finish(stories, coded_events);
    auto counts = (*store)->Counts();
    if (counts.ok()) {
      std::fprintf(stderr,
                   "%zu stories: %zu new, %zu replaced, %zu unchanged; %s now holds %lld "
                   "stories, %lld events, %lld mentions\n",
                   stories, added, replaced, unchanged, options.db.c_str(),
                   static_cast<long long>(counts->stories), static_cast<long long>(counts->events),
                   static_cast<long long>(counts->mentions));
    }
  }
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

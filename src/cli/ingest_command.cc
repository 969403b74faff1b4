#include "cli/ingest_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/option_ranges.h"
#include "cli/store_run.h"
#include "cli/story_coding.h"
#include "cli/story_ingest.h"
#include "cli/story_input.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"

namespace tacitus::cli {
namespace {

struct IngestOptions {
  StoryInputOptions input;
  std::string db;
  DictionaryOption dictionary;
  size_t batch = 1000;
  size_t threads = 0;       // 0: one per core
  IngestSettings settings;  // --on-conflict, its name checked by CLI11
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

// The progress of an ingest in bytes of input. The position within the current file is
// estimated from the text read (markup is not counted), so the ETA errs long.
class InputProgress {
 public:
  explicit InputProgress(uint64_t total_bytes) : bar_(total_bytes) {}

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
    bar_.Update(done_ + file_in_progress_, stories, events);
  }

  void Finish(size_t stories, size_t events) { bar_.Finish(stories, events); }
  void BreakLine() { bar_.BreakLine(); }

 private:
  ProgressBar bar_;
  uint64_t done_ = 0;
  std::string file_;
  uint64_t file_size_ = 0, file_in_progress_ = 0;
};

// With the progress bar: its last state, then what the run did and what the store holds.
// Without it, only the conflicts and duplicates, if any.
void PrintSummary(const StoryIngester& ingester, const std::string& db, EventStore* store,
                  InputProgress* progress) {
  const IngestCounts& counts = ingester.counts();
  if (progress == nullptr) {
    if (counts.conflicts > 0) std::cerr << "tacitus ingest: " << ingester.ConflictSummary() << "\n";
    if (counts.duplicates > 0) {
      std::cerr << "tacitus ingest: " << ingester.DuplicateSummary() << "\n";
    }
    return;
  }
  progress->Finish(counts.stories, counts.coded_events);
  auto held = store->Counts();
  if (!held.ok()) return;
  std::fprintf(stderr,
               "%zu stories: %zu new, %zu replaced, %zu unchanged, %zu refused; %s; %s; %s now "
               "holds %lld stories, %lld events, %lld mentions\n",
               counts.stories, counts.added, counts.replaced, counts.unchanged, counts.refused,
               ingester.ConflictSummary().c_str(), ingester.DuplicateSummary().c_str(),
               RedactedLocation(db).c_str(), static_cast<long long>(held->stories),
               static_cast<long long>(held->events), static_cast<long long>(held->mentions));
}

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
  std::optional<InputProgress> progress;
  if (isatty(STDERR_FILENO)) progress.emplace(InputBytes(options.input.inputs));
  StoreBatches batches(store->get(), options.batch);
  StoryIngester ingester(
      options.settings, pipeline->dictionaries().version(),
      [&](Story* story) { return (*reader)->Next(story); }, store->get(), &batches,
      /*on_refused=*/nullptr,
      [&](const Story& story, const IngestCounts& counts) {
        if (progress) progress->Update(story, counts.stories, counts.coded_events);
      });
  Status status = ingester.Begin();
  if (status.ok()) {
    CodeStoriesToIngest(*pipeline, WorkerThreads(options.threads), &ingester,
                        [&](const StoryToIngest& item, std::vector<Event>& events) {
                          ingester.Store(item, events);
                        });
    status = ingester.Finish();
  }
  if (!status.ok()) {
    if (progress) progress->BreakLine();
    std::cerr << "tacitus ingest: " << status.message() << "\n";
    return 1;
  }
  PrintSummary(ingester, options.db, store->get(), progress ? &*progress : nullptr);
  return std::max(ExitStatusFor(**reader), ingester.ExitStatus());
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command =
      app->add_subcommand("ingest", "code stories and store them with their events in a database");
  options->input.AddTo(command, /*format_names_input=*/false);
  options->input.AddShardTo(command);
  command
      ->add_option("--db", options->db,
                   "event database: an SQLite file, created when missing, or a PostgreSQL URI "
                   "(postgresql://user@host/dbname), whose store is created when missing")
      ->required();
  command->add_option("--batch", options->batch, "stories per transaction")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, kMaxBatch));
  options->dictionary.AddCodingOptionsTo(command);
  command
      ->add_option("--on-conflict", options->settings.on_conflict_name,
                   "a story whose id is stored with other content: replace the stored one, "
                   "keep it (the new one is skipped) or error (skipped, exit 2); each is "
                   "reported on stderr. An id twice in the input is reported (exit 2) and "
                   "decided the same way")
      ->check(CLI::IsMember({"replace", "keep", "error"}))
      ->capture_default_str();
  AddThreadsOption(
      command, &options->threads,
      "coding threads (default: one per core); the database is the same for any count");
  command->callback([options, exit_status] {
    const std::string& name = options->settings.on_conflict_name;
    options->settings.on_conflict = name == "keep"    ? OnConflict::kKeep
                                    : name == "error" ? OnConflict::kError
                                                      : OnConflict::kReplace;
    *exit_status = RunIngest(*options);
  });
}

}  // namespace tacitus::cli

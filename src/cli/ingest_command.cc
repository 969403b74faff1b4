#include "cli/ingest_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/option_ranges.h"
#include "cli/store_run.h"
#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "pipeline/ordered_parallel.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"

namespace tacitus::cli {
namespace {

// What to do with a story whose id the store holds with other content (--on-conflict).
enum class OnConflict { kReplace, kKeep, kError };

struct IngestOptions {
  StoryInputOptions input;
  std::string db;
  DictionaryOption dictionary;
  size_t batch = 1000;
  size_t threads = 0;                        // 0: one per core
  std::string on_conflict_name = "replace";  // --on-conflict, checked by CLI11
  OnConflict on_conflict = OnConflict::kReplace;
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

// A story, or a part of one, read for ingesting. What was found of the story when it was read
// is the same for each of its parts.
struct StoryToIngest : StoryToStore {
  bool stored = false;  // same id, text and dictionaries: nothing to code again
  std::string refusal;  // why the story is not to be stored; empty when it is
};

// `id` with its control characters written as C escapes (\t, \n, \x1b), for a message on a
// line of its own.
std::string EscapeControls(std::string_view id) {
  std::string escaped;
  for (const char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      escaped += c;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      escaped += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", byte);
      escaped += hex;
    }
  }
  return escaped;
}

// Why a story id cannot be stored; empty when it can. A control character (a tab, a newline)
// would break the lines of every format that shows ids: they are refused rather than escaped,
// so an id in the store is the id of the input, as written.
std::string IdRefusal(std::string_view id) {
  for (const char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", byte);
      return std::string("the id holds a control character (byte ") + hex + "); not stored";
    }
  }
  return "";
}

// The calling thread's side of an ingest: reads, asks the store what it already holds, and
// stores in input order, while worker threads code in between. The first failure of the store
// stops reading and storing.
//
// A story whose id the store holds with other content is a conflict, decided when it is
// stored, reported on stderr and counted. An id seen earlier in the same run is a duplicate,
// reported with where it was first seen; --on-conflict decides which story is kept there too.
// The ids seen are remembered for the run (about 100 bytes a story).
class Ingester {
 public:
  Ingester(const IngestOptions& options, std::string_view dict_version, StoryReader* reader,
           EventStore* store, InputProgress* progress)
      : options_(options),
        dict_version_(dict_version),
        reader_(reader),
        store_(store),
        batches_(store, options.batch),
        progress_(progress) {}

  Status Begin() { return batches_.Begin(); }

  // The next story or part, and whether the store holds the story already; false at the end
  // of the input or after a failure.
  bool Read(StoryToIngest* item) {
    if (!failure_.ok() || !parts_.Next([&](Story* story) { return ReadStory(story); }, item)) {
      return false;
    }
    item->stored = story_stored_;
    item->refusal = story_refusal_;
    return true;
  }

  // Stores `item` with the `events` coded from it (unless its story was stored already, or is
  // a conflict not to be stored), and after a story's last part ends the batch when it is
  // full or a second old.
  void Store(const StoryToIngest& item, const std::vector<Event>& events) {
    const Story& story = item.story;
    // A refused story was never in flight.
    if (auto flight = in_flight_.find(story.id);
        story.part.last && item.refusal.empty() && --flight->second == 0) {
      in_flight_.erase(flight);
    }
    if (!failure_.ok()) return;
    if (story.part.index == 0) {
      ++stories_;
      writing_ = StoreFirstPart(item, events);
    } else if (writing_) {
      failure_ = store_->AddMoreEvents(item.Whole(), events, dict_version_);
      coded_events_ += events.size();
    }
    if (!failure_.ok()) return;
    if (progress_ != nullptr) progress_->Update(story, stories_, coded_events_);
    if (story.part.last) failure_ = batches_.Next(writing_);
  }

  // Commits the last batch; the first failure of the whole run, if any.
  Status Finish() {
    if (!failure_.ok()) return failure_;
    return batches_.Finish();
  }

  // With the progress bar: its last state, then what the run did and what the store holds.
  // Without it, only the conflicts, if any.
  void PrintSummary() {
    const std::string conflicts =
        std::to_string(conflicts_) + (conflicts_ == 1 ? " story" : " stories") +
        " with the id of a stored story of other content (" + ConflictOutcome() + ")";
    const std::string duplicates = std::to_string(duplicates_) +
                                   (duplicates_ == 1 ? " story" : " stories") +
                                   " with the id of an earlier one of the input (--on-conflict " +
                                   options_.on_conflict_name + ")";
    if (progress_ == nullptr) {
      if (conflicts_ > 0) std::cerr << "tacitus ingest: " << conflicts << "\n";
      if (duplicates_ > 0) std::cerr << "tacitus ingest: " << duplicates << "\n";
      return;
    }
    progress_->Finish(stories_, coded_events_);
    auto counts = store_->Counts();
    if (!counts.ok()) return;
    std::fprintf(stderr,
                 "%zu stories: %zu new, %zu replaced, %zu unchanged, %zu refused; %s; %s; %s now "
                 "holds %lld stories, %lld events, %lld mentions\n",
                 stories_, added_, replaced_, unchanged_, refused_, conflicts.c_str(),
                 duplicates.c_str(), RedactedLocation(options_.db).c_str(),
                 static_cast<long long>(counts->stories), static_cast<long long>(counts->events),
                 static_cast<long long>(counts->mentions));
  }

  // 2, as for a bad story, when a story was refused or a duplicate, or a conflict was an error
  // (--on-conflict error); else 0.
  int ExitStatus() const {
    const bool bad = refused_ > 0 || duplicates_ > 0 ||
                     (options_.on_conflict == OnConflict::kError && conflicts_ > 0);
    return bad ? 2 : 0;
  }

 private:
  // Reads the next story and finds what is to be done with it; false at the end of the input
  // or after a failure.
  bool ReadStory(Story* story) {
    if (!reader_->Next(story)) return false;
    story_stored_ = false;
    story_refusal_ = IdRefusal(story->id);
    if (!story_refusal_.empty()) return true;
    // A story read while another with its id is still being coded is coded too: what the store
    // will hold when it comes to be stored is not known yet.
    if (in_flight_[story->id]++ > 0) return true;
    auto stored = store_->IsStored(*story, dict_version_);
    if (!stored.ok()) {
      failure_ = stored.status();
      return false;
    }
    story_stored_ = *stored;
    return true;
  }

  // Stores the story of `item`, the first or only part of it, with the `events` coded from
  // that part, unless it was stored already or is not to be stored; whether it was written.
  bool StoreFirstPart(const StoryToIngest& item, const std::vector<Event>& events) {
    const Story& story = item.Whole();
    const bool duplicate = item.refusal.empty() && IsDuplicate(story);
    if (!item.refusal.empty()) {
      Report(story, item.refusal);
      ++refused_;
      return false;
    }
    if (duplicate && options_.on_conflict != OnConflict::kReplace) {
      return false;  // reported by IsDuplicate: the first story of the id is kept
    }
    if (item.stored) {
      ++unchanged_;
      return false;
    }
    if (auto keep = duplicate ? Result<bool>(false) : ResolveConflict(story); !keep.ok() || *keep) {
      if (!keep.ok()) failure_ = keep.status();
      return false;
    }
    auto change = store_->AddStory(story, events, dict_version_);
    if (change.ok()) {
      ++(*change == StoryChange::kReplaced    ? replaced_
         : *change == StoryChange::kUnchanged ? unchanged_
                                              : added_);
      coded_events_ += events.size();
      return *change != StoryChange::kUnchanged;
    }
    if (change.status().code() == StatusCode::kInvalidArgument) {
      // What the store cannot hold (a date out of its range) is this story's fault alone.
      Report(story, change.status().message() + "; not stored");
      ++refused_;
    } else {
      failure_ = change.status();
    }
    return false;
  }

  void Report(const Story& story, std::string reason) const {
    std::cerr << StoryError{.file = story.file,
                            .line = story.line,
                            .story_id = EscapeControls(story.id),
                            .reason = std::move(reason)}
                     .ToString()
              << "\n";
  }

  // Whether a story of this id came earlier in the input; if so reports where, and else
  // remembers where this one is.
  bool IsDuplicate(const Story& story) {
    if (files_.empty() || files_.back() != story.file) files_.push_back(story.file);
    const auto [first, inserted] = seen_.try_emplace(
        story.id, InputPlace{.file = static_cast<uint32_t>(files_.size() - 1), .line = story.line});
    if (inserted) return false;
    ++duplicates_;
    Report(story, "also at " + files_[first->second.file] + ":" +
                      std::to_string(first->second.line) + "; " + DuplicateOutcome());
    return true;
  }

  std::string DuplicateOutcome() const {
    switch (options_.on_conflict) {
      case OnConflict::kReplace:
        return "the later replaces the earlier (--on-conflict replace)";
      case OnConflict::kKeep:
        return "skipped, the earlier kept (--on-conflict keep)";
      case OnConflict::kError:
        return "skipped, the earlier kept (--on-conflict error)";
    }
    return "";
  }

  // Whether `story` is a conflict that is not to be stored; a conflict is reported either way.
  Result<bool> ResolveConflict(const Story& story) {
    auto stored = store_->FindStory(story.id);
    if (!stored.ok()) return stored.status();
    if (!stored->has_value() || (*stored)->content_hash == StoryContentHash(story)) return false;
    ++conflicts_;
    const std::string what =
        "the stored story of " + (*stored)->date.ToString() + ", \"" + (*stored)->opening + "\"";
    std::string reason;
    switch (options_.on_conflict) {
      case OnConflict::kReplace:
        reason = "replaces " + what;
        break;
      case OnConflict::kKeep:
        reason = "skipped: it has the id of " + what + ", which is kept (--on-conflict keep)";
        break;
      case OnConflict::kError:
        reason = "error: it has the id of " + what + "; skipped (--on-conflict error)";
        break;
    }
    Report(story, std::move(reason));
    return options_.on_conflict != OnConflict::kReplace;
  }

  std::string ConflictOutcome() const {
    switch (options_.on_conflict) {
      case OnConflict::kReplace:
        return "replaced";
      case OnConflict::kKeep:
        return "skipped, the stored ones kept";
      case OnConflict::kError:
        return "refused as errors";
    }
    return "";
  }

  const IngestOptions& options_;
  const std::string_view dict_version_;
  StoryReader* const reader_;
  StoryPartsToStore parts_;
  // What ReadStory found of the story being read, for each of its parts.
  bool story_stored_ = false;
  std::string story_refusal_;
  bool writing_ = false;  // the story of the parts being stored was written by its first part
  EventStore* const store_;
  StoreBatches batches_;
  InputProgress* const progress_;  // null when stderr is not a terminal
  // Ids of the stories read and not yet stored, with how many times each.
  std::unordered_map<std::string, int> in_flight_;
  // Where the stories of the run came from: the input files in order, and each id's first story.
  struct InputPlace {
    uint32_t file = 0;  // index in files_
    uint32_t line = 0;
  };
  std::vector<std::string> files_;
  std::unordered_map<std::string, InputPlace> seen_;
  size_t stories_ = 0, added_ = 0, replaced_ = 0, unchanged_ = 0, coded_events_ = 0;
  size_t conflicts_ = 0, duplicates_ = 0, refused_ = 0;
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
  std::optional<InputProgress> progress;
  if (isatty(STDERR_FILENO)) progress.emplace(InputBytes(options.input.inputs));
  Ingester ingester(options, pipeline->dictionaries().version(), reader->get(), store->get(),
                    progress ? &*progress : nullptr);
  Status status = ingester.Begin();
  if (status.ok()) {
    RunCodingWorkers<StoryToIngest, std::vector<Event>>(
        WorkerThreads(options.threads), [&](StoryToIngest* item) { return ingester.Read(item); },
        [&](const StoryToIngest& item, CodingWorker* worker, std::vector<Event>* events) {
          if (!item.stored && item.refusal.empty()) {
            pipeline->Process(item.story, &worker->scratch, events);
            PlaceInStory(item.story.part, *events);
          }
        },
        [&](const StoryToIngest& item, std::vector<Event>& events) {
          ingester.Store(item, events);
        },
        [](const StoryToIngest& item) { return item.story.text.size(); });
    status = ingester.Finish();
  }
  if (!status.ok()) {
    if (progress) progress->BreakLine();
    std::cerr << "tacitus ingest: " << status.message() << "\n";
    return 1;
  }
  ingester.PrintSummary();
  return std::max(ExitStatusFor(**reader), ingester.ExitStatus());
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command =
      app->add_subcommand("ingest", "code stories and store them with their events in a database");
  options->input.AddTo(command, /*format_names_input=*/false);
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
      ->add_option("--on-conflict", options->on_conflict_name,
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
    options->on_conflict = options->on_conflict_name == "keep"    ? OnConflict::kKeep
                           : options->on_conflict_name == "error" ? OnConflict::kError
                                                                  : OnConflict::kReplace;
    *exit_status = RunIngest(*options);
  });
}

}  // namespace tacitus::cli

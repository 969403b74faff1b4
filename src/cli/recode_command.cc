#include "cli/recode_command.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cli/checked_output.h"
#include "cli/dictionary_option.h"
#include "cli/option_ranges.h"
#include "cli/query_command.h"
#include "cli/store_run.h"
#include "cli/story_coding.h"
#include "out/stored_event_json.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"

namespace tacitus::cli {
namespace {

// Stories read from the store at a time: enough to keep the workers busy between reads, and
// a bound on the text a page holds (long stories make short pages).
constexpr size_t kStoriesPerPage = 256;
constexpr size_t kStoryBytesPerPage = size_t{1} << 20;
constexpr size_t kTopDyads = 20;

struct RecodeOptions {
  std::string db;
  DictionaryOption dictionary;
  size_t batch = 1000;
  size_t threads = 0;  // 0: one per core
  std::string diff_out;
};

// The calling thread's side of a recode: pages through the stories to recode and stores each
// with its new events, in batches, while worker threads code in between. The first failure of
// the store stops reading and storing.
class Recoder {
 public:
  Recoder(const RecodeOptions& options, std::string_view dict_version, EventStore* store,
          ProgressBar* progress)
      : dict_version_(dict_version),
        store_(store),
        batches_(store, options.batch),
        progress_(progress) {}

  Status Begin() { return batches_.Begin(); }

  // The next story to recode, or part of one; false at the end or after a failure.
  bool Read(StoryToStore* item) {
    return failure_.ok() && parts_.Next([&](Story* story) { return ReadStory(story); }, item);
  }

  // Stores the `events` coded from `item`; after a story's last part, ends the batch when it is
  // full or a second old.
  void Store(const StoryToStore& item, const std::vector<Event>& events) {
    if (!failure_.ok()) return;
    if (item.story.part.index == 0) {
      writing_ = StoreFirstPart(item.Whole(), events);
    } else if (writing_) {
      failure_ = store_->AddMoreEvents(item.Whole(), events, dict_version_);
    }
    if (!failure_.ok() || !writing_) return;
    coded_events_ += events.size();
    if (!item.story.part.last) return;
    ++stories_;
    if (progress_ != nullptr) progress_->Update(stories_, stories_, coded_events_);
    failure_ = batches_.Next(true);
  }

  Status Finish() {
    if (!failure_.ok()) return failure_;
    TACITUS_RETURN_IF_ERROR(batches_.Finish());
    if (progress_ != nullptr) progress_->Finish(stories_, coded_events_);
    return Status::Ok();
  }

  size_t stories() const { return stories_; }
  // Stories the store refused to hold as coded now, reported on stderr.
  size_t refused() const { return refused_; }

 private:
  bool ReadStory(Story* story) {
    if (next_ == page_.size()) {
      failure_ = store_->ReadStoriesToRecode(dict_version_, &cursor_, kStoriesPerPage,
                                             kStoryBytesPerPage, &page_);
      next_ = 0;
      if (!failure_.ok() || page_.empty()) return false;
    }
    *story = std::move(page_[next_++]);
    return true;
  }

  // Stores `story` with the events of its first or only part; whether it was stored.
  bool StoreFirstPart(const Story& story, const std::vector<Event>& events) {
    auto change = store_->AddStory(story, events, dict_version_);
    if (!change.ok() && change.status().code() == StatusCode::kInvalidArgument) {
      // What the store cannot hold (a date out of its range) is this story's fault alone.
      std::cerr << "tacitus recode: story " << story.id << ": " << change.status().message()
                << "; it keeps its earlier coding\n";
      ++refused_;
      return false;
    }
    if (!change.ok()) failure_ = change.status();
    return change.ok();
  }

  const std::string_view dict_version_;
  EventStore* const store_;
  StoreBatches batches_;
  ProgressBar* const progress_;  // null when stderr is not a terminal
  std::vector<Story> page_;
  size_t next_ = 0;
  StoryPartsToStore parts_;
  bool writing_ = false;  // the story of the parts being stored was stored by its first part
  int64_t cursor_ = 0;
  size_t stories_ = 0, coded_events_ = 0, refused_ = 0;
  Status failure_;
};

// An event the store gained ('+') or lost ('-').
struct EventChange {
  char change;
  StoredEvent event;
};

// The changes in the order query lists events, a loss before a gain of the same key.
Result<std::vector<EventChange>> SortedChanges(const EventSetChanges& changes, EventStore* store) {
  std::vector<EventChange> sorted;
  for (const auto& [id, event] : changes.lost) sorted.push_back({'-', event});
  for (const int64_t id : changes.gained) {
    auto event = store->FindEvent(id);
    if (!event.ok()) return event.status();
    if (event->has_value()) sorted.push_back({'+', std::move(**event)});
  }
  auto key = [](const EventChange& c) {
    const StoredEvent& e = c.event;
    return std::tie(e.date, e.source, e.target, e.code, e.country, c.change);
  };
  std::sort(sorted.begin(), sorted.end(),
            [&](const EventChange& a, const EventChange& b) { return key(a) < key(b); });
  return sorted;
}

// Gained and lost events, per group.
using ChangeCounts = std::map<std::string, std::pair<int64_t, int64_t>>;
using ChangeRow = std::pair<std::string, std::pair<int64_t, int64_t>>;

void PrintCounts(const std::string& group, const std::vector<ChangeRow>& rows) {
  RowWriter table(RowWriter::kTable, {group, "gained", "lost"}, {false, true, true}, &std::cout);
  for (const auto& [name, counts] : rows) {
    table.Add({name, "+" + std::to_string(counts.first), "-" + std::to_string(counts.second)});
  }
  table.Finish();
}

// The totals, then the changes per CAMEO root and per dyad (the kTopDyads most changed).
void PrintDiff(const std::vector<EventChange>& changes) {
  ChangeCounts roots, dyads;
  int64_t gained = 0, lost = 0;
  for (const EventChange& c : changes) {
    const bool plus = c.change == '+';
    (plus ? gained : lost) += 1;
    auto& root = roots[c.event.code.substr(0, 2)];
    auto& dyad = dyads[c.event.source + "->" + c.event.target];
    (plus ? root.first : root.second) += 1;
    (plus ? dyad.first : dyad.second) += 1;
  }
  std::cout << "events: +" << gained << " gained, -" << lost << " lost\n";
  if (changes.empty()) return;
  std::cout << "\n";
  PrintCounts("root", {roots.begin(), roots.end()});
  std::vector<ChangeRow> top(dyads.begin(), dyads.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.second.first + a.second.second > b.second.first + b.second.second;
  });
  if (top.size() > kTopDyads) top.resize(kTopDyads);
  std::cout << "\n";
  PrintCounts(dyads.size() > kTopDyads ? "dyad (top 20)" : "dyad", top);
}

Status WriteDiff(const std::string& path, const std::vector<EventChange>& changes) {
  auto out = OutputFile::Open(path);
  if (!out.ok()) return out.status();
  for (const EventChange& c : changes) {
    nlohmann::ordered_json json = {{"change", std::string(1, c.change)}};
    json.update(StoredEventJson(c.event));
    (*out)->stream() << json.dump() << "\n";
  }
  return (*out)->Close();
}

int RunRecode(const RecodeOptions& options) {
  const std::unique_ptr<const EventPipeline> pipeline =
      options.dictionary.PipelineOrReport("recode");
  if (pipeline == nullptr) return 1;
  // Recoding reads an existing store; opening one for writing would create it (a PostgreSQL
  // database without a store gets an empty one, with nothing to recode).
  if (!IsPostgresLocation(options.db) && !std::filesystem::exists(options.db)) {
    std::cerr << "tacitus recode: " << options.db
              << ": no such database (create it with tacitus ingest)\n";
    return 1;
  }
  auto store = EventStore::Open(options.db, EventStore::kReadWrite);
  if (!store.ok()) {
    std::cerr << "tacitus recode: " << store.status().message() << "\n";
    return 1;
  }
  const std::string& version = pipeline->dictionaries().version();
  auto to_recode = (*store)->CountStoriesToRecode(version);
  if (!to_recode.ok()) {
    std::cerr << "tacitus recode: " << to_recode.status().message() << "\n";
    return 1;
  }
  if (*to_recode == 0) {
    std::cout << "nothing to recode: every story in " << RedactedLocation(options.db)
              << " is coded by dictionaries " << version << "\n";
    if (options.diff_out.empty()) return 0;
    const Status written = WriteDiff(options.diff_out, {});
    return written.ok() ? 0 : ReportWriteError(written);
  }
  std::optional<ProgressBar> progress;
  if (isatty(STDERR_FILENO)) progress.emplace(*to_recode);
  EventSetChanges changes;
  (*store)->TrackEventChanges(&changes);
  Recoder recoder(options, version, store->get(), progress ? &*progress : nullptr);
  Status status = recoder.Begin();
  if (status.ok()) {
    RunCodingWorkers<StoryToStore, std::vector<Event>>(
        WorkerThreads(options.threads), [&](StoryToStore* item) { return recoder.Read(item); },
        [&](const StoryToStore& item, CodingWorker* worker, std::vector<Event>* events) {
          pipeline->Process(item.story, &worker->scratch, events);
          PlaceInStory(item.story.part, *events);
        },
        [&](const StoryToStore& item, std::vector<Event>& events) { recoder.Store(item, events); },
        [](const StoryToStore& item) { return item.story.text.size(); });
    status = recoder.Finish();
  }
  (*store)->TrackEventChanges(nullptr);
  auto sorted = status.ok() ? SortedChanges(changes, store->get()) : Status(status);
  if (!sorted.ok()) {
    if (progress) progress->BreakLine();
    std::cerr << "tacitus recode: " << sorted.status().message() << "\n";
    return 1;
  }
  if (!options.diff_out.empty()) {
    if (const Status written = WriteDiff(options.diff_out, *sorted); !written.ok()) {
      return ReportWriteError(written);
    }
  }
  std::cout << "recoded " << recoder.stories() << " stories with dictionaries " << version << "\n";
  PrintDiff(*sorted);
  return recoder.refused() > 0 ? 2 : 0;
}

}  // namespace

void AddRecodeCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<RecodeOptions>();
  CLI::App* command = app->add_subcommand(
      "recode",
      "code again the stored stories that other dictionaries coded, and print the events "
      "gained and lost");
  command->add_option("--db", options->db, "event database: an SQLite file or a PostgreSQL URI")
      ->required();
  options->dictionary.AddCodingOptionsTo(command);
  command->add_option("--diff-out", options->diff_out,
                      "write every event gained or lost as JSON Lines: "
                      "{\"change\":\"+\"|\"-\", the event as query prints it}");
  command->add_option("--batch", options->batch, "stories per transaction")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, kMaxBatch));
  AddThreadsOption(
      command, &options->threads,
      "coding threads (default: one per core); the database is the same for any count");
  command->callback([options, exit_status] { *exit_status = RunRecode(*options); });
}

}  // namespace tacitus::cli

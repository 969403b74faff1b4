#include "cli/story_ingest.h"

#include <cstdio>
#include <iostream>
#include <utility>

#include "cli/story_coding.h"

namespace tacitus::cli {
namespace {

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

}  // namespace

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

StoryIngester::StoryIngester(const IngestSettings& settings, std::string_view dict_version,
                             std::function<bool(Story*)> read, EventStore* store,
                             StoreBatches* batches, OnRefused on_refused, OnStored on_stored)
    : settings_(settings),
      dict_version_(dict_version),
      read_(std::move(read)),
      store_(store),
      batches_(batches),
      on_refused_(std::move(on_refused)),
      on_stored_(std::move(on_stored)) {}

bool StoryIngester::Read(StoryToIngest* item) {
  if (!failure_.ok() || !parts_.Next([&](Story* story) { return ReadStory(story); }, item)) {
    return false;
  }
  item->stored = story_stored_;
  item->refusal = story_refusal_;
  return true;
}

void StoryIngester::Store(const StoryToIngest& item, const std::vector<Event>& events) {
  const Story& story = item.story;
  // A refused story was never in flight.
  if (auto flight = in_flight_.find(story.id);
      story.part.last && item.refusal.empty() && --flight->second == 0) {
    in_flight_.erase(flight);
  }
  if (!failure_.ok()) return;
  if (story.part.index == 0) {
    ++counts_.stories;
    writing_ = StoreFirstPart(item, events);
  } else if (writing_) {
    failure_ = store_->AddMoreEvents(item.Whole(), events, dict_version_);
    counts_.coded_events += events.size();
  }
  if (!failure_.ok()) return;
  if (on_stored_) on_stored_(story, counts_);
  if (story.part.last) failure_ = batches_->Next(writing_);
}

Status StoryIngester::Finish() {
  if (!failure_.ok()) return failure_;
  return batches_->Finish();
}

std::string StoryIngester::ConflictSummary() const {
  return std::to_string(counts_.conflicts) + (counts_.conflicts == 1 ? " story" : " stories") +
         " with the id of a stored story of other content (" + ConflictOutcome() + ")";
}

std::string StoryIngester::DuplicateSummary() const {
  return std::to_string(counts_.duplicates) + (counts_.duplicates == 1 ? " story" : " stories") +
         " with the id of an earlier one of the input (--on-conflict " +
         settings_.on_conflict_name + ")";
}

int StoryIngester::ExitStatus() const {
  const bool bad = counts_.refused > 0 || counts_.duplicates > 0 ||
                   (settings_.on_conflict == OnConflict::kError && counts_.conflicts > 0);
  return bad ? 2 : 0;
}

// Reads the next story and finds what is to be done with it; false at the end of the input
// or after a failure.
bool StoryIngester::ReadStory(Story* story) {
  if (!read_(story)) return false;
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
bool StoryIngester::StoreFirstPart(const StoryToIngest& item, const std::vector<Event>& events) {
  const Story& story = item.Whole();
  if (!item.refusal.empty()) {
    Refuse(story, item.refusal);
    return false;
  }
  const bool duplicate = settings_.report_duplicates && IsDuplicate(story);
  if (duplicate && settings_.on_conflict != OnConflict::kReplace) {
    return false;  // reported by IsDuplicate: the first story of the id is kept
  }
  if (item.stored) {
    ++counts_.unchanged;
    return false;
  }
  if (auto keep = duplicate ? Result<bool>(false) : ResolveConflict(story); !keep.ok() || *keep) {
    if (!keep.ok()) failure_ = keep.status();
    return false;
  }
  auto change = store_->AddStory(story, events, dict_version_);
  if (change.ok()) {
    ++(*change == StoryChange::kReplaced    ? counts_.replaced
       : *change == StoryChange::kUnchanged ? counts_.unchanged
                                            : counts_.added);
    counts_.coded_events += events.size();
    return *change != StoryChange::kUnchanged;
  }
  if (change.status().code() == StatusCode::kInvalidArgument) {
    // What the store cannot hold (a date out of its range) is this story's fault alone.
    Refuse(story, change.status().message() + "; not stored");
  } else {
    failure_ = change.status();
  }
  return false;
}

void StoryIngester::Refuse(const Story& story, std::string reason) {
  ++counts_.refused;
  if (on_refused_) {
    on_refused_(story, reason);
  } else {
    Report(story, std::move(reason));
  }
}

void StoryIngester::Report(const Story& story, std::string reason) const {
  std::cerr << StoryError{.file = story.file,
                          .line = story.line,
                          .story_id = EscapeControls(story.id),
                          .reason = std::move(reason)}
                   .ToString()
            << "\n";
}

// Whether a story of this id came earlier in the input; if so reports where, and else
// remembers where this one is.
bool StoryIngester::IsDuplicate(const Story& story) {
  if (files_.empty() || files_.back() != story.file) files_.push_back(story.file);
  const auto [first, inserted] = seen_.try_emplace(
      story.id, InputPlace{.file = static_cast<uint32_t>(files_.size() - 1), .line = story.line});
  if (inserted) return false;
  ++counts_.duplicates;
  Report(story, "also at " + files_[first->second.file] + ":" + std::to_string(first->second.line) +
                    "; " + DuplicateOutcome());
  return true;
}

std::string StoryIngester::DuplicateOutcome() const {
  switch (settings_.on_conflict) {
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
Result<bool> StoryIngester::ResolveConflict(const Story& story) {
  auto stored = store_->FindStory(story.id);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value() || (*stored)->content_hash == StoryContentHash(story)) return false;
  ++counts_.conflicts;
  const std::string what =
      "the stored story of " + (*stored)->date.ToString() + ", \"" + (*stored)->opening + "\"";
  std::string reason;
  switch (settings_.on_conflict) {
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
  return settings_.on_conflict != OnConflict::kReplace;
}

std::string StoryIngester::ConflictOutcome() const {
  switch (settings_.on_conflict) {
    case OnConflict::kReplace:
      return "replaced";
    case OnConflict::kKeep:
      return "skipped, the stored ones kept";
    case OnConflict::kError:
      return "refused as errors";
  }
  return "";
}

void CodeStoriesToIngest(
    const EventPipeline& pipeline, size_t threads, StoryIngester* ingester,
    const std::function<void(const StoryToIngest&, std::vector<Event>&)>& write) {
  RunCodingWorkers<StoryToIngest, std::vector<Event>>(
      threads, [&](StoryToIngest* item) { return ingester->Read(item); },
      [&](const StoryToIngest& item, CodingWorker* worker, std::vector<Event>* events) {
        events->clear();
        if (!item.stored && item.refusal.empty()) {
          pipeline.Process(item.story, &worker->scratch, events);
          PlaceInStory(item.story.part, *events);
        }
      },
      write, [](const StoryToIngest& item) { return item.story.text.size(); });
}

}  // namespace tacitus::cli

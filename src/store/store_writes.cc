#include "store/store_writes.h"

#include <utility>

namespace tacitus {

std::string Opening(std::string_view text) {
  constexpr size_t kOpeningBytes = 60;
  if (text.size() <= kOpeningBytes) return std::string(text);
  const size_t space = text.rfind(' ', kOpeningBytes);
  return std::string(text.substr(
             0, space == std::string_view::npos || space == 0 ? kOpeningBytes : space)) +
         "...";
}

Status CheckDatesStorable(const Story& story, std::span<const Event> events) {
  constexpr std::string_view kRange =
      " is outside 0001-01-01..9999-12-31, the dates the store holds";
  const auto outside = [](const Date& date) { return date.year < 1 || date.year > 9999; };
  if (outside(story.date)) {
    return Status::Error(StatusCode::kInvalidArgument,
                         "story date " + story.date.ToString() + std::string(kRange));
  }
  for (size_t i = 0; i < events.size(); ++i) {
    if (outside(events[i].date.date)) {
      return Status::Error(StatusCode::kInvalidArgument,
                           "event " + std::to_string(i + 1) + " (" + events[i].source + " " +
                               events[i].code + " " + events[i].target + ") dated " +
                               events[i].date.ToString() + std::string(kRange));
    }
  }
  return Status::Ok();
}

std::string MatchedText(const Event& event) {
  std::string matched;
  for (const std::string& entry : event.matched) {
    if (!matched.empty()) matched += ';';
    matched += entry;
  }
  return matched;
}

Status CheckMoreEvents(bool in_batch, const std::optional<OpenStory>& open,
                       std::string_view story_id) {
  if (in_batch && open && open->id == story_id) return Status::Ok();
  return Status::Error(StatusCode::kFailedPrecondition,
                       "EventStore: AddMoreEvents for story " + std::string(story_id) +
                           ", which is not the story AddStory stored last in this batch");
}

void BatchChanges::CommitTo(EventSetChanges* tracked) {
  if (tracked != nullptr) {
    for (const int64_t id : deleted_) {
      // Created and deleted in the batch: it never was.
      if (created_.erase(id) > 0) continue;
      if (tracked->gained.erase(id) > 0) continue;
      auto before = before_.find(id);
      if (before != before_.end()) tracked->lost.emplace(id, std::move(before->second));
    }
    for (const int64_t id : created_) {
      if (tracked->lost.erase(id) == 0) tracked->gained.insert(id);
    }
  }
  Clear();
}

void BatchChanges::Clear() {
  created_.clear();
  deleted_.clear();
  before_.clear();
}

}  // namespace tacitus

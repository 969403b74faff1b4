// What both stores (SQLite, PostgreSQL) do alike when they write: the dates they can hold, the
// opening of a stored story, a mention's values as text, and the record of what a batch did to
// the set of events (EventStore::TrackEventChanges).
#ifndef TACITUS_STORE_STORE_WRITES_H_
#define TACITUS_STORE_STORE_WRITES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tacitus/event_store.h"

namespace tacitus {

// The first words of `text`, cut at a space after at most about 60 bytes and marked "...".
std::string Opening(std::string_view text);

// The stores keep dates as "YYYY-MM-DD" text, which sorts as dates and reads back only for years
// 0001..9999: kInvalidArgument, naming the story or the event, for a date outside.
Status CheckDatesStorable(const Story& story, std::span<const Event> events);

// The dictionary lines that coded `event`, as a mention stores them: joined by ';'.
std::string MatchedText(const Event& event);

// The story AddStory stored last in the batch, which AddMoreEvents adds to.
struct OpenStory {
  std::string id;
  int64_t rowid = 0;
  size_t next_ordinal = 0;  // of its next mention
};
// kFailedPrecondition unless `open` is the story `story_id` of a batch in progress.
Status CheckMoreEvents(bool in_batch, const std::optional<OpenStory>& open,
                       std::string_view story_id);

// What one batch did to the set of events, while tracked: which events it created and deleted,
// and each event as it was before the batch took a mention from it.
class BatchChanges {
 public:
  void Created(int64_t id) { created_.insert(id); }
  void Deleted(int64_t id) { deleted_.push_back(id); }
  void Before(int64_t id, StoredEvent event) { before_.emplace(id, std::move(event)); }
  // Adds the committed batch to *tracked (null: nothing) and forgets it.
  void CommitTo(EventSetChanges* tracked);
  // Forgets the batch (rolled back).
  void Clear();

 private:
  std::unordered_set<int64_t> created_;
  std::vector<int64_t> deleted_;
  std::unordered_map<int64_t, StoredEvent> before_;
};

}  // namespace tacitus

#endif  // TACITUS_STORE_STORE_WRITES_H_

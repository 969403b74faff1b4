// Stories as entries of a Redis stream (what `tacitus enqueue` adds and `tacitus worker`
// reads), and what goes to the dead-letter stream when an entry cannot be coded.
//
//   XADD stories * story '{"id":"a1","date":"2023-11-08","text":"..."}' from corpus.jsonl:12
//
// An entry's fields:
//   story  the story as one line of JSON, as `--input-format jsonl` reads it: id, date (with
//          the time of day after a "T" when the input had one), text, and source, url and
//          title when present. The story's id is the input's.
//   from   where the story was read, "FILE:LINE" ("-:LINE" for stdin): the place reports name.
// A dead letter holds `reason`, `stream` and `entry` (the stream and id the entry had), then
// the entry's own fields as they were.
//
// Failure: DecodeStoryEntry fails (kDataError) with the reason for the dead-letter stream:
// no story field, malformed JSON, a missing field, a bad date, empty text, more than one line.
#ifndef TACITUS_QUEUE_STORY_ENTRY_H_
#define TACITUS_QUEUE_STORY_ENTRY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus {

inline constexpr std::string_view kStoryField = "story";
inline constexpr std::string_view kFromField = "from";

// A stream entry: its id ("1712345678901-0") and its fields in order.
struct StreamEntry {
  std::string id;
  std::vector<std::pair<std::string, std::string>> fields;

  // The value of the first field named `name`; nullopt when there is none.
  std::optional<std::string_view> Field(std::string_view name) const;
};

// The story as the one line of JSON the entry's story field holds.
std::string StoryJson(const Story& story);

// The fields of the entry for `story`: story and from.
std::vector<std::pair<std::string, std::string>> StoryEntryFields(const Story& story);

// The story of `entry`, its file and line those of the from field (the stream and entry id when
// it has none).
Result<Story> DecodeStoryEntry(const StreamEntry& entry, std::string_view stream);

// Why an entry delivered `deliveries` times goes to the dead-letter stream instead of being
// coded once more: when it was delivered more than `max_deliveries` times, each delivery but
// the last having ended without an ack (the workers holding it died or could not store it).
// nullopt when it is to be coded.
std::optional<std::string> DeliveryFailure(int64_t deliveries, int64_t max_deliveries);

// The fields of the dead letter for `entry` of `stream`, failed for `reason`.
std::vector<std::pair<std::string, std::string>> DeadLetterFields(const StreamEntry& entry,
                                                                  std::string_view stream,
                                                                  std::string_view reason);

}  // namespace tacitus

#endif  // TACITUS_QUEUE_STORY_ENTRY_H_

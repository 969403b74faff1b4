// A stored event (event_store.h) as the columns of `tacitus query` in csv, tsv and jsonl, and
// of the Python module's Store.query: one name each in all three formats.
#ifndef TACITUS_OUT_STORED_EVENT_JSON_H_
#define TACITUS_OUT_STORED_EVENT_JSON_H_

#include <array>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "tacitus/event_store.h"

namespace tacitus {

inline constexpr std::array<std::string_view, 22> kStoredEventColumns = {
    "date",        "date_precision", "source",     "target",    "code",
    "root",        "quad_class",     "goldstein",  "plover",    "place",
    "country",     "admin1",         "lat",        "lon",       "num_mentions",
    "num_sources", "num_articles",   "first_seen", "last_seen", "first_story",
    "id",          "dict_version"};

// A stored event's values in kStoredEventColumns order: codes as strings, counts and scores
// as numbers, null for an unknown place or coordinate. Never fails.
std::vector<nlohmann::json> StoredEventValues(const StoredEvent& event);
// The same as one JSON object, keys in column order (query --format jsonl, recode --diff-out).
nlohmann::ordered_json StoredEventJson(const StoredEvent& event);

}  // namespace tacitus

#endif  // TACITUS_OUT_STORED_EVENT_JSON_H_

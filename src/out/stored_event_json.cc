// A stored event as JSON: `tacitus query --format jsonl` and the Python module's Store.query.
#include <nlohmann/json.hpp>

#include "tacitus/event_format.h"
#include "tacitus/event_store.h"

namespace tacitus {

std::string StoredEventToJson(const StoredEvent& e) {
  nlohmann::json json = {
      {"id", e.id},
      {"date", e.DateString()},
      {"date_precision", DatePrecisionName(e.precision)},
      {"source", e.source},
      {"target", e.target},
      {"code", e.code},
      {"root", e.code.substr(0, 2)},
      {"quad_class", e.quad_class},
      {"goldstein", e.goldstein},
      {"plover", e.plover},
      {"place", nullptr},
      {"num_mentions", e.num_mentions},
      {"num_sources", e.num_sources},
      {"num_articles", e.num_articles},
      {"first_seen", e.first_seen.ToString()},
      {"last_seen", e.last_seen.ToString()},
      {"first_story", e.first_story},
  };
  if (!e.country.empty() || !e.place.empty()) {
    json["place"] = {{"name", e.place},
                     {"country", e.country},
                     {"admin1", e.admin1},
                     {"lat", e.lat ? nlohmann::json(*e.lat) : nlohmann::json()},
                     {"lon", e.lon ? nlohmann::json(*e.lon) : nlohmann::json()}};
  }
  return json.dump();
}

}  // namespace tacitus

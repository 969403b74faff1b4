#include "out/stored_event_json.h"

#include "tacitus/event_format.h"

namespace tacitus {

std::vector<nlohmann::json> StoredEventValues(const StoredEvent& e) {
  const bool placed = !e.country.empty() || !e.place.empty();
  auto text_or_null = [&](const std::string& text) {
    return placed ? nlohmann::json(text) : nlohmann::json();
  };
  auto coordinate = [](const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
  };
  return {e.DateString(),
          DatePrecisionName(e.precision),
          e.source,
          e.target,
          e.code,
          e.code.substr(0, 2),
          e.quad_class,
          e.goldstein,
          e.plover,
          text_or_null(e.place),
          text_or_null(e.country),
          text_or_null(e.admin1),
          coordinate(e.lat),
          coordinate(e.lon),
          e.num_mentions,
          e.num_sources,
          e.num_articles,
          e.first_seen.ToString(),
          e.last_seen.ToString(),
          e.first_story,
          e.id,
          e.dict_version};
}

nlohmann::ordered_json StoredEventJson(const StoredEvent& e) {
  const std::vector<nlohmann::json> values = StoredEventValues(e);
  nlohmann::ordered_json json;
  for (size_t i = 0; i < kStoredEventColumns.size(); ++i) {
    json[std::string(kStoredEventColumns[i])] = values[i];
  }
  return json;
}

std::string StoredEventToJson(const StoredEvent& e) { return StoredEventJson(e).dump(); }

}  // namespace tacitus

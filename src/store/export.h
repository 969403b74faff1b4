// Stored events out in other people's formats, and back in (for round-trip tests and for
// tools that want our data as GDELT or PLOVER).
//
//   auto tables = ExportTables::Load("data");       // data/cameo/*.tsv
//   out << kGdeltHeader << '\n';                     // optional: GDELT files have none
//   store.ForEachEvent({}, [&](const StoredEvent& e) { out << EventToGdelt(e, *tables) << '\n'; });
//
// GDELT 2.0 event table: 61 tab-separated columns in GDELT's order (kGdeltColumns). Actor
// columns come from the parts of the CAMEO actor code: RUSGOV gives Actor1CountryCode RUS,
// Actor1Type1Code GOV, Actor1Name RUSSIA (the country's, region's or group's name).
// Deviations, because we do not have what GDELT has: AvgTone is 0 (tone is not measured);
// geography is the event's place in the ActionGeo columns only (actor geography is empty,
// Geo_Type 0), with ISO 3166 alpha-3 country codes where GDELT uses FIPS 10-4, and no ADM1
// or feature codes; DATEADDED is the first_seen story date at 000000; SOURCEURL is the url of
// the earliest story that reports the event, or its story id when it has none; IsRootEvent
// is 1 when some story reports the event in its first sentence.
//
// PLOVER: one JSON object per event with event_id, event_date (and event_date_precision),
// event_type, mode (from the CAMEO code's PLOVER mode; "" when none), context (always [],
// as contexts are not coded), actor, actor_country, actor_role, recipient,
// recipient_country, recipient_role, location ({name, country, admin1, lat, lon} or null),
// source_story ({id, url}), and cameo_code, goldstein, quad_class, num_mentions,
// num_sources, num_articles.
#ifndef TACITUS_STORE_EXPORT_H_
#define TACITUS_STORE_EXPORT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dict/cameo_tables.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

inline constexpr std::array<std::string_view, 61> kGdeltColumns = {"GLOBALEVENTID",
                                                                   "SQLDATE",
                                                                   "MonthYear",
                                                                   "Year",
                                                                   "FractionDate",
                                                                   "Actor1Code",
                                                                   "Actor1Name",
                                                                   "Actor1CountryCode",
                                                                   "Actor1KnownGroupCode",
                                                                   "Actor1EthnicCode",
                                                                   "Actor1Religion1Code",
                                                                   "Actor1Religion2Code",
                                                                   "Actor1Type1Code",
                                                                   "Actor1Type2Code",
                                                                   "Actor1Type3Code",
                                                                   "Actor2Code",
                                                                   "Actor2Name",
                                                                   "Actor2CountryCode",
                                                                   "Actor2KnownGroupCode",
                                                                   "Actor2EthnicCode",
                                                                   "Actor2Religion1Code",
                                                                   "Actor2Religion2Code",
                                                                   "Actor2Type1Code",
                                                                   "Actor2Type2Code",
                                                                   "Actor2Type3Code",
                                                                   "IsRootEvent",
                                                                   "EventCode",
                                                                   "EventBaseCode",
                                                                   "EventRootCode",
                                                                   "QuadClass",
                                                                   "GoldsteinScale",
                                                                   "NumMentions",
                                                                   "NumSources",
                                                                   "NumArticles",
                                                                   "AvgTone",
                                                                   "Actor1Geo_Type",
                                                                   "Actor1Geo_FullName",
                                                                   "Actor1Geo_CountryCode",
                                                                   "Actor1Geo_ADM1Code",
                                                                   "Actor1Geo_ADM2Code",
                                                                   "Actor1Geo_Lat",
                                                                   "Actor1Geo_Long",
                                                                   "Actor1Geo_FeatureID",
                                                                   "Actor2Geo_Type",
                                                                   "Actor2Geo_FullName",
                                                                   "Actor2Geo_CountryCode",
                                                                   "Actor2Geo_ADM1Code",
                                                                   "Actor2Geo_ADM2Code",
                                                                   "Actor2Geo_Lat",
                                                                   "Actor2Geo_Long",
                                                                   "Actor2Geo_FeatureID",
                                                                   "ActionGeo_Type",
                                                                   "ActionGeo_FullName",
                                                                   "ActionGeo_CountryCode",
                                                                   "ActionGeo_ADM1Code",
                                                                   "ActionGeo_ADM2Code",
                                                                   "ActionGeo_Lat",
                                                                   "ActionGeo_Long",
                                                                   "ActionGeo_FeatureID",
                                                                   "DATEADDED",
                                                                   "SOURCEURL"};

// The column names joined by tabs (GDELT's files carry no header; write it or not).
std::string GdeltHeader();

// An actor code cut into GDELT's columns.
struct ActorColumns {
  std::string name, country, known_group, ethnic, religion1, religion2;
  std::array<std::string, 3> types;
};

// What exports need from data/cameo/: the kinds and names of actor code parts, and each
// event code's PLOVER mode.
class ExportTables {
 public:
  // Reads DATA_DIR/cameo/actor_codes.tsv and event_codes.tsv; fails naming the file.
  static Result<ExportTables> Load(const std::string& data_dir);
  static ExportTables FromText(std::string_view actor_codes, std::string_view event_codes);

  ActorColumns SplitActor(std::string_view code) const;
  // "" when the code has no PLOVER mode.
  std::string_view PloverMode(std::string_view code) const;

 private:
  CameoTables cameo_;
  std::unordered_map<std::string, std::string> labels_;  // "RUS" -> "Russia" (first kind)
};

std::string EventToGdelt(const StoredEvent& event, const ExportTables& tables);
std::string EventToPlover(const StoredEvent& event, const ExportTables& tables);

// Reads back what the writers wrote: the fields that survive the format (GDELT keeps no date
// precision, place admin1 or story id; PLOVER keeps no first_seen/last_seen). Fails naming
// the problem on a malformed line.
Result<StoredEvent> GdeltToEvent(std::string_view line);
Result<StoredEvent> PloverToEvent(std::string_view line);

}  // namespace tacitus

#endif  // TACITUS_STORE_EXPORT_H_

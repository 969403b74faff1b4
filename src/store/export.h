// Stored events out in other people's formats, and back in (for round-trip tests and for
// tools that want our data as GDELT or PLOVER).
//
//   auto tables = ExportTables::Load("data");       // data/cameo/*.tsv
//   out << kGdeltHeader << '\n';                     // optional: GDELT files have none
//   store.ForEachEvent({}, [&](const StoredEvent& e) {
//     out << EventToGdelt(e, *tables) << '\n';
//     return out.good();                              // stop when the output fails
//   });
//
// GDELT 2.0 event table: 61 tab-separated columns in GDELT's order (kGdeltColumns), typed as
// its codebook says (kGdeltColumnTypes). Actor columns come from the parts of the CAMEO actor
// code: RUSGOV gives Actor1CountryCode RUS, Actor1Type1Code GOV, Actor1Name RUSSIA (the
// country's, region's or group's name).
// Geography: the event's place in the ActionGeo columns (actor geography is empty, Geo_Type
// 0). CountryCode is the FIPS 10-4 code (data/gdelt/fips10-4.tsv; empty for a country FIPS
// has none for); ADM1Code the FIPS country code followed by the subdivision's code where the
// table has it (US states: USTX), else the country code alone, as GDELT writes it for a place
// it knows only to the country; FullName "place, admin1, country name"; FeatureID the
// country code for a country and the ADM1 code for a US state, and empty for a city or
// another subdivision (GDELT's are GNS/GNIS feature ids, which our gazetteer does not have).
// Dates: GDELT has no column for precision. SQLDATE is the first day of the event's period
// (2023 gives 20230101; GDELT needs a full date), MonthYear and Year as known, and
// FractionDate (YYYY + fraction of the year) the middle of the period: a day's own fraction,
// the middle of the month (2023-03: 2023.2041), or YYYY.5000 for a year, which is how
// GdeltToEvent reads the precision back.
// Other deviations, because we do not have what GDELT has: AvgTone is 0 (tone is not
// measured); DATEADDED is the first_seen story date at 000000; SOURCEURL is the url of the
// earliest story that reports the event, or its story id when it has none; IsRootEvent is 1
// when some story reports the event in its first sentence.
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

// Each column's type in the codebook: 'i' integer, 'f' floating point, 's' string. Codes are
// strings ("040", "US"); an empty field is a missing value of any type.
inline constexpr std::string_view kGdeltColumnTypes =
    "iiiif"
    "ssssssssss"
    "ssssssssss"
    "isssifiiif"
    "issssffs"
    "issssffs"
    "issssffs"
    "is";

// The column names joined by tabs (GDELT's files carry no header; write it or not).
std::string GdeltHeader();

// An actor code cut into GDELT's columns.
struct ActorColumns {
  std::string name, country, known_group, ethnic, religion1, religion2;
  std::array<std::string, 3> types;
};

// GDELT's codes for a place: FIPS 10-4 country, ADM1 ("" when unknown).
struct GdeltGeoCodes {
  std::string country, adm1;
};

// What exports need from data/: the kinds and names of actor code parts and each event
// code's PLOVER mode (cameo/), and the FIPS 10-4 codes of countries and subdivisions (gdelt/).
class ExportTables {
 public:
  // Reads DATA_DIR/cameo/actor_codes.tsv and event_codes.tsv and DATA_DIR/gdelt/fips10-4.tsv;
  // fails naming the file.
  static Result<ExportTables> Load(const std::string& data_dir);
  // Malformed rows are skipped (tacitus dict check reports the CAMEO tables' own).
  static ExportTables FromText(std::string_view actor_codes, std::string_view event_codes,
                               std::string_view fips_codes = {});

  // The FIPS codes of a place in ISO 3166 alpha-3 `country` and subdivision `admin1`: the
  // subdivision's row when there is one, else the country's; empty when neither is known.
  GdeltGeoCodes GdeltGeo(std::string_view country, std::string_view admin1) const;
  // The ISO 3166 alpha-3 country of a FIPS country code ("" when unknown), and the
  // subdivision an ADM1 code names ("" when unknown or a country code alone).
  std::string_view IsoCountry(std::string_view fips) const;
  std::string_view Admin1Named(std::string_view adm1) const;
  // "China" for CHN: the label of the actor code part; the code itself when unknown.
  std::string_view CountryName(std::string_view country) const;

  ActorColumns SplitActor(std::string_view code) const;
  // "" when the code has no PLOVER mode.
  std::string_view PloverMode(std::string_view code) const;

 private:
  CameoTables cameo_;
  std::unordered_map<std::string, std::string> labels_;  // "RUS" -> "Russia" (first kind)
  // "USA" and "USA\tTexas" -> {"US", "USTX"}; "US" -> "USA"; "USTX" -> "Texas".
  std::unordered_map<std::string, GdeltGeoCodes> fips_;
  std::unordered_map<std::string, std::string> iso_of_fips_, admin1_of_adm1_;
};

std::string EventToGdelt(const StoredEvent& event, const ExportTables& tables);
std::string EventToPlover(const StoredEvent& event, const ExportTables& tables);

// Reads back what the writers wrote: the fields that survive the format (GDELT keeps no story
// id, and a place's admin1 only where it has an ADM1 code; PLOVER keeps no
// first_seen/last_seen). Fails naming the problem on a malformed line.
Result<StoredEvent> GdeltToEvent(std::string_view line, const ExportTables& tables);
Result<StoredEvent> PloverToEvent(std::string_view line);

}  // namespace tacitus

#endif  // TACITUS_STORE_EXPORT_H_

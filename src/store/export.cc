#include "store/export.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "base/files.h"
#include "base/strings.h"
#include "tacitus/diagnostic.h"

namespace tacitus {
namespace {

std::string Format(const char* format, double value) {
  char text[40];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

template <typename Number>
bool ParseNumber(std::string_view text, Number* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

// Geo_Type as GDELT numbers it: 1 country, 2 US state, 3 US city, 4 world city, 5 world
// state (first-level division); 0 no place.
int GeoType(const StoredEvent& e) {
  if (e.country.empty()) return 0;
  if (e.place.empty()) return 1;
  const bool state = !e.admin1.empty() && e.place == e.admin1;
  if (e.country == "USA") return state ? 2 : 3;
  return state ? 5 : 4;
}

int64_t DayOfYear(const Date& date) { return date.ToDays() - Date{date.year, 1, 1}.ToDays(); }

// GDELT's FractionDate, YYYY + the fraction of the year gone, at the middle of the event's
// period when it is a month or a year (see export.h).
double FractionDate(const Date& date, DatePrecision precision) {
  const double days_in_year = Date::IsLeapYear(date.year) ? 366 : 365;
  double day = static_cast<double>(DayOfYear(date));
  if (precision == DatePrecision::kYear) {
    day = days_in_year / 2;
  } else if (precision == DatePrecision::kMonth) {
    day += Date::DaysInMonth(date.year, date.month) / 2.0;
  }
  return date.year + day / days_in_year;
}

// The precision whose FractionDate `fraction` is, for a period starting on `date` (a day's
// when none matches: a file GDELT wrote).
DatePrecision PrecisionOf(const Date& date, double fraction) {
  auto written = [&](DatePrecision precision) {
    return std::abs(fraction - FractionDate(date, precision)) < 0.00006;
  };
  if (date.day != 1 || written(DatePrecision::kDay)) return DatePrecision::kDay;
  if (date.month == 1 && written(DatePrecision::kYear)) return DatePrecision::kYear;
  if (written(DatePrecision::kMonth)) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

}  // namespace

std::string GdeltHeader() {
  std::string header;
  for (std::string_view column : kGdeltColumns) {
    if (!header.empty()) header += '\t';
    header += column;
  }
  return header;
}

Result<ExportTables> ExportTables::Load(const std::string& data_dir) {
  std::string actors, events, fips;
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(data_dir + "/cameo/actor_codes.tsv", &actors));
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(data_dir + "/cameo/event_codes.tsv", &events));
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(data_dir + "/gdelt/fips10-4.tsv", &fips));
  return FromText(actors, events, fips);
}

ExportTables ExportTables::FromText(std::string_view actor_codes, std::string_view event_codes,
                                    std::string_view fips_codes) {
  ExportTables tables;
  // Malformed rows are the dictionary checker's business (tacitus dict check); an export
  // uses what it can read.
  Diagnostics ignored;
  tables.cameo_.ParseActorCodes("actor_codes.tsv", actor_codes, &ignored);
  tables.cameo_.ParseEventCodes("event_codes.tsv", event_codes, &ignored);
  std::string_view rest = actor_codes, line;
  while (NextLine(&rest, &line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (fields.size() >= 3) tables.labels_.emplace(std::string(fields[0]), std::string(fields[2]));
  }
  rest = fips_codes;
  while (NextLine(&rest, &line)) {
    if (line.empty() || line[0] == '#') continue;
    // ISO3, ADMIN1, FIPS, ADM1, NAME
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (fields.size() < 4 || fields[0].size() != 3 || fields[2].size() != 2) continue;
    std::string key(fields[0]);
    if (!fields[1].empty()) key += "\t" + std::string(fields[1]);
    tables.fips_.emplace(key, GdeltGeoCodes{std::string(fields[2]), std::string(fields[3])});
    tables.iso_of_fips_.emplace(std::string(fields[2]), std::string(fields[0]));
    if (!fields[3].empty()) {
      tables.admin1_of_adm1_.emplace(std::string(fields[3]), std::string(fields[1]));
    }
  }
  return tables;
}

GdeltGeoCodes ExportTables::GdeltGeo(std::string_view country, std::string_view admin1) const {
  if (!admin1.empty()) {
    auto row = fips_.find(std::string(country) + "\t" + std::string(admin1));
    if (row != fips_.end()) return row->second;
  }
  auto row = fips_.find(std::string(country));
  return row == fips_.end() ? GdeltGeoCodes() : row->second;
}

std::string_view ExportTables::IsoCountry(std::string_view fips) const {
  auto iso = iso_of_fips_.find(std::string(fips));
  return iso == iso_of_fips_.end() ? std::string_view() : std::string_view(iso->second);
}

std::string_view ExportTables::Admin1Named(std::string_view adm1) const {
  auto admin1 = admin1_of_adm1_.find(std::string(adm1));
  return admin1 == admin1_of_adm1_.end() ? std::string_view() : std::string_view(admin1->second);
}

std::string_view ExportTables::CountryName(std::string_view country) const {
  auto label = labels_.find(std::string(country));
  return label == labels_.end() ? country : std::string_view(label->second);
}

ActorColumns ExportTables::SplitActor(std::string_view code) const {
  ActorColumns columns;
  size_t types = 0;
  bool after_international = false;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string_view part = code.substr(i, 3);
    const uint8_t kinds = cameo_.PartKinds(part);
    const bool place = kinds & (CameoTables::kCountry | CameoTables::kRegion);
    if (place && columns.country.empty() && i == 0) {
      columns.country = part;
    } else if ((kinds & CameoTables::kGroup) && columns.known_group.empty() &&
               (after_international || !(kinds & CameoTables::kType))) {
      // UNO is a type and a group: after IGO it names the organisation.
      columns.known_group = part;
    } else if ((kinds & CameoTables::kType) && types < columns.types.size()) {
      columns.types[types++] = part;
      after_international = kinds & CameoTables::kInternational;
    } else if (kinds & CameoTables::kReligion) {
      (columns.religion1.empty() ? columns.religion1 : columns.religion2) = part;
    } else if (kinds & CameoTables::kEthnic) {
      columns.ethnic = part;
    } else if (place && columns.country.empty()) {
      columns.country = part;
    }
  }
  for (const std::string* named : {&columns.country, &columns.known_group}) {
    if (named->empty()) continue;
    if (auto label = labels_.find(*named); label != labels_.end()) {
      columns.name = AsciiUppercase(label->second);
      break;
    }
  }
  if (columns.name.empty()) columns.name = code;
  return columns;
}

std::string_view ExportTables::PloverMode(std::string_view code) const {
  const EventType* type = cameo_.FindEventType(code);
  return type == nullptr ? std::string_view() : std::string_view(type->plover_mode);
}

std::string EventToGdelt(const StoredEvent& e, const ExportTables& tables) {
  std::vector<std::string> fields;
  fields.reserve(kGdeltColumns.size());
  char date[16];
  std::snprintf(date, sizeof date, "%04d%02d%02d", e.date.year, e.date.month, e.date.day);
  fields.push_back(std::to_string(e.id));
  fields.push_back(date);
  fields.push_back(std::string(date, 6));
  fields.push_back(std::string(date, 4));
  fields.push_back(Format("%.4f", FractionDate(e.date, e.precision)));
  for (const std::string* actor : {&e.source, &e.target}) {
    const ActorColumns columns = tables.SplitActor(*actor);
    fields.insert(fields.end(), {*actor, columns.name, columns.country, columns.known_group,
                                 columns.ethnic, columns.religion1, columns.religion2,
                                 columns.types[0], columns.types[1], columns.types[2]});
  }
  fields.push_back(e.in_first_sentence ? "1" : "0");
  fields.push_back(e.code);
  fields.push_back(e.code.substr(0, 3));
  fields.push_back(e.code.substr(0, 2));
  fields.push_back(std::to_string(e.quad_class));
  fields.push_back(Format("%g", e.goldstein));
  fields.push_back(std::to_string(e.num_mentions));
  fields.push_back(std::to_string(e.num_sources));
  fields.push_back(std::to_string(e.num_articles));
  fields.push_back("0");  // AvgTone: tone is not measured
  for (int actor = 0; actor < 2; ++actor) {
    fields.insert(fields.end(), {"0", "", "", "", "", "", "", ""});
  }
  const int geo_type = GeoType(e);
  const GdeltGeoCodes codes = tables.GdeltGeo(e.country, e.admin1);
  std::string full_name = e.place;
  if (!e.admin1.empty() && e.admin1 != e.place) full_name += ", " + e.admin1;
  if (!e.country.empty()) {
    full_name += (full_name.empty() ? "" : ", ") + std::string(tables.CountryName(e.country));
  }
  const std::string adm1 = codes.adm1.empty() ? codes.country : codes.adm1;
  const std::string feature = geo_type == 1 ? codes.country : geo_type == 2 ? codes.adm1 : "";
  fields.insert(fields.end(), {geo_type == 0 ? "0" : std::to_string(geo_type), full_name,
                               codes.country, adm1, "", e.lat ? Format("%.6f", *e.lat) : "",
                               e.lon ? Format("%.6f", *e.lon) : "", feature});
  char added[24];
  std::snprintf(added, sizeof added, "%04d%02d%02d000000", e.first_seen.year, e.first_seen.month,
                e.first_seen.day);
  fields.push_back(added);
  fields.push_back(e.first_url.empty() ? e.first_story : e.first_url);

  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    for (char c : fields[i]) line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  return line;
}

std::string EventToPlover(const StoredEvent& e, const ExportTables& tables) {
  auto actor_fields = [&](std::string_view prefix, const std::string& code,
                          nlohmann::ordered_json* json) {
    const ActorColumns columns = tables.SplitActor(code);
    std::string role;
    for (const std::string& type : columns.types) role += type;
    (*json)[std::string(prefix)] = code;
    (*json)[std::string(prefix) + "_country"] = columns.country;
    (*json)[std::string(prefix) + "_role"] = role;
  };
  nlohmann::ordered_json json;
  json["event_id"] = std::to_string(e.id);
  json["event_date"] = e.DateString();
  json["event_date_precision"] = DatePrecisionName(e.precision);
  json["event_type"] = e.plover;
  json["mode"] = tables.PloverMode(e.code);
  json["context"] = nlohmann::ordered_json::array();
  actor_fields("actor", e.source, &json);
  actor_fields("recipient", e.target, &json);
  if (e.country.empty() && e.place.empty()) {
    json["location"] = nullptr;
  } else {
    json["location"] = {{"name", e.place},
                        {"country", e.country},
                        {"admin1", e.admin1},
                        {"lat", e.lat ? nlohmann::ordered_json(*e.lat) : nlohmann::ordered_json()},
                        {"lon", e.lon ? nlohmann::ordered_json(*e.lon) : nlohmann::ordered_json()}};
  }
  json["source_story"] = {{"id", e.first_story}, {"url", e.first_url}};
  json["cameo_code"] = e.code;
  json["goldstein"] = e.goldstein;
  json["quad_class"] = e.quad_class;
  json["num_mentions"] = e.num_mentions;
  json["num_sources"] = e.num_sources;
  json["num_articles"] = e.num_articles;
  return json.dump();
}

Result<StoredEvent> GdeltToEvent(std::string_view line, const ExportTables& tables) {
  const std::vector<std::string_view> f = SplitOn(line, '\t');
  if (f.size() != kGdeltColumns.size()) {
    return Status::Error("GDELT line has " + std::to_string(f.size()) + " columns, not 61");
  }
  StoredEvent e;
  std::optional<Date> date = Date::ParseCompact(f[1]);
  double fraction = 0;
  if (!ParseNumber(f[0], &e.id) || !date || !ParseNumber(f[4], &fraction)) {
    return Status::Error("GDELT line: bad id, SQLDATE or FractionDate");
  }
  e.date = *date;
  e.precision = PrecisionOf(e.date, fraction);
  e.source = f[5];
  e.target = f[15];
  e.in_first_sentence = f[25] == "1";
  e.code = f[26];
  if (!ParseNumber(f[29], &e.quad_class) || !ParseNumber(f[30], &e.goldstein) ||
      !ParseNumber(f[31], &e.num_mentions) || !ParseNumber(f[32], &e.num_sources) ||
      !ParseNumber(f[33], &e.num_articles)) {
    return Status::Error("GDELT line: bad number in columns 30-34");
  }
  e.country = tables.IsoCountry(f[53]);
  e.admin1 = tables.Admin1Named(f[54]);
  const std::string_view full_name = f[52];
  // Types 0 (none) and 1 (a country) name no place; the others start with the place's name.
  if (f[51] != "0" && f[51] != "1" && !full_name.empty()) {
    e.place = full_name.substr(0, full_name.find(", "));
  }
  double value;
  if (!f[56].empty() && ParseNumber(f[56], &value)) e.lat = value;
  if (!f[57].empty() && ParseNumber(f[57], &value)) e.lon = value;
  if (f[59].size() != 14) return Status::Error("GDELT line: DATEADDED is not YYYYMMDDHHMMSS");
  e.first_seen = Date::ParseCompact(f[59].substr(0, 8)).value_or(Date{});
  e.first_url = f[60];
  return e;
}

Result<StoredEvent> PloverToEvent(std::string_view line) {
  const nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return Status::Error("PLOVER line is not a JSON object");
  StoredEvent e;
  try {
    if (!ParseNumber(json.at("event_id").get<std::string>(), &e.id)) {
      return Status::Error("PLOVER line: event_id is not a number");
    }
    const std::string date = json.at("event_date").get<std::string>();
    const std::string precision = json.at("event_date_precision").get<std::string>();
    const std::string full = precision == "year"    ? date + "-01-01"
                             : precision == "month" ? date + "-01"
                                                    : date;
    const std::optional<Date> parsed = Date::ParseIso(full);
    if (!parsed) return Status::Error("PLOVER line: bad event_date '" + date + "'");
    e.date = *parsed;
    e.precision = precision == "year"    ? DatePrecision::kYear
                  : precision == "month" ? DatePrecision::kMonth
                                         : DatePrecision::kDay;
    e.plover = json.at("event_type").get<std::string>();
    e.source = json.at("actor").get<std::string>();
    e.target = json.at("recipient").get<std::string>();
    if (const auto& location = json.at("location"); location.is_object()) {
      e.place = location.at("name").get<std::string>();
      e.country = location.at("country").get<std::string>();
      e.admin1 = location.at("admin1").get<std::string>();
      if (!location.at("lat").is_null()) e.lat = location.at("lat").get<double>();
      if (!location.at("lon").is_null()) e.lon = location.at("lon").get<double>();
    }
    e.first_story = json.at("source_story").at("id").get<std::string>();
    e.first_url = json.at("source_story").at("url").get<std::string>();
    e.code = json.at("cameo_code").get<std::string>();
    e.goldstein = json.at("goldstein").get<double>();
    e.quad_class = json.at("quad_class").get<int>();
    e.num_mentions = json.at("num_mentions").get<int64_t>();
    e.num_sources = json.at("num_sources").get<int64_t>();
    e.num_articles = json.at("num_articles").get<int64_t>();
  } catch (const nlohmann::json::exception& error) {
    return Status::Error(std::string("PLOVER line: ") + error.what());
  }
  return e;
}

}  // namespace tacitus

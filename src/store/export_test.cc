#include "store/export.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/strings.h"
#include "store/store_testing.h"

namespace tacitus {
namespace {

using testing::MakeEvent;
using testing::MakeStory;
using testing::TempDb;

const ExportTables& Tables() {
  static const ExportTables* const tables = [] {
    auto loaded = ExportTables::Load(TACITUS_SOURCE_DIR "/data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return new ExportTables(loaded.ok() ? std::move(loaded).value() : ExportTables());
  }();
  return *tables;
}

// Two stories, three events (one with a place), read back from the store.
std::vector<StoredEvent> StoredEvents(TempDb* db) {
  auto store = db->Open();
  Story a = MakeStory("a", "2023-11-08", "Putin met Xi in Beijing.", "AFP");
  a.url = "https://example.org/a";
  const Story b = MakeStory("b", "2024-02-29", "The ICC issued a warrant for Putin.");
  Event meeting = MakeEvent(a, "RUSGOV", "CHNGOV", "042", 1, 1.9, "2023-11-07", "CHN");
  meeting.place->admin1 = "Beijing Municipality";
  meeting.place->lat = 39.9075;
  meeting.place->lon = 116.39723;
  Event warrant = MakeEvent(b, "IGOUNOICC", "RUSGOV", "173", 4, -5.0);
  warrant.date.precision = DatePrecision::kYear;
  warrant.date.date = *Date::ParseIso("2024-01-01");
  EXPECT_TRUE(store->BeginBatch().ok());
  EXPECT_TRUE(
      store->AddStory(a, {{meeting, MakeEvent(a, "WST", "CHN", "111", 3, -2.0)}}, "v").ok());
  EXPECT_TRUE(store->AddStory(b, {{warrant}}, "v").ok());
  EXPECT_TRUE(store->CommitBatch().ok());
  std::vector<StoredEvent> events;
  EXPECT_TRUE(store
                  ->ForEachEvent({},
                                 [&](const StoredEvent& e) {
                                   events.push_back(e);
                                   return true;
                                 })
                  .ok());
  EXPECT_EQ(events.size(), 3u);
  return events;
}

TEST(GdeltExport, HasGdelt2ColumnsInOrder) {
  EXPECT_EQ(kGdeltColumns.size(), 61u);
  EXPECT_EQ(kGdeltColumns[0], "GLOBALEVENTID");
  EXPECT_EQ(kGdeltColumns[26], "EventCode");
  EXPECT_EQ(kGdeltColumns[34], "AvgTone");
  EXPECT_EQ(kGdeltColumns[51], "ActionGeo_Type");
  EXPECT_EQ(kGdeltColumns[60], "SOURCEURL");
}

TEST(GdeltExport, FillsActorColumnsFromCodeParts) {
  const ActorColumns russia = Tables().SplitActor("RUSGOV");
  EXPECT_EQ(russia.country, "RUS");
  EXPECT_EQ(russia.name, "RUSSIA");
  EXPECT_EQ(russia.types[0], "GOV");
  const ActorColumns court = Tables().SplitActor("IGOUNOICC");
  EXPECT_EQ(court.country, "");
  EXPECT_EQ(court.types[0], "IGO");
  EXPECT_EQ(court.known_group, "UNO");
  EXPECT_EQ(court.name, "UNITED NATIONS");
  EXPECT_EQ(Tables().SplitActor("WST").country, "WST");
}

TEST(GdeltExport, RoundTrips) {
  TempDb db;
  for (const StoredEvent& e : StoredEvents(&db)) {
    const std::string line = EventToGdelt(e, Tables());
    auto back = GdeltToEvent(line, Tables());
    ASSERT_TRUE(back.ok()) << back.status().message() << "\n" << line;
    EXPECT_EQ(back->id, e.id);
    EXPECT_EQ(back->date, e.date);
    EXPECT_EQ(back->precision, e.precision);
    EXPECT_EQ(back->source, e.source);
    EXPECT_EQ(back->target, e.target);
    EXPECT_EQ(back->code, e.code);
    EXPECT_EQ(back->quad_class, e.quad_class);
    EXPECT_DOUBLE_EQ(back->goldstein, e.goldstein);
    EXPECT_EQ(back->num_mentions, e.num_mentions);
    EXPECT_EQ(back->num_sources, e.num_sources);
    EXPECT_EQ(back->num_articles, e.num_articles);
    EXPECT_EQ(back->country, e.country);
    EXPECT_EQ(back->place, e.place);
    EXPECT_EQ(back->lat.has_value(), e.lat.has_value());
    if (e.lat) {
      EXPECT_NEAR(*back->lat, *e.lat, 1e-6);
    }
    EXPECT_EQ(back->first_seen, e.first_seen);
    EXPECT_EQ(back->first_url, e.first_url.empty() ? e.first_story : e.first_url);
    EXPECT_EQ(back->in_first_sentence, e.in_first_sentence);
  }
}

TEST(GdeltExport, WritesGdeltDatesAndCodes) {
  TempDb db;
  const std::vector<StoredEvent> events = StoredEvents(&db);
  // Ordered by date: the 2023-11-07 meeting first.
  const std::string line = EventToGdelt(events[0], Tables());
  // 2023-11-07 is 310 days after January 1st: 310 / 365 = 0.8493.
  EXPECT_TRUE(line.substr(line.find('\t') + 1)
                  .starts_with("20231107\t202311\t2023\t2023.8493\tRUSGOV\tRUSSIA\tRUS\t"))
      << line;
  EXPECT_NE(line.find("\t042\t042\t04\t1\t1.9\t1\t1\t1\t0\t"), std::string::npos) << line;
  // FIPS 10-4: China is CH; Beijing's ADM1 code is not known, so the country code stands.
  EXPECT_NE(line.find("\t4\tBeijing, Beijing Municipality, China\tCH\tCH\t\t39.907500\t"
                      "116.397230\t\t"),
            std::string::npos)
      << line;
  EXPECT_TRUE(line.ends_with("\t20231108000000\thttps://example.org/a")) << line;
  auto bad = GdeltToEvent("1\t2\t3", Tables());
  EXPECT_FALSE(bad.ok());
}

StoredEvent PlacedEvent(std::string country, std::string place, std::string admin1) {
  StoredEvent e;
  e.id = 7;
  e.date = *Date::ParseIso("2023-11-07");
  e.source = "USAGOV";
  e.target = "RUS";
  e.code = "040";
  e.country = std::move(country);
  e.place = std::move(place);
  e.admin1 = std::move(admin1);
  e.lat = 31.0;
  e.lon = -100.0;
  e.first_seen = e.date;
  e.first_story = "s";
  return e;
}

// The ActionGeo columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
std::vector<std::string> ActionGeo(const StoredEvent& e) {
  const std::string line = EventToGdelt(e, Tables());
  std::vector<std::string> fields;
  for (std::string_view field : SplitOn(line, '\t')) fields.emplace_back(field);
  EXPECT_EQ(fields.size(), kGdeltColumns.size()) << line;
  if (fields.size() != kGdeltColumns.size()) return {};
  return {fields.begin() + 51, fields.begin() + 59};
}

TEST(GdeltExport, TabsAndLineBreaksInTextBecomeSpaces) {
  // GDELT's TSV has no quoting: a tab or line break inside a field (a url, a story id used as
  // SOURCEURL, a place name) is written as a space, so every line keeps its 61 columns.
  StoredEvent e = PlacedEvent("USA", "Austin\tcity", "Texas");
  e.first_url = "https://example.org/a\tb\r\nc";
  const std::string line = EventToGdelt(e, Tables());
  const std::vector<std::string_view> fields = SplitOn(line, '\t');
  ASSERT_EQ(fields.size(), kGdeltColumns.size()) << line;
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(fields[60], "https://example.org/a b  c");
  EXPECT_EQ(fields[52], "Austin city, Texas, United States");
  e.first_url.clear();
  e.first_story = "wire\t17";
  EXPECT_TRUE(EventToGdelt(e, Tables()).ends_with("\twire 17")) << EventToGdelt(e, Tables());
}

TEST(GdeltExport, GeographyInFipsCodes) {
  // A US state: GDELT's type 2, its ADM1 code US + postal code, which is also its feature id.
  EXPECT_EQ(ActionGeo(PlacedEvent("USA", "Texas", "Texas")),
            (std::vector<std::string>{"2", "Texas, United States", "US", "USTX", "", "31.000000",
                                      "-100.000000", "USTX"}));
  // A US city: type 3, the state's code; no GNIS feature id.
  EXPECT_EQ(ActionGeo(PlacedEvent("USA", "Austin", "Texas"))[3], "USTX");
  EXPECT_EQ(ActionGeo(PlacedEvent("USA", "Austin", "Texas"))[7], "");
  // A country: type 1, its FIPS code as ADM1 and feature id (Ukraine is UP, not UA or UKR).
  StoredEvent ukraine = PlacedEvent("UKR", "", "");
  ukraine.lat.reset();
  ukraine.lon.reset();
  EXPECT_EQ(ActionGeo(ukraine),
            (std::vector<std::string>{"1", "Ukraine", "UP", "UP", "", "", "", "UP"}));
  // The Gaza Strip has a FIPS code of its own; the rest of Palestine is the West Bank's.
  EXPECT_EQ(ActionGeo(PlacedEvent("PSE", "Gaza City", "Gaza Strip"))[2], "GZ");
  EXPECT_EQ(ActionGeo(PlacedEvent("PSE", "Ramallah", ""))[2], "WE");
  // No place: type 0 and empty columns.
  EXPECT_EQ(ActionGeo(PlacedEvent("", "", ""))[0], "0");
  EXPECT_EQ(ActionGeo(PlacedEvent("", "", ""))[2], "");
}

TEST(GdeltExport, ReadsFipsCodesBackAsIso) {
  for (const StoredEvent& e :
       {PlacedEvent("USA", "Austin", "Texas"), PlacedEvent("PSE", "Gaza City", "Gaza Strip"),
        PlacedEvent("DEU", "Berlin", "")}) {
    auto back = GdeltToEvent(EventToGdelt(e, Tables()), Tables());
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back->country, e.country);
    EXPECT_EQ(back->place, e.place);
    EXPECT_EQ(back->admin1, e.country == "USA" ? e.admin1 : "");  // only US states have codes
  }
}

TEST(GdeltExport, MonthAndYearDatesAreTheMiddleOfTheirPeriodInFractionDate) {
  StoredEvent e = PlacedEvent("", "", "");
  e.date = *Date::ParseIso("2023-03-01");
  e.precision = DatePrecision::kMonth;
  const std::string month = EventToGdelt(e, Tables());
  std::vector<std::string_view> f = SplitOn(month, '\t');
  // March 2023: day 59 of 365, plus half of its 31 days: 74.5 / 365 = 0.2041.
  EXPECT_EQ(f[1], "20230301");
  EXPECT_EQ(f[2], "202303");
  EXPECT_EQ(f[4], "2023.2041");
  e.date = *Date::ParseIso("2024-01-01");
  e.precision = DatePrecision::kYear;
  const std::string year = EventToGdelt(e, Tables());
  f = SplitOn(year, '\t');
  EXPECT_EQ(f[1], "20240101");
  EXPECT_EQ(f[4], "2024.5000");
  auto back = GdeltToEvent(year, Tables());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->precision, DatePrecision::kYear);
  e.precision = DatePrecision::kDay;  // January 1st itself
  const std::string day = EventToGdelt(e, Tables());
  f = SplitOn(day, '\t');
  EXPECT_EQ(f[4], "2024.0000");
}

// Every field of every line parses as the type GDELT's codebook gives its column.
TEST(GdeltExport, ColumnsHaveTheCodebooksTypes) {
  ASSERT_EQ(kGdeltColumnTypes.size(), kGdeltColumns.size());
  TempDb db;
  std::vector<StoredEvent> events = StoredEvents(&db);
  events.push_back(PlacedEvent("USA", "Texas", "Texas"));
  for (const StoredEvent& e : events) {
    const std::string line = EventToGdelt(e, Tables());
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    ASSERT_EQ(fields.size(), 61u) << line;
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string field(fields[i]);
      if (field.empty()) continue;  // missing
      char* end = nullptr;
      if (kGdeltColumnTypes[i] == 'i') {
        std::strtoll(field.c_str(), &end, 10);
      } else if (kGdeltColumnTypes[i] == 'f') {
        std::strtod(field.c_str(), &end);
      } else {
        continue;
      }
      EXPECT_EQ(end, field.c_str() + field.size()) << kGdeltColumns[i] << " = " << field;
    }
    for (size_t i : {0, 1, 2, 3, 29, 35, 43, 51, 59}) {
      EXPECT_FALSE(fields[i].empty()) << kGdeltColumns[i];  // never missing
    }
  }
}

// Every country of CAMEO's table (../shared/reference/cameo_countries.tsv) that FIPS 10-4 has
// a code for maps to one; Aland alone has none (FIPS counts it in Finland).
TEST(GdeltExport, FipsTableCoversCameoCountries) {
  std::string text;
  if (!ReadWholeFile(TACITUS_SHARED_DIR "/reference/cameo_countries.tsv", &text).ok()) {
    GTEST_SKIP() << "no " TACITUS_SHARED_DIR "/reference/cameo_countries.tsv";
  }
  std::string_view rest = text, line;
  NextLine(&rest, &line);  // code, label, kind, iso3166_alpha3_status, ..._equivalent, note
  int checked = 0;
  while (NextLine(&rest, &line)) {
    const std::vector<std::string_view> f = SplitOn(line, '\t');
    ASSERT_GE(f.size(), 5u) << line;
    if (f[2] == "region") continue;
    const std::string_view iso = f[3] == "current" ? f[0] : f[4];
    if (iso.empty() || iso == "ALA") continue;  // the Netherlands Antilles, gone from ISO
    EXPECT_EQ(Tables().GdeltGeo(iso, "").country.size(), 2u) << f[0] << " (" << iso << ")";
    ++checked;
  }
  EXPECT_GT(checked, 200);
}

TEST(PloverExport, RoundTrips) {
  TempDb db;
  for (const StoredEvent& e : StoredEvents(&db)) {
    const std::string line = EventToPlover(e, Tables());
    auto back = PloverToEvent(line);
    ASSERT_TRUE(back.ok()) << back.status().message() << "\n" << line;
    EXPECT_EQ(back->id, e.id);
    EXPECT_EQ(back->DateString(), e.DateString());
    EXPECT_EQ(back->precision, e.precision);
    EXPECT_EQ(back->plover, e.plover);
    EXPECT_EQ(back->source, e.source);
    EXPECT_EQ(back->target, e.target);
    EXPECT_EQ(back->code, e.code);
    EXPECT_EQ(back->place, e.place);
    EXPECT_EQ(back->country, e.country);
    EXPECT_EQ(back->admin1, e.admin1);
    EXPECT_EQ(back->lat, e.lat);
    EXPECT_EQ(back->first_story, e.first_story);
    EXPECT_EQ(back->num_articles, e.num_articles);
  }
}

TEST(PloverExport, NamesActorCountriesRolesAndModes) {
  TempDb db;
  const std::vector<StoredEvent> events = StoredEvents(&db);
  const std::string line = EventToPlover(events[0], Tables());
  EXPECT_NE(line.find(R"("actor":"RUSGOV","actor_country":"RUS","actor_role":"GOV")"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find(R"("event_date":"2023-11-07")"), std::string::npos);
  // The warrant is dated to its year only.
  EXPECT_NE(EventToPlover(events[2], Tables())
                .find(R"("event_date":"2024","event_date_precision":"year")"),
            std::string::npos);
  EXPECT_FALSE(PloverToEvent("{}").ok());
  EXPECT_FALSE(PloverToEvent("not json").ok());
}

}  // namespace
}  // namespace tacitus

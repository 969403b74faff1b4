#include "store/export.h"

#include <gtest/gtest.h>

#include <vector>

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
  EXPECT_TRUE(store->ForEachEvent({}, [&](const StoredEvent& e) { events.push_back(e); }).ok());
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
    auto back = GdeltToEvent(line);
    ASSERT_TRUE(back.ok()) << back.status().message() << "\n" << line;
    EXPECT_EQ(back->id, e.id);
    EXPECT_EQ(back->date, e.date);
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
  EXPECT_NE(line.find("\t4\tBeijing, Beijing Municipality, CHN\tCHN\t"), std::string::npos);
  EXPECT_TRUE(line.ends_with("\t20231108000000\thttps://example.org/a")) << line;
  auto bad = GdeltToEvent("1\t2\t3");
  EXPECT_FALSE(bad.ok());
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

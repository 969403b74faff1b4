#include "place/gazetteer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <string>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::TempDir;

std::string Key(std::string_view text) {
  char buffer[Gazetteer::kMaxKeyBytes];
  return std::string(Gazetteer::MakeKey(text, buffer));
}

const Gazetteer& Full() {
  static const std::unique_ptr<const Gazetteer> gazetteer = [] {
    auto loaded = Gazetteer::Load({.places_file = TACITUS_SOURCE_DIR "/data/places.txt"});
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return *gazetteer;
}

// "NAME COUNTRY KIND" of the entries named `text`, best first, separated by "; ".
std::string Entries(const Gazetteer& g, std::string_view text, size_t at_most = 3) {
  std::string out;
  for (uint32_t i : g.Find(Key(text))) {
    if (at_most-- == 0) break;
    const GazetteerEntry& e = g.entry(i);
    if (!out.empty()) out += "; ";
    static constexpr const char* kKinds[] = {"listed", "country", "city", "subdivision"};
    out += e.name + " " + e.country + " " + kKinds[static_cast<int>(e.kind)];
  }
  return out;
}

TEST(Gazetteer, MakeKeyFoldsCaseSpacesAndTheLeadingThe) {
  EXPECT_EQ(Key("Gaza  City"), "gaza city");
  EXPECT_EQ(Key("the Gulf"), "gulf");
  EXPECT_EQ(Key("The Hague"), "hague");
  EXPECT_EQ(Key(std::string(200, 'a')), "");
}

TEST(Gazetteer, FindsCitiesCountriesAndSubdivisionsFromThePackages) {
  const Gazetteer& g = Full();
  EXPECT_EQ(Entries(g, "Beijing", 1), "Beijing CHN city");
  const GazetteerEntry& beijing = g.entry(g.Find(Key("Beijing")).front());
  EXPECT_NEAR(*beijing.lat, 39.9, 0.1);
  EXPECT_NEAR(*beijing.lon, 116.4, 0.1);
  EXPECT_EQ(Entries(g, "Kharkiv", 1), "Kharkiv UKR city");
  // Countries by name, common name and official name.
  EXPECT_EQ(Entries(g, "France", 1), "France FRA country");
  EXPECT_EQ(Entries(g, "Iran", 1), "Iran IRN country");
  EXPECT_EQ(Entries(g, "Islamic Republic of Iran", 1), "Iran IRN country");
  EXPECT_EQ(Entries(g, "Texas", 1), "Texas USA subdivision");
  // Diacritics: found with and without.
  EXPECT_EQ(Entries(g, "Türkiye", 1), "Türkiye TUR country");
  EXPECT_EQ(Entries(g, "Turkiye", 1), "Türkiye TUR country");
  EXPECT_EQ(Entries(g, "Ile-de-France", 1), "Île-de-France FRA subdivision");
  EXPECT_EQ(Entries(g, "Lodzkie", 1), "Łódzkie POL subdivision");  // Ł does not decompose
  EXPECT_TRUE(g.IsCountryCode("RUS"));
  EXPECT_FALSE(g.IsCountryCode("IGO"));
}

TEST(Gazetteer, AmbiguousNamesComeBestFirst) {
  const Gazetteer& g = Full();
  // Our list, then countries, then cities by population, then subdivisions.
  EXPECT_EQ(Entries(g, "Washington"),
            "Washington USA listed; Washington GBR city; Washington USA city");
  EXPECT_EQ(Entries(g, "Georgia", 2), "Georgia GEO country; Georgia USA subdivision");
  EXPECT_EQ(Entries(g, "Paris", 2), "Paris FRA city; Paris USA city");
  EXPECT_EQ(Entries(g, "Kremlin", 1), "Kremlin RUS listed");
  EXPECT_EQ(Entries(g, "Russia", 1), "Russia RUS listed");
}

// How long it takes is a benchmark, BM_LoadGazetteer (bench/), not a test.
TEST(Gazetteer, LoadsTheGeoNamesCitiesBesideOurList) {
  auto loaded = Gazetteer::Load({.places_file = TACITUS_SOURCE_DIR "/data/places.txt"});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_GT((*loaded)->size(), 25000u);
}

TEST(Gazetteer, PlacesFileErrorsNameFileAndLine) {
  const TempDir dir;
  const std::string path = dir.Write("bad.txt",
                                     "# comment\n"
                                     "\n"
                                     "Gaza City | PSE | Gaza Strip | 31.5 | 34.45\n"
                                     "Nowhere | XXX | | |\n"
                                     "Far Away | RUS | | 95 | 10\n"
                                     "Half | RUS | | 50 |\n"
                                     "Short | RUS\n"
                                     "gaza city | PSE | | |\n");
  auto loaded = Gazetteer::Load({.places_file = path, .cities = false});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kDataError);
  // One error a line, each naming its line: 4 (no such country), 5 (LAT out of range), 6 (LAT
  // without LON), 7 (too few fields), 8 (a name given twice).
  const std::string& m = loaded.status().message();
  EXPECT_EQ(std::count(m.begin(), m.end(), '\n'), 4) << m;
  for (int line = 4; line <= 8; ++line) {
    EXPECT_NE(m.find(path + ":" + std::to_string(line) + ": "), std::string::npos) << m;
  }
}

TEST(Gazetteer, PlacesFileSpellingsLeadToTheFirstName) {
  const TempDir dir;
  const std::string path = dir.Write("good.txt",
                                     "Donbas; Donbass | UKR | | 48.0 | 38.0\n"
                                     "Gulf; Persian Gulf | | | 26 | 52\n");
  auto loaded = Gazetteer::Load({.places_file = path, .cities = false});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(Entries(**loaded, "Donbass"), "Donbas UKR listed");
  // Papua New Guinea's Gulf Province comes after ours.
  EXPECT_EQ(Entries(**loaded, "the Gulf"), "Gulf  listed; Gulf PNG subdivision");
  EXPECT_EQ(Entries(**loaded, "Persian Gulf"), "Gulf  listed");
  EXPECT_EQ(Entries(**loaded, "Kharkiv"), "");  // no cities asked for
}

// places.txt is read by the rules of every dictionary file (base/data_file.h); its problems
// come as diagnostics too, for `code` and `dict check` to report with the dictionaries'.
TEST(Gazetteer, PlacesFileFollowsTheDictionaryRules) {
  const TempDir dir;
  const char kPlaces[] = "Gaza City | PSE | | |\nKyi\xFFv | UKR | | |\nNul\0 | RUS | | |\n";
  const std::string path = dir.Write("places.txt", std::string(kPlaces, sizeof kPlaces - 1));
  Diagnostics diagnostics;
  auto loaded = Gazetteer::Load({.places_file = path, .cities = false}, &diagnostics);
  EXPECT_FALSE(loaded.ok());
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error " + path + ":2:4", "error " + path + ":3:4"));
  EXPECT_EQ(loaded.status().message(), diagnostics.ToStatus().message());

  diagnostics = Diagnostics();
  const std::string empty = dir.Write("empty.txt", "# nothing\n");
  EXPECT_TRUE(Gazetteer::Load({.places_file = empty, .cities = false}, &diagnostics).ok());
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("warning " + empty));

  const std::string fifo = (dir.path() / "fifo.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  diagnostics = Diagnostics();
  loaded = Gazetteer::Load({.places_file = fifo, .cities = false}, &diagnostics);
  EXPECT_EQ(loaded.status().code(), StatusCode::kIoError);
  EXPECT_EQ(loaded.status().message(), fifo + ": not a regular file (a FIFO)");
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error " + fifo));

  // A long name is quoted short.
  const std::string twice = dir.Write(
      "twice.txt", std::string(4000, 'x') + " | | | |\n" + std::string(4000, 'x') + " | | | |\n");
  loaded = Gazetteer::Load({.places_file = twice, .cities = false});
  EXPECT_LT(loaded.status().message().size(), twice.size() + 200) << loaded.status().message();
}

TEST(Gazetteer, PlacesFileInTheDictionaryDirectory) {
  const TempDir dir;
  EXPECT_EQ(PlacesFileIn(""), "");
  EXPECT_EQ(PlacesFileIn(dir.path().string()), "");
  const std::string fifo = (dir.path() / "places.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(PlacesFileIn(dir.path().string()), fifo);  // for Load to refuse, not to skip
}

TEST(Gazetteer, MissingSourcesAreErrors) {
  EXPECT_FALSE(Gazetteer::Load({.iso_codes_dir = "/nonexistent"}).ok());
  EXPECT_FALSE(Gazetteer::Load({.places_file = "/nonexistent/places.txt"}).ok());
}

}  // namespace
}  // namespace tacitus

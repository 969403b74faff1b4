// The placer on real analyses with the full gazetteer.
#include "place/event_placer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

struct Fixture {
  std::shared_ptr<const Analyzer> analyzer;
  std::unique_ptr<EventPlacer> placer;
};

const Fixture& Shared() {
  static const Fixture fixture = [] {
    Fixture f;
    f.analyzer = testing::SharedAnalyzer();
    auto gazetteer = Gazetteer::Load({.places_file = TACITUS_SOURCE_DIR "/data/places.txt"});
    EXPECT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    if (gazetteer.ok()) f.placer = std::make_unique<EventPlacer>(std::move(gazetteer).value());
    return f;
  }();
  return fixture;
}

// The place of an event coded from the clause of verb `lemma` with the given actors and root:
// "NAME COUNTRY ADMIN1 [span text]" or "none".
std::string PlaceOf(const std::string& text, std::string_view lemma, std::string source = "",
                    std::string target = "", std::string root = "04") {
  const Fixture& f = Shared();
  if (!f.analyzer || !f.placer) return "no fixture";
  Analysis analysis;
  f.analyzer->Analyze(text, &analysis);
  Event event;
  event.source = std::move(source);
  event.target = std::move(target);
  event.root = std::move(root);
  event.clause = testing::FindClause(analysis, lemma);
  if (event.clause < 0) return "no clause " + std::string(lemma);
  event.sentence = analysis.syntax.clauses[event.clause].sentence;
  f.placer->PlaceEvents(analysis, {&event, 1});
  if (!event.place) return "none";
  const EventPlace& p = *event.place;
  return p.name + " " + p.country + " " + p.admin1 + " [" +
         text.substr(p.span.begin, p.span.size()) + "]";
}

TEST(EventPlacer, LocativePhrasesOfTheClause) {
  EXPECT_EQ(PlaceOf("Putin and Xi met in Beijing yesterday.", "meet"),
            "Beijing CHN Beijing Municipality [Beijing]");
  EXPECT_EQ(PlaceOf("Putin met Xi at the Kremlin.", "meet"), "Kremlin RUS Moscow [Kremlin]");
  EXPECT_EQ(PlaceOf("Troops clashed in eastern Ukraine.", "clash"), "Ukraine UKR  [Ukraine]");
  EXPECT_EQ(PlaceOf("Rebels attacked a convoy near Kharkiv.", "attack"),
            "Kharkiv UKR Kharkiv [Kharkiv]");
  EXPECT_EQ(PlaceOf("Israeli jets struck a building in Gaza City.", "strike"),
            "Gaza City PSE Gaza Strip [Gaza City]");
  EXPECT_EQ(PlaceOf("Protesters gathered in the city of Kharkiv.", "gather"),
            "Kharkiv UKR Kharkiv [Kharkiv]");
}

TEST(EventPlacer, NoPlaceStatedNoPlace) {
  EXPECT_EQ(PlaceOf("Western powers have criticized China.", "criticize", "WST", "CHN", "11"),
            "none");
  // A month is a date, not the town of March in England.
  EXPECT_EQ(PlaceOf("Russia and China signed the deal in March.", "sign"), "none");
}

TEST(EventPlacer, AmbiguousNamesFollowTheActorsCountry) {
  // Punjab is a province of Pakistan and a state of India.
  EXPECT_EQ(PlaceOf("Police arrested protesters in Punjab.", "arrest", "PAKCOP", "PAKOPP", "17"),
            "Punjab PAK Punjab [Punjab]");
  EXPECT_EQ(PlaceOf("Police arrested protesters in Punjab.", "arrest", "INDCOP", "INDOPP", "17"),
            "Punjab IND Punjab [Punjab]");
  // But a small namesake in the actors' country does not beat a large city.
  EXPECT_EQ(PlaceOf("Biden met Macron in Paris.", "meet", "USAGOV", "FRAGOV"),
            "Paris FRA Île-de-France Region [Paris]");
  EXPECT_EQ(PlaceOf("Biden met Macron in Paris.", "meet", "USAGOV", "USAGOV"),
            "Paris FRA Île-de-France Region [Paris]");
  // A country's name is the country, whoever acts.
  EXPECT_EQ(PlaceOf("Officials met in Georgia.", "meet", "USAGOV", "USAGOV"),
            "Georgia GEO  [Georgia]");
  EXPECT_EQ(PlaceOf("Officials met in Washington.", "meet", "GBRGOV", "GBRGOV"),
            "Washington USA District of Columbia [Washington]");
}

TEST(EventPlacer, DatelineOnlyForLocalEventsWhenItIsTheOnlyPlace) {
  const std::string story =
      "KHARKIV, Ukraine (Reuters) - Russian forces shelled the city overnight.";
  EXPECT_EQ(PlaceOf(story, "shell", "RUSMIL", "", "19"), "Kharkiv UKR Kharkiv [KHARKIV]");
  EXPECT_EQ(PlaceOf("KHARKIV, Ukraine (Reuters) - Russia criticized the West.", "criticize", "RUS",
                    "WST", "11"),
            "none");
  EXPECT_EQ(PlaceOf("KHARKIV, Ukraine (Reuters) - Russian forces shelled the city. Putin spoke "
                    "in Moscow.",
                    "shell", "RUSMIL", "", "19"),
            "none");
}

TEST(EventPlacer, TheDatelinesPlaceIsTheCityBeforeItsFirstCommaOrParenthesis) {
  const Fixture& f = Shared();
  ASSERT_TRUE(f.analyzer && f.placer);
  const auto dateline_place = [&](const std::string& text) -> std::string {
    Analysis analysis;
    f.analyzer->Analyze(text, &analysis);
    const auto found = f.placer->DatelinePlace(analysis.document);
    if (!found) return "none";
    const GazetteerEntry& e = f.placer->gazetteer().entry(found->entry);
    return e.name + " " + e.country;
  };
  EXPECT_EQ(dateline_place("LAGOS (Reuters) - Police fired tear gas."), "Lagos NGA");
  EXPECT_EQ(dateline_place("PESHAWAR, Pakistan (AP) - Police fired tear gas."), "Peshawar PAK");
  EXPECT_EQ(dateline_place("Police fired tear gas in Lagos."), "none");
}

// The country SoleCountry gives the words `name` of `text`, or "none".
std::string SoleCountryOf(const std::string& text, std::string_view name) {
  const Fixture& f = Shared();
  if (!f.analyzer || !f.placer) return "no fixture";
  Analysis analysis;
  f.analyzer->Analyze(text, &analysis);
  const size_t at = text.find(name);
  TokenRange range{0, 0};
  const auto& tokens = analysis.document.tokens;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].span.begin == at) range.begin = t;
    if (tokens[t].span.end == at + name.size()) range.end = t + 1;
  }
  if (range.empty()) return "no name";
  const std::string_view country = f.placer->SoleCountry(analysis.document, range);
  return country.empty() ? "none" : std::string(country);
}

TEST(EventPlacer, SoleCountryOnlyForANameThatLeavesNoDoubt) {
  EXPECT_EQ(SoleCountryOf("Troops shelled Kharkiv.", "Kharkiv"), "UKR");
  EXPECT_EQ(SoleCountryOf("Jets struck Gaza City.", "Gaza City"), "PSE");  // our list
  // Paris, Texas is a small namesake of Paris, France.
  EXPECT_EQ(SoleCountryOf("Police raided a flat in Paris.", "Paris"), "FRA");
  // Punjab is a province of Pakistan and a state of India.
  EXPECT_EQ(SoleCountryOf("Troops shelled Punjab.", "Punjab"), "none");
  EXPECT_EQ(SoleCountryOf("Troops shelled Kharkiv.", "shelled"), "none");
}

}  // namespace
}  // namespace tacitus

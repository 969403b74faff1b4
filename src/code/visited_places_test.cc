// The city a journey goes to is its country (visited_places.cc), and so is a city's agent
// (local_agents.cc), with a gazetteer stand-in that knows two cities, on the small
// dictionaries of code_testing.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/code_testing.h"
#include "code/dateline_countries.h"
#include "code/story_actors.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::FindPhrase;
using ::testing::IsEmpty;
using testing::OurTestDictionaries;
using testing::SharedAnalyzer;

// Sochi is in Russia and Smith in the United States (a town, and a family name).
class TwoCities final : public DatelineCountries {
 public:
  std::string_view CountryOf(const Document&) const override { return {}; }
  std::string_view CountryOfPlace(const Document& doc, TokenRange range) const override {
    if (range.size() != 1) return {};
    const std::string_view name = doc.tokens[range.begin].text;
    return name == "Sochi" ? "RUS" : name == "Smith" ? "USA" : "";
  }
  // Sochi alone is a name of one country's places.
  std::string_view UnambiguousCountryOfPlace(const Document& doc, TokenRange range) const override {
    return range.size() == 1 && doc.tokens[range.begin].text == "Sochi" ? "RUS" : "";
  }
};

std::vector<std::string> ActorsOf(const std::string& text, const std::string& words) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  StoryActors actors;
  const TwoCities places;
  actors.Resolve(*OurTestDictionaries(), analysis.document, analysis.syntax,
                 *Date::ParseIso("2023-11-08"), {}, {}, &places);
  const int32_t phrase = FindPhrase(analysis, text, words);
  if (phrase < 0) return {"no phrase"};
  std::vector<std::string> codes;
  for (const ResolvedActor& actor : actors.ActorsOf(phrase)) codes.push_back(actor.code);
  return codes;
}

TEST(VisitedPlaces, ABareAgentActingInACityIsOfItsCountry) {
  // The gazetteer places the act where the dictionaries know no such city.
  EXPECT_THAT(ActorsOf("Police arrested two men in Sochi on Monday.", "Police"),
              ElementsAre("RUSCOP"));
  // Not a name of places in two countries.
  EXPECT_THAT(ActorsOf("Police arrested two men in Smith on Monday.", "Police"), IsEmpty());
}

TEST(VisitedPlaces, TheCityAJourneyGoesToIsItsCountry) {
  EXPECT_THAT(ActorsOf("Xi arrived in Sochi on Monday.", "Sochi"), ElementsAre("RUS"));
  EXPECT_THAT(ActorsOf("Xi visited Sochi on Monday.", "Sochi"), ElementsAre("RUS"));
  EXPECT_THAT(ActorsOf("Xi criticized Ukraine during his visit to Sochi.", "Sochi"),
              ElementsAre("RUS"));
}

TEST(VisitedPlaces, ANameAfterAnotherVerbIsNoPlace) {
  EXPECT_THAT(ActorsOf("Xi talked to Smith on Monday.", "Smith"), IsEmpty());
}

TEST(LocalAgents, AnAgentOfAKnownPlaceIsOfItsCountry) {
  EXPECT_THAT(ActorsOf("Sochi's minister criticized Ukraine.", "Sochi's minister"),
              ElementsAre("RUSGOV"));
  EXPECT_THAT(ActorsOf("The minister of Sochi criticized Ukraine.", "The minister"),
              ElementsAre("RUSGOV"));
  // A place of no one country, or none known, leaves the agent to the story (none here).
  EXPECT_THAT(ActorsOf("Springfield's minister criticized Ukraine.", "Springfield's minister"),
              IsEmpty());
}

}  // namespace
}  // namespace tacitus

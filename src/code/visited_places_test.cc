// The city a journey goes to is its country (visited_places.cc), with a gazetteer stand-in
// that knows two cities, on the small dictionaries of code_testing.h.
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

TEST(VisitedPlaces, TheCityAJourneyGoesToIsItsCountry) {
  EXPECT_THAT(ActorsOf("Xi arrived in Sochi on Monday.", "Sochi"), ElementsAre("RUS"));
  EXPECT_THAT(ActorsOf("Xi visited Sochi on Monday.", "Sochi"), ElementsAre("RUS"));
  EXPECT_THAT(ActorsOf("Xi criticized Ukraine during his visit to Sochi.", "Sochi"),
              ElementsAre("RUS"));
}

TEST(VisitedPlaces, ANameAfterAnotherVerbIsNoPlace) {
  EXPECT_THAT(ActorsOf("Xi talked to Smith on Monday.", "Smith"), IsEmpty());
}

}  // namespace
}  // namespace tacitus

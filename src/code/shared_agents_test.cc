// Nationalities coordinated before one agent word (shared_agents.cc): an agent of each
// country, on the small dictionaries of code_testing.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
class SharedAgentsTest : public testing::StoryActorsTest {};

TEST_F(SharedAgentsTest, NationalitiesJoinedBeforeAnAgentNameAnAgentOfEach) {
  // One phrase: "The Russian and Chinese ministers".
  EXPECT_THAT(ActorsOf("The Russian and Chinese ministers met in Beijing.",
                       "The Russian and Chinese ministers"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(SharedAgentsTest, APlaceCutOffBeforeANationalityAndItsAgentTakesTheAgent) {
  // The syntax cuts "Russian and Chinese troops" at "and" when it reads "Russian" as a name.
  EXPECT_THAT(ActorsOf("Russian and Chinese troops held drills on Monday.", "Russian"),
              ElementsAre("RUSMIL", "CHNMIL"));
  EXPECT_THAT(ActorsOf("China and Russian troops held drills on Monday.", "China"),
              ElementsAre("CHNMIL", "RUSMIL"));
}

TEST_F(SharedAgentsTest, AnAgentOfAPairReferredBackIsAnAgentOfEach) {
  EXPECT_THAT(ActorsOf("Russia and China held talks on Monday. The ministers of the two countries "
                       "signed a deal.",
                       "The ministers"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(SharedAgentsTest, PlacesWithoutAnAgentStayCountries) {
  EXPECT_THAT(ActorsOf("Russia and China held drills on Monday.", "Russia"),
              ElementsAre("RUS", "CHN"));
  // The agent of the last conjunct is its own when that one does not open with its place.
  EXPECT_THAT(ActorsOf("China and the Russian troops held drills on Monday.", "China"),
              ElementsAre("CHN", "RUSMIL"));
}

}  // namespace
}  // namespace tacitus

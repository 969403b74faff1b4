// Counterparts with no country of their own are of the other side's country
// (counterpart_references.cc), on the small dictionaries of code_testing.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/story_actors.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, HisCounterpartIsOfThePlaceOfTheAct) {
  EXPECT_THAT(ActorsOf("Putin met his counterpart in Beijing on Monday.", "his counterpart"),
              ElementsAre("CHNGOV"));
}

TEST_F(StoryActorsTest, HerCounterpartIsOfTheCountryJustNamed) {
  EXPECT_THAT(ActorsOf("Omar al-Testi arrived in Russia on Monday. He met his counterpart.",
                       "his counterpart"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, ACounterpartIsNeverOfItsOwnersCountry) {
  EXPECT_THAT(ActorsOf("Putin spoke on Monday. He met his counterpart.", "his counterpart"),
              IsEmpty());
  // One of its own stays so.
  EXPECT_THAT(ActorsOf("Putin met his Chinese counterpart in Kyiv.", "his Chinese counterpart"),
              ElementsAre("CHNGOV"));
}

}  // namespace
}  // namespace tacitus

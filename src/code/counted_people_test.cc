// Bare counts of people as civilians (counted_people.cc), on the small dictionaries of
// code_testing.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/story_actors.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, ABareCountOfPeopleIsTheCiviliansOfWhereItActs) {
  EXPECT_THAT(ActorsOf("Thousands rallied in Russia on Sunday.", "Thousands"),
              ElementsAre("RUSCVL"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Dozens were detained on Monday.", "Dozens"),
              ElementsAre("CHNCVL"));
  // A count of counts is what the last one counts.
  EXPECT_THAT(ActorsOf("Tens of thousands marched in Russia.", "Tens"), ElementsAre("RUSCVL"));
}

TEST_F(StoryActorsTest, ACountWithAnOfPhraseIsWhatItCounts) {
  EXPECT_THAT(ActorsOf("Thousands of Russian troops marched in Ukraine.", "Thousands"),
              ElementsAre("RUSMIL"));
}

}  // namespace
}  // namespace tacitus

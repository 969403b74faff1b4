// An international organisation referred back to by its head noun ("the court"), on the
// small dictionaries of code_testing.h (organisation_references.cc).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/story_actors.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, TheNounAloneRefersBackToTheOrganisationItHeaded) {
  EXPECT_THAT(ActorsOf("The International Criminal Court opened an inquiry into Russia. "
                       "The court questioned three witnesses.",
                       "The court"),
              ElementsAre("IGOICC"));
  // Within one sentence too.
  EXPECT_THAT(ActorsOf("After Russia wrote to the International Criminal Court, the court "
                       "answered.",
                       "the court"),
              ElementsAre("IGOICC"));
}

TEST_F(StoryActorsTest, ANameOrAnotherBodyWithTheNounIsNoReferenceBack) {
  // "the Supreme Court" names a court of its own.
  EXPECT_THAT(ActorsOf("The International Criminal Court opened an inquiry. "
                       "Russia appealed to the Supreme Court.",
                       "the Supreme Court"),
              IsEmpty());
  // A court named since, of no organisation, is the one meant: not the ICC.
  EXPECT_THAT(ActorsOf("The International Criminal Court opened an inquiry. "
                       "A Russian court rejected it. The court said so on Monday.",
                       "The court"),
              ::testing::Not(ElementsAre("IGOICC")));
  // Nor after a court of a name of its own.
  EXPECT_THAT(ActorsOf("The International Criminal Court opened an inquiry. "
                       "Russia appealed to the Supreme Court, but the court refused.",
                       "the court"),
              IsEmpty());
  // "the two leaders" are the last two named (StoryActors' coreference).
  EXPECT_THAT(
      ActorsOf(
          "International Criminal Court leaders met Putin. Putin met Xi. The two leaders talked.",
          "The two leaders"),
      ElementsAre("RUSGOV", "CHNGOV"));
  // "a court" is another one; no organisation was named with the noun before.
  EXPECT_THAT(ActorsOf("The International Criminal Court opened an inquiry. "
                       "A court in Russia rejected it.",
                       "A court"),
              ::testing::Not(ElementsAre("IGOICC")));
  EXPECT_THAT(ActorsOf("The court opened an inquiry. The International Criminal Court "
                       "welcomed it.",
                       "The court"),
              IsEmpty());
}

}  // namespace
}  // namespace tacitus

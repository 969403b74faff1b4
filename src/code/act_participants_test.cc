// The parties of a mutual act whose subject is a thing, on the small dictionaries of
// code_testing.h ("verb 062:062 feature navy of +T").
#include "code/act_participants.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

using ActParticipants = testing::OurCoderTest;

TEST_F(ActParticipants, AMutualActOfAThingIsAmongTheActorsItNames) {
  EXPECT_THAT(Code("The exercise, featuring the navies of Russia and China, began on Monday."),
              UnorderedElementsAre("RUS CHN 062", "CHN RUS 062"));
  EXPECT_THAT(Code("The first phase of the drills, featuring the navies of Russia, China and "
                   "Ukraine, began on Monday."),
              UnorderedElementsAre("RUS CHN 062", "CHN RUS 062", "RUS UKR 062", "UKR RUS 062",
                                   "CHN UKR 062", "UKR CHN 062"));
}

TEST_F(ActParticipants, NotForANameOrARoleWord) {
  // Someone unknown did it with them; soldiers, whoever's, are its source, not a thing.
  EXPECT_THAT(Code("Ivanovsky featured the navies of Russia and China."), IsEmpty());
  EXPECT_THAT(Code("The soldiers featured the navies of Russia and China."),
              Not(Contains("RUS CHN 062")));
}

TEST_F(ActParticipants, NotForOneActorNorForAnActOneWay) {
  EXPECT_THAT(Code("The exercise featured the navy of Russia."), IsEmpty());
  // Aid is given, not shared ("verb 071 send aid to +T").
  EXPECT_THAT(Code("The convoy sent aid to Russia and China."), IsEmpty());
}

}  // namespace
}  // namespace tacitus

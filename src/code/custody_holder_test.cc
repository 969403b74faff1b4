// Who released people freed from a named custody, on sentences written for these tests.
#include "code/custody_holder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class CustodyHolderTest : public testing::OurCoderTest {};

TEST_F(CustodyHolderTest, APassiveReleaseFromACustodyIsByItsHolder) {
  EXPECT_THAT(Code("Six Chinese civilians were released from Russian prisons."),
              ElementsAre("RUS CHNCVL 0841"));
  EXPECT_THAT(Code("Two Chinese soldiers were freed from Russian captivity on Monday."),
              ElementsAre("RUS CHNMIL 0841"));
}

TEST_F(CustodyHolderTest, PeopleHeldByOrInAnActorAreReleasedByIt) {
  EXPECT_THAT(Code("Two Chinese civilians held in Russia were released on Tuesday."),
              ElementsAre("RUS CHNCVL 0841"));
  EXPECT_THAT(Code("Ten Chinese civilians held by Russian troops were freed on Friday."),
              ElementsAre("RUSMIL CHNCVL 0841"));
  // Held in no actor's place: no holder.
  EXPECT_THAT(Code("Two Chinese civilians held in a camp were released."), IsEmpty());
}

TEST_F(CustodyHolderTest, NotWhenTheCustodyNamesNoActorOrTheAgentIsNamed) {
  EXPECT_THAT(Code("Six Chinese civilians were released from hospital."), IsEmpty());
  EXPECT_THAT(Code("Six Chinese civilians were released by Russian troops from a camp."),
              ElementsAre("RUSMIL CHNCVL 0841"));
  // Only a release of people: what is investigated "from" a country left no custody.
  EXPECT_THAT(Code("Six Chinese civilians were investigated from Russia."), IsEmpty());
}

}  // namespace
}  // namespace tacitus

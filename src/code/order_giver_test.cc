// Who ordered an act a passive leaves without an agent, on sentences written for these tests.
#include "code/order_giver.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class OrderGiverTest : public testing::OurCoderTest {};

TEST_F(OrderGiverTest, AnAgentlessPassiveDoneOnOrdersIsTheirGivers) {
  EXPECT_THAT(Code("On Putin's orders, six Chinese civilians were released on Monday."),
              ElementsAre("RUSGOV CHNCVL 0841"));
  EXPECT_THAT(Code("Six Chinese civilians were released on the orders of Putin."),
              ElementsAre("RUSGOV CHNCVL 0841"));
  EXPECT_THAT(Code("Six Chinese civilians were released on instructions from Putin."),
              ElementsAre("RUSGOV CHNCVL 0841"));
}

TEST_F(OrderGiverTest, NotWhenTheAgentIsNamedOrTheOrdersNameNoActor) {
  EXPECT_THAT(Code("Six Chinese civilians were released by Russian troops on Putin's orders."),
              ElementsAre("RUSMIL CHNCVL 0841"));
  EXPECT_THAT(Code("Six Chinese civilians were released on court orders."), IsEmpty());
  // Nor any "on" phrase: a release on Monday names no one.
  EXPECT_THAT(Code("Six Chinese civilians were released on Monday."), IsEmpty());
}

}  // namespace
}  // namespace tacitus

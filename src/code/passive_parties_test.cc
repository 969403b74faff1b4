// The parties of a mutual act that an agentless passive reports, on the small dictionaries of
// code_testing.h ("verb 057:057 ink {deal/agreement} with +T", "verb 042:043 visit +T",
// "noun 042:043 visit to +T").
#include "code/passive_parties.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

using PassiveParties = testing::OurCoderTest;

TEST_F(PassiveParties, AMutualActBetweenTwoIsTheirsEachWay) {
  EXPECT_THAT(Code("A trade deal was inked between Russia and China on Monday."),
              ElementsAre("RUS CHN 057", "CHN RUS 057"));
}

TEST_F(PassiveParties, ABetweenHungOnANamedPlaceNamesTheSides) {
  // The parser hangs "between" on "Geneva"; a place has no parties of its own.
  EXPECT_THAT(Code("A trade deal was inked in Geneva between Russia and China."),
              ElementsAre("RUS CHN 057", "CHN RUS 057"));
  // A common noun keeps its "between": the talks' sides are coded, not as the deal's.
  EXPECT_THAT(Code("A trade deal was inked at talks between Russia and China."),
              ElementsAre("RUS CHN 040", "CHN RUS 040"));
}

TEST_F(PassiveParties, AMutualActDuringAVisitIsOfTheVisitsSides) {
  EXPECT_THAT(
      Code("Putin visited China on Monday. Four agreements were inked during the visit."),
      UnorderedElementsAre("RUSGOV CHN 042", "CHN RUSGOV 043", "RUSGOV CHN 057", "CHN RUSGOV 057"));
}

TEST_F(PassiveParties, NoneWithoutTwoSides) {
  // The phrase names no actor; no visit was told before.
  EXPECT_THAT(Code("A trade deal was inked between the two rivals."), IsEmpty());
  EXPECT_THAT(Code("Four agreements were inked during the visit. Putin visited China."),
              ElementsAre("RUSGOV CHN 042", "CHN RUSGOV 043"));
}

TEST_F(PassiveParties, NoneForAOneWayAct) {
  // Aid is given, not shared ("verb 071 send aid to +T"): who sent it is not told.
  EXPECT_THAT(Code("Putin visited China on Monday. Aid was sent during the visit."),
              ElementsAre("RUSGOV CHN 042", "CHN RUSGOV 043"));
}

}  // namespace
}  // namespace tacitus

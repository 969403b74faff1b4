// Reported denials: a speaker's "its side did not ..." answering a charge, coded with the
// test dictionaries of code_testing.h (RUS, CHN, UKR, Beijing; Putin RUSGOV, Xi CHNGOV; agents
// troops MIL; "attack +T" 190, "accuse +T" 112).
#include "code/reported_denial.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"
#include "code/coder.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;

class ReportedDenialTest : public testing::OurCoderTest {};

TEST_F(ReportedDenialTest, WhatItsOwnSideNeverDidAnswersTheCharge) {
  EXPECT_THAT(Code("Ukraine accused Russia of shelling. Putin insisted Russian troops never "
                   "attacked Ukraine."),
              ElementsAre("UKR RUS 112", "RUSGOV UKR 016"));
  EXPECT_THAT(Code("Ukraine accused Russia of shelling. Putin said Russian troops had not "
                   "attacked Ukraine."),
              ElementsAre("UKR RUS 112", "RUSGOV UKR 016"));
  // The speaker's "it".
  EXPECT_THAT(Code("Ukraine accused Russia of shelling. Russia said it had not attacked Ukraine."),
              ElementsAre("UKR RUS 112", "RUS UKR 016"));
}

TEST_F(ReportedDenialTest, NoDenialOfAnotherSideOrOfAPlanOrWithNoCharge) {
  EXPECT_THAT(Code("Ukraine accused Russia of shelling. Putin said Chinese troops had not "
                   "attacked Ukraine."),
              ElementsAre("UKR RUS 112"));
  EXPECT_THAT(Code("Ukraine accused Russia of shelling. Putin said Russian troops would not "
                   "attack Ukraine."),
              ElementsAre("UKR RUS 112"));
  EXPECT_THAT(Code("Putin said Russian troops had not attacked Ukraine."), ::testing::IsEmpty());
  // An attack is no charge: "had not lost ground" answers nothing.
  EXPECT_THAT(Code("Chinese troops attacked Russia. Putin said Russian troops had not "
                   "attacked Ukraine."),
              ElementsAre("CHNMIL RUS 190"));
}

}  // namespace
}  // namespace tacitus

// Reported demands: a speaker's "X must ..." of another side, coded with the test dictionaries
// of code_testing.h (RUS, CHN, UKR, Beijing; Putin RUSGOV, Xi CHNGOV; agents troops MIL,
// president GOV; "attack +T" 190).
#include "code/reported_demand.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"
#include "code/coder.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ReportedDemandTest : public testing::OurCoderTest {};

TEST_F(ReportedDemandTest, WhatAnotherSideMustDoIsTheSpeakersDemand) {
  EXPECT_THAT(Code("Xi said Russia must withdraw its troops from the border."),
              ElementsAre("CHNGOV RUS 100"));
  // The speaker after the quote; the addressee's agents.
  EXPECT_THAT(Code("\"Russian troops must leave Ukraine now,\" the Chinese president said."),
              ElementsAre("CHNGOV RUSMIL 100"));
}

TEST_F(ReportedDemandTest, MustNotDemandsAsMuch) {
  // "attack +T" is not coded: the attack is what China asks Russia not to do.
  EXPECT_THAT(Code("Beijing said Russia must not attack Ukraine."), ElementsAre("CHNGOV RUS 100"));
}

TEST_F(ReportedDemandTest, WhatTheSpeakersOwnSideMustDoIsNoDemand) {
  EXPECT_THAT(Code("Putin said Russia must protect its borders."), IsEmpty());
}

TEST_F(ReportedDemandTest, AnInferenceAPassiveOrAStateIsNoDemand) {
  EXPECT_THAT(Code("Xi said Russian troops must have crossed the border."), IsEmpty());
  EXPECT_THAT(Code("Xi said Russia must be punished."), IsEmpty());
  EXPECT_THAT(Code("Xi said Russia must be a partner of Ukraine."), IsEmpty());
  EXPECT_THAT(Code("Xi said Ukraine must win the war."), IsEmpty());
}

TEST_F(ReportedDemandTest, ADemandNotSaidIsNone) {
  EXPECT_THAT(Code("Xi did not say Russia must withdraw its troops."), IsEmpty());
  EXPECT_THAT(Code("Xi may say Russia must withdraw its troops."), IsEmpty());
}

}  // namespace
}  // namespace tacitus

// Threats told by their price or their condition, as the coder codes them with the test
// dictionaries of code_testing.h (RUS, CHN, UKR, Beijing; agents president GOV, civilians
// CVL; no pattern of "warn", "vow", "pay", "face" or "follow").
#include "code/warned_consequence.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class WarnedConsequence : public testing::OurCoderTest {};

TEST_F(WarnedConsequence, TellingWhatAnotherWillPayThreatensIt) {
  EXPECT_THAT(Code("Russia vowed that Ukraine would pay a heavy price."),
              ElementsAre("RUS UKR 130"));
  EXPECT_THAT(Code("China warned that Russia would face serious consequences."),
              ElementsAre("CHN RUS 130"));
  EXPECT_THAT(Code("Beijing warned that Ukraine would pay dearly for the provocation."),
              ElementsAre("CHNGOV UKR 130"));
}

TEST_F(WarnedConsequence, AGovernmentWarningItsOwnPeopleThreatensThem) {
  EXPECT_THAT(Code("The Russian president warned that Russian civilians would face punishment."),
              ElementsAre("RUSGOV RUSCVL 130"));
}

TEST_F(WarnedConsequence, TheDoerOfAConditionIsThreatened) {
  EXPECT_THAT(Code("Ukraine warned that new sanctions would follow if Russia did not withdraw."),
              ElementsAre("UKR RUS 130"));
  // The speaker's own deed on a condition: "it" is Russia.
  EXPECT_THAT(Code("Russia warned it would retaliate if Ukraine struck again."),
              ElementsAre("RUS UKR 130"));
  EXPECT_THAT(Code("China warned of chaos unless Ukraine resumed talks."),
              ElementsAre("CHN UKR 130"));
}

TEST_F(WarnedConsequence, WhatIsNoPenaltyOrAnotherSidesDeedThreatensNoOne) {
  EXPECT_THAT(Code("China warned that Russia would face a long recession."), IsEmpty());
  // Russia's deed foretold: a warning about Russia, not a threat to Ukraine.
  EXPECT_THAT(Code("China warned that Russia would retaliate if Ukraine struck again."), IsEmpty());
  EXPECT_THAT(Code("The Russian president warned that Russia would pay a price."), IsEmpty());
}

TEST_F(WarnedConsequence, AWarningNotMadeThreatensNoOne) {
  EXPECT_THAT(Code("China did not warn that Russia would pay a price."), IsEmpty());
  EXPECT_THAT(Code("China could warn that Russia would pay a price."), IsEmpty());
}

TEST(WarnedConsequencePattern, IsTheResidualThreat) {
  EXPECT_EQ(WarnedConsequencePattern().code, "130");
}

}  // namespace
}  // namespace tacitus

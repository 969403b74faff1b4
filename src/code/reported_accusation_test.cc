// Reported accusations: which reported clauses are another side's claim of a wrong, and what
// the coder codes for them with the test dictionaries of code_testing.h (RUS, CHN, UKR,
// Beijing; agents troops MIL, police COP, civilians CVL; "attack +T" 190).
#include "code/reported_accusation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "code/coder.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ReportedAccusation : public testing::OurCoderTest {};

TEST_F(ReportedAccusation, AViolationToldOfAnotherSideIsAnAccusation) {
  EXPECT_THAT(Code("Beijing said Russian troops had violated the border."),
              ElementsAre("CHNGOV RUSMIL 112"));
  EXPECT_THAT(Code("Ukraine claimed that Russia breached the truce."), ElementsAre("UKR RUS 112"));
}

TEST_F(ReportedAccusation, AWrongfulAdverbMakesTheActAWrong) {
  EXPECT_THAT(Code("Ukraine said Russian troops had illegally entered the town."),
              ElementsAre("UKR RUSMIL 112"));
}

TEST_F(ReportedAccusation, TheWholeClaimIsTheAccusationNotTheActsItTells) {
  // "attack +T" would code RUSMIL UKR 190: the attack is what Ukraine claims, not a fact.
  EXPECT_THAT(Code("Ukraine said Russian troops crossed the border and deliberately attacked "
                   "Ukrainian soldiers."),
              ElementsAre("UKR RUSMIL 112"));
}

TEST_F(ReportedAccusation, NamingTheAuthorOfAWrongIsAnAccusation) {
  EXPECT_THAT(Code("China said Ukraine was behind the explosion."), ElementsAre("CHN UKR 112"));
  EXPECT_THAT(Code("China said Russia was responsible for the shelling."),
              ElementsAre("CHN RUS 112"));
  EXPECT_THAT(Code("Ukraine said Russia bore full responsibility."), ElementsAre("UKR RUS 112"));
  EXPECT_THAT(Code("China said Ukraine was directly responsible."), ElementsAre("CHN UKR 112"));
  EXPECT_THAT(Code("Russia said Ukraine was to blame."), ElementsAre("RUS UKR 112"));
}

TEST_F(ReportedAccusation, AnActToldWithoutNamingAWrongIsTheAct) {
  EXPECT_THAT(Code("Ukraine said Russian troops attacked the town of Ukraine."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST_F(ReportedAccusation, ASpeakerOfTheDoersSideAccusesNoOne) {
  EXPECT_THAT(Code("Russia said Russian troops violated the border."), IsEmpty());
  EXPECT_THAT(Code("Russia said Russian troops had deliberately attacked Ukraine."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST_F(ReportedAccusation, AllegingMakesAnyActAClaimAgainstAnyOtherActor) {
  EXPECT_THAT(Code("Russian police alleged that Russian civilians had attacked them."),
              ElementsAre("RUSCOP RUSCVL 112"));
}

TEST_F(ReportedAccusation, WhatIsAllegedIsNoActEvenWhenNoOneIsAccused) {
  // "the prosecutor" names no actor: no accusation, and no attack either.
  EXPECT_THAT(Code("The prosecutor alleged that Russia attacked Ukraine."), IsEmpty());
  EXPECT_THAT(Code("The prosecutor said that Russia attacked Ukraine."),
              ElementsAre("RUS UKR 190"));
}

TEST_F(ReportedAccusation, ASayingThatIsNotDoneOrDeniedMakesNoClaim) {
  EXPECT_THAT(Code("China did not say that Russia violated the border."), IsEmpty());
  EXPECT_THAT(Code("China may say that Russia violated the border."), IsEmpty());
}

TEST_F(ReportedAccusation, TheRuleExplainsTheEvent) {
  const std::vector<Event> events =
      testing::CodedEvents(coder_, "Beijing said Russian troops had violated the border.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].pattern, ReportedAccusationPattern().text);
}

}  // namespace
}  // namespace tacitus

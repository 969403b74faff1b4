// What our coder codes of a story as a whole, on sentences written for these tests.
#include "code/tacitus_clause_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class TacitusClauseCoderTest : public testing::OurCoderTest {};

TEST_F(TacitusClauseCoderTest, AVisitIsToAnotherCountrysActors) {
  EXPECT_THAT(Code("Putin visited Chinese troops."),
              ElementsAre("RUSGOV CHNMIL 042", "CHNMIL RUSGOV 043"));
  // A tour at home is no visit in CAMEO's sense, whichever of its sides the words name.
  EXPECT_THAT(Code("Putin visited Russian troops."), IsEmpty());
  EXPECT_THAT(Code("Putin visited Russia."), IsEmpty());
  // Nor is a journey to a region, which names no host.
  EXPECT_THAT(Code("Putin visited the West."), IsEmpty());
}

TEST_F(TacitusClauseCoderTest, WhatTheTargetIsBlamedForIsNoReportedAct) {
  // The gerund tells what Ukraine is criticized for: part of the criticism, coded by no one.
  EXPECT_THAT(Code("Russia criticized Ukraine for attacking China."), ElementsAre("RUS UKR 111"));
  // What it is hailed for is its deed, Ukraine's, not Russia's.
  EXPECT_THAT(Code("Russia hailed Ukraine for attacking China."),
              ElementsAre("RUS UKR 051", "UKR CHN 190"));
}

TEST_F(TacitusClauseCoderTest, ASummonsToProtestIsOneProtest) {
  EXPECT_THAT(Code("Russia summoned the Chinese ambassador to protest against the arrests."),
              ElementsAre("RUS CHNGOV 040", "RUS CHNGOV 114"));
}

}  // namespace
}  // namespace tacitus

// The author of an act a noun names by the verb an earlier clause reported it with
// (nominalized_act.cc): the derivation, and the coder answering it.
#include "code/nominalized_act.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NamesTheActOfVerb, MatchesANounToItsVerbByEnglishDerivation) {
  EXPECT_TRUE(NamesTheActOfVerb("offer", "offer"));
  EXPECT_TRUE(NamesTheActOfVerb("proposal", "propose"));
  EXPECT_TRUE(NamesTheActOfVerb("ruling", "rule"));
  EXPECT_TRUE(NamesTheActOfVerb("accusation", "accuse"));
  EXPECT_TRUE(NamesTheActOfVerb("annexation", "annex"));
  EXPECT_TRUE(NamesTheActOfVerb("rejection", "reject"));
  EXPECT_TRUE(NamesTheActOfVerb("decision", "decide"));
  EXPECT_TRUE(NamesTheActOfVerb("announcement", "announce"));
  EXPECT_TRUE(NamesTheActOfVerb("seizure", "seize"));
  // A violent act by the noun of any verb of attack.
  EXPECT_TRUE(NamesTheActOfVerb("strike", "pound"));
  EXPECT_TRUE(NamesTheActOfVerb("attack", "storm"));
  EXPECT_FALSE(NamesTheActOfVerb("strike", "meet"));
  EXPECT_FALSE(NamesTheActOfVerb("proposal", "pound"));
  EXPECT_TRUE(NamesTheActOfVerb("banning", "ban"));
  EXPECT_FALSE(NamesTheActOfVerb("ruling", "run"));
  EXPECT_FALSE(NamesTheActOfVerb("proposal", "pose"));
  EXPECT_FALSE(NamesTheActOfVerb("vote", "veto"));
}

class NominalizedActTest : public testing::OurCoderTest {};

TEST_F(NominalizedActTest, ACriticizedNounIsTheActOfTheEarlierClauseWithItsVerb) {
  EXPECT_THAT(Code("Russia accused China of spying on Monday. Ukraine criticized the accusation."),
              ElementsAre("RUS CHN 112", "UKR RUS 111"));
}

TEST_F(NominalizedActTest, ARefusedActNoEventCodedIsOfTheClauseWithItsVerb) {
  // "demanded talks" names no one it is made of: no event, but the demand is Russia's.
  EXPECT_THAT(Code("Russia demanded talks on Monday. Ukraine refused the demand."),
              ElementsAre("UKR RUS 120"));
}

TEST_F(NominalizedActTest, OnlyADefiniteNounAfterAReportedClause) {
  // "an accusation" is another; a clause that did not happen names no act done.
  EXPECT_THAT(Code("Russia accused China of spying. Ukraine criticized an accusation."),
              ElementsAre("RUS CHN 112"));
  EXPECT_THAT(Code("Russia did not accuse China. Ukraine criticized the accusation."), IsEmpty());
}

}  // namespace
}  // namespace tacitus

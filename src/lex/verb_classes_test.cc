#include "lex/verb_classes.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(VerbClasses, ReportingVerbsTakeAClauseAndThoughtVerbsToo) {
  EXPECT_TRUE(IsReportingVerb("say"));
  EXPECT_TRUE(TakesClauseComplement("say"));
  EXPECT_FALSE(IsReportingVerb("believe"));
  EXPECT_TRUE(TakesClauseComplement("believe"));
  EXPECT_FALSE(IsReportingVerb("attack"));
  EXPECT_FALSE(TakesClauseComplement("attack"));
  EXPECT_FALSE(TakesClauseComplement("said"));  // lemmas, not inflected forms
}

TEST(VerbClasses, VerbsOfTwoObjects) {
  EXPECT_TRUE(TakesTwoObjects("give"));
  EXPECT_TRUE(TakesTwoObjects("offer"));
  EXPECT_FALSE(TakesTwoObjects("meet"));
}

TEST(VerbClasses, LightVerbsCarryTheEventTheirObjectNames) {
  EXPECT_TRUE(IsLightVerb("hold"));       // "held talks with"
  EXPECT_TRUE(IsLightVerb("approve"));    // "approved a bailout for", "approved an aid package"
  EXPECT_TRUE(IsLightVerb("complete"));   // "completed the withdrawal of its troops from"
  EXPECT_TRUE(IsLightVerb("order"));      // "ordered the withdrawal of troops from"
  EXPECT_TRUE(IsLightVerb("authorize"));  // "authorized the deployment of peacekeepers to"
  EXPECT_TRUE(IsLightVerb("authorise"));
  EXPECT_FALSE(IsLightVerb("attack"));
  EXPECT_FALSE(IsLightVerb("criticize"));
}

TEST(VerbClasses, VerbsThatAskForTheirThatClause) {
  EXPECT_TRUE(AsksForItsThatClause("demand"));
  EXPECT_TRUE(AsksForItsThatClause("urge"));
  EXPECT_FALSE(AsksForItsThatClause("say"));
  EXPECT_FALSE(AsksForItsThatClause("demanded"));  // lemmas, not inflected forms
}

TEST(VerbClasses, VerbsOfDenial) {
  EXPECT_TRUE(IsDenialVerb("deny"));
  EXPECT_FALSE(IsDenialVerb("say"));
}

TEST(VerbClasses, VerbsOfNamingTakeTheNameBareOrOnlyAfterAs) {
  EXPECT_TRUE(IsNamingVerb("call"));
  EXPECT_FALSE(IsNamingAsVerb("call"));
  EXPECT_TRUE(IsNamingAsVerb("describe"));
  EXPECT_FALSE(IsNamingVerb("describe"));
  EXPECT_FALSE(IsNamingVerb("condemn"));  // a criticism, with patterns of its own
}

}  // namespace
}  // namespace tacitus

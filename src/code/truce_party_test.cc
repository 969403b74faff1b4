// Whom a truce is with, on events and sentences written for these tests.
#include "code/truce_party.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Event MakeEvent(uint32_t sentence, int32_t clause, std::string source, std::string target,
                std::string code) {
  Event e;
  e.code = std::move(code);
  e.sentence = sentence;
  e.clause = clause;
  e.source = std::move(source);
  e.target = std::move(target);
  return e;
}

std::vector<ResolvedActor> Actors(const std::vector<std::string>& codes) {
  std::vector<ResolvedActor> actors(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) actors[i].code = codes[i];
  return actors;
}

std::vector<std::string> Codes(const std::vector<ResolvedActor>& actors) {
  std::vector<std::string> codes;
  for (const ResolvedActor& a : actors) codes.push_back(a.code);
  return codes;
}

TEST(IsTruceCode, DeEscalationOnly) {
  EXPECT_TRUE(IsTruceCode("0871"));
  EXPECT_TRUE(IsTruceCode("087"));
  EXPECT_TRUE(IsTruceCode("0874"));
  EXPECT_FALSE(IsTruceCode("0841"));
  EXPECT_FALSE(IsTruceCode("190"));
}

TEST(TruceParties, TheLastFightBeforeBetweenTheDeclarersSideAndAnother) {
  const std::vector<Event> events = {
      MakeEvent(0, 0, "SDNMIL", "SDNREB", "190"),  // the army against the rebels
      MakeEvent(1, 0, "SDNGOV", "USAGOV", "061"),  // cooperation: no fight
      MakeEvent(1, 1, "USAGOV", "SDNGOV", "166"),  // conflict, but no fight
      MakeEvent(2, 0, "SDNREB", "SDNOPP", "190"),  // within the side outside the state
      MakeEvent(3, 0, "SDNCOP", "SDNCVL", "190"),  // the police, of the state's side, on civilians
  };
  std::vector<ResolvedActor> enemies;
  TruceParties(events, 3, 0, Actors({"SDNGOV"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("SDNREB"));
  TruceParties(events, 4, 0, Actors({"SDNGOV"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("SDNCVL"));
  // The rebels' truce: the army's attack on them; their own attack on civilians is later.
  TruceParties(events, 1, 0, Actors({"SDNREB"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("SDNMIL"));
}

TEST(TruceParties, AFightToldAfterTheTruceWhenNoneBefore) {
  const std::vector<Event> events = {
      MakeEvent(0, 1, "RUSMIL", "UKR", "190"),  // a later clause of the truce's own sentence
      MakeEvent(3, 0, "RUSMIL", "GEO", "190"),
  };
  std::vector<ResolvedActor> enemies;
  TruceParties(events, 0, 0, Actors({"RUSGOV"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("UKR"));
}

TEST(TruceParties, ANounEventOfItsOwnSentenceIsBefore) {
  const std::vector<Event> events = {
      MakeEvent(2, 0, "RUSMIL", "GEO", "190"),
      MakeEvent(1, -1, "RUSMIL", "UKR", "190"),  // "declared a truce after days of fighting with"
  };
  std::vector<ResolvedActor> enemies;
  TruceParties(events, 1, 0, Actors({"RUSGOV"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("UKR"));
}

TEST(TruceParties, WithNoFightRebelsMakeItWithTheirGovernment) {
  const std::vector<Event> events = {MakeEvent(0, 0, "RUSGOV", "CHNGOV", "061")};
  std::vector<ResolvedActor> enemies;
  TruceParties(events, 1, 0, Actors({"COLREB"}), &enemies);
  EXPECT_THAT(Codes(enemies), ElementsAre("COLGOV"));
  TruceParties(events, 1, 0, Actors({"RUSGOV"}), &enemies);
  EXPECT_THAT(enemies, IsEmpty());
}

class TruceTest : public testing::OurCoderTest {};

TEST_F(TruceTest, ATruceIsWithTheEnemyTheStoryNames) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Russia declared a ceasefire."),
              ElementsAre("RUSMIL UKR 190", "RUS UKR 0871"));
  EXPECT_THAT(Code("Russia declared a ceasefire. Russian troops had attacked Ukraine."),
              ElementsAre("RUS UKR 0871", "RUSMIL UKR 190"));
}

TEST_F(TruceTest, AnAgreedOrPromisedTruceIsTheIntentTowardsTheEnemy) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Russia pledged to declare a ceasefire."),
              ElementsAre("RUSMIL UKR 190", "RUS UKR 0356"));
}

TEST_F(TruceTest, WithNoEnemyNamedNoTruceIsCoded) {
  EXPECT_THAT(Code("Russia declared a ceasefire."), IsEmpty());
  EXPECT_THAT(Code("Russian rebels declared a ceasefire."), ElementsAre("RUSREB RUSGOV 0871"));
}

TEST_F(TruceTest, WithNoFightTheStatesTruceIsWithTheRebelsTheStoryNames) {
  EXPECT_THAT(Code("Russia declared a ceasefire. Russian rebels met Putin."),
              ElementsAre("RUS RUSREB 0871", "RUSREB RUSGOV 040", "RUSGOV RUSREB 040"));
  // Rebels of another country are no enemy of this state.
  EXPECT_THAT(Code("Russia declared a ceasefire. Chinese rebels met Putin."),
              ElementsAre("CHNREB RUSGOV 040", "RUSGOV CHNREB 040"));
}

TEST_F(TruceTest, CoordinatedSidesMakeItWithEachOther) {
  EXPECT_THAT(Code("Russia and Ukraine declared a ceasefire."),
              ElementsAre("RUS UKR 0871", "UKR RUS 0871"));
}

TEST_F(TruceTest, TheMediatorIsNoSide) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Russia accepted a ceasefire brokered by "
                   "China."),
              ElementsAre("RUSMIL UKR 190", "RUS UKR 0871",
                          // the broker mediates between the sides (code/mediation.h)
                          "CHN RUS 045", "CHN UKR 045"));
}

}  // namespace
}  // namespace tacitus

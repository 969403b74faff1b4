// Whom a denial answers, on events and sentences written for these tests.
#include "code/denial.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::OurTestDictionaries;

Event MakeEvent(uint32_t sentence, int32_t clause, std::string source, std::string target,
                int quad_class) {
  Event e;
  e.sentence = sentence;
  e.clause = clause;
  e.source = std::move(source);
  e.target = std::move(target);
  e.quad_class = quad_class;
  return e;
}

std::vector<ResolvedActor> Actors(const std::vector<std::string>& codes) {
  std::vector<ResolvedActor> actors(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) actors[i].code = codes[i];
  return actors;
}

TEST(AnsweredEvent, TheLastConflictAgainstTheDeniersSideByAnotherSide) {
  const std::vector<Event> events = {
      MakeEvent(0, 0, "INDGOV", "PAKGOV", 3),  // an accusation
      MakeEvent(1, 0, "PAKMIL", "INDMIL", 4),  // against the other side
      MakeEvent(2, 0, "PAKCOP", "PAKCVL", 4),  // within the denier's side
      MakeEvent(3, 0, "CHNGOV", "PAKGOV", 1),  // cooperation: nothing to deny
  };
  const Event* answered = AnsweredEvent(events, 4, 0, Actors({"PAKGOV"}), false);
  ASSERT_NE(answered, nullptr);
  EXPECT_EQ(answered->source, "INDGOV");
}

TEST(AnsweredEvent, OnlyEventsBeforeTheDenial) {
  const std::vector<Event> events = {
      MakeEvent(0, 0, "INDGOV", "PAKGOV", 3),
      MakeEvent(2, 1, "USAGOV", "PAKGOV", 3),  // the same sentence, a later clause
      MakeEvent(3, 0, "RUSGOV", "PAKGOV", 3),  // a later sentence
  };
  const Event* answered = AnsweredEvent(events, 2, 0, Actors({"PAKGOV"}), false);
  ASSERT_NE(answered, nullptr);
  EXPECT_EQ(answered->source, "INDGOV");
  EXPECT_EQ(AnsweredEvent(events, 0, 0, Actors({"PAKGOV"}), false), nullptr);
}

TEST(AnsweredEvent, OnlyChargesWhenAsked) {
  const std::vector<Event> events = {
      MakeEvent(0, 0, "INDGOV", "PAKGOV", 3),  // an accusation
      MakeEvent(1, 0, "INDMIL", "PAKMIL", 4),  // an attack
  };
  const Event* answered = AnsweredEvent(events, 2, 0, Actors({"PAKGOV"}), true);
  ASSERT_NE(answered, nullptr);
  EXPECT_EQ(answered->sentence, 0u);
  EXPECT_EQ(AnsweredEvent(events, 2, 0, Actors({"PAKGOV"}), false)->sentence, 1u);
}

class DenialTest : public testing::OurCoderTest {};

TEST_F(DenialTest, ADenialTargetsTheAccuserNamedBefore) {
  EXPECT_THAT(Code("Russia accused China. China denied the accusation."),
              ElementsAre("RUS CHN 112", "CHN RUS 016"));
  EXPECT_THAT(Code("Russia accused China. China denied that its troops were there."),
              ElementsAre("RUS CHN 112", "CHN RUS 016"));
}

TEST_F(DenialTest, WithNoAccuserADenialCodesNothing) {
  EXPECT_THAT(Code("China denied the accusation."), ::testing::IsEmpty());
}

TEST_F(DenialTest, WhatIsDeniedIsNotDone) {
  EXPECT_THAT(Code("Russia accused China. China denied that Chinese troops attacked Ukraine."),
              ElementsAre("RUS CHN 112", "CHN RUS 016"));
}

}  // namespace
}  // namespace tacitus

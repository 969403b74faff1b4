// Who did an act a reaction names by a bare noun, from an earlier sentence of the story that
// names it with its author; on stories written for these tests.
#include "code/act_mention.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ActMentionTest : public testing::OurCoderTest {};

TEST_F(ActMentionTest, TheSubjectOfALightVerbIsTheAuthor) {
  // "launched attacks in the region" is no coded event ("attack on +T" wants its target).
  EXPECT_THAT(Code("Russian troops launched attacks in the region on Monday. "
                   "China condemned the attacks."),
              ElementsAre("CHN RUSMIL 111"));
}

TEST_F(ActMentionTest, ThePossessorIsTheAuthor) {
  EXPECT_THAT(Code("Russia's attacks in the region went on for days. China condemned the attacks."),
              ElementsAre("CHN RUS 111"));
}

TEST_F(ActMentionTest, ACriticismNamesAnyActOfMaterialConflict) {
  // "the violence" is whatever conflict the story reported: here the attacks.
  EXPECT_THAT(Code("Russian troops launched attacks in the region on Monday. "
                   "China condemned the violence."),
              ElementsAre("CHN RUSMIL 111"));
}

TEST_F(ActMentionTest, PraiseNamesAnActOfThePraisedKind) {
  EXPECT_THAT(Code("Russia's prisoner swap took place on Monday. China hailed the swap."),
              ElementsAre("CHN RUS 051"));
}

TEST_F(ActMentionTest, NoAuthorWhenTheStoryNamesNone) {
  EXPECT_THAT(Code("Attacks in the region went on for days. China condemned the attacks."),
              IsEmpty());
  // A mention after the reaction is not the act it reacts to.
  EXPECT_THAT(Code("China condemned the attacks. Russian troops launched attacks in the region."),
              IsEmpty());
}

}  // namespace
}  // namespace tacitus

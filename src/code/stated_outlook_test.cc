// Hope and doubt stated about another actor's deed, as the coder codes them with the test
// dictionaries of code_testing.h (RUS, CHN, UKR, Beijing; no pattern of "be", "express",
// "relieve", "withdraw" or "keep").
#include "code/stated_outlook.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class StatedOutlookCoding : public testing::OurCoderTest {};

TEST_F(StatedOutlookCoding, ConfidenceOrReliefAboutAnotherIsOptimism) {
  EXPECT_THAT(Code("China was confident that Russia would withdraw its troops."),
              ElementsAre("CHN RUS 013"));
  EXPECT_THAT(Code("China was cautiously optimistic that Ukraine would keep the truce."),
              ElementsAre("CHN UKR 013"));
  EXPECT_THAT(Code("Beijing said it was relieved that Ukraine had changed course."),
              ElementsAre("CHNGOV UKR 013"));
  EXPECT_THAT(Code("China expressed hope that Russia would withdraw its troops."),
              ElementsAre("CHN RUS 013"));
}

TEST_F(StatedOutlookCoding, DoubtAboutAnotherIsPessimism) {
  EXPECT_THAT(Code("Ukraine was sceptical that Russia would keep its word."),
              ElementsAre("UKR RUS 012"));
  EXPECT_THAT(Code("Ukraine voiced doubt that Russia would keep its word."),
              ElementsAre("UKR RUS 012"));
}

TEST_F(StatedOutlookCoding, NoOtherActorOrNoOutlookWordIsNoComment) {
  EXPECT_THAT(Code("China was confident that the economy would grow."), IsEmpty());
  EXPECT_THAT(Code("The Russian president was confident that Russia would win."), IsEmpty());
  EXPECT_THAT(Code("China was aware that Russia would withdraw its troops."), IsEmpty());
}

TEST_F(StatedOutlookCoding, ADeniedOrUnsaidOutlookIsNoComment) {
  EXPECT_THAT(Code("China was not confident that Russia would withdraw its troops."), IsEmpty());
  EXPECT_THAT(Code("China may be confident that Russia will withdraw its troops."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
